package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.GermanWords;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Sentence;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a clause can give a fact that stands on its own: the report asserts its content (not an
 * indirect question, a condition, a purpose or a clause under „bezweifeln“, „hoffen“ …); its
 * verb's object or complement is not a following „dass/ob/wie …“ clause or zu-infinitive cut off
 * from it; and the fact has no pronoun pointing elsewhere („ihm“, „es so“, „das“, „darauf“) and
 * does not open with a demonstrative („Dieser Passus …“).
 * Stateless apart from the analysis.
 */
final class Completeness {

    /** Conjunctions whose clause the report does not state as fact. */
    private static final Set<String> NOT_ASSERTING = Set.of(
            "ob", "wenn", "falls", "sofern", "damit", "bis", "ehe", "ohne", "statt", "anstatt", "soweit", "solange",
            "sobald");

    private static final Set<String> FREE_INFINITIVE = Set.of("um", "ohne", "statt", "anstatt", "außer");
    private static final Set<String> PERSONAL = Set.of(
            "er", "sie", "es", "ihm", "ihn", "ihr", "ihnen", "wir", "uns", "ich", "mir", "mich", "euch", "du", "dir",
            "dich", "man");
    private static final Set<String> DEMONSTRATIVE = Set.of(
            "das", "dies", "diese", "dieser", "dieses", "jene", "jener", "jenes", "dem", "den", "denen", "deren",
            "dessen");
    /** Nouns of time: a demonstrative before one („in diesem Jahr“) points at no earlier sentence. */
    static final Set<String> TIMES = Set.of(
            "jahr",
            "monat",
            "woche",
            "tag",
            "zeit",
            "sommer",
            "winter",
            "frühjahr",
            "frühling",
            "herbst",
            "jahrzehnt",
            "jahrhundert",
            "saison",
            "quartal",
            "halbjahr",
            "wochenende",
            "morgen",
            "abend",
            "nacht",
            "moment",
            "stunde");

    private static final Set<String> PREPOSITIONS = Set.of(
            "auf",
            "für",
            "von",
            "an",
            "über",
            "zu",
            "um",
            "gegen",
            "aus",
            "unter",
            "vor",
            "hinter",
            "mit",
            "bei",
            "nach",
            "durch",
            "neben",
            "zwischen",
            "in");

    private final TextAnalysis analysis;
    private final VerbArguments lexicon;

    Completeness(TextAnalysis analysis, VerbArguments lexicon) {
        this.analysis = analysis;
        this.lexicon = lexicon;
    }

    /** True if the clause states a fact of the report and keeps what its verb needs. */
    boolean isComplete(Clause c) {
        List<Token> s = sentence(c).tokens();
        int first = s.indexOf(c.tokens().get(0));
        int last = s.indexOf(c.tokens().get(c.tokens().size() - 1));
        if (first < 0 || last < 0) {
            return false;
        }
        String conjunction = conjunction(s, first);
        String opening = Phrases.lower(c.tokens().get(0).text());
        boolean question = GermanWords.isComplementizer(opening)
                && !Phrases.isDass(opening)
                && c.tokens().stream().anyMatch(Phrases::isVerb);
        return !NOT_ASSERTING.contains(conjunction)
                && !question
                && !conditional(s)
                && !(Phrases.isDass(conjunction) && nonAssertiveMatrix(s, first))
                && !opensComplement(s, last + 1)
                && !(c.subordinate() && sharesFiniteVerb(c, s, last + 1));
    }

    /**
     * „dass das Gesetz die Normenflut verringern und dafür sorgen wird“: a verb-final conjunct
     * without an auxiliary, followed by one that ends in verb and auxiliary, shares that auxiliary
     * when both verbs have the same form (infinitive or participle). „dass Truppen kämpfen und
     * Verluste erlitten haben“ does not: „kämpfen“ is finite there, as the participle shows.
     */
    private static boolean sharesFiniteVerb(Clause c, List<Token> s, int from) {
        List<Token> own = c.tokens();
        Token verb = own.get(own.size() - 1);
        if (from >= s.size()
                || s.get(from).pos() != Pos.CCONJ
                || verb.pos() != Pos.VERB
                || own.stream().anyMatch(t -> t.pos() == Pos.AUX)) {
            return false;
        }
        int end = from;
        while (end < s.size() && !ClauseSplitter.endsPart(s, end)) {
            end++;
        }
        int k = end - 1;
        while (k > from && s.get(k).pos() == Pos.AUX) {
            k--;
        }
        return k < end - 1 && s.get(k).pos() == Pos.VERB && looksInfinitive(s.get(k)) == looksInfinitive(verb);
    }

    private static boolean looksInfinitive(Token verb) {
        return Phrases.lower(verb.text()).equals(Phrases.lower(verb.lemma()));
    }

    /** True if the tokens of a fact name no one by pronoun and point nowhere else. */
    static boolean isSelfContained(List<Token> fact) {
        for (int i = 0; i < fact.size(); i++) {
            if (pointsBack(fact, i)) {
                return false; // „Dieser Passus sollte wegfallen“: which one, the report said before
            }
        }
        boolean existential =
                fact.stream().anyMatch(t -> Phrases.lower(t.lemma()).equals("geben"));
        for (int i = 0; i < fact.size(); i++) {
            Token t = fact.get(i);
            String w = Phrases.lower(t.text());
            boolean personal = PERSONAL.contains(w) && t.pos() == Pos.PRON && !(w.equals("es") && existential);
            boolean standing = DEMONSTRATIVE.contains(w)
                    && (t.pos() == Pos.PRON
                            || i + 1 >= fact.size()
                            || Phrases.isVerb(fact.get(i + 1))
                            || fact.get(i + 1).isPunctuation()
                            || fact.get(i + 1).pos().isAdposition());
            if (personal || standing || isPronominalAdverb(w)) {
                return false;
            }
        }
        return true;
    }

