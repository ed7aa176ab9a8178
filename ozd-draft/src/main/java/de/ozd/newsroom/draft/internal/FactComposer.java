package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.draft.DraftLabels;
import de.ozd.newsroom.language.Attribution;
import de.ozd.newsroom.language.Entity;
import de.ozd.newsroom.language.GermanWords;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Compresses a clause of the report into a short fact in headline style, using only the clause's
 * own words in their own forms (so every fact stays grounded), and prefixes the attribution of its
 * sentence („Laut Kim: …“) or a hedge („Unbestätigt: …“) so no fact sounds surer than its source.
 *
 * <p>Three shapes, tried in order: a number phrase with the clause's participle („neun
 * nordkoreanische Soldaten getötet“, {@link NumberHeadline}); a verb-final subordinate clause
 * turned into verb-second order („Truppen kämpfen in der Ukraine“); a main clause with its fronted
 * source phrase or filler removed and the subject put first („Nordkorea unterstützt Russland …“,
 * {@link WordOrder}). Only a clause that states a fact of the report and keeps what its verb
 * needs gives one ({@link Completeness}); shortening drops free adjuncts only ({@link
 * Compressor}). A clause that still has more words than allowed yields nothing: facts are never
 * cut off mid-phrase. Stateless apart from the analysis.
 */
final class FactComposer {

    /** A composed fact. */
    record Fact(String text, int sentence, int words, double score, Clause clause) {}

    private static final Set<String> FILLERS = Set.of(
            "zudem",
            "auch",
            "dabei",
            "dann",
            "ebenfalls",
            "bereits",
            "nun",
            "jedoch",
            "aber",
            "allerdings",
            "außerdem",
            "parallel",
            "darüber",
            "inzwischen",
            "indes",
            "freilich",
            "hingegen",
            "wiederum",
            "somit",
            "also",
            "mittlerweile",
            "indessen",
            "daraufhin");
    private static final Set<String> CUE_LEMMAS = Set.of(
            "sagen",
            "erklären",
            "betonen",
            "mitteilen",
            "berichten",
            "melden",
            "schreiben",
            "bestätigen",
            "warnen",
            "hervorheben",
            "kritisieren",
            "fordern",
            "ankündigen",
            "behaupten",
            "meinen",
            "ergänzen",
            "gehen",
            "bezweifeln",
            "vermuten",
            "glauben",
            "fürchten",
            "hoffen",
            "befürchten",
            "sprechen",
            "teilen",
            "argumentieren",
            "bekräftigen",
            "nennen",
            "zitieren",
            "verdeutlichen",
            "verkünden",
            "bezeichnen",
            "unterstreichen",
            "versichern",
            "dementieren",
            "antworten",
            "erläutern",
            "schildern",
            "äußern",
            "beklagen",
            "mahnen",
            "verweisen",
            "bemängeln",
            "monieren",
            "bestreiten");

    private final TextAnalysis analysis;
    private final Phrases phrases;
    private final SpeakerPrefix speaker;
    private final Compressor compressor;
    private final Completeness completeness;
    private final WordOrder order;
    /** The first sentence of an interview's questions and answers („STANDARD: …“), or none. */
    private final int interviewFrom;

    FactComposer(TextAnalysis analysis) {
        this.analysis = analysis;
        this.phrases = new Phrases(analysis, VerbArguments.standard());
        this.speaker = new SpeakerPrefix(analysis);
        this.compressor = new Compressor(analysis, phrases, speaker);
        this.completeness = new Completeness(analysis, VerbArguments.standard());
        this.order = new WordOrder(analysis, phrases);
        int from = Integer.MAX_VALUE;
        for (int i = 0; i < analysis.sentences().size(); i++) {
            if (MeaningGuard.inInterview(analysis, i)) {
                from = i;
                break;
            }
        }
        this.interviewFrom = from;
    }

