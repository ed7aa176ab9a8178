package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.GermanWords;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The shortest headline shape: a number phrase and the clause's participle („neun
 * nordkoreanische Soldaten getötet“). German headlines read a bare participle as done, so the
 * shape is only used for a clause in the past or perfect without a modal, a future „werden“ or a
 * negation: „Die ersten 20 Fahrzeuge sollen im April 2027 ausgeliefert werden“ is not „20
 * Fahrzeuge ausgeliefert“. Stateless.
 */
final class NumberHeadline {
    private NumberHeadline() {}

    /** A weak age adjective („39-jährige“ after „der“), no count. */
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d[\\d.,]*-\\p{L}+(e|en)");

    /** „neun nordkoreanische Soldaten getötet“: a number phrase and the clause's participle. */
    static Optional<List<Token>> of(Clause c, Phrases phrases, List<Token> sentence) {
        List<Token> t = c.tokens();
        if (!isDone(t) || needsPhrase(t, phrases) || hasHaben(sentence) || !isPassiveOrSeinPerfect(t)) {
            return Optional.empty(); // „Diamond hat … und mehrere Goldmedaillen gewonnen“: an object, not what was done
        }
        if (t.stream().anyMatch(x -> MeaningGuard.isDayWord(x) && MeaningGuard.boundsCount(t, List.of(x)))) {
            return Optional.empty(); // „Bis zum Wochenende waren 10.000 Karten verkauft“: that day's count, not a total
        }
        for (int i = 0; i < t.size(); i++) {
            if (!FactComposer.isNumberWord(t.get(i))
                    || AGE.matcher(t.get(i).text()).matches() // „Der 39-jährige Schlepper“: an age
                    || insidePhrase(t, i)
                    || i > 0 && t.get(i - 1).pos().isAdposition()
                    || i > 1
                            && t.get(i - 2).pos().isAdposition()
                            && t.get(i - 1).pos() != Pos.NOUN) { // „nach nur zehn Monaten“
                continue; // „für vier Fähren“: a prepositional object is not what the participle is about
            }
            int head = i + 1;
            while (head < t.size() && t.get(head).pos() == Pos.ADJ) {
                head++;
            }
            if (head >= t.size() || t.get(head).pos() != Pos.NOUN) {
                continue;
            }
            Optional<Integer> participle = participle(t, head + 1)
                    .filter(p -> !Set.of("werden", "sein", "haben")
                            .contains(t.get(p).lemma().toLowerCase(Locale.GERMAN)));
            if (participle.isPresent() && isObjectOfActivePerfect(t, i)) {
                continue; // „Verdi hat die 650 Beschäftigten … aufgerufen“: they did not call, they were called
            }
            if (participle.isPresent()) {
                String approximator = MeaningGuard.approximator(t, i); // „mindestens sieben“ stays approximate
                int from = approximator.isEmpty() ? i : i - approximator.split(" ").length;
                List<Token> out = new ArrayList<>(t.subList(from, head + 1));
                int p = participle.get();
                if (p - 1 > head && isManner(t.get(p - 1))) {
                    out.add(t.get(p - 1)); // „schwer verletzt“, not „verletzt“
                }
                out.add(t.get(p));
                return Optional.of(out);
            }
        }
        return Optional.empty();
    }

    /**
     * „wurden … getötet“, „sind … geschlüpft“: the number phrase is the subject. An active clause („Guo hatte … tausende
     * Frauen beraten“) has its subject elsewhere, and the headline would lose who did it.
     */
    private static boolean isPassiveOrSeinPerfect(List<Token> t) {
        return t.stream()
                .anyMatch(x -> x.pos().isVerb()
                        && (GermanWords.isWerdenForm(x.text().toLowerCase(Locale.GERMAN))
                                || x.lemma().equalsIgnoreCase("sein")
                                || Set.of(
                                                "ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären", "wurde",
                                                "wurden", "worden", "wird", "werden")
                                        .contains(x.text().toLowerCase(Locale.GERMAN))));
    }

