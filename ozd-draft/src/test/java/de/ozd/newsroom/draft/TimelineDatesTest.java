package de.ozd.newsroom.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.model.ArticlePackage;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, eleventh round: a year after a long noun names which event („Landtagswahl 2027“), not when the sentence's
 * event happens, and gives no timeline entry. Report written for this test.
 */
class TimelineDatesTest {

    @Test
    void aYearThatNamesAnEventDatesNoEntry() {
        ArticlePackage pkg =
                DraftTestSupport.draft("Lindenau – Die SPD in Lindenau hat im März 2026 einen neuen Vorstand"
                        + " gewählt. Die Entscheidung über die Spitzenkandidatin für die Landtagswahl 2027 soll im Herbst fallen."
                        + " Im Jahr 2021 hatte die Partei zwei Sitze verloren.\n");
        String extras = String.join(" ", pkg.extras().orElseThrow().paragraphs());
        assertThat(extras).contains("im März 2026 –").contains("2021 –").doesNotContain("2027 –");
    }
}
