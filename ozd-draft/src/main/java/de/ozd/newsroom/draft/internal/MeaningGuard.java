package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.draft.DraftLabels;
import de.ozd.newsroom.language.GermanCalendar;
import de.ozd.newsroom.language.GermanWords;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Sentence;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The classes of wrong lines that a draft must not have and the grounding check reports (issue 13), in one place so
 * the drafter refuses exactly what the check finds: a claim that drops the condition, counterfactual or purpose its
 * report sentence states it under; one that drops a referent („dort“, „damals“, „diese …“) its clause needs; one that
 * makes an approximation exact („rund 5.700“ → „5.700“) or adds one; a first-person, interview or reported-speech claim
 * without its speaker; and a fragment (no finite verb, a line ending at a colon or an auxiliary, a verb-final main
 * clause, a coordinated clause without its own verb). The drafter asks with its own sentence and clause; the check
 * with the report sentences that match the claim best. Stateless.
 */
public final class MeaningGuard {
    private MeaningGuard() {}

    /** What a claim lost against its source, with the source's word that shows it. */
    public enum Loss {
        /** A condition, counterfactual or purpose of the source is missing. */
        CONDITION,
        /** A referent of the source clause („dort“, „damals“, „diese …“) is missing. */
        REFERENT,
        /** An approximator of a number is missing or added. */
        APPROXIMATION,
        /** First person, an interview answer or reported speech without its speaker. */
        SPEAKER,
        /** A word that bounds the claim is missing: a time before a negation („derzeit kein …“), a comparative. */
        QUALIFIER
    }

    /** A loss and the word of the source (or the claim, for an added approximator) that shows it. */
    public record Finding(Loss loss, String cue) {}

    /** Konjunktiv II forms: counterfactual or merely possible („wäre“, „könnte“). */
    private static final Set<String> COUNTERFACTUAL = Set.of(
            "wäre",
            "wären",
            "wärst",
            "hätte",
            "hätten",
            "könnte",
            "könnten",
            "müsste",
            "müssten",
            "dürfte",
            "dürften",
            "sollte",
            "sollten",
            "bräuchte",
            "bräuchten",
            "wüsste",
            "wüssten",
            "gäbe",
            "gäben",
            "käme",
            "kämen",
            "ginge",
            "gingen",
            "nähme",
            "nähmen",
            "täte",
            "täten",
            "läge",
            "lägen",
            "stünde",
            "stünden",
            "betrüge", // of „betragen“; the tagger reads the form as „betrügen“, so its lemma has the umlaut too
            "betrügen",
            "fände",
            "fänden",
            "trüge",
            "trügen",
            "zöge",
            "zögen",
            "böte",
            "böten",
            "bliebe",
            "fiele",
            "ließe",
            "hieße",
            "hielte",
            "bekäme",
            "bekämen");

    private static final Set<String> CONDITIONS = Set.of("wenn", "falls", "sofern", "vorausgesetzt", "soweit");

    /** „…, sonst ist der Abstieg fix“: the claim holds only if the other clause's condition fails. */
    private static final Set<String> OTHERWISE =
            Set.of("sonst", "ansonsten", "andernfalls", "anderenfalls", "notfalls", "gegebenenfalls");

    private static final Set<String> REFERENTS = Set.of(
            "dort",
            "damals",
            "hier",
            "seither",
            "seitdem",
            "dorthin",
            "dortige",
            "dortigen",
            "dortigem",
            "dortiger",
            "ebenda",
            // before or after what: the time the claim is relative to is in the sentence before
            "zuvor",
            "vorher",
            "davor",
            "danach",
            "daraufhin",
            "anschließend",
            "folglich",
            "somit", // „…, somit liegt die Quote bei 20 Prozent“: the quote of what was said before
            "dementsprechend", // „Dementsprechend werden die meisten Stunden in Wien abgehalten“: as what says
            "demgemäß",
            "infolgedessen",
            "insofern", // „Insofern handelt die Wirtschaft nur …“: in the respect the sentence before names
            "insoweit",
            "diesmal",
            // according to the source named before: the claim loses its speaker
            "demnach",
            "demzufolge");

    /** „Zeitung“ in „die Zeitung Die Welt“: a noun a title with its own capitalised article may follow. */
    static boolean isTitleNoun(Token t) {
        return TITLE_NOUNS.contains(lower(t.lemma()));
    }

    /** Nouns a title may follow with its own capitalised article („die Zeitung Die Welt“). */
    private static final Set<String> TITLE_NOUNS = Set.of(
            "zeitung",
            "tageszeitung",
            "wochenzeitung",
            "blatt",
            "magazin",
            "partei",
            "film",
            "band",
            "gruppe",
            "sender",
            "titel",
            "roman",
            "buch",
            "serie",
            "album",
            "show",
            "sendung",
            "stück",
            "oper",
            "lied",
            "song");

    /** Opening a clause, these point at the sentence before: „Dann werden …“ (then, in that case), „Da …“, „So …“. */
    private static final Set<String> FRONTED_REFERENTS = Set.of("dann", "da", "so");

    /** The sentence's first word that is a first-person pronoun or possessive („wir“, „unsere“) used as one. */
    static Optional<Token> firstPerson(List<Token> sentence) {
        return sentence.stream()
                .filter(t -> FIRST_PERSON.contains(lower(t.text())) && (t.pos() == Pos.PRON || t.pos() == Pos.DET))
                .findFirst();
    }

    private static final Set<String> FIRST_PERSON = Set.of(
            "ich", "wir", "mir", "mich", "uns", "mein", "meine", "meiner", "meinen", "meinem", "meines", "unser",
            "unsere", "unserer", "unseren", "unserem", "unseres");

    /** „Wr“, „St“, „Dr“: a capitalised word of up to three letters that is no noun of {@link #SHORT_NOUNS}. */
    static boolean isAbbreviation(Token t) {
        return t.text().matches("\\p{Lu}\\p{Ll}{0,2}") && !SHORT_NOUNS.contains(lower(t.text()));
    }

    /** „Prozent“, „Millionen“, „Euro“: a noun of measure, which says nothing without what it measures. */
    static boolean isMeasure(Token t) {
        return MEASURES.contains(lower(t.text()));
    }

    /** Nouns and names of up to three letters a line may end with: „um 19 Uhr“ is no cut abbreviation. */
    private static final Set<String> SHORT_NOUNS = Set.of(
            "uhr", "tag", "rat", "amt", "see", "zoo", "ohr", "bus", "zug", "tor", "ort", "weg", "bau", "bad", "rad",
            "eis", "tee", "gas", "mai", "tod", "tat", "mut", "ruf", "job", "hof", "hut", "rom", "ulm", "ski", "öl",
            "ei", "fuß", "arm", "not", "wut", "maß", "ton", "typ", "art", "akt", "ehe", "fan", "hit", "lob", "tal",
            "dom", "bär", "hai", "kuh", "lok", "kur", "gen", "kai", "rio");

    /** English function words: a tweet or quote in English is no German line. */
    private static final Set<String> ENGLISH = Set.of(
            "the", "this", "is", "are", "how", "my", "with", "of", "and", "you", "what", "that", "to", "a", "out",
            "just", "it", "was", "has", "have", "from", "by", "we", "they", "will", "our", "your");

    /** Articles and pronouns in the accusative or dative: a headline without a finite verb cannot open with them. */
    private static final Set<String> OBJECT_CASES =
            Set.of("einen", "einem", "den", "dem", "ihn", "ihm", "ihnen", "sich", "keinen", "keinem");

    /** Pronominal adverbs that point at what the sentence before said: dropped, the claim loses its referent. */
    private static final Set<String> POINTING_REFERENTS = Set.of(
            "dabei",
            "davon",
            "damit",
            "dazu",
            "darunter",
            "dadurch",
            "daraus",
            "darin",
            "daran",
            "dahinter",
            "daneben",
            // not „dafür“ and „dagegen“: „stimmten dafür“ is a vote, not a pointer
            "darauf",
            "darüber");

    /**
     * After a lone „werden“, nothing but adverbs and prepositional phrases (not „zu …“ or „als …“: „wird zum
     * Problem“), and the line ends in one: no predicate („wird Lehrer“, „wird teurer“), so its participle or infinitive
     * is missing („Anstiege werden in den kommenden Jahren bei der Korridorpension“).
     */
    private static boolean endsInPlace(List<Token> b, Token werden) {
        int from = b.indexOf(werden) + 1;
        if (from <= 0 || from >= b.size() || !b.get(b.size() - 1).pos().isNoun()) {
            return false;
        }
        boolean inPhrase = false;
        for (int k = from; k < b.size(); k++) {
            Token t = b.get(k);
            if (t.pos().isAdposition()) {
                if (lower(t.text()).matches("zu|zum|zur|als")) {
                    return false;
                }
                inPhrase = true;
            } else if (t.pos().isNoun() || t.pos() == Pos.ADJ || t.pos() == Pos.NUM) {
                if (!inPhrase) {
                    return false; // a predicate noun or adjective
                }
            } else if (t.pos() != Pos.DET) {
                inPhrase = false; // an adverb ends the phrase before it
            }
        }
        return true;
    }

    /**
     * Postpositions the tagger may read as an infinitive („Die Weinberge entlang“): the only verb of a line they are
     * not, so such a line is no clause.
     */
    private static final Set<String> POSTPOSITIONS =
            Set.of("entlang", "gegenüber", "zufolge", "entgegen", "halber", "zuliebe", "hindurch");

    /** Konjunktiv I of reported speech: „sei“, „habe“ – a claim in it needs the one who said it. */
    private static final Set<String> REPORTED = Set.of(
            "sei", "seien", "habe", "könne", "müsse", "solle", "wolle", "dürfe", "gebe", "liege", "stehe", "gelte",
            "werde", "komme", "gehe", "bleibe", "fehle", "brauche", "sehe", "wisse");

    /** Time adverbs that open a main clause as its first field, so that the finite verb follows right after. */
    private static final Set<String> TIME_ADVERBS_FIRST = Set.of(
            "bald", "dann", "später", "danach", "zuletzt", "schließlich", "nun", "jetzt", "heute", "gestern", "damals");

    /** One-word approximators of a number („rund“, „mindestens“); QuantityFacts keeps them with the value. */
    static final Set<String> ONE_WORD_APPROXIMATORS = Set.of(
            "rund",
            "etwa",
            "ca.",
            "circa",
            "zirka",
            "knapp",
            "fast",
            "beinahe",
            "nahezu",
            "annähernd",
            "ungefähr",
            "mindestens",
            "höchstens",
            "maximal",
            "mind.",
            "rd.",
            "über",
            "unter",
            "gut");