    /** A fact from the clause with at most {@code maxWords} words, if one can be made. */
    Optional<Fact> compose(Clause c, int maxWords) {
        if (isCueClause(c) || endsInSplitScore(c) || !completeness.isComplete(c)) {
            return Optional.empty();
        }
        String fullPrefix = speaker.of(c);
        if (fullPrefix.equals(SpeakerPrefix.PRONOUN_SOURCE)) {
            return Optional.empty(); // „wenn er sagt: …“: no name to attribute the fact to
        }
        boolean named = SpeakerPrefix.inClause(c, fullPrefix);
        int[] budgets = named ? new int[] {maxWords} : new int[] {maxWords - words(fullPrefix), maxWords};
        for (int budget : budgets) {
            Optional<Fact> fact = composeWithin(c, budget, maxWords, fullPrefix);
            if (fact.isPresent()) {
                return fact;
            }
        }
        return Optional.empty();
    }

    /**
     * The fact with a body of at most {@code budget} words; the prefix is left out when the body
     * names the speaker itself, and the whole must stay within {@code maxWords}.
     */
    private Optional<Fact> composeWithin(Clause c, int budget, int maxWords, String fullPrefix) {
        Optional<List<Token>> body = NumberHeadline.of(
                        c, phrases, analysis.sentences().get(c.sentence()).tokens())
                .filter(b -> b.size() <= budget)
                .or(() -> reordered(
                        c,
                        budget,
                        fullPrefix.startsWith(DraftLabels.SPEAKER) && !SpeakerPrefix.inClause(c, fullPrefix)));
        return body.filter(b -> hasContent(b) && b.size() >= 3)
                .filter(b -> keepsMeaning(c, b, fullPrefix))
                .map(b -> {
                    String plain = text(b);
                    String name = SpeakerPrefix.name(fullPrefix);
                    String prefix = !name.isEmpty() && plain.contains(name) ? "" : fullPrefix;
                    String out = prefix + capitalise(plain);
                    return new Fact(out, c.sentence(), words(out), score(c, b), c);
                })
                .filter(f -> f.words() <= maxWords);
    }

    /**
     * True if the body, with its prefix, says what its sentence says under the same conditions and with its speaker
     * ({@link MeaningGuard}, the classes the grounding check reports too), is a complete clause, and does not cut a
     * „nicht …, sondern …“ in half. When unsure, the clause gives no fact.
     */
    private boolean keepsMeaning(Clause c, List<Token> b, String prefix) {
        var sentence = analysis.sentences().get(c.sentence());
        String name = SpeakerPrefix.name(prefix);
        // attributed only when the fact will carry „Laut …:“ – the check reads nothing else as a speaker
        boolean attributed = prefix.startsWith(DraftLabels.SPEAKER) && !text(b).contains(name);
        if (MeaningGuard.lost(b, attributed, sentence, c.tokens(), interviewFrom <= c.sentence())
                        .isPresent()
                || MeaningGuard.fragment(b, true).isPresent()) {
            return false;
        }
        if (!attributed && b.stream().anyMatch(MeaningGuard::isConjunctiveTwo)) {
            return false; // „Die Strafe würde geringer ausfallen“: under a condition the fact does not say
        }
        for (var e : analysis.entitiesIn(c.sentence())) {
            long kept = b.stream()
                    .filter(t -> t.begin() >= e.begin() && t.end() <= e.end())
                    .count();
            long all = c.tokens().stream()
                    .filter(t -> t.begin() >= e.begin() && t.end() <= e.end())
                    .count();
            boolean headKept = b.stream().anyMatch(t -> t.end() == e.end());
            boolean firstKept = b.stream().anyMatch(t -> t.begin() == e.begin());
            if (kept > 0 && (!headKept || firstKept && kept < all)) {
                return false; // „Ärzte unterstützt …“ of „Ärzte ohne Grenzen“: a name is never cut
            }
        }
        if (interviewFrom <= c.sentence()) {
            return false; // an interview: its questions and answers are someone's words, and „Laut …“ guesses wrong
        }
        if (afterSpeechColon(c) || dropsLastPhrase(c, b) || pointsBack(b)) {
            return false;
        }
        boolean zwar = b.stream().anyMatch(t -> Phrases.lower(t.text()).equals("zwar"));
        if (zwar && b.stream().noneMatch(t -> Set.of("aber", "doch", "jedoch").contains(Phrases.lower(t.text())))) {
            return false; // „Thiem breakte seinen Gegner zwar gleich“: the „aber“ is the news
        }
        if (!attributed && b.stream().anyMatch(MeaningGuard::isReportedSpeech)) {
            return false; // „Die Pensionsquote sinke“: reported speech needs its speaker
        }
        boolean negated = b.stream().anyMatch(t -> GermanWords.isNegation(t.text()));
        boolean contrast =
                sentence.tokens().stream().anyMatch(t -> Phrases.lower(t.text()).equals("sondern"));
        return !(negated
                && contrast
                && b.stream().noneMatch(t -> Phrases.lower(t.text()).equals("sondern")));
    }