    /** A demonstrative before a noun („diese Linie“), but not before a time („in diesem Jahr“). */
    private static boolean pointsBack(List<Token> fact, int i) {
        Token t = fact.get(i);
        if (t.pos() != Pos.DET || !Phrases.lower(t.text()).matches("(dies|jen)(e|er|es|em|en)")) {
            return false;
        }
        int k = i + 1;
        while (k < fact.size() && fact.get(k).pos() == Pos.ADJ) {
            k++;
        }
        return k >= fact.size() || !TIMES.contains(Phrases.lower(fact.get(k).lemma()));
    }

    /** „darauf“, „dafür“, „davon“: points at something outside the clause. */
    private static boolean isPronominalAdverb(String w) {
        return PREPOSITIONS.stream().anyMatch(p -> VerbArguments.isPronominalAdverb(w, p))
                && !Set.of("dabei", "damit", "dadurch", "danach").contains(w);
    }

    private Sentence sentence(Clause c) {
        return analysis.sentences().get(c.sentence());
    }

    /** The subordinating conjunction before the clause („dass“, „wenn“), lower case, or "". */
    private static String conjunction(List<Token> s, int first) {
        for (int i = first - 1; i >= 0; i--) {
            Token t = s.get(i);
            if (t.pos() == Pos.SCONJ) {
                return Phrases.lower(t.text());
            }
            if (t.pos() != Pos.CCONJ && !t.isPunctuation()) {
                return "";
            }
        }
        return "";
    }

    /** A sentence with a condition („Wenn das Land zahlt, beginnen …“): no clause of it is fact. */
    private static boolean conditional(List<Token> s) {
        return s.stream()
                .anyMatch(t -> t.pos() == Pos.SCONJ
                        && Set.of("wenn", "falls", "sofern").contains(Phrases.lower(t.text())));
    }

    /** True if the verb of the clause before the dass-clause does not assert it. */
    private boolean nonAssertiveMatrix(List<Token> s, int first) {
        int end = first - 1;
        while (end >= 0 && !s.get(end).text().equals(",")) {
            end--;
        }
        int begin = end - 1;
        while (begin > 0 && !s.get(begin - 1).text().equals(",")) {
            begin--;
        }
        return end > 0 && lexicon.isNonAssertive(VerbArguments.verbs(s.subList(Math.max(0, begin), end)));
    }

    /**
     * True if the tokens from {@code from} open the verb's complement: after a comma, a
     * dass/ob/w-clause (not „wie … sagte“, which says who speaks) or a zu-infinitive (not „um … zu“).
     */
    private boolean opensComplement(List<Token> s, int start) {
        int from = start;
        if (from < s.size() && ClauseSplitter.isDash(s, from)) {
            // „… ist der Eindruck entstanden – vielleicht durch ein paar Kollegen –, dass …“: past the aside
            int close = from + 1;
            while (close < s.size() && !ClauseSplitter.isDash(s, close)) {
                close++;
            }
            if (close + 1 < s.size() && s.get(close + 1).text().equals(",")) {
                from = close + 1;
            }
        }
        int i = from;
        while (i < s.size() && s.get(i).text().equals(",")) {
            i++;
        }
        if (i == from || i >= s.size()) {
            return false;
        }
        List<Token> next = new ArrayList<>();
        for (int k = i; k < s.size() && !ClauseSplitter.endsPart(s, k); k++) {
            next.add(s.get(k));
        }
        if (next.isEmpty()) {
            return false;
        }
        String first = Phrases.lower(next.get(0).text());
        if (Phrases.isDass(first)) {
            return true; // its verb may come only after an embedded clause („dass jeder, der …, zahlt“)
        }
        if (GermanWords.isComplementizer(first)) {
            return next.stream().anyMatch(Phrases::isVerb) && !isSourceClause(next);
        }
        return !FREE_INFINITIVE.contains(first) && isZuInfinitive(next);
    }

    private boolean isSourceClause(List<Token> clause) {
        return analysis.attributions().stream()
                .anyMatch(a -> a.cue().startsWith("wie")
                        && a.speakerBegin() >= clause.get(0).begin()
                        && a.speakerEnd() <= clause.get(clause.size() - 1).end());
    }

    /** „die Bürger zu spät informiert zu haben“, „eigene Vorschläge vorzulegen“. */
    static boolean isZuInfinitive(List<Token> clause) {
        for (int i = 0; i + 1 < clause.size(); i++) {
            if (Phrases.lower(clause.get(i).text()).equals("zu")
                    && clause.get(i).pos() == Pos.PART
                    && Phrases.isVerb(clause.get(i + 1))) {
                return true;
            }
        }
        Token last = clause.get(clause.size() - 1);
        return clause.size() > 1
                && Phrases.isVerb(last)
                && Phrases.lower(last.text())
                        .matches("(ab|an|auf|aus|bei|ein|fest|mit|nach|vor|weg|"
                                + "zurück|zusammen|her|hin|los|teil|dar)zu\\p{L}+en");
    }
}