    /**
     * What the claim lost against a source sentence and the clause of it the claim comes from: conditions,
     * counterfactuals and purposes of the whole sentence, referents of the clause, approximators of the numbers both
     * share, and the speaker of a first-person or reported-speech sentence. {@code attributed} says whether the claim
     * names its speaker („Laut …:“ or a cue of its own); {@code interview} that the source sentence is someone's words
     * though it names no speaker (an interview answer, {@link #inInterview}, or a sentence of a speech run,
     * {@link #inSpeechRun}).
     */
    public static Optional<Finding> lost(
            List<Token> claim, boolean attributed, Sentence source, List<Token> clause, boolean interview) {
        Set<String> words = lowerWords(claim);
        List<Token> s = source.tokens();
        for (int i = 0; i < s.size(); i++) {
            Token t = s.get(i);
            String w = lower(t.text());
            boolean condition = CONDITIONS.contains(w) && (t.pos() == Pos.SCONJ || w.equals("vorausgesetzt"))
                    || (w.equals("sollte") || w.equals("sollten"))
                            && (i == 0 || s.get(i - 1).text().equals(","))
                    || w.equals("damit")
                            && (t.pos() == Pos.SCONJ
                                    || i > 0 && s.get(i - 1).text().equals(","))
                    || w.equals("um") && purposeInfinitive(s, i);
            condition |= OTHERWISE.contains(w);
            if (condition && !words.contains(w)) {
                return Optional.of(new Finding(Loss.CONDITION, t.text()));
            }
        }
        for (int i = 0; i < clause.size(); i++) {
            Token t = clause.get(i);
            String w = lower(t.text());
            if (isConjunctiveTwo(t) && !words.contains(w)) {
                return Optional.of(new Finding(Loss.CONDITION, t.text()));
            }
            if (REFERENTS.contains(w) && !words.contains(w)) {
                return Optional.of(new Finding(Loss.REFERENT, t.text()));
            }
            if ((isDemonstrative(clause, i) || isDemonstrativeTime(clause, i) || isRelativeTime(t))
                    && !words.contains(w)) {
                return Optional.of(new Finding(Loss.REFERENT, t.text())); // „in dieser Saison“, „im Vorjahr“
            }
        }
        if (!clause.isEmpty()
                && FRONTED_REFERENTS.contains(lower(clause.get(0).text()))
                && clause.get(0).pos() == Pos.ADV
                && !words.contains(lower(clause.get(0).text()))) {
            return Optional.of(new Finding(Loss.REFERENT, clause.get(0).text()));
        }
        for (int i = 0; i < clause.size(); i++) {
            Token t = clause.get(i);
            String w = lower(t.text());
            if (POINTING_REFERENTS.contains(w) && t.pos() != Pos.SCONJ && !words.contains(w)) {
                return Optional.of(new Finding(Loss.REFERENT, t.text())); // „Dabei kamen 49 Menschen ums Leben“
            }
        }
        Optional<Finding> approx = approximation(claim, s);
        if (approx.isPresent()) {
            return approx;
        }
        for (int i = 0; i < clause.size(); i++) {
            Token t = clause.get(i);
            String w = lower(t.text());
            boolean comparative = isComparativeForm(t) && !beforeItsNoun(clause, i); // not „westlicher Geheimdienste“
            if ((boundsNegation(clause, t) || comparative) && !words.contains(w)) {
                return Optional.of(new Finding(Loss.QUALIFIER, t.text())); // „ist kein Thema“ of „ist derzeit kein …“
            }
            if (isDayWord(t)
                    && !words.contains(w)
                    && countsOfDay(clause, List.of(t)).anyMatch(n -> words.contains(lower(n.text())))) {
                return Optional.of(new Finding(Loss.QUALIFIER, t.text())); // „Rund 13.000 Migranten eingereist“
            }
        }
        if (!attributed) {
            Optional<Token> me = firstPerson(s);
            if (me.isPresent()) {
                return Optional.of(new Finding(Loss.SPEAKER, me.get().text()));
            }
            if (interview) {
                return Optional.of(new Finding(Loss.SPEAKER, s.get(0).text()));
            }
            for (Token t : claim) {
                if (isReportedSpeech(t)) {
                    return Optional.of(new Finding(Loss.SPEAKER, t.text()));
                }
            }
            Optional<Token> particleVerb = reportedParticleVerb(claim);
            if (particleVerb.isPresent()) {
                return Optional.of(new Finding(Loss.SPEAKER, particleVerb.get().text()));
            }
        }
        return Optional.empty();
    }

    /**
     * The drafter's stricter test of a speaker (the grounding check reports a dropped source as OZD103 already): a claim
     * without its speaker whose clause has a Konjunktiv I the claim dropped („seien … getötet worden“ → „… getötet“) or
     * whose sentence has a word of saying ({@link #speechCue}) the claim does not keep.
     */
    public static Optional<Finding> speakerDropped(List<Token> claim, Sentence source, List<Token> clause) {
        Set<String> words = lowerWords(claim);
        for (Token t : clause) {
            if (REPORTED.contains(lower(t.text())) && t.pos().isVerb() && !words.contains(lower(t.text()))) {
                return Optional.of(new Finding(Loss.SPEAKER, t.text()));
            }
        }
        Optional<Token> cue = speechCue(source);
        if (cue.isPresent() && !words.contains(lower(cue.get().text()))) {
            return Optional.of(new Finding(Loss.SPEAKER, cue.get().text()));
        }
        return Optional.empty();
    }