    /**
     * The clause follows a colon whose part before it says who speaks or only names someone („Blecha konstatierte
     * zufrieden: …“, „Fraser: …“, „Dazu der Text: …“): what follows is someone's words.
     */
    private boolean afterSpeechColon(Clause c) {
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        int first = s.indexOf(c.tokens().get(0));
        int colon = -1;
        for (int i = first - 1; i >= 0; i--) {
            if (s.get(i).text().equals(":")) {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            return false;
        }
        int from = colon - 1;
        while (from > 0 && !Set.of(":", ".", "–").contains(s.get(from - 1).text())) {
            from--;
        }
        List<Token> before = s.subList(Math.max(0, from), colon);
        boolean verb = before.stream().anyMatch(Phrases::isVerb);
        boolean cue = before.stream()
                .anyMatch(t -> Phrases.isVerb(t)
                        && (CUE_LEMMAS.contains(Phrases.lower(t.lemma())) || GermanWords.isCueVerb(t.text())));
        boolean speechNoun = before.stream()
                .anyMatch(t ->
                        Phrases.lower(t.lemma()).matches(".*(mantra|text|motto|devise|credo|botschaft|parole|tweet)"));
        return !verb || cue || speechNoun;
    }

    /**
     * The clause's last phrase before its closing verbs (or at its end) is a prepositional phrase or object that the
     * fact dropped: that is where German puts what the verb needs („… ruhen auf Angreifer Jonas“, „… wurde ins
     * Krankenhaus gebracht“, „… sind als Transportmittel eindeutig von Vorteil“). A date may go.
     */
    private static boolean dropsLastPhrase(Clause c, List<Token> b) {
        List<Token> t = c.tokens();
        int end = t.size() - 1;
        while (end >= 0
                && (t.get(end).isPunctuation()
                        || Phrases.isVerb(t.get(end))
                        || t.get(end).pos() == Pos.PART
                        || end == t.size() - 1
                                && VerbArguments.PARTICLES.contains(
                                        Phrases.lower(t.get(end).text())))) {
            end--;
        }
        if (end < 0 || b.contains(t.get(end))) {
            return false;
        }
        int start = end;
        while (start > 0
                && !t.get(start).pos().isAdposition()
                && !Phrases.isVerb(t.get(start - 1))
                && !t.get(start - 1).isPunctuation()) {
            start--;
        }
        if (start > 0
                && Phrases.isNoun(t.get(start - 1))
                && b.contains(t.get(start - 1))
                && !inPrepositional(t, start - 1)) {
            return false; // „450 Stellen in der Verwaltung“: an attribute of a noun the fact keeps
        }
        List<Token> phrase = t.subList(start, end + 1);
        boolean date = phrase.stream()
                .anyMatch(x -> x.text().matches(".*\\d.*") || DATE_WORDS.contains(Phrases.lower(x.lemma())));
        return !date;
    }

    private static final Set<String> DATE_WORDS = Set.of(
            "montag",
            "dienstag",
            "mittwoch",
            "donnerstag",
            "freitag",
            "samstag",
            "sonntag",
            "januar",
            "jänner",
            "februar",
            "märz",
            "april",
            "mai",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "dezember",
            "uhr",
            "jahr",
            "woche",
            "tag",
            "morgen",
            "abend",
            "nacht",
            "vormittag",
            "nachmittag",
            "wochenende",
            "frühjahr",
            "sommer",
            "herbst",
            "winter",
            "vorjahr",
            "monat",
            "zeit");

    /** The noun at {@code i} ends a prepositional phrase („vor dem Spiel“): a phrase after it is the verb's. */
    private static boolean inPrepositional(List<Token> t, int i) {
        int k = i - 1;
        while (k >= 0
                && (t.get(k).pos() == Pos.DET
                        || t.get(k).pos() == Pos.ADJ
                        || t.get(k).pos() == Pos.NUM)) {
            k--;
        }
        return k >= 0 && t.get(k).pos().isAdposition();
    }

    /** „Seine Werkschauen …“, „solche Gesetze“: a fact that opens with a possessive or says „solche“ points back. */
    private static boolean pointsBack(List<Token> b) {
        String first = Phrases.lower(b.get(0).text());
        boolean possessive =
                first.matches("(sein|ihr)(e|er|es|em|en)?") && b.get(0).pos() == Pos.DET;
        boolean such = b.stream().anyMatch(t -> Phrases.lower(t.text()).matches("solch(e|er|es|em|en)?"));
        return possessive || such;
    }

    /** „mit 3“ of „mit 3:1“ when the tokenizer read „1.“ as an ordinal: not a fact. */
    private boolean endsInSplitScore(Clause c) {
        List<Token> sentence = analysis.sentences().get(c.sentence()).tokens();
        Token last = c.tokens().get(c.tokens().size() - 1);
        int i = sentence.indexOf(last);
        return last.pos() == Pos.NUM
                && i >= 0
                && i + 1 < sentence.size()
                && sentence.get(i + 1).text().equals(":");
    }

    private boolean isCueClause(Clause c) {
        if (isWholeSentence(c)) {
            return false; // „Die Polizei meldete drei Festnahmen.“: what is said is the object itself
        }
        for (Attribution a : analysis.attributionsIn(c.sentence())) {
            for (Token t : c.tokens()) {
                if (t.pos() == Pos.VERB && a.cue().endsWith(t.text())) {
                    return true; // the clause that says who speaks, not what is said
                }
            }
        }
        for (Token t : c.tokens()) {
            if (Phrases.isVerb(t)
                    && CUE_LEMMAS.contains(t.lemma().toLowerCase(Locale.GERMAN))
                    && c.tokens().size() <= 8) {
                return true;
            }
        }
        return false;
    }

    /** True if the clause is its sentence, without speech or a colon elsewhere in it. */
    private boolean isWholeSentence(Clause c) {
        var sentence = analysis.sentences().get(c.sentence());
        long words = sentence.tokens().stream().filter(t -> !t.isPunctuation()).count();
        long clauseWords = c.tokens().stream().filter(t -> !t.isPunctuation()).count();
        boolean speech = sentence.tokens().stream()
                .anyMatch(t -> Set.of("„", "“", "\"", "»", ":").contains(t.text()));
        return clauseWords == words && !speech;
    }

    /**
     * A noun, no pronoun first, nothing that points outside the fact („ihm“, „darauf“), and no
     * phrase left open at the end („… oder“, „des ungeheuren“).
     */
    private static boolean hasContent(List<Token> b) {
        return b.stream().anyMatch(Phrases::isNoun)
                && b.stream().noneMatch(t -> t.pos() == Pos.PRON && b.indexOf(t) == 0)
                && Completeness.isSelfContained(b)
                && !endsOpen(b);
    }

    private static boolean endsOpen(List<Token> b) {
        Token last = b.get(b.size() - 1);
        Token before = b.get(b.size() - 2);
        return Set.of(Pos.CCONJ, Pos.SCONJ, Pos.DET).contains(last.pos())
                || Set.of(Pos.CCONJ, Pos.DET).contains(before.pos())
                        && !Phrases.isNoun(last)
                        && last.pos() != Pos.NUM
                        && last.pos() != Pos.ADJ
                || before.pos() == Pos.DET && last.pos() == Pos.ADJ
                || b.size() > 1 && Phrases.lower(b.get(1).text()).equals("sein");
    }

    static boolean isNumberWord(Token t) {
        return t.pos() == Pos.NUM
                || t.text().matches(".*\\d.*")
                || t.lemma().equalsIgnoreCase("tausend")
                || t.text().equalsIgnoreCase("tausende")
                || t.text().equalsIgnoreCase("hunderte")
                || t.text().equalsIgnoreCase("dutzende");
    }

    /** The clause in verb-second order with fronted source phrase and fillers removed. */
    private Optional<List<Token>> reordered(Clause c, int budget, boolean attributed) {
        if (c.sourcePhraseEnd() == 0
                && !c.subordinate()
                && Phrases.isVerb(c.tokens().get(0))) {
            return Optional.empty(); // a clause cut off before its verb: its subject is elsewhere
        }
        List<Token> t = new ArrayList<>(
                c.tokens().subList(c.sourcePhraseEnd(), c.tokens().size()));
        t.removeIf(x -> FILLERS.contains(x.text().toLowerCase(Locale.GERMAN)));
        t.removeIf(x -> x.isPunctuation() && !x.text().equals(":")); // a colon left is a score, 2:1
        if (t.size() < 2) {
            return Optional.empty();
        }
        Set<String> verbs = VerbArguments.verbs(c.tokens());
        List<Token> out = c.subordinate() ? order.fromFinal(t, verbs) : order.fromFirst(t, verbs);
        if (out == null && !c.subordinate()) {
            out = order.withoutFrontedPhrase(t, c, verbs, speaker, compressor);
        }
        if (out == null) {
            return Optional.empty();
        }
        if (out.size() > budget) {
            out = order.shortenSubject(out);
        }
        if (out.size() > budget) {
            out = compressor.compress(out, c, budget, attributed);
        }
        return out.size() <= budget ? Optional.of(out) : Optional.empty();
    }

    private double score(Clause c, List<Token> body) {
        int entities = 0;
        for (Entity e : analysis.entitiesIn(c.sentence())) {
            if (e.begin() >= c.begin() && e.end() <= c.end()) {
                entities++;
            }
        }
        long numbers = analysis.quantitiesIn(c.sentence()).stream()
                .filter(q -> q.begin() >= c.begin() && q.end() <= c.end())
                .count();
        double position = 1.0 / (1 + c.sentence());
        return 2.0 * entities + 2.0 * numbers + 3.0 * position - 0.1 * body.size();
    }

    /**
     * The fact's text: {@link #join} plus the comma the report has between two words the fact keeps
     * side by side („kündigte an, eigene Vorschläge vorzulegen“).
     */
    private String text(List<Token> tokens) {
        return join(tokens, analysis.text());
    }

    static String join(List<Token> tokens) {
        return join(tokens, null);
    }

    private static String join(List<Token> tokens, String source) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean score = i >= 2
                    && tokens.get(i - 1).text().equals(":")
                    && tokens.get(i - 2).text().matches("\\d+")
                    && t.text().matches("\\d+");
            Token prev = i > 0 ? tokens.get(i - 1) : null;
            if (source != null
                    && prev != null
                    && prev.end() <= t.begin()
                    && source.substring(prev.end(), t.begin()).strip().equals(",")) {
                b.append(',');
            }
            if (b.length() > 0 && !t.isPunctuation() && !score) {
                b.append(' ');
            }
            b.append(t.text());
        }
        return b.toString();
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.GERMAN) + s.substring(1);
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
