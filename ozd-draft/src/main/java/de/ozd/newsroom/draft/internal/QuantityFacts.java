package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.draft.DraftLabels;
import de.ozd.newsroom.language.Entity;
import de.ozd.newsroom.language.GermanCalendar;
import de.ozd.newsroom.language.GermanWords;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Sentence;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Key figures of the report as infobox facts in the house's „Stichwort: Wert“ form (issue 13), where the clause that
 * states them does not fit a headline. Only three shapes, each read so that the line says exactly what the report says:
 *
 * <ul>
 *   <li>a measure with its value: a sentence that is one main clause „Die Kosten liegen bei 131 Millionen Euro“,
 *       „Die Zahl der Anträge beträgt 4.200“, „… belaufen sich auf …“ → „Kosten: 131 Millionen Euro“; the subject's
 *       noun (with its genitive) is the Stichwort, the value keeps its approximator, unit and „pro …“, a date phrase
 *       of the clause stays after the value, a source phrase („nach Schätzung des Bauamts“) becomes „laut Bauamt“ in
 *       the Stichwort;
 *   <li>an earlier estimate in the next sentence („… war noch von 48 Millionen Euro ausgegangen“, same unit) joins
 *       it: „Kosten: 131 statt 48 Millionen Euro“;
 *   <li>a vote with both counts in one sentence („23 … stimmten für …, 18 stimmten dagegen“) → „Abstimmung: 23 zu 18
 *       Stimmen“.
 * </ul>
 *
 * Anything else in the clause (an adjective on the subject, a phrase the value might need, a negation, a modal or
 * future, a Konjunktiv, reported speech, a quote, a question, a hedge, a condition or referent of {@link
 * MeaningGuard}) and the sentence gives no such fact: when unsure, nothing. Stateless apart from the analysis.
 */
final class QuantityFacts {

    /** Verbs that state a measure's value, with the preposition before the value („“ for a direct object). */
    private static final java.util.Map<String, String> MEASURE_VERBS =
            java.util.Map.of("liegen", "bei", "betragen", "", "belaufen", "auf", "beläufen", "auf");

    /** Verbs of a change with the noun that names it in the Stichwort's value („Rückgang um 14 Prozent“). */
    private static final java.util.Map<String, String> CHANGE_VERBS = java.util.Map.ofEntries(
            java.util.Map.entry("steigen", "Anstieg"),
            java.util.Map.entry("ansteigen", "Anstieg"),
            java.util.Map.entry("klettern", "Anstieg"),
            java.util.Map.entry("sinken", "Rückgang"),
            java.util.Map.entry("fallen", "Rückgang"),
            java.util.Map.entry("zurückgehen", "Rückgang"),
            java.util.Map.entry("nachgeben", "Rückgang"),
            java.util.Map.entry("wachsen", "Zuwachs"),
            java.util.Map.entry("anwachsen", "Zuwachs"),
            java.util.Map.entry("zulegen", "Zuwachs"),
            java.util.Map.entry("zunehmen", "Zunahme"),
            java.util.Map.entry("abnehmen", "Abnahme"),
            java.util.Map.entry("schrumpfen", "Rückgang"),
            java.util.Map.entry("erhöhen", "Anstieg"),
            java.util.Map.entry("verringern", "Rückgang"),
            java.util.Map.entry("reduzieren", "Rückgang"));

    /**
     * Change verbs that state a change of their subject only with „sich“ right after them („Die Zahl erhöhte sich um
     * 40“); without it the subject is who changed something („Die Firma erhöhte die Preise um 5 Prozent“), and the
     * Stichwort would name the firm.
     */
    private static final Set<String> REFLEXIVE_CHANGE = Set.of("erhöhen", "verringern", "reduzieren");

    /** Particles of change verbs that stand at the clause's end („ging um 0,9 Prozent zurück“, „legte … zu“). */
    private static final Set<String> CHANGE_PARTICLES = Set.of("zurück", "zu", "nach", "an");

    /**
     * The bases a change is measured against, written after its value: „gegenüber dem Vormonat“, „zum Vorjahr“. A
     * change without its base is another change („um 1,8 Prozent“ against the month before, not the year).
     */
    private static final Set<String> CHANGE_BASES = Set.of(
            "vorjahr",
            "vormonat",
            "vorquartal",
            "vorwoche",
            "vortag",
            "vorjahreszeitraum",
            "vorjahresmonat",
            "vorjahresquartal",
            "vorjahreswert");

    /** Nouns that say nothing without their genitive („die Zahl der …“, „der Anteil der …“). */
    static final Set<String> RELATIONAL = Set.of(
            "zahl",
            "anzahl",
            "gesamtzahl",
            "anteil",
            "quote",
            "rate",
            "hälfte",
            "summe",
            "wert",
            "mehrheit",
            "teil",
            "höhe",
            "niveau",
            "stand",
            "menge",
            "drittel",
            "viertel");

    /** Verbs of an earlier estimate whose value follows „von“, „mit“ or „auf“. */
    private static final Set<String> ESTIMATE_VERBS =
            Set.of("ausgehen", "rechnen", "veranschlagen", "kalkulieren", "schätzen", "planen");

    /** What shows an estimate is an earlier one: the pluperfect or a word that says so. */
    private static final Set<String> EARLIER = Set.of(
            "war", "waren", "hatte", "hatten", "ursprünglich", "zunächst", "anfangs", "zuvor", "bisher", "bislang");

    /** Adverbs that stay right before the value („derzeit 3.400“, „nur 12 Prozent“). */
    private static final Set<String> KEPT_ADVERBS = Set.of(
            "derzeit",
            "aktuell",
            "zuletzt",
            "insgesamt",
            "inzwischen",
            "mittlerweile",
            "nur",
            "lediglich",
            "bereits",
            "schon",
            "erst",
            "sogar");

    /** Adverbs that add nothing to a figure („zudem“, „nun“). */
    private static final Set<String> FILLERS = Set.of(
            "zudem",
            "auch",
            "dabei",
            "ebenfalls",
            "nun",
            "jedoch",
            "aber",
            "allerdings",
            "außerdem",
            "indes",
            "hingegen",
            "wiederum",
            "somit",
            "also");

    /** Words of a number's unit or size that stay with it. */
    private static final Set<String> SIZES = Set.of("million", "millionen", "milliarde", "milliarden", "mio.", "mrd.");

    /** Words of comparison that stay with a value („mehr als 300“, „bis zu 40“), beside the approximators. */
    private static final Set<String> COMPARISONS = Set.of("mehr", "weniger", "als", "bis", "zu");

    private static boolean approximates(String lower) {
        return MeaningGuard.ONE_WORD_APPROXIMATORS.contains(lower) || COMPARISONS.contains(lower);
    }

    /** Nouns of a source phrase („nach Schätzung des Bauamts“, „nach Angaben der Stadt“). */
    private static final Set<String> SOURCE_NOUNS =
            Set.of("schätzung", "schätzungen", "angabe", "angaben", "berechnung", "berechnungen", "prognose");

    /** Words of time in a phrase that dates a figure („im Jahr 2024“, „im vergangenen Monat“), beside the months. */
    private static final Set<String> TIME_WORDS = Set.of(
            "jahr",
            "jahres",
            "monat",
            "monats",
            "quartal",
            "quartals",
            "halbjahr",
            "woche",
            "ende",
            "anfang",
            "mitte",
            "frühjahr",
            "sommer",
            "herbst",
            "winter");

    private static boolean timeWord(String lower) {
        return TIME_WORDS.contains(lower) || GermanCalendar.isMonth(lower);
    }

    private final TextAnalysis analysis;
    private final int interviewFrom;

    QuantityFacts(TextAnalysis analysis) {
        this.analysis = analysis;
        this.interviewFrom = MeaningGuard.interviewStart(analysis);
    }

