package de.ozd.newsroom.language;

import de.ozd.newsroom.language.internal.GermanLexicon;
import java.util.Locale;
import java.util.Set;

/**
 * Closed German word classes the drafting engine and the grounding check share with the analyser, from the one
 * lexicon ({@code lexicon/*.txt} beside {@link GermanLexicon}), so no class keeps its own copy. Immutable.
 */
public final class GermanWords {
    private GermanWords() {}

    /** True for the lemma of a modal verb („sollen“, „wollen“, „können“, „müssen“, „dürfen“, „mögen“). */
    public static boolean isModalVerb(String lemma) {
        return GermanLexicon.get().modalVerbs().contains(lemma.toLowerCase(Locale.GERMAN));
    }

    /** True for a present or subjunctive form of „werden“ („wird“, „werden“, „würde“ …). */
    public static boolean isWerdenForm(String word) {
        return GermanLexicon.get().werdenForms().contains(word.toLowerCase(Locale.GERMAN));
    }

    /** True for a negating word („nicht“, „nie“, „kein“, „niemand“, „nichts“ …). */
    public static boolean isNegation(String word) {
        return GermanLexicon.get().negations().contains(word.toLowerCase(Locale.GERMAN));
    }

    /** True for a word that opens a complement clause („dass“, „ob“, „wie“, „warum“, „inwieweit“ …). */
    public static boolean isComplementizer(String word) {
        return GermanLexicon.get().complementizers().contains(word.toLowerCase(Locale.GERMAN));
    }

    /** True for an inflected verb of saying („sagte“, „erklärte“, „betonte“ …). */
    public static boolean isCueVerb(String word) {
        return GermanLexicon.get().isCueVerb(word);
    }

    /** Every word list of the lexicon these methods read, by file name (for tests that look for copies). */
    public static java.util.Map<String, Set<String>> lists() {
        GermanLexicon l = GermanLexicon.get();
        return java.util.Map.of(
                "modal-verbs", l.modalVerbs(),
                "werden-forms", l.werdenForms(),
                "negations", l.negations(),
                "complementizers", l.complementizers(),
                "hedges", l.hedges(),
                "cue-verbs", l.cueVerbs());
    }
}
