package de.ozd.newsroom.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** LanguageTool with the house dictionary. Slow to set up (~20 s), so one checker for all tests. */
class SpellingCheckerIT {

    private static SpellingChecker checker;

    @BeforeAll
    static void load() {
        checker = SpellingChecker.create(Set.of("Talheim"));
    }

    @Test
    void houseWordsAndTransliterationsAreNotReported() {
        List<SpellingChecker.Finding> found =
                checker.check("Kim Jong Un empfing in Pjöngjang Journalisten der KCNA, wie OZD berichtet.");
        assertThat(found).isEmpty();
    }

    @Test
    void extraWordsFromTheEditorAreAccepted() {
        assertThat(checker.check("Der Fluss trat in Talheim über die Ufer.")).isEmpty();
    }

    @Test
    void reportsAMisspelledWordWithSuggestionAndOffsets() {
        String text = "Die Regierung hat das Gesez beschlossen.";
        List<SpellingChecker.Finding> found = checker.check(text);
        assertThat(found).hasSize(1);
        SpellingChecker.Finding f = found.get(0);
        assertThat(text.substring(f.begin(), f.end())).isEqualTo("Gesez");
        assertThat(f.spelling()).isTrue();
        assertThat(f.suggestions()).contains("Gesetz");
    }

    @Test
    void reportsGrammarAsNonSpelling() {
        List<SpellingChecker.Finding> found = checker.check("Das sind die die besten Ideen.");
        assertThat(found).anyMatch(f -> !f.spelling());
    }
}
