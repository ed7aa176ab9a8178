package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.model.Infobox;
import de.ozd.newsroom.draft.DraftTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, twenty-sixth round (tuned on the tuning slices, the development part and the Wikinews development split):
 * where the lead gives no headline, the title may come from the second or third sentence, and there a subject of
 * article and noun alone names what the lead introduced („Der Waggon brannte aus“ after „… setzte einen Waggon in
 * Brand“, „Die Fracht wog …“ after „Der Raumfrachter …“), and a pluperfect tells what had happened before the news
 * („Beim Anflug hatte die Maschine …“). Neither stands alone as a title. The body's first sentence after a teaser,
 * which opens with its dateline („Lindenau – Die Wasserpreise steigen …“) or follows a teaser question, is the lead and
 * keeps its title. Sentences written for this test.
 */
class TitlesAfterTheLeadTest {

    private static final String LONG_LEAD = "Am Freitagnachmittag hat ein offenbar verwirrter Mann im Bahnhof von"
            + " Lindenau einen Waggon eines Regionalzugs angezündet, während Reisende noch auf dem Bahnsteig standen"
            + " und auf die Abfahrt nach Talheim warteten.";

    private static Infobox box(String report) {
        return DraftTestSupport.draft(report).infobox().orElseThrow();
    }

    @Test
    void aDefiniteSubjectAfterTheLeadIsNoTitle() {
        Infobox box = box(LONG_LEAD + " Der Waggon brannte vollständig aus. Zwölf Menschen wurden leicht verletzt.\n");
        assertThat(box.title()).doesNotContain("Waggon brannte");
        assertThat(ComposedFacts.lines(box)).anyMatch(f -> f.contains("Waggon brannte vollständig aus"));
    }

    @Test
    void aDefiniteSubjectAfterAFrontedAdverbialIsNoTitle() {
        Infobox box = box("Nach monatelangem Streit um die Hallenmiete hat der Boxverband von Lindenau seinen Vertrag"
                + " mit der Stadthalle gekündigt, obwohl dort seit Jahrzehnten die wichtigsten Kämpfe des Landes"
                + " ausgetragen wurden. Am Samstag verteidigt der Europameister in Talheim seinen Titel.\n");
        assertThat(box.title()).doesNotContain("Europameister");
    }

    @Test
    void aPluperfectAfterTheLeadIsNoTitle() {
        Infobox box = box(LONG_LEAD + " Im Wartesaal hatte ein Mann zwei Reisende bedroht.\n");
        assertThat(box.title()).doesNotContain("hatte");
    }

    @Test
    void theBodysFirstSentenceAfterATeaserKeepsItsTitle() {
        Infobox box = box("Verbraucher müssen ab Januar tiefer in die Tasche greifen, die Opposition spricht von einer"
                + " Zumutung für Familien mit kleinen Kindern und Rentner in der ganzen Region.\n"
                + "Lindenau – Die Wasserpreise steigen im kommenden Jahr um acht Prozent. Das hat der Stadtrat am"
                + " Dienstag beschlossen.\n");
        assertThat(box.title()).contains("Wasserpreise steigen im kommenden Jahr um acht Prozent");
    }

    @Test
    void theSentenceAfterATeaserQuestionIsTheLead() {
        Infobox box = box("Wird das Wasser in Lindenau teurer?\n"
                + "Die Stadtwerke erhöhen die Wasserpreise um acht Prozent. Das hat der Stadtrat am Dienstag"
                + " beschlossen.\n");
        assertThat(box.title()).contains("Stadtwerke erhöhen die Wasserpreise um acht Prozent");
    }
}