    /** A „Stichwort: Wert“ fact with the numbers it states (for the box's duplicate check). */
    record Figure(FactComposer.Fact fact, Set<String> numbers) {}

    /** The figures of the report of at most {@code maxWords} words, in report order; no job cuts. */
    List<Figure> figures(int maxWords) {
        return figures(maxWords, Set.of());
    }

    /**
     * The figures of the report of at most {@code maxWords} words, in report order. Job cuts are stated without who
     * cuts them, so only for the report's main actor: an entity whose canonical name is in {@code actors}.
     */
    List<Figure> figures(int maxWords, Set<String> actors) {
        List<Figure> out = new ArrayList<>();
        Optional<Figure> vote = vote(maxWords);
        vote.ifPresent(out::add);
        for (Sentence s : analysis.sentences()) {
            if (vote.isPresent() && vote.get().fact().sentence() == s.index()) {
                continue;
            }
            measure(s, maxWords)
                    .or(() -> jobCuts(s, maxWords, actors))
                    .or(() -> eventDate(s, maxWords))
                    .ifPresent(out::add);
        }
        casualties(maxWords).ifPresent(out::add);
        return out;
    }

    /** The numbers of a line: its tokens with digits („1.200“, „2024“, „14“). */
    static Set<String> numbers(List<Token> tokens) {
        return numbers(FactComposer.join(tokens));
    }