    /** A form of „haben“ in the sentence: a perfect with a subject of its own, whose object the number phrase is. */
    private static boolean hasHaben(List<Token> sentence) {
        return sentence.stream().anyMatch(x -> Phrases.isVerb(x) && x.lemma().equalsIgnoreCase("haben"));
    }

    /**
     * The number is not where a noun phrase starts: inside a prepositional phrase („in den ersten zehn Monaten“),
     * after a partitive („zwölf der 16“) or right after a name („Half-Life 2“).
     */
    private static boolean insidePhrase(List<Token> t, int i) {
        int k = i - 1;
        while (k >= 0 && (t.get(k).pos() == Pos.ADJ || t.get(k).pos() == Pos.DET)) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        Token before = t.get(k);
        return before.pos().isAdposition() || before.pos() == Pos.NUM || before.pos() == Pos.PROPN && k == i - 1;
    }

    /** True if the clause is in the past or perfect, without modal, future or negation. */
    private static boolean isDone(List<Token> t) {
        for (Token x : t) {
            String w = x.text().toLowerCase(Locale.GERMAN);
            boolean modal = Phrases.isVerb(x) && GermanWords.isModalVerb(x.lemma());
            if (modal || GermanWords.isWerdenForm(w) || GermanWords.isNegation(w)) {
                return false;
            }
        }
        return true;
    }

    /** True if the clause has a phrase its verb needs („in Kraft“, „auf Wasserstoff“). */
    private static boolean needsPhrase(List<Token> t, Phrases phrases) {
        java.util.Set<String> verbs = VerbArguments.verbs(t);
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).pos().isAdposition()
                    && phrases.isArgument(t, i, verbs)
                    && !SpeakerPrefix.isSourceWord(t.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** An adverbial adjective that says how („schwer“, „leicht“, „tödlich“). */
    private static boolean isManner(Token t) {
        return t.pos() == Pos.ADJ
                || t.pos() == Pos.ADV && Compressor.isKeptAdverb(t.text().toLowerCase(Locale.GERMAN));
    }

    /** True if an AUX „haben“ stands before the number phrase at {@code i}: it is an object then. */
    private static boolean isObjectOfActivePerfect(List<Token> t, int i) {
        for (int k = 0; k < i; k++) {
            if (t.get(k).pos() == Pos.AUX && t.get(k).lemma().equalsIgnoreCase("haben")) {
                return true;
            }
        }
        return false;
    }

    /** Index of the clause's final participle (before trailing auxiliaries), if there is one. */
    private static Optional<Integer> participle(List<Token> t, int from) {
        int end = t.size();
        while (end > from && t.get(end - 1).pos() == Pos.AUX) {
            end--;
        }
        if (end <= from) {
            return Optional.empty();
        }
        Token last = t.get(end - 1);
        if (end - 3 >= from
                && t.get(end - 2).pos() == Pos.NOUN
                && t.get(end - 3).pos().isAdposition()) {
            return Optional.empty(); // „ums Leben gekommen“: the participle alone would say otherwise
        }
        boolean looksLikeParticiple =
                last.pos() == Pos.VERB && !last.lemma().equalsIgnoreCase(last.text()) && isParticipleShape(last.text());
        return looksLikeParticiple ? Optional.of(end - 1) : Optional.empty();
    }

    /** „getötet“, „eingesetzt“, „verletzt“, „informiert“ – not „kommt“ (a finite verb). */
    static boolean isParticipleShape(String w) {
        String x = w.toLowerCase(Locale.GERMAN);
        if (!(x.endsWith("t") || x.endsWith("en"))) {
            return false;
        }
        int ge = x.indexOf("ge");
        boolean prefixedGe = ge >= 0 && ge <= 5 && x.length() > ge + 4;
        boolean inseparable = x.matches("(be|ent|er|ver|zer|emp|miss).{3,}");
        return prefixedGe || inseparable || x.endsWith("iert");
    }
}
