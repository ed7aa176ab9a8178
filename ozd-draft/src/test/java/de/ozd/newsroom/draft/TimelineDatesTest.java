package de.ozd.newsroom.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.model.ArticlePackage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, eleventh round: a year after a long noun names which event („Landtagswahl 2027“), not when the sentence's
 * event happens, and gives no timeline entry. Thirty-first round: a date that starts or ends a span keeps its „seit“, „bis
 * (zum)“ or „ab“ in the label. Reports written for these tests.
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

    @Test
    void aDateThatStartsOrEndsASpanKeepsItsPrepositionInTheLabel() {
        ArticlePackage pkg = DraftTestSupport.draft("Lindenau – Der Torwart des SV Lindenau ist seit Anfang März am"
                + " Knie verletzt. Die Stadt will die Turnhalle bis zum 12. Juni sanieren lassen. Der Rat hatte"
                + " den Umbau im April 2026 beschlossen.\n");
        List<String> entries = DraftLabels.timelineEntries(
                pkg.extras().orElseThrow().paragraphs().get(0));
        // without its preposition the label would date the last match in early March and the works on 12 June
        assertThat(entries)
                .anyMatch(e -> e.startsWith("seit Anfang März – "))
                .anyMatch(e -> e.startsWith("bis zum 12. Juni – "))
                .anyMatch(e -> e.startsWith("im April 2026 – "))
                .noneMatch(e -> e.startsWith("Anfang März") || e.startsWith("12. Juni"));
    }
}
