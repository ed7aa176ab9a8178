package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.model.Infobox;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, thirty-third round (read on the tuning slices, the development part and the Wikinews development split):
 * a box fact whose statement has fewer than four words leaves what it is about to the sentence before („Das Thema
 * polarisiert“, „Die Herzfrequenz sank“); such lines were read as wrong twice as often as good. A figure in the
 * house's „Stichwort: Wert“ form names what it counts, a speaker's prefix who says so: they stay. Sentences written
 * for this test.
 */
class ShortBoxFactsTest {

    private static final String LEAD = BoxFactsWithoutArticleTest.LEAD;

    @Test
    void aClauseOfThreeWordsIsNoBoxFact() {
        Infobox box = ComposedFacts.box(LEAD + " Das Thema spaltet. Die alte Brücke wird im Sommer abgerissen.\n");
        assertThat(box.facts()).contains("Alte Brücke wird im Sommer abgerissen");
        assertThat(box.facts()).noneMatch(f -> f.contains("spaltet"));
        // counted as the box shows it, without the article
        assertThat(ComposedFacts.box(LEAD + " Die Straße war gesperrt.\n").facts())
                .noneMatch(f -> f.contains("Straße"));
        // a speaker's prefix says who holds it
        Infobox said = ComposedFacts.box(LEAD + " Die Lage sei ernst, sagte Bürgermeisterin Petra Albrecht.\n");
        assertThat(said.facts()).contains("Laut Petra Albrecht: Lage sei ernst");
    }

    @Test
    void aFigureInTheHousesFormStays() {
        Infobox box = ComposedFacts.box(LEAD + " Die Bagatellgrenze liegt bei 5.000 Euro.\n");
        assertThat(box.facts()).contains("Bagatellgrenze: 5.000 Euro");
    }
}
