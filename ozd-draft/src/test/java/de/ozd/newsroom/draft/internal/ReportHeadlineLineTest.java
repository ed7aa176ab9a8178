package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, eleventh round: a report that opens with its own headline line („Stadtrat will Brücke sanieren.“) gives it
 * as a line. A finite modal before a noun is no attribute, so a headline without article is no fragment; a capitalised
 * word with a noun's ending that the tagger calls an adverb is no heading run into the text. Sentences written for this
 * test.
 */
class ReportHeadlineLineTest {

    private static List<String> facts(String text) {
        return ComposedFacts.of("ReportHeadlineLineTest", text, 10);
    }

    @Test
    void aModalBeforeItsObjectIsNoAttribute() {
        assertThat(MeaningGuard.fragment(ComposedFacts.tokens("Stadtrat will Brücke über die Saale sanieren"), true))
                .isEmpty();
        assertThat(facts("Landkreis muss Schulden beim Land zurückzahlen. Lindenau – Der Kreistag tagte am Montag."))
                .contains("Landkreis muss Schulden beim Land zurückzahlen");
    }

    @Test
    void aNounTheTaggerCallsAnAdverbIsNoHeading() {
        // the tagger called such a noun an adverb in a corpus headline („… von Zollunion“)
        assertThat(ClauseInSentence.isFunctionWord(new Token("Zollunion", 30, 39, Pos.ADV, "Zollunion")))
                .isFalse();
        assertThat(ClauseInSentence.isFunctionWord(new Token("Auch", 20, 24, Pos.ADV, "auch")))
                .isTrue();
        // a capitalised adverb inside the clause still shows a heading run into the text
        assertThat(facts("Künftig kostenfrei Auch die Kammer verzichtet auf Gebühren."))
                .noneMatch(f -> f.contains("Auch die Kammer"));
    }

    @Test
    void aPastVerbTheTaggerCallsAnAdjectiveIsTheVerb() {
        // twelfth round: the model read „überquerten“ as an adjective, so the line had no verb and no word order
        assertThat(
                        facts(
                                "Rund 40 Wanderer überquerten verschneite Alpenpässe. Lindenau – Die Bergwacht war im Einsatz."))
                .contains("Rund 40 Wanderer überquerten verschneite Alpenpässe");
    }
}