    /** The numbers of a drafted line's text, as {@link #numbers(List)} reads them; small numbers also as words. */
    static Set<String> numbers(String text) {
        Set<String> out = new LinkedHashSet<>();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\d(?:[\\d.,]*\\d)?").matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        for (String w : text.split("[^\\p{L}]+")) {
            String lower = w.toLowerCase(java.util.Locale.GERMAN);
            if (NUMBER_WORDS.contains(lower)) {
                out.add(lower); // „Tote: drei“ and „Drei Menschen … gestorben“ say the same number
            }
        }
        return out;
    }

    /** Numbers written as words that a toll or a count gives („drei Menschen“); „ein“ is mostly an article. */
    private static final Set<String> NUMBER_WORDS = Set.of(
            "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig",
            "dreißig", "vierzig", "fünfzig", "hundert");

    // ---------------------------------------------------------------- a measure and its value

    private Optional<Figure> measure(Sentence s, int maxWords) {
        List<Token> t = body(s);
        int said = t == null ? -1 : trailingSpeech(s, t);
        String speech = ""; // who the trailing „…, wie die Stadt mitteilte“ says gave the figure
        int speechFrom = Integer.MAX_VALUE;
        if (said > 0) {
            speech = SpeakerPrefix.name(new SpeakerPrefix(analysis).of(new Clause(s.index(), s.tokens(), false, 0)));
            speechFrom = t.get(said).begin();
            t = speech.isEmpty() || !plain(t.subList(0, said)) ? null : t.subList(0, said);
        } else if (t != null && t.stream().anyMatch(x -> x.text().equals(","))) {
            t = beforeNextMainClause(s, t);
        } else if (t != null && !plain(s)) {
            t = null;
        }
        if (t == null) {
            return Optional.empty();
        }
        int v = -1;
        for (int i = 0; i < t.size(); i++) {
            if (Phrases.isVerb(t.get(i))) {
                v = i;
                break;
            }
        }
        if (v <= 0) {
            return Optional.empty();
        }
        String lemma = Phrases.lower(t.get(v).lemma());
        int last = t.size();
        String end = Phrases.lower(t.get(t.size() - 1).text());
        if (Set.of("sein", "haben").contains(lemma)
                && Phrases.isVerb(t.get(t.size() - 1))
                && CHANGE_VERBS.containsKey(Phrases.lower(t.get(t.size() - 1).lemma()))) {
            lemma = Phrases.lower(t.get(t.size() - 1).lemma()); // „ist … gestiegen“
            last = t.size() - 1;
        } else if (t.size() - 1 > v + 1 && CHANGE_PARTICLES.contains(end) && CHANGE_VERBS.containsKey(end + lemma)) {
            lemma = end + lemma; // „ging … zurück“
            last = t.size() - 1;
        }
        if (!MEASURE_VERBS.containsKey(lemma) && !CHANGE_VERBS.containsKey(lemma)) {
            return Optional.empty();
        }
        List<Token> before = t.subList(0, v);
        List<Token> rest = new ArrayList<>(t.subList(v + 1, last));
        if (REFLEXIVE_CHANGE.contains(lemma)) {
            if (rest.isEmpty() || !Phrases.lower(rest.get(0).text()).equals("sich")) {
                return Optional.empty(); // „erhöhte die Preise“: the subject changed something else
            }
            rest.remove(0);
        }
        Optional<Split> split = split(before, rest); // „Im Jahr 2024 lagen die Kosten bei …“
        if (split.isEmpty()) {
            return Optional.empty();
        }
        List<Token> subject = split.get().subject();
        List<Token> dates = split.get().dates(); // „Im Jahr 2024“ goes after the value: „im Jahr 2024“
        rest = split.get().rest();
        List<Token> value = new ArrayList<>();
        List<Token> others = new ArrayList<>();
        if (MEASURE_VERBS.containsKey(lemma)) {
            String preposition = MEASURE_VERBS.get(lemma);
            if (preposition.equals("auf")) { // „belaufen sich auf“
                if (rest.isEmpty() || !Phrases.lower(rest.get(0).text()).equals("sich")) {
                    return Optional.empty();
                }
                rest.remove(0);
            }
            // the value: „bei“ (or what the verb takes) and a number phrase
            int at = -1;
            for (int i = 0; i < rest.size(); i++) {
                String w = Phrases.lower(rest.get(i).text());
                if (preposition.isEmpty()
                        ? FactComposer.isNumberWord(rest.get(i)) || approximates(w)
                        : w.equals(preposition)) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                return Optional.empty();
            }
            int from = preposition.isEmpty() ? at : at + 1;
            int to = valueEnd(rest, from);
            if (to <= from) {
                return Optional.empty();
            }
            value.addAll(rest.subList(from, to));
            if (!preposition.isEmpty() && dative(value)) {
                return Optional.empty();
            }
            others.addAll(rest.subList(0, at));
            others.addAll(rest.subList(to, rest.size()));
        } else {
            // a change: its noun („sank“ → „Rückgang“) and the phrases of its size and level, „um …“ and „auf …“
            value.add(word(CHANGE_VERBS.get(lemma)));
            int i = 0;
            while (i < rest.size()) {
                String w = Phrases.lower(rest.get(i).text());
                int to = w.equals("um") || w.equals("auf") || w.equals("von") ? valueEnd(rest, i + 1) : -1;
                boolean level = !w.equals("von") // „von 12 auf 9 Prozent“: the level before, with the one after
                        || to > i + 1
                                && to < rest.size()
                                && Phrases.lower(rest.get(to).text()).equals("auf")
                                && valueEnd(rest, to + 1) > to + 1;
                if (to > i + 1 && level) {
                    value.addAll(rest.subList(i, to));
                    i = to;
                } else {
                    others.add(rest.get(i));
                    i++;
                }
            }
            if (value.size() == 1
                    || value.stream().anyMatch(x -> Phrases.lower(x.text()).equals("uhr"))) {
                return Optional.empty(); // no size or level („um 14 Uhr“ is a time)
            }
        }
        List<Token> adverbs = new ArrayList<>();
        String source = "";
        List<Token> sourcePhrase = List.of();
        List<Token> base = new ArrayList<>();
        for (List<Token> phrase : phrases(others)) {
            Token first = phrase.get(0);
            String w = Phrases.lower(first.text());
            if (phrase.size() == 1 && FILLERS.contains(w)) {
                continue;
            }
            if (CHANGE_VERBS.containsKey(lemma) && base.isEmpty() && isBase(phrase)) {
                base.addAll(phrase);
            } else if (phrase.size() == 1 && KEPT_ADVERBS.contains(w)) {
                adverbs.add(first);
            } else if (isDatePhrase(phrase)) {
                dates.addAll(phrase);
            } else if (source.isEmpty() && !sourceOf(phrase).isEmpty()) {
                source = sourceOf(phrase);
                sourcePhrase = phrase;
            } else {
                return Optional.empty(); // a phrase the figure may need: when unsure, nothing
            }
        }
        if (!speech.isEmpty()) {
            if (!source.isEmpty()) {
                return Optional.empty(); // two sources: which one gave the figure?
            }
            source = speech;
        }
        int sourceBegin = sourcePhrase.isEmpty() ? -1 : sourcePhrase.get(0).begin();
        int sourceEnd = sourcePhrase.isEmpty()
                ? -1
                : sourcePhrase.get(sourcePhrase.size() - 1).end();
        int spoken = speechFrom;
        boolean otherSource = analysis.attributionsIn(s.index()).stream()
                        .anyMatch(a -> a.speakerBegin() < spoken
                                && (a.speakerBegin() < sourceBegin || a.speakerEnd() > sourceEnd))
                || analysis.hedgesIn(s.index()).stream()
                        .anyMatch(h -> h.begin() < spoken && (h.begin() < sourceBegin || h.end() > sourceEnd));
        if (otherSource) {
            return Optional.empty(); // a speaker or hedge the Stichwort would not carry
        }
        List<Token> keyword = new ArrayList<>(subject);
        if (Phrases.lower(keyword.get(0).text()).matches("der|die|das")) {
            keyword.remove(0);
        }
        if (keyword.size() == 1
                && RELATIONAL.contains(Phrases.lower(keyword.get(0).lemma()))) {
            return Optional.empty(); // „Anteil: 30 Prozent“ – of what?
        }
        List<Token> claim = new ArrayList<>(keyword);
        if (!source.isEmpty()) {
            claim.add(word("laut"));
            claim.add(word(source));
        }
        if (claim.size() > 3) {
            return Optional.empty(); // the fragment check reads „Stichwort: Wert“ with a short Stichwort only
        }
        claim.add(word(":"));
        claim.addAll(adverbs);
        List<Token> numbersFrom = new ArrayList<>(value);
        Optional<List<Token>> earlier = adverbs.isEmpty() && dates.isEmpty() && MEASURE_VERBS.containsKey(lemma)
                ? earlierEstimate(s.index() + 1, value)
                : Optional.empty();
        if (earlier.isPresent()) {
            List<Token> unit = unit(value);
            claim.addAll(value.subList(0, value.size() - unit.size()));
            claim.add(word("statt"));
            claim.addAll(earlier.get());
            numbersFrom.addAll(earlier.get());
        } else {
            claim.addAll(value);
            claim.addAll(base);
            claim.addAll(dates);
        }
        if (!keepsMeaning(claim, s, t, !source.isEmpty())) {
            return Optional.empty();
        }
        String text = FactComposer.capitalise(FactComposer.join(claim)).replace(" :", ":");
        if (FactComposer.words(text) > maxWords || numbers(numbersFrom).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(figure(text, s, claim, numbers(numbersFrom)));
    }

    /**
     * Where a subject noun phrase starting at {@code from} ends: an optional definite article, a common noun (no
     * adjective: it would lose its article's form, and no demonstrative or possessive: they point elsewhere), and an
     * optional genitive attribute taken whole („der Anträge“, „des neuen Werks“). -1 if there is none.
     */
    /**
     * A verb-second clause split at its verb: the subject, a date phrase fronted before the verb (lower-cased, to stand
     * later in the line) and what follows the subject.
     */
    private record Split(List<Token> subject, List<Token> dates, List<Token> rest) {}

    /**
     * The subject is all that stands before the verb, or, after a fronted date phrase („Im Jahr 2024 lagen die Kosten
     * …“, „Am 8. Mai findet die Stichwahl statt“), the noun phrase right after the verb; empty otherwise.
     */
    private Optional<Split> split(List<Token> before, List<Token> rest) {
        if (subjectEnd(before, 0) == before.size()) {
            return Optional.of(new Split(before, new ArrayList<>(), rest)); // both lists grow later
        }
        int end = isDatePhrase(before) ? subjectEnd(rest, 0) : -1;
        if (end <= 0) {
            return Optional.empty();
        }
        Token first = before.get(0);
        List<Token> dates = new ArrayList<>();
        dates.add(new Token(Phrases.lower(first.text()), first.begin(), first.end(), first.pos(), first.lemma()));
        dates.addAll(before.subList(1, before.size()));
        return Optional.of(new Split(
                new ArrayList<>(rest.subList(0, end)), dates, new ArrayList<>(rest.subList(end, rest.size()))));
    }

    private int subjectEnd(List<Token> t, int from) {
        int i = from;
        if (i < t.size() && t.get(i).pos() == Pos.DET) {
            if (!Phrases.lower(t.get(i).text()).matches("der|die|das")) {
                return -1;
            }
            i++;
        }
        if (i >= t.size() || !isCommonNoun(t.get(i))) {
            return -1;
        }
        i++;
        if (i < t.size() && Phrases.lower(t.get(i).text()).matches("des|der")) {
            int k = i + 1;
            while (k < t.size() && t.get(k).pos() == Pos.ADJ) {
                k++;
            }
            if (k < t.size() && isCommonNoun(t.get(k))) {
                i = k + 1;
            } else {
                return -1;
            }
        }
        return i;
    }

    /** A capitalised noun outside a name (the tagger calls some compounds, „Baukosten“, a proper noun). */
    private boolean isCommonNoun(Token t) {
        return Phrases.isNoun(t)
                && t.isCapitalised()
                && analysis.entities().stream().noneMatch(e -> e.begin() <= t.begin() && t.end() <= e.end());
    }

    /**
     * The end of the value phrase from {@code from}: approximators, the number, its size and unit („rund 1,2
     * Millionen Euro“), and „pro …“ or „je …“ with its noun. The phrase must have a number.
     */
    private static int valueEnd(List<Token> t, int from) {
        int i = from;
        while (i < t.size() && approximates(Phrases.lower(t.get(i).text())) && !isNumber(t.get(i))) {
            i++;
        }
        int numbers = 0;
        while (i < t.size() && isNumber(t.get(i))) {
            i++;
            numbers++;
        }
        if (numbers == 0) {
            return -1;
        }
        while (i < t.size() && SIZES.contains(Phrases.lower(t.get(i).text()))) {
            i++;
        }
        if (i < t.size() && Phrases.isNoun(t.get(i)) && t.get(i).isCapitalised()) {
            i++; // the unit or what is counted: „Euro“, „Prozent“, „Anträge“
        }
        if (i + 1 < t.size() && Phrases.lower(t.get(i).text()).matches("pro|je") && Phrases.isNoun(t.get(i + 1))) {
            i += 2;
        }
        return i;
    }

    /** A number token: digits („1.200“, „24“) or a number word, not an ordinal („28.“) nor „ein“. */
    static boolean isNumber(Token t) {
        return t.text().matches("\\d[\\d.,]*") && !t.text().endsWith(".")
                || t.pos() == Pos.NUM
                        && !t.text().endsWith(".")
                        && !t.text().matches("(?iu)ein|eine|einer|einen|einem|eines");
    }

    /**
     * True if the value's counted noun may be in the dative of its preposition („bei 12 Punkten“): a line in
     * „Stichwort: Wert“ form would need its nominative, which is not the report's word.
     */
    private static boolean dative(List<Token> value) {
        Token last = value.get(value.size() - 1);
        return Phrases.isNoun(last)
                && !Phrases.lower(last.text()).equals(Phrases.lower(last.lemma()))
                && Phrases.lower(last.text()).endsWith("n")
                && !SIZES.contains(Phrases.lower(last.text()));
    }

    /** The unit words at the end of a value („Millionen Euro“ of „131 Millionen Euro“). */
    private static List<Token> unit(List<Token> value) {
        int i = value.size();
        while (i > 0 && !isNumber(value.get(i - 1))) {
            i--;
        }
        return value.subList(i, value.size());
    }

    /**
     * The next sentence's earlier estimate of the same unit („Vor drei Jahren war die Stadt noch von 48 Millionen Euro
     * ausgegangen“): its approximator, number and unit, when the sentence is one plain clause with an estimate verb
     * shown as earlier and no other figure.
     */
    private Optional<List<Token>> earlierEstimate(int index, List<Token> value) {
        if (index >= analysis.sentences().size()) {
            return Optional.empty();
        }
        Sentence s = analysis.sentences().get(index);
        List<Token> t = body(s);
        if (t == null
                || !plain(s)
                || !analysis.attributionsIn(index).isEmpty()
                || !analysis.hedgesIn(index).isEmpty()) {
            return Optional.empty();
        }
        boolean estimate =
                t.stream().anyMatch(x -> Phrases.isVerb(x) && ESTIMATE_VERBS.contains(Phrases.lower(x.lemma())));
        boolean earlier = t.stream().anyMatch(x -> EARLIER.contains(Phrases.lower(x.text())));
        if (t.stream().anyMatch(x -> Phrases.lower(x.text()).equals("für"))) {
            return Optional.empty(); // „für die Sanierung“: the estimate may be of something else
        }
        List<Token> unit = unit(value);
        if (!estimate || !earlier || unit.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < t.size(); i++) {
            if (!Phrases.lower(t.get(i).text()).matches("von|mit|auf")) {
                continue;
            }
            int end = valueEnd(t, i + 1);
            if (end < 0) {
                continue;
            }
            List<Token> other = t.subList(i + 1, end);
            if (dative(other)) {
                continue;
            }
            List<Token> otherUnit = unit(other);
            boolean sameUnit = otherUnit.size() == unit.size()
                    && FactComposer.join(otherUnit).equals(FactComposer.join(unit));
            long figures = t.stream().filter(QuantityFacts::isNumber).count();
            long ownFigures = other.stream().filter(QuantityFacts::isNumber).count();
            int agoWords = countYearsAgo(t);
            if (sameUnit && figures - agoWords == ownFigures && keepsMeaning(other, s, t, false)) {
                return Optional.of(other);
            }
        }
        return Optional.empty();
    }

    /** Numbers of a „vor drei Jahren“ phrase (the estimate's time, not a figure of its own). */
    private static int countYearsAgo(List<Token> t) {
        int n = 0;
        for (int i = 0; i + 2 < t.size(); i++) {
            if (Phrases.lower(t.get(i).text()).equals("vor")
                    && isNumber(t.get(i + 1))
                    && Phrases.lower(t.get(i + 2).text()).matches("jahren|monaten|wochen")) {
                n++;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- job cuts

    /** Verbs of cutting jobs, particle verbs whole. */
    private static final Set<String> CUT_VERBS = Set.of("streichen", "abbauen");

    /** What job cuts count. */
    private static final Set<String> JOBS = Set.of("stelle", "stellen", "arbeitsplatz", "arbeitsplätze", "job", "jobs");

    /**
     * „Stellenabbau: rund 1.200 Stellen in Deutschland bis Ende 2027“ from a present-tense clause „Der Autozulieferer
     * Brennwald streicht bis Ende 2027 rund 1.200 Stellen in Deutschland“ whose subject names the report's main actor
     * (the line drops it); a place („in“ and a name) and the dates stay, anything else and there is none.
     */
    private Optional<Figure> jobCuts(Sentence s, int maxWords, Set<String> actors) {
        List<Token> t = body(s);
        if (t == null || !plain(s) || actors.isEmpty()) {
            return Optional.empty();
        }
        int v = Phrases.firstVerb(t);
        if (v <= 0 || !MeaningGuard.isSurelyFinite(t.get(v))) {
            return Optional.empty();
        }
        String lemma = Phrases.lower(t.get(v).lemma());
        int last = t.size();
        if (Phrases.lower(t.get(t.size() - 1).text()).equals("ab") && lemma.equals("bauen")) {
            lemma = "abbauen"; // „baut … ab“
            last--;
        }
        if (!CUT_VERBS.contains(lemma) || t.get(v).text().startsWith("ge")) {
            return Optional.empty();
        }
        List<Token> subject = t.subList(0, v);
        boolean actor = analysis.entitiesIn(s.index()).stream()
                .anyMatch(e -> actors.contains(e.canonical())
                        && e.begin() >= subject.get(0).begin()
                        && e.end() <= subject.get(subject.size() - 1).end()
                        && e.end() == subject.get(subject.size() - 1).end());
        if (!actor || subject.stream().anyMatch(x -> x.pos().isAdposition() || Phrases.isVerb(x))) {
            return Optional.empty();
        }
        List<Token> rest = t.subList(v + 1, last);
        int at = -1; // the object's number: the first number or approximator outside a prepositional phrase
        int i = 0;
        for (List<Token> phrase : phrases(rest)) {
            Token first = phrase.get(0);
            boolean figure = isNumber(first) || approximates(Phrases.lower(first.text()));
            if (!first.pos().isAdposition() && figure) {
                at = i;
                break;
            }
            i += phrase.size();
        }
        if (at < 0) {
            return Optional.empty();
        }
        int to = valueEnd(rest, at);
        if (to <= at || !JOBS.contains(Phrases.lower(rest.get(to - 1).text()))) {
            return Optional.empty();
        }
        List<Token> value = new ArrayList<>(rest.subList(at, to));
        if (Phrases.lower(value.get(value.size() - 1).text()).startsWith("stelle")) {
            value.remove(value.size() - 1); // „Stellenabbau: rund 1.200“: the Stichwort says what is counted
        }
        List<Token> others = new ArrayList<>(rest.subList(0, at));
        others.addAll(rest.subList(to, rest.size()));
        List<Token> places = new ArrayList<>();
        List<Token> dates = new ArrayList<>();
        for (List<Token> phrase : phrases(others)) {
            if (isDatePhrase(phrase)) {
                dates.addAll(phrase);
            } else if (isPlacePhrase(phrase, s.index())) {
                places.addAll(phrase);
            } else {
                return Optional.empty();
            }
        }
        List<Token> claim = new ArrayList<>(List.of(word("Stellenabbau"), word(":")));
        claim.addAll(value);
        claim.addAll(places);
        claim.addAll(dates);
        if (!keepsMeaning(claim, s, t, false)) {
            return Optional.empty();
        }
        String text = FactComposer.join(claim);
        if (FactComposer.words(text) > maxWords || numbers(value).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(figure(text, s, claim, numbers(claim)));
    }

    /** „in Deutschland“: „in“ and one place name, nothing else. */
    private boolean isPlacePhrase(List<Token> phrase, int sentence) {
        if (phrase.size() < 2 || !Phrases.lower(phrase.get(0).text()).equals("in")) {
            return false;
        }
        Token from = phrase.get(1);
        Token to = phrase.get(phrase.size() - 1);
        return analysis.entitiesIn(sentence).stream()
                .anyMatch(e -> e.type() == de.ozd.newsroom.language.EntityType.LOCATION
                        && e.begin() == from.begin()
                        && e.end() == to.end());
    }

    // ---------------------------------------------------------------- the date of an event

    /** Nouns of events whose date „ist am …“ states („Die Wahl ist am 24. September“), compounds by their last part. */
    private static final Set<String> EVENT_NOUNS = Set.of(
            "wahl",
            "abstimmung",
            "referendum",
            "sitzung",
            "versammlung",
            "parteitag",
            "gipfel",
            "konferenz",
            "tagung",
            "kongress",
            "vernissage",
            "premiere",
            "uraufführung",
            "eröffnung",
            "ausstellung",
            "messe",
            "konzert",
            "festival",
            "prozess",
            "prozessauftakt",
            "verhandlung",
            "anhörung",
            "hinspiel",
            "rückspiel",
            "finale",
            "endspiel");

    /** Compounds whose last part is an event noun but that name no event. */
    private static final Set<String> NOT_EVENTS = Set.of("auswahl", "zuwahl", "vorauswahl", "freistellung");

    private static boolean isEventNoun(Token t) {
        String w = Phrases.lower(t.text());
        return !NOT_EVENTS.contains(w)
                && EVENT_NOUNS.stream().anyMatch(e -> w.equals(e) || w.endsWith(e) && w.length() > e.length() + 2);
    }

    /**
     * „Wahl: am 24. September“ from a sentence that is one plain clause giving an event's date and nothing else: „Die
     * Wahl findet am 24. September statt“, „Die Stichwahl ist am 8. Mai“ (with „sein“ only for a noun of an event),
     * also with the date first („Am 8. Mai findet die Stichwahl statt“). The subject is an article and a noun (with a
     * genitive), the rest date phrases with a day or year and a place („in“ and a place name), kept as they stand;
     * anything else (an adverb such as „erst“ or „wieder“, an object, a negation, a modal or future, a speaker or
     * hedge) and there is none.
     */
    private Optional<Figure> eventDate(Sentence s, int maxWords) {
        List<Token> t = body(s);
        if (t == null
                || !plain(s)
                || t.stream().anyMatch(x -> x.text().equals(","))
                || !analysis.attributionsIn(s.index()).isEmpty()
                || !analysis.hedgesIn(s.index()).isEmpty()) {
            return Optional.empty();
        }
        int v = Phrases.firstVerb(t);
        if (v <= 0
                || !MeaningGuard.isSurelyFinite(t.get(v))
                        && !Phrases.lower(t.get(v).text()).matches("sind|fanden|finden")) {
            return Optional.empty();
        }
        String lemma = Phrases.lower(t.get(v).lemma());
        int last = t.size();
        boolean takesPlace = lemma.equals("stattfinden")
                || lemma.equals("finden")
                        && Phrases.lower(t.get(t.size() - 1).text()).equals("statt");
        if (lemma.equals("finden")) {
            last--;
        }
        if (!takesPlace && !lemma.equals("sein")
                || t.subList(v + 1, last).stream().anyMatch(Phrases::isVerb)) {
            return Optional.empty();
        }
        List<Token> before = t.subList(0, v);
        List<Token> rest = new ArrayList<>(t.subList(v + 1, last));
        Optional<Split> split = split(before, rest); // „Am 8. Mai findet die Stichwahl statt“
        if (split.isEmpty()) {
            return Optional.empty();
        }
        List<Token> subject = split.get().subject();
        rest = new ArrayList<>(split.get().dates());
        rest.addAll(split.get().rest());
        List<Token> keyword = new ArrayList<>(subject);
        if (Phrases.lower(keyword.get(0).text()).matches("der|die|das")) {
            keyword.remove(0);
        }
        Token head = keyword.get(0);
        if (keyword.size() > 3
                || RELATIONAL.contains(Phrases.lower(head.lemma()))
                || !takesPlace && !isEventNoun(head)) {
            return Optional.empty();
        }
        List<Token> value = new ArrayList<>();
        boolean dated = false;
        for (List<Token> phrase : phrases(rest)) {
            String w = Phrases.lower(phrase.get(0).text());
            if (phrase.size() == 1 && FILLERS.contains(w) && !w.equals("nun")) {
                continue;
            }
            if (isDatePhrase(phrase) && !numbers(phrase).isEmpty()) {
                dated = true;
                value.addAll(phrase);
            } else if (isDatePhrase(phrase) || isPlacePhrase(phrase, s.index())) {
                value.addAll(phrase);
            } else {
                return Optional.empty(); // „erst am …“, „wieder“, an object: a phrase the date may need
            }
        }
        if (!dated) {
            return Optional.empty();
        }
        List<Token> claim = new ArrayList<>(keyword);
        claim.add(word(":"));
        claim.addAll(value);
        if (!keepsMeaning(claim, s, t, false)) {
            return Optional.empty();
        }
        String text = FactComposer.capitalise(FactComposer.join(claim)).replace(" :", ":");
        if (FactComposer.words(text) > maxWords) {
            return Optional.empty();
        }
        return Optional.of(figure(text, s, claim, numbers(value)));
    }

    // ---------------------------------------------------------------- a vote

    /**
     * „Abstimmung: 23 zu 18 Stimmen“ from the report's one sentence with a vote whose yes and no counts are both in it:
     * a clause with a form of „stimmen“, a count and „für“, and a clause with a count and „dagegen“ (or „gegen“ and
     * „stimmen“). More than one such sentence, and the report gives none (which vote would it be?).
     */
    private Optional<Figure> vote(int maxWords) {
        Optional<Figure> found = Optional.empty();
        for (Sentence s : analysis.sentences()) {
            List<Token> t = body(s);
            if (t == null
                    || t.stream()
                                    .noneMatch(x -> Phrases.isVerb(x)
                                            && Phrases.lower(x.lemma()).equals("stimmen"))
                            && voteWith(t) == null) {
                continue;
            }
            List<List<Token>> parts = commaParts(t);
            Token yes = null;
            Token no = null;
            for (List<Token> p : parts) {
                Token count =
                        p.stream().filter(QuantityFacts::isNumber).findFirst().orElse(null);
                boolean stimmen = p.stream()
                        .anyMatch(x ->
                                Phrases.isVerb(x) && Phrases.lower(x.lemma()).equals("stimmen"));
                Set<String> words = new java.util.HashSet<>();
                p.forEach(x -> words.add(Phrases.lower(x.text())));
                if (count == null
                        || !stimmen
                        || p.stream().filter(QuantityFacts::isNumber).count() != 1) {
                    continue;
                }
                if (words.contains("für") && yes == null) {
                    yes = count;
                } else if ((words.contains("dagegen") || words.contains("gegen")) && no == null) {
                    no = count;
                }
            }
            boolean withPhrase = false;
            if (yes == null || no == null) {
                Token[] counts = voteWith(t);
                if (counts == null) {
                    continue;
                }
                yes = counts[0];
                no = counts[1];
                withPhrase = true;
            }
            if (found.isPresent()
                    || !(withPhrase ? plainVote(t) : plain(s))
                    || !analysis.hedgesIn(s.index()).isEmpty()
                    || !analysis.attributionsIn(s.index()).isEmpty()
                    || numbers(List.of(yes, no)).size() != 2) {
                return Optional.empty();
            }
            List<Token> claim = List.of(word("Abstimmung"), word(":"), yes, word("zu"), no, word("Stimmen"));
            if (!keepsMeaning(claim, s, t, false)) {
                return Optional.empty();
            }
            String text = FactComposer.join(claim).replace(" :", ":");
            if (FactComposer.words(text) <= maxWords) {
                found = Optional.of(figure(text, s, claim, numbers(List.of(yes, no))));
            }
        }
        return found;
    }

    /** The counts of the sentence's one „mit … N zu M Stimmen“ phrase ({@link Compressor#voteCounts}), or null. */
    private static Token[] voteWith(List<Token> t) {
        Token[] found = null;
        for (int i = 0; i < t.size(); i++) {
            Token[] counts = Compressor.voteCounts(t.subList(i, t.size()));
            if (counts != null) {
                if (found != null) {
                    return null; // two votes in one sentence: which is the news?
                }
                found = counts;
            }
        }
        return found;
    }

    /**
     * A sentence that reports a vote as held: {@link #plain} but a past passive may stand („wurde mit 61 zu 44 Stimmen
     * angenommen“); no present or future „wird“, no modal, subjunctive, negation or subordinate clause.
     */
    private static boolean plainVote(List<Token> t) {
        List<Token> rest = t.stream()
                .filter(x -> !Set.of("wurde", "wurden", "worden").contains(Phrases.lower(x.text())))
                .toList();
        return plain(rest);
    }

    // ---------------------------------------------------------------- dead and injured

    /** Cues of death in a clause: „ums Leben“, „getötet“, „starben“, „gestorben“. */
    private static final Set<String> DEATH_CUES = Set.of("leben", "getötet", "starben", "starb", "gestorben");

    /** Persons a toll counts; „Menschen“ and „Personen“ go in the line („drei Tote“), the others stay. */
    private static final Set<String> PERSONS = Set.of(
            "menschen",
            "personen",
            "passagiere",
            "insassen",
            "fahrgäste",
            "soldaten",
            "zivilisten",
            "polizisten",
            "kinder",
            "mitarbeiter",
            "arbeiter",
            "bergleute",
            "besucher",
            "demonstranten",
            "schüler");

    /** Words that make a toll a running or past total, which a box line would state as this event's. */
    private static final Set<String> TOTALS =
            Set.of("seit", "insgesamt", "bislang", "bisher", "damals", "zuvor", "jährlich", "weitere", "weiteren");

    /**
     * The toll of the report's event, from the one sentence of its lead (first three sentences) that counts dead or
     * injured people: „Bei einem Busunglück … sind drei Menschen ums Leben gekommen und 24 verletzt worden“ →
     * „Bilanz: drei Tote, 24 Verletzte“, „Tote: mindestens zwölf“, „Verletzte laut Polizei: elf“ (a source phrase or
     * a „Wie die Polizei mitteilte,“ clause gives the „laut …“). Only a plain past report of the event: no modal,
     * future, subjunctive without its source, negation, subordinate clause, year or word of a running or earlier total
     * („seit“, „bislang“, „damals“); each count a number with its approximators and at most a person noun; two
     * sentences with a toll, or two counts of one kind, and the report gives none.
     */
    private Optional<Figure> casualties(int maxWords) {
        Optional<Figure> found = Optional.empty();
        for (Sentence s : analysis.sentences()) {
            if (s.index() > 2) {
                if (s.tokens().stream().anyMatch(x -> Phrases.lower(x.text()).matches("(tote|verletzte|todesopfer)n?"))
                        && s.tokens().stream()
                                .anyMatch(x -> Set.of("stieg", "gestiegen", "erhöhte", "erhöht", "korrigiert")
                                        .contains(Phrases.lower(x.text())))) {
                    return Optional.empty(); // „Die Zahl der Toten stieg auf …“: the lead's count is out of date
                }
                continue; // a detail or another event after the lead: the lead's toll stands
            }
            List<Token> t = bodyAfterDateline(s);
            if (t == null || t.stream().noneMatch(x -> isDeathCue(x) || isInjuryCue(x))) {
                continue;
            }
            if (!new ClauseInSentence(analysis).standsAlone(new Clause(s.index(), s.tokens(), false, 0))
                    || reportedLater(s.index())) {
                return Optional.empty(); // whose count it is, the line would lose
            }
            Optional<Figure> toll = toll(s, t, maxWords);
            if (toll.isEmpty() || found.isPresent()) {
                return Optional.empty(); // a toll the lead does not state plainly, or two of them
            }
            found = toll;
        }
        return found;
    }

    /**
     * „… Das teilte die Polizei mit.“, „Dies meldete die Feuerwehr.“: a later sentence says who gave what the report
     * said before it, and that may be a whole paragraph or two. (A clause fact may stand before „Das teilte das
     * Unternehmen mit“, a body announcing its own doing; a toll is someone's count.)
     */
    private boolean reportedLater(int sentence) {
        for (Sentence later :
                analysis.sentences().subList(sentence + 1, analysis.sentences().size())) {
            List<Token> t = later.tokens();
            if (t.size() >= 3
                    && Phrases.lower(t.get(0).text()).matches("das|dies|so")
                    && t.stream()
                            .anyMatch(x -> Phrases.isVerb(x)
                                    && Set.of(
                                                    "mitteilen",
                                                    "teilen",
                                                    "melden",
                                                    "berichten",
                                                    "bestätigen",
                                                    "sagen",
                                                    "erklären")
                                            .contains(Phrases.lower(x.lemma())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDeathCue(Token x) {
        return DEATH_CUES.contains(Phrases.lower(x.text()));
    }

    private static boolean isInjuryCue(Token x) {
        return Phrases.lower(x.text()).matches("(schwer|leicht)?verletzt");
    }

    private Optional<Figure> toll(Sentence s, List<Token> t, int maxWords) {
        String source = "";
        List<Token> body = t;
        if (Phrases.lower(t.get(0).text()).equals("wie")) { // „Wie die Polizei mitteilte, …“: the composer's speaker
            int comma = t.stream().map(Token::text).toList().indexOf(",");
            String prefix = new SpeakerPrefix(analysis).of(new Clause(s.index(), s.tokens(), false, 0));
            if (comma < 0 || !prefix.startsWith(DraftLabels.SPEAKER)) {
                return Optional.empty();
            }
            source = SpeakerPrefix.name(prefix);
            body = t.subList(comma + 1, t.size());
        }
        boolean reported = false;
        for (Token x : body) {
            String w = Phrases.lower(x.text());
            if (GermanWords.isNegation(x.text())
                    || w.matches("kein(e|er|en|em|es)?")
                    || x.pos() == Pos.SCONJ
                    || TOTALS.contains(w)
                    || x.text().matches("\\d{4}")
                    || Set.of(":", "(", "„", "“").contains(x.text())) {
                return Optional.empty();
            }
            if (Phrases.isVerb(x)
                    && (GermanWords.isModalVerb(x.lemma())
                            || Set.of("wird", "werden", "war", "waren", "hatte", "hatten")
                                    .contains(w)
                            || MeaningGuard.isConjunctiveTwo(x))) {
                return Optional.empty(); // planned, feared, earlier or a pluperfect background
            }
            reported |= Phrases.isVerb(x) && MeaningGuard.isReportedSpeech(x);
        }
        List<Token> sourcePhrase = List.of();
        for (List<Token> phrase : phrases(body)) {
            for (int k = phrase.size(); k >= 3; k--) { // „nach Angaben der Armee | zwölf Soldaten“
                List<Token> head = phrase.subList(0, k);
                if (!sourceOf(head).isEmpty()) {
                    if (!source.isEmpty() || !sourcePhrase.isEmpty()) {
                        return Optional.empty();
                    }
                    source = sourceOf(head); // „nach Angaben der Polizei“
                    sourcePhrase = head;
                    break;
                }
            }
        }
        if (reported && source.isEmpty()) {
            return Optional.empty(); // „seien … ums Leben gekommen“: someone says so
        }
        int from = body.get(0).begin();
        int sourceBegin = sourcePhrase.isEmpty() ? -1 : sourcePhrase.get(0).begin();
        int sourceEnd = sourcePhrase.isEmpty()
                ? -1
                : sourcePhrase.get(sourcePhrase.size() - 1).end();
        boolean otherSpeaker = analysis.attributionsIn(s.index()).stream()
                .anyMatch(a ->
                        a.speakerBegin() >= from && (a.speakerBegin() < sourceBegin || a.speakerEnd() > sourceEnd));
        if (otherSpeaker
                || analysis.hedgesIn(s.index()).stream()
                        .anyMatch(h -> h.begin() >= from && (h.begin() < sourceBegin || h.end() > sourceEnd))) {
            return Optional.empty();
        }
        List<Token> dead = null;
        List<Token> injured = null;
        boolean named = false;
        for (List<Token> part : commaParts(body)) {
            boolean death = part.stream().anyMatch(QuantityFacts::isDeathCue);
            boolean injury = part.stream().anyMatch(QuantityFacts::isInjuryCue);
            List<Token> count = count(part);
            if (count == null) {
                if (death || injury) {
                    return Optional.empty(); // a toll without a number, or with one this reading does not know
                }
                continue;
            }
            if (death == injury) {
                if (death) {
                    return Optional.empty();
                }
                continue; // „zwei von ihnen schwer“: a detail the line may leave out
            }
            Token last = count.get(count.size() - 1);
            named |= PERSONS.contains(Phrases.lower(last.text()));
            if (death ? dead != null : injured != null) {
                return Optional.empty();
            }
            if (death) {
                dead = count;
            } else {
                injured = count;
            }
        }
        if (dead == null && injured == null || !named) {
            return Optional.empty();
        }
        List<Token> claim = new ArrayList<>();
        boolean both = dead != null && injured != null;
        if (both) {
            if (!isPlainCount(dead) || !isPlainCount(injured)) {
                return Optional.empty();
            }
            claim.add(word("Bilanz"));
        } else {
            claim.add(word(dead != null ? "Tote" : "Verletzte"));
        }
        if (!source.isEmpty()) {
            claim.add(word("laut"));
            claim.add(word(source));
        }
        claim.add(word(":"));
        if (both) {
            claim.addAll(lowerFirst(numberOf(dead)));
            claim.add(word("Tote,"));
            claim.addAll(lowerFirst(numberOf(injured)));
            claim.add(word("Verletzte"));
        } else {
            List<Token> count = dead != null ? dead : injured;
            claim.addAll(lowerFirst(isPlainCount(count) ? numberOf(count) : count));
        }
        if (!keepsMeaning(claim, s, body, !source.isEmpty())) {
            return Optional.empty();
        }
        String text = FactComposer.join(claim).replace(" :", ":").replace(" ,", ",");
        if (FactComposer.words(text) > maxWords) {
            return Optional.empty();
        }
        List<Token> numbers = new ArrayList<>();
        if (dead != null) {
            numbers.addAll(dead);
        }
        if (injured != null) {
            numbers.addAll(injured);
        }
        return Optional.of(figure(text, s, claim, numbers(numbers)));
    }

    /**
     * The count of a clause of a toll: approximators, one number, and the person noun after it if any („mindestens
     * zwölf Menschen“, „24“); null if the clause has no such count or more than one number.
     */
    private static List<Token> count(List<Token> part) {
        List<Token> numbers = part.stream()
                .filter(x -> isNumber(x) && !x.text().matches("\\d+\\."))
                .toList();
        if (numbers.size() != 1) {
            return null;
        }
        int at = part.indexOf(numbers.get(0));
        int from = at;
        while (from > 0 && approximates(Phrases.lower(part.get(from - 1).text()))) {
            from--;
        }
        int to = at + 1;
        if (to < part.size() && PERSONS.contains(Phrases.lower(part.get(to).text()))) {
            to++;
        } else if (to < part.size() && Phrases.isNoun(part.get(to))) {
            return null; // „drei Häuser“, „zwölf Stunden“: not a count of people
        }
        return List.copyOf(part.subList(from, to));
    }

    /** A count of „Menschen“, „Personen“ or with no noun: the line says „Tote“ and „Verletzte“ instead. */
    private static boolean isPlainCount(List<Token> count) {
        Token last = count.get(count.size() - 1);
        return isNumber(last) || Set.of("menschen", "personen").contains(Phrases.lower(last.text()));
    }

    private static List<Token> numberOf(List<Token> count) {
        Token last = count.get(count.size() - 1);
        return isNumber(last) ? count : count.subList(0, count.size() - 1);
    }

    /** The count in the middle of a line: „Drei“ that opened its sentence is „drei“ after „Tote:“. */
    private static List<Token> lowerFirst(List<Token> count) {
        List<Token> out = new ArrayList<>(count);
        Token first = out.get(0);
        if (!first.text().matches(".*\\d.*")) {
            out.set(0, new Token(Phrases.lower(first.text()), first.begin(), first.end(), first.pos(), first.lemma()));
        }
        return out;
    }

    // ---------------------------------------------------------------- shared checks

    /** The sentence's tokens without its final period, or null for a question, a quote or an interview. */
    private List<Token> body(Sentence s) {
        return body(s, List.copyOf(s.tokens()));
    }

    /** As {@link #body(Sentence)}, after a dateline („Calais – Bei einer Schlägerei …“) if the sentence has one. */
    private List<Token> bodyAfterDateline(Sentence s) {
        List<Token> t = s.tokens();
        for (int i = 1; i <= 3 && i < t.size(); i++) {
            if (Set.of("–", "-").contains(t.get(i).text())) {
                boolean place = s.index() <= 1 // after a teaser sentence: „Teaser. Calais – Bei …“
                        && t.subList(0, i).stream().allMatch(x -> x.pos() == Pos.PROPN || x.isCapitalised());
                return place ? body(s, t.subList(i + 1, t.size())) : null;
            }
        }
        return body(s);
    }

    private List<Token> body(Sentence s, List<Token> tokens) {
        List<Token> t = new ArrayList<>(tokens);
        if (t.isEmpty() || s.index() >= interviewFrom) {
            return null;
        }
        if (java.util.stream.IntStream.range(0, t.size())
                .anyMatch(i -> Set.of("„", "“", "\"", "»", "«", "?", ":", ";", "(")
                                .contains(t.get(i).text())
                        || ClauseSplitter.isDash(t, i))) {
            return null; // a quotation, question, aside or second statement: not one figure's plain sentence
        }
        while (!t.isEmpty() && Set.of(".", "!").contains(t.get(t.size() - 1).text())) {
            t.remove(t.size() - 1);
        }
        return t.isEmpty() ? null : t;
    }

    /** What may open a clause after the comma that says something of the figure: a relative or a contrast. */
    private static final Set<String> QUALIFYING_OPENERS = Set.of(
            "der",
            "die",
            "das",
            "dem",
            "den",
            "deren",
            "dessen",
            "welche",
            "welcher",
            "welches",
            "welchem",
            "welchen",
            "wie",
            "als",
            "und",
            "oder",
            "aber",
            "sondern",
            "doch",
            "jedoch",
            "allerdings",
            "denn",
            "wobei",
            "womit",
            "wodurch",
            "was",
            "so",
            "zumindest",
            "mindestens",
            "jedenfalls",
            "nur",
            "sofern",
            "falls",
            "wenn");

    /**
     * „Die Akkulaufzeit des Stifts beträgt 12 Stunden, er muss also oft geladen werden“: the first of two main
     * clauses joined by a comma, when that clause states the figure plainly and the sentence has no subordinate
     * clause (no condition), no speaker or hedge outside a source phrase (checked later), and the second clause is a
     * clause of its own (a finite verb, not a relative clause, a contrast or a comparison that could qualify the
     * value). Null otherwise.
     */
    private static List<Token> beforeNextMainClause(Sentence s, List<Token> t) {
        int comma = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).text().equals(",")) {
                comma = i;
                break;
            }
        }
        if (comma < 3 || comma + 2 >= t.size()) {
            return null;
        }
        List<Token> first = new ArrayList<>(t.subList(0, comma));
        List<Token> rest = t.subList(comma + 1, t.size());
        boolean finite = rest.stream().anyMatch(MeaningGuard::isSurelyFinite);
        boolean speech = rest.stream().anyMatch(x -> Phrases.isVerb(x) && GermanWords.isCueVerb(x.text()));
        if (QUALIFYING_OPENERS.contains(Phrases.lower(rest.get(0).text()))
                || rest.get(0).pos() == Pos.SCONJ
                || !finite
                || speech
                || s.tokens().stream().anyMatch(x -> x.pos() == Pos.SCONJ)
                || !plain(first)) {
            return null;
        }
        return first;
    }

    /**
     * Where a sentence's last clause says who gave what the clause before it says: „…, wie das Ministerium
     * mitteilte“, „…, teilte die Stadt mit“. The index of its comma in {@code t}, or -1: the clause after the only comma
     * opens with „wie“ or a verb of saying, holds no number, and the sentence's speaker stands in it.
     */
    private int trailingSpeech(Sentence s, List<Token> t) {
        int comma = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).text().equals(",")) {
                if (comma >= 0) {
                    return -1;
                }
                comma = i;
            }
        }
        if (comma < 3 || comma + 3 > t.size()) {
            return -1;
        }
        List<Token> rest = t.subList(comma + 1, t.size());
        Token first = rest.get(0);
        boolean opens = Phrases.lower(first.text()).equals("wie") && ClauseSplitter.isWieSpeechTag(t, comma + 1)
                || Phrases.isVerb(first) && GermanWords.isCueVerb(first.text());
        int from = first.begin();
        boolean spokenThere =
                analysis.attributionsIn(s.index()).stream().anyMatch(a -> a.hasSpeaker() && a.speakerBegin() >= from);
        if (!opens || !spokenThere || rest.stream().anyMatch(QuantityFacts::isNumber)) {
            return -1;
        }
        return comma;
    }

    /**
     * A sentence that states its figure plainly: no negation, no modal, no „werden“ (future or passive), no
     * Konjunktiv, and no subordinate clause (for the measure: a single clause, no comma).
     */
    private static boolean plain(Sentence s) {
        return plain(s.tokens());
    }

    private static boolean plain(List<Token> tokens) {
        for (Token x : tokens) {
            String w = Phrases.lower(x.text());
            if (GermanWords.isNegation(x.text()) || w.matches("kein(e|er|en|em|es)?")) {
                return false;
            }
            if (Phrases.isVerb(x)
                    && (GermanWords.isModalVerb(x.lemma())
                            || GermanWords.isWerdenForm(w)
                            || MeaningGuard.isConjunctiveTwo(x)
                            || MeaningGuard.isReportedSpeech(x))) {
                return false;
            }
            if (x.pos() == Pos.SCONJ) {
                return false;
            }
        }
        return true;
    }

    /** True if the claim keeps every condition, referent, approximator and speaker of its sentence. */
    private boolean keepsMeaning(List<Token> claim, Sentence s, List<Token> clause, boolean attributed) {
        if (MeaningGuard.lost(claim, attributed, s, clause, false).isPresent()) {
            return false;
        }
        for (Entity e : analysis.entitiesIn(s.index())) {
            boolean inClaim = claim.stream().anyMatch(x -> x.begin() >= e.begin() && x.end() <= e.end() && x.end() > 0);
            boolean whole = claim.stream().anyMatch(x -> x.end() == e.end());
            if (inClaim && !whole) {
                return false; // a name is never cut
            }
        }
        return true;
    }

    /**
     * The speaker of a source phrase („nach der jüngsten Schätzung des Bauamts“ → „Bauamt“): „nach“ or „laut“, a
     * source noun, then a genitive with one noun („des Bauamts“, „der Stadt“) – or empty.
     */
    private static String sourceOf(List<Token> phrase) {
        if (!Phrases.lower(phrase.get(0).text()).equals("nach")) {
            return "";
        }
        int noun = -1;
        for (int i = 1; i < phrase.size(); i++) {
            if (SOURCE_NOUNS.contains(Phrases.lower(phrase.get(i).text()))) {
                noun = i;
                break;
            }
            if (phrase.get(i).pos() != Pos.DET && phrase.get(i).pos() != Pos.ADJ) {
                return "";
            }
        }
        if (noun < 0 || noun + 2 >= phrase.size()) {
            return "";
        }
        String article = Phrases.lower(phrase.get(noun + 1).text());
        int head = noun + 2;
        while (head < phrase.size() - 1 && phrase.get(head).pos() == Pos.ADJ) {
            head++;
        }
        if (head != phrase.size() - 1 || !Phrases.isNoun(phrase.get(head))) {
            return "";
        }
        String who = phrase.get(head).text();
        if (article.equals("des")) {
            return SpeakerPrefix.withoutGenitive(who);
        }
        // „der Stadt“: a feminine singular stays as it is; a plural would need its dative („der Ermittler“)
        return article.equals("der") && who.matches(".*(e|ung|ei|heit|keit|schaft|ion|tät)") ? who : "";
    }

    /** A phrase that dates the figure: a preposition and a year, a date or a word of time („im Jahr 2024“). */
    private static boolean isDatePhrase(List<Token> phrase) {
        if (phrase.isEmpty() || !phrase.get(0).pos().isAdposition()) {
            return false;
        }
        for (Token x : phrase.subList(1, phrase.size())) {
            boolean time = x.text().matches("\\d{4}") || timeWord(Phrases.lower(x.text()));
            boolean part = x.pos() == Pos.DET || x.pos() == Pos.ADJ || x.pos() == Pos.NUM || time;
            if (!part) {
                return false;
            }
        }
        return phrase.stream().anyMatch(x -> x.text().matches("\\d{4}") || timeWord(Phrases.lower(x.text())));
    }

    /**
     * True if the phrase names the base of a change ({@link #CHANGE_BASES}): „gegenüber“, „zum“ or „zu“, then only
     * articles and adjectives before the base noun.
     */
    private static boolean isBase(List<Token> phrase) {
        if (phrase.size() < 2
                || !Set.of("gegenüber", "zum", "zu")
                        .contains(Phrases.lower(phrase.get(0).text()))
                || !CHANGE_BASES.contains(
                        Phrases.lower(phrase.get(phrase.size() - 1).text()))) {
            return false;
        }
        return phrase.subList(1, phrase.size() - 1).stream().allMatch(x -> x.pos() == Pos.DET || x.pos() == Pos.ADJ);
    }

    /** The tokens cut into phrases: one per preposition with what follows it up to the next, one per other word. */
    private static List<List<Token>> phrases(List<Token> t) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = null;
        for (Token x : t) {
            if (x.pos().isAdposition()) {
                current = new ArrayList<>(List.of(x));
                out.add(current);
            } else if (current != null && !Phrases.isVerb(x) && x.pos() != Pos.ADV && !x.isPunctuation()) {
                current.add(x);
            } else {
                current = null;
                out.add(List.of(x));
            }
        }
        return out;
    }

    private static List<List<Token>> commaParts(List<Token> t) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token x : t) {
            if (x.text().equals(",") || x.text().equals("und") && !current.isEmpty()) {
                out.add(current);
                current = new ArrayList<>();
            } else {
                current.add(x);
            }
        }
        out.add(current);
        return out;
    }

    /** A word the fact adds (the Stichwort's „laut“, „statt“, „zu“): no offsets, it is not the report's token. */
    private static Token word(String text) {
        return new Token(text, 0, 0, Pos.X, text);
    }

    private Figure figure(String text, Sentence s, List<Token> claim, Set<String> numbers) {
        Clause clause = new Clause(s.index(), s.tokens(), false, 0);
        double score = 2.0 * numbers.size() + 3.0 / (1 + s.index()) - 0.1 * FactComposer.words(text);
        return new Figure(new FactComposer.Fact(text, s.index(), FactComposer.words(text), score, clause), numbers);
    }
}
