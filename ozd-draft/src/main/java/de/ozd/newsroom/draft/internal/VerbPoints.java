package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.GermanCalendar;
import de.ozd.newsroom.language.GermanWords;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Analysis points from the report's plain main clauses, said as a noun phrase (issue 13): „Der Gemeinderat hat am
 * Montag den Neubau der Brücke beschlossen“ → „Beschluss über den Neubau der Brücke“, „Der Zulieferer streicht 1.200
 * Stellen“ → „Streichung von 1.200 Stellen“, „Der Verband warnt vor einer Pleitewelle“ → „Warnung vor einer
 * Pleitewelle“. The verb and the noun it becomes are in {@code verb-nouns.txt}, with what becomes of the object.
 *
 * <p>Only a clause of the simplest shape is taken: subject (or a time phrase) before the finite verb, which is the
 * verb itself or „haben“/„sein“ with its participle at the end; after it nothing but the subject, a time phrase or a
 * filler word, the object and at most one phrase with a preposition after it. The object moves into a new case only
 * where its form shows the case it takes ({@link #inCase}): an article, a number or a name; otherwise the point is
 * not taken. The clause must pass what {@link NominalPoints} asks of every point's clause (no negation, condition,
 * modal, question, quotation; a speaker only with a name) and must not point back ({@link
 * AnalysisDrafter#pointsBack}). The subject is dropped: the point says what happens, not who says so.
 */
final class VerbPoints {

    /** What becomes of the verb's object in the point. */
    enum Kind {
        GEN,
        VON,
        AKK,
        DAT,
        PP
    }

    /** One line of the lexicon: the noun a verb becomes and what its object becomes. */
    record Entry(String noun, Kind kind, String preposition) {}

    private static final Map<String, List<Entry>> LEXICON = load();

    /** Adverbs a point may drop: they say nothing about what happened. */
    private static final Set<String> DROPPABLE = Set.of(
            "auch",
            "bereits",
            "nun",
            "jetzt",
            "zudem",
            "außerdem",
            "ebenfalls",
            "inzwischen",
            "mittlerweile",
            "schon",
            "heute",
            "gestern",
            "zuletzt",
            "kürzlich",
            "sich");

    /**
     * Nouns of a time phrase („am Montag“, „im November“) a point may drop besides the weekdays and months of {@link
     * GermanCalendar}.
     */
    private static final Set<String> TIMES = Set.of(
            "wochenende",
            "montagabend",
            "dienstagabend",
            "mittwochabend",
            "donnerstagabend",
            "freitagabend",
            "samstagabend",
            "sonntagabend",
            "vormittag",
            "nachmittag",
            "abend",
            "frühjahr",
            "sommer",
            "herbst",
            "winter");

    /** Words that say the thing meant is named in another sentence („entsprechende“, „besagte“, „weitere“). */
    private static final List<String> POINTING =
            List.of("entsprechend", "besagt", "genannt", "erwähnt", "selbig", "derartig", "obig", "weiter", "ander");

    /** Articles a noun phrase may open with; demonstratives and possessives point elsewhere. */
    private static final Set<String> ARTICLES =
            Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines");

    /**
     * Endings of a masculine or neuter noun whose genitive singular is not simply in „-s“: a hissing sound takes
     * „-es“ („Prozesses“), and an accusative in „-n“ may be a noun that takes „-en“ („den Präsidenten“). Every other
     * strong noun in its own form (the lemma) takes „-s“ („Einbrechers“, „Streiks“, „Ausstellungsjahrs“).
     */
    private static final List<String> NO_S_GENITIVE = List.of("n", "s", "ß", "x", "z");

    /** Units that keep their form in the dative („von 5 Millionen Euro“). */
    private static final Set<String> UNITS = Set.of("euro", "dollar", "prozent", "franken", "pfund", "cent");

    /**
     * Personal pronouns: in first or second person they make a clause someone's own words („Wir fordern …“); after
     * the verb any of them stands for something another sentence names. Only „er“ and „sie“ may be the subject in
     * front: the point drops the subject.
     */
    private static final Set<String> PERSONAL =
            Set.of("ich", "wir", "mich", "mir", "uns", "du", "dich", "dir", "ihr", "euch", "sie", "es", "er", "man");

    private final DraftContext ctx;
    private final NominalPoints checks;

    VerbPoints(DraftContext ctx, NominalPoints checks) {
        this.ctx = ctx;
        this.checks = checks;
    }

    /**
     * The infinitive of a present or participle form the lemmatiser left as it is („investiert“ → „investieren“,
     * „fordert“ → „fordern“), with the particle {@code lemma} has before it; {@code lemma} itself otherwise.
     */
    private static String guessed(String lemma, Token verb) {
        String w = lower(verb.text());
        if (!verb.text().equals(verb.lemma())) {
            return lemma;
        }
        String particle = lemma.endsWith(w) ? lemma.substring(0, lemma.length() - w.length()) : "";
        if (w.endsWith("iert")) {
            return particle + w.substring(0, w.length() - 1) + "en";
        }
        if (w.endsWith("ert") || w.endsWith("elt")) {
            return particle + w.substring(0, w.length() - 1) + "n";
        }
        return w.endsWith("t") ? particle + w.substring(0, w.length() - 1) + "en" : lemma;
    }

    /** The points of the report, in report order, each once. */
    List<FactComposer.Fact> points() {
        Map<String, FactComposer.Fact> out = new LinkedHashMap<>();
        for (Clause c : ctx.clauses()) {
            if (c.subordinate() || c.sourcePhraseEnd() > 0) {
                continue;
            }
            point(c).ifPresent(f -> out.putIfAbsent(f.text(), f));
        }
        return new ArrayList<>(out.values());
    }

    /** The point one clause says, if it has the shape and passes the checks. */
    Optional<FactComposer.Fact> point(Clause c) {
        List<Token> t = new ArrayList<>(c.tokens());
        while (!t.isEmpty() && t.get(t.size() - 1).isPunctuation()) {
            t.remove(t.size() - 1);
        }
        int fin = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).pos().isVerb()) {
                fin = i;
                break;
            }
        }
        if (fin < 1 || t.size() < fin + 2) {
            return Optional.empty(); // no verb, or it opens the clause (a question, a condition, an order)
        }
        Token finite = t.get(fin);
        int end = t.size(); // the middle field ends before the participle or the particle
        Token verb;
        String lemma;
        boolean auxiliary = Set.of("haben", "sein", "werden").contains(lower(finite.lemma()))
                && t.get(t.size() - 1).pos() == Pos.VERB
                && t.size() - 1 > fin;
        boolean passive = false;
        if (finite.pos() == Pos.AUX || GermanWords.isModalVerb(finite.lemma()) || auxiliary) {
            String aux = lower(finite.lemma());
            Token last = t.get(t.size() - 1);
            passive = aux.equals("werden")
                    && last.pos() == Pos.VERB
                    && !last.text().equals(last.lemma());
            if (!(aux.equals("haben") || aux.equals("sein") || passive) || last.pos() != Pos.VERB) {
                return Optional.empty(); // „wird … verkaufen“: a future; a modal
            }
            verb = last;
            lemma = lower(last.lemma());
            end = t.size() - 1;
        } else {
            verb = finite;
            lemma = lower(finite.lemma());
            Token last = t.get(t.size() - 1);
            if ((last.pos() == Pos.PART || last.pos().isAdposition() || last.pos() == Pos.ADV)
                    && VerbArguments.PARTICLES.contains(lower(last.text()))) {
                lemma = lower(last.text()) + lemma; // „kündigte … an“
                end = t.size() - 1;
            }
        }
        List<Entry> entries = LEXICON.getOrDefault(lemma, LEXICON.get(guessed(lemma, verb)));
        if (entries != null && lower(finite.lemma()).equals("sein")) { // „ist … verboten“: a state, not an act
            entries = entries.stream().filter(e -> e.kind() == Kind.PP).toList();
        }
        if (entries != null && passive) { // „Die Gebühren werden erhöht“: the subject is what the act is done to
            entries = entries.stream().filter(e -> e.kind() != Kind.PP).toList();
        }
        if (t.stream().anyMatch(x -> POINTING.stream().anyMatch(lower(x.text())::startsWith))) {
            return Optional.empty(); // „eine entsprechende Novelle“: which one, another sentence says
        }
        if (entries == null || t.stream().anyMatch(x -> PERSONAL.contains(lower(x.text())) && x != t.get(0))) {
            return Optional.empty();
        }
        if (PERSONAL.contains(lower(t.get(0).text()))
                && !Set.of("er", "sie").contains(lower(t.get(0).text()))) {
            return Optional.empty(); // „Wir fordern …“: someone's own words
        }
        for (int i = fin + 1; i < end; i++) {
            if (t.get(i).pos().isVerb()) {
                return Optional.empty(); // a second verb: more than one thing said
            }
        }
        boolean subjectFirst =
                isSubject(t, 0, fin) || fin == 1 && lower(t.get(0).text()).equals("beide");
        if (!subjectFirst && !isDroppable(t, 0, fin)) {
            return Optional.empty();
        }
        if (subjectFirst
                && fin + 1 < end
                && Set.of("ein", "der", "kein").contains(lower(t.get(fin + 1).text()))
                && t.get(0).pos() != Pos.DET
                && t.get(0).pos() != Pos.PROPN) {
            return Optional.empty(); // „Zwölf Todesopfer forderte ein Taifun“: the subject comes after the verb
        }
        // the middle field: phrases, each a noun phrase (np) or a preposition with one (pp)
        List<int[]> phrases = new ArrayList<>();
        int i = fin + 1;
        while (i < end) {
            int dropped = droppable(t, i, end);
            if (dropped > i) {
                i = dropped;
                continue;
            }
            Token x = t.get(i);
            if (x.pos() == Pos.ADP || x.pos() == Pos.ADP_DET) {
                int np = nounPhrase(t, i + 1, end, x.pos() == Pos.ADP);
                if (np <= i + 1) {
                    return Optional.empty();
                }
                phrases.add(new int[] {i, np, 1});
                i = np;
            } else {
                int np = nounPhrase(t, i, end, true);
                if (np <= i) {
                    return Optional.empty();
                }
                phrases.add(new int[] {i, np, 0});
                i = np;
            }
        }
        if (!subjectFirst) {
            if (phrases.isEmpty() || phrases.get(0)[2] != 0 || !isSubject(t, phrases.get(0)[0], phrases.get(0)[1])) {
                return Optional.empty();
            }
            if (!passive) {
                phrases.remove(0); // the subject after the verb („Am Montag beschloss der Rat …“)
            }
        }
        List<Token> words = t;
        if (passive) { // the subject in the form of an object: „Die Abfahrt wurde auf Sonntag verschoben“
            List<Token> u = new ArrayList<>();
            if (subjectFirst) {
                phrases.add(0, new int[] {0, fin, 0});
            }
            for (int[] p : phrases) {
                u.addAll(t.subList(p[0], p[1]));
            }
            if (phrases.stream()
                    .skip(1)
                    .anyMatch(p -> Set.of("von", "vom", "durch")
                            .contains(lower(t.get(p[0]).text())))) {
                return Optional.empty(); // who did it: „von der Polizei“ would read as a genitive
            }
            Token first = u.get(0);
            if (lower(first.text()).equals("der")) {
                u.set(0, new Token("den", first.begin(), first.end(), Pos.DET, first.lemma()));
            } else if (first.pos() == Pos.DET
                    && !Set.of("die", "das", "ein", "eine").contains(lower(first.text()))) {
                return Optional.empty();
            }
            List<int[]> spans = new ArrayList<>();
            int at = 0;
            for (int[] p : phrases) {
                spans.add(new int[] {at, at + p[1] - p[0], p[2]});
                at += p[1] - p[0];
            }
            words = u;
            phrases = spans;
        }
        String prefix = checks.prefix(c, verb);
        if (prefix == null || AnalysisDrafter.pointsBack(new FactComposer.Fact("", c.sentence(), 0, 0, c))) {
            return Optional.empty();
        }
        for (Entry e : entries) {
            Optional<List<Token>> said = phrase(e, words, phrases, c.begin());
            if (said.isPresent()) {
                String text = FactComposer.join(said.get());
                int n = FactComposer.words(text);
                if (n < 2
                        || n > NominalPoints.MAX_WORDS
                        || FactComposer.words(prefix + text) > DraftContext.MAX_POINT_WORDS) {
                    continue;
                }
                Clause shown = new Clause(c.sentence(), said.get(), false, 0);
                return Optional.of(new FactComposer.Fact(prefix + text, c.sentence(), n, 0, shown));
            }
        }
        return Optional.empty();
    }

    /**
     * The point's words for one lexicon line, if the middle field has the phrases it needs: the noun, then the
     * object in its new case or the verb's own phrase, then at most one more phrase with a preposition. Each word is
     * a token with the lemma of the report's word it stands for (a new case keeps the lemma: „Streiks“ is „Streik“).
     */
    private Optional<List<Token>> phrase(Entry e, List<Token> t, List<int[]> phrases, int at) {
        List<Token> out = new ArrayList<>(List.of(new Token(e.noun(), at, at, Pos.NOUN, e.noun())));
        if (e.kind() == Kind.PP) { // the verb's own phrase first, then at most one other („seit einem Jahr“)
            if (phrases.isEmpty() || phrases.size() > 2 || phrases.stream().anyMatch(p -> p[2] != 1)) {
                return Optional.empty();
            }
            List<int[]> own = phrases.stream()
                    .filter(p -> VerbArguments.preposition(t.get(p[0])).equals(e.preposition()))
                    .toList();
            if (own.size() != 1) {
                return Optional.empty();
            }
            out.addAll(t.subList(own.get(0)[0], own.get(0)[1]));
            for (int[] p : phrases) {
                if (p != own.get(0)) {
                    out.addAll(t.subList(p[0], p[1]));
                }
            }
            return Optional.of(out);
        }
        // the object, and at most one phrase with a preposition, kept as it stands after it („… um zehn Prozent“)
        List<int[]> nps = phrases.stream().filter(p -> p[2] == 0).toList();
        List<int[]> pps = phrases.stream().filter(p -> p[2] == 1).toList();
        if (nps.size() != 1 || pps.size() > 1) {
            return Optional.empty();
        }
        List<Token> object = t.subList(nps.get(0)[0], nps.get(0)[1]);
        if (object.stream().anyMatch(x -> BODY.contains(lower(x.lemma())))) {
            return Optional.empty(); // „senkt den Kopf“: a gesture, not an act the verb's noun names
        }
        String preposition = e.kind() == Kind.VON ? "von" : e.preposition();
        Optional<List<String>> moved = switch (e.kind()) {
            case AKK -> Optional.of(texts(object));
            case GEN -> inCase(object, Kind.GEN);
            case VON, DAT -> inCase(object, e.kind());
            default -> Optional.empty();
        };
        if (moved.isEmpty() && e.kind() == Kind.GEN) {
            moved = inCase(object, Kind.VON);
            preposition = "von";
        }
        if (moved.isEmpty()) {
            return Optional.empty();
        }
        if (e.kind() != Kind.GEN || preposition.equals("von")) {
            int b = object.get(0).begin();
            out.add(new Token(preposition, b, b, Pos.ADP, preposition));
        }
        for (int i = 0; i < object.size(); i++) {
            Token x = object.get(i);
            out.add(new Token(moved.get().get(i), x.begin(), x.end(), x.pos(), x.lemma()));
        }
        if (pps.size() == 1) {
            out.addAll(t.subList(pps.get(0)[0], pps.get(0)[1]));
        }
        return Optional.of(out);
    }

    /** Nouns of the body: a verb with one of them as its object is a gesture („senkt den Kopf“). */
    private static final Set<String> BODY = Set.of(
            "kopf",
            "hand",
            "hände",
            "arm",
            "arme",
            "auge",
            "augen",
            "blick",
            "stimme",
            "finger",
            "schulter",
            "schultern",
            "fuß",
            "bein",
            "beine",
            "mund",
            "nase",
            "ohr",
            "ohren",
            "herz");

    private static List<String> texts(List<Token> t) {
        return t.stream().map(Token::text).toList();
    }

    /**
     * The accusative object in the genitive, in the dative (after „von“ when {@code VON}), if its form is sure:
     * „die Gebühren“ → „der Gebühren“, „eine neue Halle“ → „einer neuen Halle“, „den Einbrecher“ → „des
     * Einbrechers“ / „dem Einbrecher“, „1.200 Stellen“ → „(von) 1.200 Stellen“, „höhere Löhne“ → „(nach) höheren
     * Löhnen“, a name as it is. Empty where the form does not show the case (a noun whose genitive may be in „-es“
     * or „-en“, „und“ in the phrase, a singular without an article).
     */
    Optional<List<String>> inCase(List<Token> object, Kind kind) {
        if (object.stream().anyMatch(x -> Set.of("und", "oder", "sowie").contains(lower(x.text())))) {
            return Optional.empty();
        }
        int head = -1;
        for (int i = 0; i < object.size(); i++) {
            if (object.get(i).pos().isNoun()) {
                head = i;
                break;
            }
        }
        if (head < 0) {
            return Optional.empty();
        }
        Token first = object.get(0);
        String det = first.pos() == Pos.DET ? lower(first.text()) : "";
        Token noun = object.get(head);
        boolean singular = noun.text().equals(noun.lemma());
        List<String> rest = texts(object.subList(head + 1, object.size())); // a genitive or „von“ after it stays
        List<Token> adjectives = object.subList(det.isEmpty() ? 0 : 1, head);
        if (det.isEmpty()) {
            if (kind == Kind.GEN) {
                return Optional.empty(); // „von“ instead
            }
            boolean name = object.stream().allMatch(this::isName);
            if (name) {
                return Optional.of(texts(object));
            }
            boolean counted = adjectives.stream().anyMatch(x -> x.pos() == Pos.NUM);
            if (singular && !counted || object.stream().limit(head + 1).anyMatch(x -> x.pos() == Pos.PROPN)) {
                return Optional.empty();
            }
            Optional<List<String>> adj = adjectives(adjectives, true);
            Optional<String> plural = datativePlural(noun, counted);
            if (adj.isEmpty() || plural.isEmpty()) {
                return Optional.empty();
            }
            List<String> out = new ArrayList<>(adj.get());
            out.add(plural.get());
            out.addAll(rest);
            return Optional.of(out);
        }
        if (kind == Kind.VON || adjectives.stream().anyMatch(x -> x.pos() == Pos.NUM)) {
            return Optional.empty();
        }
        String newDet;
        String newNoun = noun.text();
        boolean feminine = det.equals("eine") || det.equals("die") && singular;
        boolean masculine = det.equals("den") || det.equals("einen");
        boolean neuter = det.equals("das") || det.equals("ein");
        if (det.equals("die") && !singular) { // a plural
            if (kind == Kind.GEN) {
                newDet = "der";
            } else {
                newDet = "den";
                Optional<String> plural = datativePlural(noun, true);
                if (plural.isEmpty()) {
                    return Optional.empty();
                }
                newNoun = plural.get();
            }
        } else if (feminine) {
            newDet = det.equals("eine") ? "einer" : "der";
        } else if ((masculine || neuter) && singular) {
            boolean definite = det.equals("den") || det.equals("das");
            if (kind == Kind.GEN) {
                String w = lower(noun.text());
                if (w.length() < 4 || NO_S_GENITIVE.stream().anyMatch(w::endsWith)) {
                    return Optional.empty(); // „des Prozesses“, „des Präsidenten“: not in „-s“
                }
                newDet = definite ? "des" : "eines";
                newNoun = noun.text() + "s";
            } else {
                newDet = definite ? "dem" : "einem";
            }
        } else {
            return Optional.empty();
        }
        Optional<List<String>> adj = adjectives(adjectives, false);
        if (adj.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>(List.of(newDet));
        out.addAll(adj.get());
        out.add(newNoun);
        out.addAll(rest);
        return Optional.of(out);
    }

    /**
     * Adjectives of an accusative phrase in the genitive or dative after an article (or, {@code bare}, of a plural
     * without one): „-e“ and „-es“ become „-en“, „-en“ stays; numbers and approximators stay; anything else refuses.
     */
    private static Optional<List<String>> adjectives(List<Token> adjectives, boolean bare) {
        List<String> out = new ArrayList<>();
        for (Token a : adjectives) {
            String w = a.text();
            if (a.pos() == Pos.NUM
                    || Set.of("rund", "etwa", "mehr", "knapp", "fast", "über", "gut")
                            .contains(lower(w))) {
                out.add(w);
            } else if (a.pos() == Pos.ADJ && w.endsWith("en")) {
                out.add(w);
            } else if (a.pos() == Pos.ADJ && w.endsWith("es") && !bare) {
                out.add(w.substring(0, w.length() - 1) + "n");
            } else if (a.pos() == Pos.ADJ && w.endsWith("e")) {
                out.add(w + "n");
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    /**
     * A plural noun in the dative: as it is in „-n“ or „-s“ or a unit („Euro“), with „-n“ after „-e“, „-er“,
     * „-el“ („Löhne“ → „Löhnen“); a singular only after a number ({@code counted}) if it is a unit.
     */
    private static Optional<String> datativePlural(Token noun, boolean counted) {
        String w = noun.text();
        String l = lower(w);
        if (UNITS.contains(l) && counted) {
            return Optional.of(w);
        }
        if (noun.text().equals(noun.lemma())) {
            return l.endsWith("n") && counted ? Optional.of(w) : Optional.empty();
        }
        if (l.endsWith("n") || l.endsWith("s")) {
            return Optional.of(w);
        }
        if (l.endsWith("e") || l.endsWith("er") || l.endsWith("el")) {
            return Optional.of(w + "n");
        }
        return Optional.empty();
    }

    /** True if the token is part of the name of a person, organisation or place. */
    private boolean isName(Token t) {
        return ctx.analysis().entities().stream()
                .anyMatch(e -> e.type() != de.ozd.newsroom.language.EntityType.OTHER
                        && e.begin() <= t.begin()
                        && t.end() <= e.end());
    }

    /**
     * True if tokens [from, to) are a subject in the nominative's form: „er“, „sie“, or noun phrases joined by
     * commas and „und“ („Caritas, Rotes Kreuz und Volkshilfe“), each with at most one phrase with a preposition
     * after it („Der 39-jährige Schlepper aus Ungarn“).
     */
    private static boolean isSubject(List<Token> t, int from, int to) {
        if (to - from == 1 && Set.of("er", "sie").contains(lower(t.get(from).text()))) {
            return true;
        }
        int i = from;
        while (i < to) {
            Token first = t.get(i);
            if (first.pos() == Pos.DET
                    && Set.of("den", "dem", "des", "einen", "einem").contains(lower(first.text()))) {
                return false; // an object or a genitive in front
            }
            int np = nounPhrase(t, i, to, true);
            if (np <= i) {
                return false;
            }
            i = np;
            if (i < to && t.get(i).pos() == Pos.ADP) {
                int pp = nounPhrase(t, i + 1, to, true);
                if (pp <= i + 1) {
                    return false;
                }
                i = pp;
            }
            if (i < to) {
                String w = lower(t.get(i).text());
                if (!(w.equals(",") || w.equals("und") || w.equals("sowie")) || i + 1 >= to) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** True if tokens [from, to) can all be dropped (a time phrase, a filler). */
    private static boolean isDroppable(List<Token> t, int from, int to) {
        int i = from;
        while (i < to) {
            int d = droppable(t, i, to);
            if (d <= i) {
                return false;
            }
            i = d;
        }
        return from < to;
    }

    /** The end of a droppable word or time phrase at {@code i}, or {@code i}. */
    private static int droppable(List<Token> t, int i, int end) {
        String w = lower(t.get(i).text());
        if (DROPPABLE.contains(w)) {
            return i + 1;
        }
        if ((w.equals("am") || w.equals("im"))
                && i + 1 < end
                && (TIMES.contains(lower(t.get(i + 1).text()))
                        || GermanCalendar.isDayOrMonth(t.get(i + 1).text()))) {
            return i + 2;
        }
        return i;
    }

    /** The end (exclusive, at most {@code end}) of a noun phrase from {@code i}, or {@code i}. */
    private static int nounPhrase(List<Token> t, int i, int end, boolean article) {
        if (i >= end) {
            return i;
        }
        Token first = t.get(i);
        if (first.pos() == Pos.DET
                && !ARTICLES.contains(lower(first.text()))
                && !lower(first.text()).equals("mehr")) {
            return i; // „keine“, „diese“, „seine“
        }
        int k = NominalPoints.nounGroup(t.subList(0, end), i, article);
        return k;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.GERMAN);
    }

    private static Map<String, List<Entry>> load() {
        try (InputStream in = VerbPoints.class.getResourceAsStream("/de/ozd/newsroom/draft/verb-nouns.txt")) {
            Map<String, List<Entry>> out = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.strip().split("\t");
                String[] c = p[2].strip().split(":");
                Kind kind = Kind.valueOf(c[0].toUpperCase(Locale.ROOT));
                out.computeIfAbsent(lower(p[0].strip()), k -> new ArrayList<>())
                        .add(new Entry(p[1].strip(), kind, c.length > 1 ? c[1] : ""));
            }
            Map<String, List<Entry>> copy = new HashMap<>();
            out.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return Map.copyOf(copy);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read verb-nouns.txt", e);
        }
    }
}