    /**
     * The word that says the sentence reports what someone said: an inflected verb of saying („sagte“, „erklärte“,
     * „spricht … von“), „zufolge“, „laut“, „Angaben“ („nach Angaben“, „Polizeiangaben“), „hieß es“, or a closing „…,
     * so Kerle“. A claim from such a sentence needs its speaker unless it keeps that word itself („Die Polizei meldete
     * …“).
     */
    static Optional<Token> speechCue(Sentence source) {
        List<Token> s = source.tokens();
        for (int i = 0; i < s.size(); i++) {
            Token t = s.get(i);
            String w = lower(t.text());
            boolean cueVerb = t.pos().isVerb() && !w.equals("so") && GermanWords.isCueVerb(w);
            cueVerb |= t.pos().isVerb()
                    && lower(t.lemma()).equals("sprechen")
                    && i + 3 < s.size()
                    && s.subList(i + 1, Math.min(s.size(), i + 5)).stream()
                            .anyMatch(x -> lower(x.text()).equals("von")); // „spricht die Polizei von …“
            if ((w.equals("hieß") || w.equals("heißt"))
                    && !(i + 1 < s.size() && lower(s.get(i + 1).text()).equals("es"))) {
                cueVerb = false; // „Der Film heißt …“
            }
            boolean phrase = w.equals("zufolge")
                    || w.equals("laut") && t.pos().isAdposition()
                    || Phrases.isNoun(t) && w.matches("\\p{L}*angaben");
            boolean closingSo = w.equals("so")
                    && i > 0
                    && s.get(i - 1).text().equals(",")
                    && i + 1 < s.size()
                    && (s.get(i + 1).pos() == Pos.PROPN || s.get(i + 1).pos() == Pos.DET);
            if (cueVerb || phrase || closingSo) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * An approximator before a number of the claim that differs from the one before the same number in the source:
     * lost („5.700“ for „rund 5.700“) or added („rund 5.700“ for „5.700“). Only numbers the source sentence has count.
     */
    static Optional<Finding> approximation(List<Token> claim, List<Token> source) {
        for (int i = 0; i < claim.size(); i++) {
            if (!isNumber(claim.get(i))) {
                continue;
            }
            String number = lower(claim.get(i).text());
            Set<String> own = approximators(claim, number);
            Set<String> theirs = approximators(source, number);
            if (!theirs.isEmpty() && own.stream().noneMatch(theirs::contains)) {
                String lostOne = theirs.stream()
                        .filter(a -> !a.isEmpty())
                        .sorted()
                        .findFirst()
                        .orElse("");
                String added = own.stream()
                        .filter(a -> !a.isEmpty())
                        .sorted()
                        .findFirst()
                        .orElse("");
                return Optional.of(new Finding(Loss.APPROXIMATION, added.isEmpty() ? lostOne : added));
            }
        }
        return Optional.empty();
    }

    /** The approximators („“ for none) before each mention of {@code number}. */
    private static Set<String> approximators(List<Token> tokens, String number) {
        Set<String> out = new java.util.HashSet<>();
        for (int k = 0; k < tokens.size(); k++) {
            if (lower(tokens.get(k).text()).equals(number)) {
                out.add(approximator(tokens, k));
            }
        }
        return out;
    }

    /** The approximator right before the number at {@code i} („rund“, „mehr als“, „bis zu“), lower case, or "". */
    static String approximator(List<Token> t, int i) {
        if (i >= 2) {
            String two = lower(t.get(i - 2).text()) + " " + lower(t.get(i - 1).text());
            if (Set.of("mehr als", "weniger als", "bis zu", "mehr denn", "über als")
                    .contains(two)) {
                return two;
            }
        }
        if (i >= 1) {
            String one = lower(t.get(i - 1).text());
            if (ONE_WORD_APPROXIMATORS.contains(one)) {
                return one; // „bis“ and „gegen“ alone are ranges and times as often as approximations: only „bis zu“
            }
        }
        return "";
    }

    private static boolean isNumber(Token t) {
        return t.text().matches("\\d[\\d.,]*")
                || t.pos() == Pos.NUM && !t.text().endsWith(".");
    }

    /** „um … zu“ with an infinitive in the same comma part. */
    private static boolean purposeInfinitive(List<Token> s, int i) {
        for (int k = i + 1; k + 1 < s.size() && !s.get(k).text().equals(","); k++) {
            if (lower(s.get(k).text()).equals("zu") && s.get(k + 1).pos().isVerb()) {
                return true;
            }
            if (lower(s.get(k).text()).matches("\\p{L}+zu\\p{L}+en")
                    && s.get(k).pos().isVerb()) {
                return true;
            }
        }
        return false;
    }

    /** „in dieser Saison“: kept, it is no pointer; dropped, the claim loses when it held. */
    private static boolean isDemonstrativeTime(List<Token> clause, int i) {
        String w = lower(clause.get(i).text());
        return w.matches("dies(e|er|es|em|en)") && !isDemonstrative(clause, i);
    }

    /** „im Vorjahr“, „am Vortag“: a time counted from the report's own date. */
    private static boolean isRelativeTime(Token t) {
        return RELATIVE_TIMES.contains(lower(t.lemma())) || RELATIVE_TIMES.contains(lower(t.text()));
    }

    private static final Set<String> RELATIVE_TIMES = Set.of("vorjahr", "vormonat", "vorwoche", "vortag", "vorabend");

    /** „diese Quote“, „dieser Tage“ is not; a demonstrative pronoun standing alone is („dieser sagte“). */
    private static boolean isDemonstrative(List<Token> clause, int i) {
        Token t = clause.get(i);
        String w = lower(t.text());
        if (!w.matches("(dies|jen)(e|er|es|em|en)|dies")) {
            return false;
        }
        int k = i + 1;
        while (k < clause.size() && clause.get(k).pos() == Pos.ADJ) {
            k++;
        }
        return k >= clause.size()
                || !Completeness.TIMES.contains(lower(clause.get(k).lemma()));
    }

    /**
     * The line's last adjective follows a preposition fused with its article („im“, „zur“) with only adjectives and
     * adverbs between: the noun is missing. Not „am besten“, nor a whole adverbial in the old spelling („im
     * allgemeinen“).
     */
    private static boolean afterContraction(List<Token> b) {
        int k = beforeTrailingAttributes(b);
        String lastWord = lower(b.get(b.size() - 1).text());
        return k >= 0
                && b.get(k).pos() == Pos.ADP_DET
                && !(lower(b.get(k).text()).equals("am") && lastWord.endsWith("sten"))
                && !SET_ADVERBIALS.contains(lastWord);
    }

    /** Index of the token before the adverbs and adjectives that stand before the line's last word; -1 if none. */
    private static int beforeTrailingAttributes(List<Token> b) {
        int k = b.size() - 2;
        while (k >= 0 && (b.get(k).pos() == Pos.ADV || b.get(k).pos() == Pos.ADJ)) {
            k--;
        }
        return k;
    }

    /** „im Allgemeinen“ and its kind in the old lower-case spelling: whole adverbials, no noun missing. */
    private static final Set<String> SET_ADVERBIALS =
            Set.of("allgemeinen", "wesentlichen", "einzelnen", "übrigen", "folgenden", "ganzen", "großen", "kleinen");

    /**
     * Why the line's body (after a „Laut …:“ or „Unbestätigt:“ prefix) is not a complete German main clause or a
     * headline phrase, or empty: it ends at a colon, a conjunction, an article, a preposition or an adjective without
     * its noun („im dreistelligen“); it opens with a
     * conjunction that needs a clause before it; it ends with an auxiliary or modal that has nothing to govern („Der
     * Verband will“); its only verb comes last after two noun phrases (a subordinate clause without its
     * conjunction); or, when {@code strict} (the drafter's own lines), it has no verb at all and is not in
     * „Stichwort: Wert“ form. A human headline without a verb („Brücke wieder offen“) is not a fragment.
     */
    public static Optional<String> fragment(List<Token> body, boolean strict) {
        List<Token> b = new ArrayList<>(body);
        while (!b.isEmpty()
                && Set.of(".", "!", "?").contains(b.get(b.size() - 1).text())) {
            b.remove(b.size() - 1);
        }
        if (b.isEmpty()) {
            return Optional.of("leer");
        }
        Token last = b.get(b.size() - 1);
        String lastWord = lower(last.text());
        if (last.text().equals(":") || last.text().equals(",")) {
            return Optional.of("endet mit „" + last.text() + "“");
        }
        boolean particle = (PARTICLES.contains(lastWord) || END_PARTICLES.contains(lastWord))
                && b.stream().anyMatch(t -> t.pos().isVerb());
        boolean pronoun =
                last.pos() == Pos.DET && STANDING_DETERMINERS.matcher(lastWord).matches(); // „sind andere“
        if ((Set.of(Pos.CCONJ, Pos.SCONJ, Pos.DET).contains(last.pos())
                        || last.pos().isAdposition())
                && !particle
                && !pronoun) {
            return Optional.of("endet offen mit „" + last.text() + "“");
        }
        boolean finiteFirst = isSurelyFinite(b.get(0))
                || lower(b.get(0).text())
                        .matches("war|waren|ist|sind|hat|hatte|hatten|wird|wurde|wurden|kann|konnte|muss|musste|soll"
                                + "|sollte|will|wollte");
        if (strict && b.size() > 1 && finiteFirst && b.get(1).pos() != Pos.PRON) {
            return Optional.of("kein Subjekt vor „" + b.get(0).text() + "“"); // „War ins Schleudern gekommen“
        }
        if (strict && isAbbreviation(last) && b.size() > 2) {
            return Optional.of("endet mit der Abkürzung „" + last.text() + "“"); // „… verliert Wr“ of „Wr. Neustadt“
        }
        String firstWord = lower(b.get(0).text());
        if (firstWord.equals("so") && b.size() > 1 && b.get(1).pos() == Pos.DET) {
            return Optional.of("„So …“ als Bedingung"); // „So die Integration nach Plan verläuft“
        }
        if (Set.of("und", "oder", "sondern", "aber", "denn", "sowie").contains(firstWord)) {
            return Optional.of("beginnt mit „" + b.get(0).text() + "“");
        }
        boolean uninflected = last.pos() == Pos.ADJ && lastWord.equals(lower(last.lemma())); // „nicht zufrieden“
        if ((last.pos() == Pos.ADJ || last.pos() == Pos.VERB)
                && lastWord.matches(".*\\p{L}(e|en|es|em)")
                && !uninflected) {
            int k = beforeTrailingAttributes(b);
            boolean afterArticle = k >= 0 && k < b.size() - 2 && b.get(k).pos() == Pos.DET; // „andere oft verwendete“
            boolean afterPhrase = b.size() > 3 // „Die von der Politik diskutierte“
                    && b.get(0).pos() == Pos.DET
                    && b.get(1).pos().isAdposition()
                    && b.stream().filter(t -> t.pos().isVerb()).allMatch(t -> t == last);
            if (afterArticle || afterPhrase) {
                return Optional.of("„" + last.text() + "“ ohne Nomen");
            }
        }
        if (last.pos() == Pos.ADJ && lastWord.endsWith("en") && afterContraction(b)) {
            return Optional.of(
                    "„" + last.text() + "“ ohne Nomen"); // „im dreistelligen“ of „im dreistelligen, … Bereich“
        }
        if (strict
                && b.size() > 2
                && (de.ozd.newsroom.language.GermanCalendar.isYear(b.get(0).text())
                        || TIME_ADVERBS_FIRST.contains(firstWord))
                && !b.get(1).pos().isVerb()
                && isSurelyFinite(last)
                && b.stream().filter(t -> t.pos().isVerb()).allMatch(t -> t == last)) {
            // „1997 seine Heimat verließ“: after a fronted time the finite verb comes second; at the end it is the
            // verb of a subordinate clause cut from its sentence
            return Optional.of("„" + last.text() + "“ steht wie im Nebensatz");
        }
        for (int i = 1; i < b.size(); i++) {
            String w = lower(b.get(i).text());
            boolean asks = w.matches("wann|warum|weshalb|wieso|ob")
                    || w.matches("wie|wo|was|wen|wem")
                            && b.get(i - 1).pos().isAdposition() // „um wie viel“, not „nach wie vor“
                            && !(w.equals("wie")
                                    && i + 1 < b.size()
                                    && lower(b.get(i + 1).text()).equals("vor"));
            if (asks
                    && b.subList(i + 1, b.size()).stream()
                            .noneMatch(t -> t.pos().isVerb())) {
                return Optional.of("offene Frage ohne Verb"); // „Die Frage ist nur, um wie viel“
            }
        }
        for (int i = 0; i + 1 < b.size(); i++) {
            boolean notOnly = lower(b.get(i).text()).equals("nicht")
                    && lower(b.get(i + 1).text()).equals("nur");
            if (notOnly
                    && b.subList(i + 2, b.size()).stream()
                            .noneMatch(t -> lower(t.text()).matches("sondern|auch|ebenso"))) {
                return Optional.of("„nicht nur“ ohne „sondern auch“"); // „Der Gipfel ist nicht nur gescheitert“
            }
        }
        List<Token> verbs = b.stream()
                .filter(t -> t.pos().isVerb() && !POSTPOSITIONS.contains(lower(t.text())))
                .toList();
        boolean keyValue = b.size() >= 3
                && b.stream().skip(1).limit(3).anyMatch(t -> t.text().equals(":"));
        boolean participle = b.stream().anyMatch(t -> NumberHeadline.isParticipleShape(t.text()) && !isCapitalNoun(t));
        if (strict && verbs.isEmpty() && !keyValue && !participle) {
            return Optional.of("kein Verb");
        }
        if (strict
                && verbs.size() == 1
                && !participle
                && !NumberHeadline.isParticipleShape(b.get(0).text()) // „Ermittelt wurde gegen 54 Personen“
                && lower(verbs.get(0).lemma()).equals("werden")
                && endsInPlace(b, verbs.get(0))) {
            return Optional.of("„" + verbs.get(0).text() + "“ ohne Partizip"); // „Anstiege werden … bei der Rente“
        }
        // „einem Manager der Firma, wurde …“: a noun phrase in the dative or genitive, a comma, then the verb – the
        // rest
        // of an apposition whose noun went; not „Das Gesetz, sagte sie, gilt …“
        int firstComma = b.stream().map(Token::text).toList().indexOf(",");
        if (lower(b.get(0).text()).matches("einem|einer|eines|dem|des")
                && firstComma > 0
                && firstComma + 1 < b.size()
                && isSurelyFinite(b.get(firstComma + 1))
                && b.subList(firstComma + 1, b.size()).stream()
                        .noneMatch(t -> t.text().equals(","))
                && b.subList(0, firstComma).stream().allMatch(t -> NOUN_PHRASE.contains(t.pos()))) {
            return Optional.of("Komma vor dem Verb");
        }
        for (int i = 1; i + 1 < b.size(); i++) {
            if (b.get(i).text().equals(",")
                    && lower(b.get(i + 1).text()).matches("der|die|das|dem|den|deren|dessen")
                    && b.subList(0, i).stream().noneMatch(t -> t.pos().isVerb())
                    && !verbAfterComma(b, i + 2)) { // „Der Mann, der …, war …“: the main clause goes on
                return Optional.of("nur ein Satzgegenstand mit Relativsatz"); // „Der Mathematiker X, der … unterstützt“
            }
        }
        long english = b.stream().filter(t -> ENGLISH.contains(t.text())).count();
        if (english >= 2) {
            return Optional.of("kein deutscher Satz");
        }
        // a verb form before a noun is an attribute („gesonderte Rechte“), a capitalised one a noun („Vereinen“); a
        // finite auxiliary or modal is none („Regierung will Fremdeinflüsse … eindämmen“)
        List<Token> predicates = new ArrayList<>();
        for (int i = 0; i < b.size(); i++) {
            Token t = b.get(i);
            boolean finiteAuxiliary = (t.pos() == Pos.AUX || GermanWords.isModalVerb(t.lemma())) && isSurelyFinite(t);
            boolean attributive = i + 1 < b.size() && Phrases.isNoun(b.get(i + 1)) && !finiteAuxiliary;
            if (t.pos().isVerb()
                    && !attributive
                    && (i == 0 || Character.isLowerCase(t.text().codePointAt(0)))) {
                predicates.add(t);
            }
        }
        boolean finiteVerb = predicates.stream().anyMatch(MeaningGuard::isSurelyFinite) || verbSecond(b);
        // „Trotz langer Suche konnten Experten keinen Hinweis finden“, „Dem Fonds wurden drei Millionen versprochen“: a
        // past form of a modal or auxiliary is finite, though it ends in „-en“ as an infinitive does
        boolean pastAuxiliary = predicates.stream()
                .anyMatch(t -> isAuxiliary(t)
                        && !lower(t.text()).equals(lower(t.lemma()))
                        && lower(t.text()).matches("\\p{L}+(ten|ren|den)")
                        && !NumberHeadline.isParticipleShape(t.text()));
        boolean zuInfinitive = b.stream()
                .anyMatch(t -> lower(t.text()).matches("\\p{L}+zu\\p{L}+en")
                                && Character.isLowerCase(t.text().codePointAt(0))
                        || lower(t.text()).equals("zu")
                                && b.indexOf(t) + 1 < b.size()
                                && b.get(b.indexOf(t) + 1).pos().isVerb());
        Token lastVerb = predicates.isEmpty() ? null : predicates.get(predicates.size() - 1);
        boolean infinitiveOnly = lastVerb != null
                && lower(lastVerb.text()).equals(lower(lastVerb.lemma()))
                && !Character.isUpperCase(lastVerb.text().codePointAt(0))
                && !NumberHeadline.isParticipleShape(lastVerb.text());
        boolean bareStart = b.get(0).pos() == Pos.NOUN || b.get(0).pos() == Pos.ADJ; // „Verbindung … verbessern“
        infinitiveOnly &= lastVerb == last && bareStart;
        boolean endsInZuInfinitive = b.size() >= 2
                && last.pos().isVerb()
                && lower(b.get(b.size() - 2).text()).equals("zu");
        if (!finiteVerb
                && !keyValue
                && (predicates.size() <= 1 && (zuInfinitive || infinitiveOnly && b.size() > 2) || endsInZuInfinitive)) {
            return Optional.of("Infinitiv ohne Satz"); // „Investoren Schutzrechte einzuräumen“
        }
        boolean infinitiveLast = last.pos().isVerb()
                && lower(last.text()).equals(lower(last.lemma()))
                && Character.isLowerCase(last.text().codePointAt(0));
        if (strict && !finiteVerb && !pastAuxiliary && !keyValue && infinitiveLast) {
            boolean prepositionFirst = b.get(0).pos().isAdposition();
            boolean objectFirst = firstWord.equals("der")
                    && b.size() > 1
                    && b.get(1).pos() == Pos.ADJ
                    && lower(b.get(1).text()).endsWith("en"); // „Der feinen Gesellschaft … blasen“
            boolean modalLast = b.size() > 1
                    && lower(last.text()).matches("können|müssen|sollen|dürfen|wollen|lassen")
                    && b.get(b.size() - 2).pos().isVerb(); // „Blumen niederlegen oder Kerzen anzünden können“
            if (prepositionFirst || objectFirst || modalLast) {
                return Optional.of("Infinitiv ohne Satz");
            }
        }
        if (strict
                && firstComma > 0
                && !keyValue
                && b.subList(0, firstComma).stream()
                        .noneMatch(t -> isSurelyFinite(t) && !lower(t.text()).endsWith("end"))
                && b.subList(0, firstComma).stream().noneMatch(t -> NumberHeadline.isParticipleShape(t.text()))
                && (b.subList(0, firstComma).stream()
                                .anyMatch(t -> Character.isLowerCase(t.text().codePointAt(0))
                                        && lower(t.text()).endsWith("end"))
                        || firstComma + 1 < b.size()
                                && Set.of("der", "die", "das", "dem", "den", "deren", "dessen")
                                        .contains(lower(b.get(firstComma + 1).text()))
                                && !verbAfterComma(b, firstComma + 2))) {
            return Optional.of("kein Verb vor dem Komma"); // „Das Werk betreffend, das …“
        }
        if (strict && verbs.size() == 1 && b.indexOf(verbs.get(0)) >= 2) {
            Token aux = verbs.get(0);
            boolean auxiliary = lower(aux.lemma()).matches("haben|sein|werden");
            List<Token> after = b.subList(b.indexOf(aux) + 1, b.size());
            boolean subjectOnly = !after.isEmpty()
                    && after.stream().allMatch(t -> t.pos() == Pos.PROPN || t.pos() == Pos.CCONJ || t.pos() == Pos.DET)
                    && after.stream().anyMatch(t -> t.pos() == Pos.PROPN);
            if (auxiliary && subjectOnly) {
                return Optional.of("„" + aux.text() + "“ ohne Partizip"); // „In den Tagen haben FPÖ und ÖVP“
            }
        }
        for (int i = 1; strict && i < b.size(); i++) {
            Token t = b.get(i);
            boolean opener = t.pos() == Pos.DET || t.pos().isAdposition() || t.pos() == Pos.PRON;
            if (opener
                    && OPENERS.contains(lower(t.text())) // not „Pro“ of „iPad Pro“, not the polite „Ihrer“
                    && Character.isUpperCase(t.text().codePointAt(0))
                    && !b.get(i - 1).isPunctuation()
                    && !TITLE_NOUNS.contains(lower(b.get(i - 1).lemma()))) {
                return Optional.of("zwei Sätze ohne Punkt vor „" + t.text() + "“"); // a heading run into the text
            }
        }
        int infinitive = verbs.isEmpty() ? -1 : b.indexOf(verbs.get(0));
        boolean commaBefore = infinitive > 0
                && b.subList(0, infinitive).stream().anyMatch(t -> t.text().equals(","));
        if (infinitive > 0
                && !commaBefore // „…, der die Ampel übersehen hatte, …“: a relative clause's verbs
                && infinitive + 2 < b.size()
                && lower(verbs.get(0).text()).equals(lower(verbs.get(0).lemma()))
                && isSurelyFinite(b.get(infinitive + 1))) {
            return Optional.of("Infinitiv vor dem finiten Verb"); // „Auto bleiben müsse leistbar“
        }
        boolean participleOfAuxiliary = NumberHeadline.isParticipleShape(last.text())
                && b.stream()
                        .anyMatch(t -> t.pos().isVerb()
                                && t != last
                                && lower(t.lemma()).matches("haben|sein|werden")); // „wurde … aufgefunden“, mis-tagged
        if (last.pos() == Pos.ADJ
                && !uninflected
                && !participleOfAuxiliary
                && lower(last.text()).matches("\\p{L}+(e|en|es|em)")) {
            for (int k = b.size() - 2; k >= 0 && k >= b.size() - 7; k--) {
                boolean inPhrase = k > 0 // „ein vom Rat bestimmtes“: the noun of a phrase inside the attribute
                        && (b.get(k - 1).pos().isAdposition()
                                || k > 1
                                        && b.get(k - 1).pos() == Pos.DET
                                        && b.get(k - 2).pos().isAdposition());
                if (Phrases.isNoun(b.get(k)) && !inPhrase || b.get(k).pos().isVerb() && b.get(k) != last) {
                    break;
                }
                if (b.get(k).pos() == Pos.DET) {
                    return Optional.of("endet mit „" + last.text() + "“ ohne Nomen"); // „das schwer zu bändigende“
                }
            }
        }
        if (!finiteVerb && !pastAuxiliary && !keyValue && predicates.size() <= 1 && OBJECT_CASES.contains(firstWord)) {
            return Optional.of("kein Subjekt vor „" + b.get(0).text() + "“"); // „Einen Menschen befallen“
        }
        if (POINTING_ADVERBS.contains(firstWord)) {
            return Optional.of("bezieht sich mit „" + b.get(0).text() + "“ auf den Satz davor");
        }
        List<Token> finite = new ArrayList<>();
        for (int i = 0; i < b.size(); i++) {
            Token t = b.get(i);
            boolean attributive = i + 1 < b.size() && Phrases.isNoun(b.get(i + 1)); // „anonymisierte Vorschläge“
            boolean afterAuxiliary = !finite.isEmpty()
                    && isAuxiliary(finite.get(finite.size() - 1))
                    && lower(t.text()).matches(".*(t|n)"); // „wird … unterstützt“: a participle without ge-
            if (isSurelyFinite(t) && !attributive && !afterAuxiliary) {
                finite.add(t);
            }
        }
        for (int i = 1; i < finite.size(); i++) {
            int from = b.indexOf(finite.get(i - 1));
            int to = b.indexOf(finite.get(i));
            boolean joined = false;
            for (int k = from; k < to && !joined; k++) {
                Token t = b.get(k);
                boolean address = t.text().equals(":") && b.get(k + 1).text().equals("/"); // „https://…“
                joined = CLAUSE_MARKS.contains(t.text()) && !address || t.pos() == Pos.CCONJ || t.pos() == Pos.SCONJ;
            }
            if (!joined) {
                return Optional.of("zwei Verben „" + finite.get(i - 1).text() + "“ und „"
                        + finite.get(i).text() + "“");
            }
        }
        boolean comma = b.stream().anyMatch(t -> t.text().equals(","));
        boolean afterAuxiliary = b.stream().anyMatch(t -> t != last && t.pos() == Pos.AUX && isSurelyFinite(t));
        if (!comma && isUnsplitParticleVerb(last) && !afterAuxiliary) { // „ist … anberaumt“ is a participle
            return Optional.of("„" + last.text() + "“ steht wie im Nebensatz");
        }
        int firstVerb = verbs.isEmpty() ? -1 : b.indexOf(verbs.get(0));
        int start = clauseStart(b);
        // the field before the main clause's verb: up to a comma before the first verb („Der Mann, der …, war …“); none
        // where the line opens with a subordinate clause before its main clause („Weil …, werde …“)
        int fieldEnd = firstVerb;
        for (int i = start; i < firstVerb; i++) {
            if (b.get(i).text().equals(",")) {
                fieldEnd = i;
                break;
            }
        }
        boolean subordinateFirst = b.get(start).pos() == Pos.SCONJ && verbAfterComma(b, start + 1);
        if (fieldEnd > start
                && !subordinateFirst
                && !NumberHeadline.isParticipleShape(verbs.get(0).text())
                && nounPhrasesBefore(b.subList(start, b.size()), fieldEnd - start) >= 2) {
            return Optional.of("mehr als ein Satzglied vor dem Verb");
        }
        boolean modalAlone = verbs.size() == 1
                && GermanWords.isModalVerb(verbs.get(0).lemma())
                && b.stream().noneMatch(t -> lower(t.text()).matches("\\p{L}+zu\\p{L}+en"));
        if (strict && modalAlone) {
            return Optional.of("„" + verbs.get(0).text() + "“ ohne Infinitiv");
        }
        int cluster = b.size() - 1; // the verbs at the end: „… veruntreut haben soll“
        while (cluster > 0 && b.get(cluster - 1).pos().isVerb()) {
            cluster--;
        }
        if (cluster > 0
                && cluster < b.size() - 1
                && isAuxiliary(last)
                && isSurelyFinite(last)
                && b.subList(0, cluster).stream().noneMatch(t -> t.pos().isVerb())) {
            return Optional.of("„" + last.text() + "“ steht wie im Nebensatz am Ende");
        }
        if (strict && verbs.size() == 1 && lower(verbs.get(0).lemma()).equals("sein")) {
            int v = b.indexOf(verbs.get(0));
            List<Token> after = b.subList(v + 1, b.size());
            boolean adverbialFirst =
                    v > 0 && (b.get(0).pos().isAdposition() || b.get(0).pos() == Pos.ADV);
            boolean subjectOnly = !after.isEmpty()
                    && Phrases.isNoun(last)
                    && after.stream()
                            .allMatch(t -> Set.of(Pos.DET, Pos.NUM, Pos.ADV, Pos.NOUN, Pos.PROPN, Pos.CCONJ)
                                            .contains(t.pos())
                                    || t.pos() == Pos.ADJ
                                            && b.indexOf(t) + 1 < b.size()
                                            && !b.get(b.indexOf(t) + 1).pos().isVerb());
            if (adverbialFirst && subjectOnly) {
                return Optional.of(
                        "„" + verbs.get(0).text() + "“ ohne Prädikat"); // „In der Nacht waren 900 Polizisten“
            }
        }
        boolean auxiliaryLast = last.pos() == Pos.AUX || last.pos().isVerb() && GermanWords.isModalVerb(last.lemma());
        if (auxiliaryLast && verbs.size() == 1) {
            return Optional.of("endet mit „" + last.text() + "“");
        }
        if (verbs.size() == 1
                && last == verbs.get(0)
                && !NumberHeadline.isParticipleShape(last.text())
                && nounPhrasesBefore(b, b.size() - 1) >= 2) {
            return Optional.of("Verb am Ende eines Hauptsatzes");
        }
        return Optional.empty();
    }

    /** Particles that go with the phrase after them („nur zwei“, „bereits im Mai“), not adverbials of their own. */
    private static final Set<String> FOCUS = Set.of(
            "nur",
            "auch",
            "noch",
            "bereits",
            "schon",
            "erst",
            "fast",
            "rund",
            "etwa",
            "knapp",
            "mehr",
            "weniger",
            "gut",
            "mindestens",
            "höchstens",
            "sogar",
            "selbst",
            "allein",
            "gerade",
            "ausgerechnet",
            "vor",
            "insgesamt",
            "ungefähr",
            "circa",
            "beinahe",
            "nahezu",
            "über",
            "unter",
            "kaum",
            "genau",
            "exakt",
            "ganze",
            "ganz",
            "besonders",
            "insbesondere",
            "zumindest",
            "lediglich",
            "ausschließlich");

    /** Nouns of measure that a noun follows in the same phrase („ein halbes Dutzend Männer“). */
    private static final Set<String> MEASURES = Set.of(
            "dutzend",
            "dutzende",
            "hundert",
            "hunderte",
            "tausend",
            "tausende",
            "million",
            "millionen",
            "milliarde",
            "milliarden",
            "paar",
            "handvoll",
            "reihe",
            "anzahl",
            "menge",
            "gruppe",
            "prozent",
            "tonnen",
            "liter",
            "stück",
            "kilo",
            "kilogramm",
            "meter",
            "euro",
            "dollar",
            "franken",
            "mio.",
            "mrd.");

    /**
     * True if the word at {@code k} belongs to the attribute of a noun after it: an adjective or number, a determiner
     * after another one („einem anderen Punkt“, „den beiden Jahren“), an adverb before an adjective („bisher größter
     * Erfolg“, „durchaus ungewöhnlichen“) and „zu“ before a participle in „-end“ („das zu erwartende Abschneiden“).
     */
    private static boolean inAttribute(List<Token> b, int k) {
        Token t = b.get(k);
        String w = lower(t.text());
        boolean beforeAdjective = k + 1 < b.size() && b.get(k + 1).pos() == Pos.ADJ;
        boolean beforeGerundive = k + 2 < b.size() // „zu entscheidende“
                && lower(b.get(k + 1).text()).equals("zu")
                && lower(b.get(k + 2).text()).matches("\\p{L}+nd(e|er|es|en|em)");
        boolean gerundive =
                w.equals("zu") && k + 1 < b.size() && lower(b.get(k + 1).text()).matches("\\p{L}+nd(e|er|es|en|em)");
        return t.pos() == Pos.ADJ
                || t.pos() == Pos.NUM
                || t.pos() == Pos.DET // not a partitive genitive („einige der Spieler“)
                        && k > 0
                        && b.get(k - 1).pos() == Pos.DET
                        && !Phrases.GENITIVE.contains(w)
                        && !GENITIVE_DETERMINERS.contains(w)
                || t.pos() == Pos.ADV && (beforeAdjective || beforeGerundive)
                || gerundive;
    }

    /**
     * The line's first verb is finite in second place, though its form alone does not say so: it stands after the first
     * field, words of the clause follow it and another verb closes the clause („Über das Portal können Nutzer …
     * antworten“, „Ihnen werden Diebstähle vorgeworfen“, „Seit Jahren versucht die Firma, … zu finden“, „Das schien
     * eine gewagte Entscheidung zu sein“). The form is an auxiliary's or modal's, or not the infinitive („versucht“ may
     * be a participle, „können“ an infinitive); in a subordinate clause it would stand last.
     */
    private static boolean verbSecond(List<Token> b) {
        Token last = b.get(b.size() - 1);
        for (int i = 0; i + 2 < b.size(); i++) {
            Token t = b.get(i);
            if (t.pos().isVerb()) {
                Token next = b.get(i + 1);
                boolean clauseGoesOn = !next.pos().isVerb()
                        && !next.isPunctuation()
                        && next.pos() != Pos.CCONJ
                        && !lower(next.text()).equals("zu"); // „Keine Fahrkarte gekauft zu haben“
                boolean notInfinitive =
                        isAuxiliary(t) || !lower(t.text()).equals(lower(t.lemma())) && !isGeParticiple(t);
                return i > 0
                        && notInfinitive
                        && Character.isLowerCase(t.text().codePointAt(0))
                        && !lower(t.text()).matches("\\p{L}+zu\\p{L}+en")
                        && clauseGoesOn
                        && last.pos().isVerb()
                        && last != t;
            }
        }
        return false;
    }

    /** Marks between two clauses of one sentence („Das heißt also: Er lügt“, „… bemerkenswert – früher hätte …“). */
    private static final Set<String> CLAUSE_MARKS = Set.of(",", ":", ";", "–");

    /**
     * Where the clause of a line begins: after a dateline („Innsbruck – Die Polizei …“, „Addis Abeba/Bujumbura – …“) or
     * a label before a colon without a verb of its own („Mal was Neues: Varoufakis hat …“, „Varoufakis: Die EU wäre …“);
     * else 0.
     */
    private static int clauseStart(List<Token> b) {
        for (int i = 1; i < b.size() - 2 && i <= 4; i++) {
            String w = b.get(i).text();
            List<Token> before = b.subList(0, i);
            boolean dateline = (w.equals("–") || w.equals("—"))
                    && before.stream()
                            .allMatch(t -> t.pos() == Pos.PROPN || t.text().equals("/"));
            boolean label =
                    w.equals(":") && before.stream().noneMatch(t -> t.pos().isVerb());
            if (dateline || label) {
                return i + 1;
            }
        }
        return 0;
    }

    /** True if a comma at or after {@code from} is followed right away by a finite verb. */
    private static boolean verbAfterComma(List<Token> b, int from) {
        for (int j = Math.max(1, from); j + 1 < b.size(); j++) {
            if (b.get(j).text().equals(",") && b.get(j + 1).pos().isVerb() && isFiniteInSecondPlace(b.get(j + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A verb form that can be finite after a fronted clause: surely finite, or a plural or Konjunktiv form in -en. */
    private static boolean isFiniteInSecondPlace(Token t) {
        return isSurelyFinite(t)
                || Character.isLowerCase(t.text().codePointAt(0))
                        && !NumberHeadline.isParticipleShape(t.text())
                        && !lower(t.text()).matches("\\p{L}+zu\\p{L}+en");
    }

    /** Articles, prepositions and pronouns that open a sentence run into a heading before it („… Trainer Die …“). */
    private static final Set<String> OPENERS = Set.of(("der die das den dem des ein eine einer einen einem eines in im"
                    + " an am auf aus bei beim mit nach von vom vor zu zum zur über unter für gegen ohne um durch seit während wegen"
                    + " trotz neben zwischen hinter bis ab er es wir ich man dieser diese dieses diesen diesem kein keine alle jeder"
                    + " jede jedes seine sein")
            .split(" "));

    /**
     * „gekauft“, „aufgerufen“: a participle with „ge-“, after a separable particle or none, that the lemma does not have
     * (so „gewinnt“ of „gewinnen“ is none). Never finite.
     */
    private static boolean isGeParticiple(Token t) {
        String w = lower(t.text());
        String lemma = lower(t.lemma());
        if (!w.endsWith("t") && !w.endsWith("en")) {
            return false;
        }
        for (String p : PARTICLES) {
            if (w.startsWith(p + "ge") && !lemma.startsWith(p + "ge")) {
                return true;
            }
        }
        return w.startsWith("ge") && !lemma.startsWith("ge");
    }

    private static final Set<Pos> NOUN_PHRASE = java.util.EnumSet.of(Pos.DET, Pos.ADJ, Pos.NOUN, Pos.PROPN, Pos.NUM);

    /** Determiners that open a genitive right after a noun („die Auswirkungen dieser Konflikte“). */
    private static final Set<String> GENITIVE_DETERMINERS = Set.of(
            "dieser", "jener", "meiner", "deiner", "seiner", "ihrer", "unserer", "eurer", "jeder", "jedes", "aller",
            "beider", "vieler", "mancher", "einiger");

    /** Nouns that a name or word follows in apposition („das Wort Ausschweifung“, „der Begriff …“). */
    private static final Set<String> NAMING_NOUNS = Set.of("wort", "begriff", "name", "motto", "slogan", "stichwort");

    /** Pronominal adverbs that open a clause by pointing at the one before („Damit …“, „Dabei …“). */
    private static final Set<String> POINTING_ADVERBS = Set.of(
            "damit",
            "dadurch",
            "dabei",
            "deshalb",
            "daher",
            "darum",
            "deswegen",
            "dafür",
            "dagegen",
            "davon",
            "darauf",
            "daraus",
            "dazu",
            "trotzdem",
            "dennoch",
            "demnach",
            "somit");

    /**
     * Separable particles that {@link #PARTICLES} leaves out, since a finite verb may begin with them without being
     * one („durchsucht“): at the clause's end after a verb they close it („steht … bevor“, „liegt gegenüber“).
     */
    private static final Set<String> END_PARTICLES =
            Set.of("durch", "gegenüber", "bevor", "vorbei", "entgegen", "voraus", "hinterher", "zurecht");

    /** Determiners that stand for a noun and may end a clause („Die Gründe sind andere“, „… als für viele“). */
    private static final java.util.regex.Pattern STANDING_DETERMINERS =
            java.util.regex.Pattern.compile("(andere|alle|beide|viele|einige|manche|wenige)[nrs]?|mehrere");

    /** Separable particles: a finite verb that still carries one („antrat“) stands in verb-final order. */
    private static final List<String> PARTICLES = List.of(
            "zurück",
            "zusammen",
            "heraus",
            "hinaus",
            "herein",
            "fest",
            "fort",
            "weg",
            "los",
            "teil",
            "statt",
            "dar",
            "ab",
            "an",
            "auf",
            "aus",
            "bei",
            "ein",
            "mit",
            "nach",
            "vor",
            "zu",
            "her",
            "hin");

    /**
     * Konjunktiv I of reported speech: a listed form („sei“, „habe“) or a third-person form that is the infinitive
     * without its final „n“ („sinke“, „betreffe“, „warne“).
     */
    public static boolean isReportedSpeech(Token t) {
        String w = lower(t.text());
        String lemma = lower(t.lemma());
        boolean konjunktivOne = t.pos() == Pos.VERB
                && w.length() > 4
                && w.endsWith("e")
                && !w.endsWith("te")
                && !w.endsWith("ie")
                && Character.isLowerCase(t.text().codePointAt(0))
                && (lemma.equals(w) || lemma.equals(w + "n")); // „versorge“: the tagger's lemma may be the form itself
        return t.pos().isVerb()
                && (REPORTED.contains(w)
                        || konjunktivOne
                        || lemma.endsWith("en") && w.length() > 3 && w.equals(lemma.substring(0, lemma.length() - 1)));
    }

    /**
     * The Konjunktiv I of a particle verb whose particle stands at the clause's end („reiche … aus“, „stehe … fest“):
     * the form is the particle verb's infinitive without its particle and final „n“, or, where the tagger read the
     * form as an adjective (no other word of the clause is surely a finite verb), a lower-case form ending in „e“
     * (not „te“, a past) right before the closing particle or before „nicht“ and the particle.
     */
    static Optional<Token> reportedParticleVerb(List<Token> claim) {
        int end = claim.size() - 1;
        while (end >= 0 && claim.get(end).isPunctuation()) {
            end--;
        }
        if (end < 2 || !PARTICLES.contains(lower(claim.get(end).text()))) {
            return Optional.empty();
        }
        String particle = lower(claim.get(end).text());
        for (int i = 0; i < end; i++) {
            Token t = claim.get(i);
            String w = lower(t.text());
            String lemma = lower(t.lemma());
            if (t.pos().isVerb() && w.endsWith("e") && lemma.equals(particle + w + "n")) {
                return Optional.of(t); // „reiche“ of „ausreichen“
            }
        }
        boolean finite = claim.subList(0, end).stream().anyMatch(t -> t.pos() == Pos.AUX || isSurelyFinite(t));
        int k = end - 1;
        if (lower(claim.get(k).text()).equals("nicht")) {
            k--;
        }
        Token form = claim.get(k);
        String w = lower(form.text());
        boolean shape = (form.pos() == Pos.ADJ || form.pos().isVerb())
                && Character.isLowerCase(form.text().codePointAt(0))
                && w.length() > 3
                && w.endsWith("e")
                && !w.endsWith("te")
                && !w.endsWith("ie");
        return !finite && shape && k > 0 && !claim.get(k - 1).isPunctuation() ? Optional.of(form) : Optional.empty();
    }

    /** A comparative of {@link #COMPARATIVES} or in -er of its lemma („heller“, „stärker“). */
    static boolean isComparativeWord(Token t) {
        return COMPARATIVES.contains(Phrases.lower(t.text())) || isComparative(t);
    }

    /** „Höher“, „Mehr“, „Stärker“: a comparative whose other side is in the sentence before. */
    static boolean isComparative(Token t) {
        String w = plain(Phrases.lower(t.text()));
        String lemma = plain(Phrases.lower(t.lemma()));
        return (t.pos() == Pos.ADJ || t.pos() == Pos.ADV)
                && !lemma.endsWith("er")
                && (w.equals(lemma + "er") || lemma.endsWith("e") && w.equals(lemma + "r")); // „stärker“, „leiser“
    }

    private static String plain(String w) {
        return w.replace("ä", "a").replace("ö", "o").replace("ü", "u");
    }

    static final Set<String> COMPARATIVES = Set.of(
            "höher",
            "mehr",
            "weniger",
            "größer",
            "kleiner",
            "stärker",
            "schwächer",
            "besser",
            "schlechter",
            "teurer",
            "billiger",
            "günstiger",
            "niedriger",
            "länger",
            "kürzer",
            "schneller",
            "langsamer",
            "älter",
            "jünger",
            "häufiger",
            "seltener",
            "wichtiger",
            "schwieriger",
            "einfacher",
            "leichter",
            "schwerer");

    /**
     * A word at {@code i} inside a noun's attribute: an adjective before a noun, another adjective or „und“/„oder“, where
     * „-er“ is an ending („westlicher Geheimdienste“, „südkoreanischer und westlicher …“), or any comparative before an
     * inflected participle or adjective within three words („die (noch schwerer zu erreichende) Schwerarbeiterpension“):
     * it says which thing, and the claim about the thing holds without it.
     */
    private static boolean beforeItsNoun(List<Token> clause, int i) {
        if (i + 1 >= clause.size()) {
            return false;
        }
        Token next = clause.get(i + 1);
        if (clause.get(i).pos() == Pos.ADJ
                && (Phrases.isNoun(next) || next.pos() == Pos.ADJ || next.pos() == Pos.CCONJ)) {
            return true;
        }
        for (int k = i + 1;
                k < clause.size() && k <= i + 3 && !clause.get(k).pos().isVerb();
                k++) {
            if (clause.get(k).pos() == Pos.ADJ && lower(clause.get(k).text()).matches("\\p{L}+(e|en|em|es)")) {
                return true;
            }
        }
        return false;
    }

    /** Words of the present time that bound what a negation after them denies („ist derzeit kein Thema“). */
    private static final Set<String> NOW =
            Set.of("derzeit", "zurzeit", "momentan", "gegenwärtig", "aktuell", "vorerst", "vorläufig", "einstweilen");

    /**
     * True if {@code x} is a word of the present time with a negation after it in {@code line}: „Die Abschaffung ist
     * derzeit kein Thema“ without „derzeit“ denies it for good.
     */
    public static boolean boundsNegation(List<Token> line, Token x) {
        int i = line.indexOf(x);
        return i >= 0
                && NOW.contains(Phrases.lower(x.text()))
                && line.subList(i + 1, line.size()).stream().anyMatch(t -> GermanWords.isNegation(t.text()));
    }

    /**
     * True if {@code phrase} names one day („am Montag“, „am Samstagabend“, „am Wochenende“) and the clause
     * counts what arrived, passed, waited or was there that day: „Am Montag kamen mehr als 7.000 Flüchtlinge an“, „In
     * Bad Radkersburg warteten am Samstagabend noch 3.900 Personen“, „Bis zum Wochenende waren 10.000 Karten
     * verkauft“. Such a count is that day's; without the day it reads as a total or as what is so now, so the day stays
     * with it (issue 13, thirty-second round). Not the count of one event („starben am Wochenende sieben Soldaten“),
     * whose day the box may leave to the report; a year, a time of day („um 19.00 Uhr“) and an age count nothing.
     */
    public static boolean boundsCount(List<Token> clause, List<Token> phrase) {
        return countsOfDay(clause, phrase).findAny().isPresent();
    }

    /** The counts of the clause outside {@code phrase} if the phrase names one day of a flow; none otherwise. */
    private static java.util.stream.Stream<Token> countsOfDay(List<Token> clause, List<Token> phrase) {
        if (phrase.stream().noneMatch(MeaningGuard::isDayWord) || !countsAFlow(clause)) {
            return java.util.stream.Stream.empty();
        }
        List<Token> counts = new ArrayList<>();
        for (int i = 0; i < clause.size(); i++) {
            Token t = clause.get(i);
            Token next = i + 1 < clause.size() ? clause.get(i + 1) : null;
            if (!phrase.contains(t) && isCount(t, next)) {
                counts.add(t);
            }
        }
        return counts.stream();
    }

    /**
     * True if the clause's full verb (or, without one, its copula) says that people or things arrived, passed,
     * waited, were counted or sold, or were there: the verbs of a tally by day.
     */
    private static boolean countsAFlow(List<Token> clause) {
        List<Token> verbs = clause.stream() // the tagger reads some full verbs as auxiliaries („warteten/AUX“)
                .filter(t -> t.pos().isVerb() && !FactComposer.isAuxiliary(t) && !GermanWords.isModalVerb(t.lemma()))
                .toList();
        if (verbs.isEmpty()) {
            return clause.stream()
                    .anyMatch(t -> t.pos() == Pos.AUX && lower(t.lemma()).equals("sein"));
        }
        return verbs.stream().anyMatch(t -> lower(t.lemma()).matches(FLOW_VERBS))
                && clause.stream()
                        .noneMatch(
                                t -> Set.of("leben", "tod", "tode", "schaden").contains(lower(t.text())));
    }

    /** Arriving, passing, waiting, counting, selling, being there; „ums Leben kommen“ is an event's toll. */
    private static final String FLOW_VERBS = "(an|hinzu|nach|über)?kommen|\\p{L}*reisen|eintreffen|(aus)?harren"
            + "|warten|überqueren|passieren|zählen|registrieren|verkaufen|stranden|befinden|erwarten";

    /**
     * A weekday („Montag“, „Samstagabend“, „sonntags“) or „Wochenende“. Not „heute“: it is as often „nowadays“
     * („Brasília ist heute eine Metropole mit mehr als zwei Millionen Einwohnern“), and then it bounds nothing.
     */
    static boolean isDayWord(Token t) {
        return lower(t.text()).matches(DAY_WORD);
    }

    private static final String DAY_WORD = FactComposer.DAY_FORM + "|wochenende";

    /** A number that counts: digits („7.000“, „2,5“) that are no year or time of day, or a number word. */
    private static boolean isCount(Token t, Token next) {
        String w = lower(t.text());
        if (!FactComposer.isNumberWord(t) || w.startsWith("ein")) {
            return false;
        }
        if (w.matches(".*\\d.*")) { // not „34-Jährige“, a year, „3.“ or „19.00 Uhr“
            return w.matches("\\d[\\d.,]*")
                    && !GermanCalendar.isYear(w)
                    && !w.matches("\\d{1,2}\\.")
                    && !(next != null && lower(next.text()).equals("uhr"));
        }
        return true;
    }

    /**
     * A comparative, also one the tagger left as its own lemma („schärfer“, „härter“: an umlaut and „-er“), which a line
     * never drops: „gehen schärfer gegen Hetze vor“ is not „gehen gegen Hetze vor“.
     */
    public static boolean isComparativeForm(Token x) {
        String w = Phrases.lower(x.text());
        return isComparativeWord(x)
                || x.pos() == Pos.ADV
                        && w.equals(Phrases.lower(x.lemma()))
                        && w.length() >= 6
                        && w.matches(".*[äöü].*er");
    }

    /**
     * „Derzeit liefen Verhandlungen“: a full verb in a past form beside an adverb of the present is a Konjunktiv II of
     * reported speech (its form is the past's); the clause is someone's words even where no speaker is near.
     */
    public static boolean pastFormNow(List<Token> clause) {
        boolean now = clause.stream().anyMatch(t -> PRESENT_ADVERBS.contains(lower(t.text())));
        return now
                && clause.stream().anyMatch(t -> {
                    String w = lower(t.text());
                    String lemma = lower(t.lemma());
                    return t.pos() == Pos.VERB
                            && Character.isLowerCase(t.text().codePointAt(0))
                            && !w.equals(lemma)
                            && lemma.endsWith("en")
                            && !NumberHeadline.isParticipleShape(t.text())
                            && (w.endsWith("te") || w.endsWith("en")); // „liefen“, „planten“, „plante“
                });
    }

    private static final Set<String> PRESENT_ADVERBS = Set.of("derzeit", "zurzeit", "momentan", "gegenwärtig");

    /** „würde“, „wäre“, „könnte“: a Konjunktiv II that holds only under a condition. */
    public static boolean isConjunctiveTwo(Token t) {
        String w = lower(t.text());
        return t.pos().isVerb() && (COUNTERFACTUAL.contains(w) || isWürde(w) || umlautedPast(t));
    }

    /**
     * „nähmen“, „betrügen“, „stünde“: an umlaut the verb's lemma does not have, ending in -e or -en, is the Konjunktiv
     * II of a strong verb (its past stem with umlaut).
     */
    private static boolean umlautedPast(Token t) {
        String w = lower(t.text());
        String lemma = lower(t.lemma());
        return w.matches(".*[äöü].*(e|en)")
                && !lemma.matches(".*[äöü].*")
                && !w.equals(lemma)
                && Character.isLowerCase(t.text().codePointAt(0));
    }

    /** „würde“, „würden“: the Konjunktiv II of „werden“ (the lexicon's list of its forms). */
    private static boolean isWürde(String w) {
        return GermanWords.isWerdenForm(w) && w.startsWith("wü");
    }

    /** A verb form that is neither infinitive nor participle-shaped: „kämpfte“, „ist“, „hat“ (not „haben“). */
    static boolean isSurelyFinite(Token t) {
        String w = lower(t.text());
        return t.pos().isVerb()
                && !w.equals(lower(t.lemma()))
                && !NumberHeadline.isParticipleShape(t.text())
                && !w.matches("\\p{L}+zu\\p{L}+en")
                && !w.endsWith("en");
    }

    private static boolean isAuxiliary(Token t) {
        String lemma = lower(t.lemma());
        return t.pos() == Pos.AUX
                || Set.of("haben", "sein").contains(lemma)
                || GermanWords.isWerdenForm(lemma)
                || GermanWords.isModalVerb(t.lemma());
    }

    /** „antrat“, „vorlegte“: finite, with its separable particle still on it. */
    private static boolean isUnsplitParticleVerb(Token t) {
        if (!isSurelyFinite(t)) {
            return false;
        }
        String w = lower(t.text());
        String lemma = lower(t.lemma());
        for (String p : PARTICLES) {
            if (lemma.startsWith(p)
                    && w.startsWith(p)
                    && lemma.length() > p.length() + 3
                    && !lemma.startsWith("beinhalt")
                    && !lemma.startsWith("anerkenn")
                    && !lemma.startsWith("vollzieh")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapitalNoun(Token t) {
        return Phrases.isNoun(t) && Character.isUpperCase(t.text().codePointAt(0));
    }

    /**
     * Noun phrases before {@code end} outside prepositional phrases: a noun after an article, at the start, or right
     * after another common noun starts one („Die fatalen Entscheidungen | Konsequenzen“); a genitive („die Preise der
     * Mieten“) and a name after a noun („Bürgermeisterin Petra Albrecht“) do not.
     */
    private static int nounPhrasesBefore(List<Token> b, int end) {
        if (end > 1 && lower(b.get(0).text()).equals("doch")) {
            return nounPhrasesBefore(b.subList(1, b.size()), end - 1); // „Doch Frenzel startete …“: no field of its own
        }
        int phrases = 0;
        boolean prepositionFirst = false; // „Täglich rund 21.000 Fahrzeuge über die Brücke fuhren“ is fine by nouns
        for (int i = 0; i < end; i++) {
            Token t = b.get(i);
            if (t.pos().isAdposition() && phrases == 0 && !inAttribute(b, i)) { // not „das zu erwartende …“
                prepositionFirst = true;
            }
            if (!Phrases.isNoun(t)) {
                continue;
            }
            int k = i - 1;
            while (k >= 0 && inAttribute(b, k)) {
                k--;
            }
            Token prev = k >= 0 ? b.get(k) : null;
            if (prev == null) {
                phrases++;
            } else if (prev.pos().isAdposition() || lower(prev.text()).equals("zu")) {
                continue; // „zu Silvester“
            } else if (prev.pos() == Pos.DET) {
                // „am Ufer des Sees“, „Im Rahmen der Aufrüstung“, „Im Falle einer Niederlage“: the noun's attribute,
                // also where that noun is in a phrase of its own; not after a date („Am Montag der Minister …“)
                boolean genitive = (Phrases.GENITIVE.contains(lower(prev.text()))
                                || k > 0
                                        && Phrases.isNoun(b.get(k - 1))
                                        && GENITIVE_DETERMINERS.contains(lower(prev.text()))) // „… dieser Konflikte“
                        && (phrases > 0
                                || k > 0
                                        && Phrases.isNoun(b.get(k - 1))
                                        && (lower(prev.text()).matches("des|eines")
                                                || !FactComposer.isDateWord(b.get(k - 1))));
                boolean inPrepositional = k > 0 && b.get(k - 1).pos().isAdposition();
                boolean coordinated = k > 0
                        && (b.get(k - 1).pos() == Pos.CCONJ
                                || b.get(k - 1).text().equals(",")
                                || k > 1 // „Das Mitgefühl und damit die Hilfsbereitschaft … war groß“
                                        && b.get(k - 1).pos() == Pos.ADV
                                        && b.get(k - 2).pos() == Pos.CCONJ);
                if (!genitive && !inPrepositional && !coordinated) {
                    phrases++;
                }
            } else if (Phrases.isNoun(prev)) {
                boolean measure = MEASURES.contains(lower(prev.text()));
                boolean possessor = k == 0 && prev.text().endsWith("s"); // „Rabmer-Kollers Vorwurf“
                boolean naming =
                        NAMING_NOUNS.contains(lower(prev.lemma())) || TITLE_NOUNS.contains(lower(prev.lemma()));
                if (t.pos() == Pos.NOUN && k == i - 1 && prev.pos() == Pos.NOUN && !measure && !possessor && !naming) {
                    phrases++;
                }
            } else if (!prev.isPunctuation() && prev.pos() != Pos.CCONJ) {
                phrases++;
            }
        }
        // a prepositional phrase before the first noun phrase is a phrase of its own („Im Jahr 2024 Brennwald hatte“);
        // one after it may belong to the noun („Die Zahl der Toten in Syrien stieg“)
        Token first = b.get(0);
        boolean adverbFirst = end > 1
                && !FOCUS.contains(lower(first.text()))
                && !(lower(first.text()).equals("immer")
                        && lower(b.get(1).text()).matches("mehr|weniger"))
                && (first.pos() == Pos.ADV
                        || first.pos() == Pos.ADJ
                                && !Phrases.isNoun(b.get(1))
                                && b.get(1).pos() != Pos.ADJ);
        return phrases + ((prepositionFirst || adverbFirst) && phrases > 0 ? 1 : 0);
    }

    /**
     * True if the report is an interview from sentence {@code index} on: an earlier sentence opens with a speaker
     * label in capitals followed by a colon („STANDARD: Wie …?“, „ZEITUNG: …“), or a label of any case that opens at
     * least two sentences, one of them a question („Standard: Kann Europa …? Jagland: Absolut.“).
     */
    public static boolean inInterview(TextAnalysis analysis, int index) {
        return interviewStart(analysis) <= index;
    }

    /**
     * The sentence {@code i} goes on with someone's words though it names no source itself: it follows, in the same
     * paragraph, a sentence in the first person without quotation marks or speech tag („Die Gehälter können wir
     * auszahlen. Weitere Zusagen gibt es nicht.“), or it stands between two of one speaker's sentences – the one before
     * names who speaks with a speech tag or is itself reported speech without a speaker (Konjunktiv I, or Konjunktiv
     * II after such a sentence), the one after opens in Konjunktiv I without a speaker of its own („…, kritisierte er.
     * Russland hat eine Verantwortung … . Das Vorgehen verstoße gegen …“; „Das Heer könnte … übernehmen. Die Polizei
     * soll auch kontrollieren. Dies sei so vereinbart.“), or it stands between two speech tags of one speaker
     * ({@link #betweenOneSpeakersTags}). Where quotation marks are lost (wire copy, feeds), such a plain sentence is
     * still someone's words.
     */
    public static boolean inSpeechRun(TextAnalysis analysis, int i) {
        if (i == 0 || !analysis.attributionsIn(i).isEmpty()) {
            return false;
        }
        if (analysis.attributionsIn(i - 1).isEmpty() // a speech tag or quotation marks close the quotation
                && firstPerson(analysis.sentences().get(i - 1).tokens()).isPresent()
                && !newParagraph(analysis, i)) {
            return true; // in the same paragraph only: a new one may be the reporter's again
        }
        if (i + 1 >= analysis.sentences().size()) {
            return false;
        }
        boolean tagBefore = tagged(analysis, i - 1)
                || reportedWithoutSpeaker(analysis, i - 1, false)
                || i >= 2
                        && reportedWithoutSpeaker(analysis, i - 1, true)
                        && (tagged(analysis, i - 2) || reportedWithoutSpeaker(analysis, i - 2, false));
        // not „Malmström warb …: Sie sei …“, a new speaker
        return tagBefore && reportedWithoutSpeaker(analysis, i + 1, false) || betweenOneSpeakersTags(analysis, i);
    }

    /**
     * „Das Ausmaß der Gewalt ist erschreckend, erklärte der Minister. Die Täter dürfen nicht davonkommen. Sie müssen
     * bestraft werden, forderte er.“: a sentence in the present indicative between two speech tags of one speaker (the
     * second names the same surname, or is „er“/„sie“ or a singular role with its article) goes on with that speaker's
     * words. Not where the sentence speaks of someone itself (a name, a word of the speaker's, a role with its article, a
     * third-person pronoun, a verb of saying: „Prinzipiell kann der ADAC-Experte …“ is the reporter's) or tells the past
     * („Die Partei hatte versucht …“ is background, a perfect „ist … durchgeführt worden“ an event), nor where a
     * paragraph ends before the second tag.
     */
    private static boolean betweenOneSpeakersTags(TextAnalysis analysis, int i) {
        if (!tagged(analysis, i - 1) || !tagged(analysis, i + 1) || newParagraph(analysis, i + 1)) {
            return false;
        }
        List<String> before = tagSpeaker(analysis, i - 1);
        List<String> after = tagSpeaker(analysis, i + 1);
        if (before.isEmpty() || after.isEmpty() || !sameSpeaker(before, after)) {
            return false;
        }
        List<Token> t = analysis.sentences().get(i).tokens();
        boolean person =
                analysis.entitiesIn(i).stream().anyMatch(e -> e.type() == de.ozd.newsroom.language.EntityType.PERSON);
        if (person || t.get(0).pos() == Pos.SCONJ) {
            return false;
        }
        for (int k = 0; k < t.size(); k++) {
            String w = lower(t.get(k).text());
            if (THIRD_PERSON.contains(w)
                    || GermanWords.isCueVerb(w)
                    || t.get(k).isCapitalised()
                            && t.get(k).pos() != Pos.DET
                            && (before.contains(t.get(k).text())
                                    || after.contains(t.get(k).text()))
                    || k + 1 < t.size()
                            && w.matches("der|die")
                            && Appositions.looksLikeRole(t.get(k + 1).text())) {
                return false;
            }
        }
        return speaksNow(t, false);
    }

    /**
     * True if the sentence's first verb says something now, as a speaker does: a present indicative that is no perfect
     * („ist … durchgeführt worden“ tells an event), or with {@code reportedToo} a Konjunktiv I („Das Budget bleibe
     * gleich“). A past („Das Gericht beurteilte die Lage anders“) is the reporter's telling.
     */
    static boolean speaksNow(List<Token> t, boolean reportedToo) {
        Token verb = null;
        for (Token x : t) {
            if (verb == null && x.pos().isVerb()) {
                verb = x;
            } else if (verb != null
                    && verb.pos() == Pos.AUX
                    && lower(verb.lemma()).matches("sein|haben")
                    && x.pos() == Pos.VERB
                    && !isReportedSpeech(verb)) {
                return false;
            }
        }
        return verb != null && (isPresentIndicative(verb) || reportedToo && isReportedSpeech(verb));
    }

    /** True if sentence {@code i} opens a paragraph of its own. */
    private static boolean newParagraph(TextAnalysis analysis, int i) {
        List<Token> before = analysis.sentences().get(i - 1).tokens();
        return analysis.text()
                .substring(
                        before.get(before.size() - 1).end(),
                        analysis.sentences().get(i).tokens().get(0).begin())
                .contains("\n");
    }

    /** Pronouns and possessives that speak of a third person („er“, „ihm“, „seine“). */
    private static final Set<String> THIRD_PERSON = Set.of(
            "er", "ihn", "ihm", "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren",
            "ihrem", "ihrer", "ihres");

    /** The words of the speaker of sentence {@code i}'s speech tag, as they stand; empty if it has none. */
    private static List<String> tagSpeaker(TextAnalysis analysis, int i) {
        for (var a : analysis.attributionsIn(i)) {
            if (a.kind() != de.ozd.newsroom.language.AttributionKind.SOURCE_PHRASE && a.hasSpeaker()) {
                return List.of(a.speaker().split("\\s+"));
            }
        }
        List<Token> s = analysis.sentences().get(i).tokens();
        int comma = tagComma(s);
        return comma < 0
                ? List.of()
                : s.subList(comma + 2, lastWord(s) + 1).stream()
                        .map(Token::text)
                        .toList();
    }

    /**
     * The second speech tag names the first one's speaker: „er“ or „sie“ alone, a capitalised word of the first
     * speaker again („… sagte Christoph Hecht vom ADAC“, „…, sagte Hecht“), or a singular role with its article that
     * names nobody new („…, sagte McDonald“, „…, sagte der ÖVP-Generalsekretär“).
     */
    private static boolean sameSpeaker(List<String> before, List<String> after) {
        if (after.size() == 1 && lower(after.get(0)).matches("er|sie")) {
            return true;
        }
        for (String w : after) {
            if (w.length() > 2 && Character.isUpperCase(w.codePointAt(0)) && before.contains(w)) {
                return true;
            }
        }
        if (after.size() < 2) {
            return false;
        }
        String article = lower(after.get(0));
        String role = after.get(after.size() - 1);
        boolean singular =
                article.equals("der") && !role.endsWith("innen") || article.equals("die") && role.endsWith("in");
        return singular
                && Appositions.looksLikeRole(role)
                && after.subList(1, after.size() - 1).stream()
                        .allMatch(w -> Character.isLowerCase(w.codePointAt(0))); // only adjectives between
    }

    /**
     * A finite verb in the present indicative, as far as its form shows: „ist“, „muss“, „gibt“, or the lemma's stem
     * with a present ending („findet“, „sammelt“, „dürfen“); not a past („sammelte“, „fand“, „hatte“), nor a form in
     * „-ten“ whose lemma is no infinitive or the form itself.
     */
    static boolean isPresentIndicative(Token verb) {
        String w = lower(verb.text());
        if (PRESENT_FORMS.contains(w)) {
            return true;
        }
        String lemma = lower(verb.lemma());
        if (w.endsWith("ten") && (w.equals(lemma) || !lemma.endsWith("n"))) {
            return false; // „bombardierten“ with the lemma „bombardiert“ or its own: a past the lemmatizer does not
            // know, not read as a present (nor is „arbeiten“ then, which the form alone does not tell apart)
        }
        String stem = lemma.endsWith("en")
                ? lemma.substring(0, lemma.length() - 2)
                : lemma.endsWith("n") ? lemma.substring(0, lemma.length() - 1) : lemma;
        return stem.length() >= 2
                && w.startsWith(stem)
                && w.substring(stem.length()).matches("t|et|en|n|st|est");
    }

    /** Present forms whose stem is not the lemma's. */
    private static final Set<String> PRESENT_FORMS = Set.of(
            "ist", "sind", "hat", "wird", "kann", "muss", "darf", "soll", "will", "mag", "weiß", "gibt", "nimmt",
            "hält", "lässt", "sieht", "spricht", "trifft", "fällt", "gilt", "tut", "läuft", "trägt", "fährt");

    /** Sentence {@code i} names a speaker with a speech tag (not a source phrase), however the tagger read it. */
    private static boolean tagged(TextAnalysis analysis, int i) {
        return analysis.attributionsIn(i).stream()
                        .anyMatch(a ->
                                a.kind() != de.ozd.newsroom.language.AttributionKind.SOURCE_PHRASE && a.hasSpeaker())
                || endsInSpeechTag(analysis.sentences().get(i).tokens());
    }

    /**
     * Sentence {@code i} goes on with someone's words without naming a speaker: its first verb is a Konjunktiv I
     * („Dies sei …“), or with {@code orTwo} a Konjunktiv II („Das Heer könnte …“). A sentence that opens with a
     * subordinate clause is read at that clause's verb („Wenn die Grenze überschritten werde, …“).
     */
    private static boolean reportedWithoutSpeaker(TextAnalysis analysis, int i, boolean orTwo) {
        // „Bosbach: „Ich wünsche mir …““: a quotation, or words in the first person, are no reported speech
        if (analysis.attributionsIn(i).stream()
                .anyMatch(a -> a.hasSpeaker() || a.kind() == de.ozd.newsroom.language.AttributionKind.DIRECT_QUOTE)) {
            return false;
        }
        List<Token> t = analysis.sentences().get(i).tokens();
        Token verb = null;
        for (int k = 0; k < t.size(); k++) {
            if (lower(t.get(k).text()).equals("ich")) {
                return false;
            }
            if (t.get(k).pos().isVerb()) {
                verb = t.get(k);
                if (t.get(0).pos() != Pos.SCONJ) {
                    break;
                }
            } else if (t.get(k).text().equals(",") && verb != null) {
                break; // the subordinate clause's last verb
            }
        }
        return verb != null && (isReportedSpeech(verb) || orTwo && isConjunctiveTwo(verb));
    }

    /**
     * „…, kritisierte er.“: the sentence ends in a comma, a verb of saying and its speaker, however the tagger read
     * them (it may take a verb at the end of a sentence for an adjective).
     */
    private static boolean endsInSpeechTag(List<Token> s) {
        return tagComma(s) >= 0;
    }

    /** The comma before the speech tag that ends the sentence ({@link #endsInSpeechTag}), or -1. */
    private static int tagComma(List<Token> s) {
        int k = lastWord(s);
        for (int comma = k - 1; comma >= Math.max(0, k - 5); comma--) {
            if (s.get(comma).text().equals(",")) {
                return comma + 2 <= k
                                && GermanWords.isCueVerb(s.get(comma + 1).text())
                                && (lower(s.get(comma + 2).text()).matches("er|sie")
                                        || s.get(comma + 2).isCapitalised())
                        ? comma
                        : -1;
            }
        }
        return -1;
    }

    /** The index of the sentence's last token that is no punctuation, or -1. */
    private static int lastWord(List<Token> s) {
        int k = s.size() - 1;
        while (k >= 0 && s.get(k).isPunctuation()) {
            k--;
        }
        return k;
    }

    /**
     * The first sentence from which the report is an interview ({@link #inInterview}), or {@link Integer#MAX_VALUE}: a
     * label in capitals before a colon („STANDARD: …“) that opens at least two of the report's sentences, as the
     * interviewer's label does. Once, such a label is something else: an editor's note („UPDATE: Dieser Artikel …“), a
     * source before a headline („NGO: 198 Zivilisten … getötet“), a price („UVP: 59,90 Euro“).
     */
    static int interviewStart(TextAnalysis analysis) {
        int questions = questionLabelStart(analysis);
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        for (int i = 0; i < analysis.sentences().size(); i++) {
            List<Token> t = analysis.sentences().get(i).tokens();
            for (int k = 0; k + 1 < t.size(); k++) {
                String w = t.get(k).text();
                if (t.get(k + 1).text().equals(":")
                        && w.length() >= 3
                        && w.chars().allMatch(Character::isUpperCase)
                        && (k == 0 || t.get(k - 1).isPunctuation())) {
                    first.putIfAbsent(w, i);
                    count.merge(w, 1, Integer::sum);
                }
            }
        }
        int start = questions;
        for (var e : first.entrySet()) {
            if (count.get(e.getKey()) >= 2) {
                start = Math.min(start, e.getValue());
            }
        }
        return start;
    }

    /**
     * „Standard: Kann Europa …? Jagland: Absolut.“: the first sentence that opens with a label and a colon, when the
     * same label opens at least two sentences of the report and one of them asks a question (the interviewer's). In
     * capitals or not, such a label marks questions and answers.
     */
    private static int questionLabelStart(TextAnalysis analysis) {
        java.util.Map<String, List<Integer>> opened = new java.util.HashMap<>();
        java.util.Set<String> asking = new java.util.HashSet<>();
        for (int i = 0; i < analysis.sentences().size(); i++) {
            List<Token> t = analysis.sentences().get(i).tokens();
            if (t.size() < 3 || !t.get(1).text().equals(":") || !t.get(0).isCapitalised()) {
                continue;
            }
            opened.computeIfAbsent(t.get(0).text(), k -> new ArrayList<>()).add(i);
            if (t.get(t.size() - 1).text().equals("?")) {
                asking.add(t.get(0).text());
            }
        }
        int first = Integer.MAX_VALUE;
        for (var e : opened.entrySet()) {
            if (e.getValue().size() >= 2 && asking.contains(e.getKey())) {
                first = Math.min(first, e.getValue().get(0));
            }
        }
        return first;
    }

    /** The claim's body: its tokens after a „Laut …:“ or „Unbestätigt:“ prefix. */
    public static List<Token> body(List<Token> claim) {
        if (claim.isEmpty()) {
            return claim;
        }
        String first = claim.get(0).text();
        if (first.equals(DraftLabels.UNCONFIRMED.strip().replace(":", ""))
                || first.equals(DraftLabels.SPEAKER.strip())) {
            for (int i = 0; i < claim.size() && i < 8; i++) {
                if (claim.get(i).text().equals(":")) {
                    return claim.subList(i + 1, claim.size());
                }
            }
        }
        return claim;
    }

    private static Set<String> lowerWords(List<Token> claim) {
        Set<String> out = new java.util.HashSet<>();
        claim.forEach(t -> out.add(lower(t.text())));
        return out;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.GERMAN);
    }
}
