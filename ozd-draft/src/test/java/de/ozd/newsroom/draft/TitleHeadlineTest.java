package de.ozd.newsroom.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Infobox;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, sixteenth round: the infobox title in the house's headline style. A title starts without the article of
 * its subject („Der Zweckverband erhöht …“ → „Zweckverband erhöht …“; an adjective takes its form without article),
 * unless that form is not certain („die Grünen“, „der erst 2019 gegründete Verein“); the box does not repeat the
 * title in the form with article. When the lead gives no headline of ten words, the report's own headline line – a
 * first sentence that is one clause – is the title whole, up to twelve words, rather than the placeholder. Reports
 * written for this test.
 */
class TitleHeadlineTest {

    /** The infobox of the report's draft, printed; the draft has no grounding error. */
    static Infobox box(String report) {
        ArticlePackage pkg = DraftTestSupport.engine().draft(DraftRequest.of(report));
        Infobox box = pkg.infobox().orElseThrow();
        System.out.println("TitleHeadlineTest: " + box.title() + " | " + box.facts());
        assertThat(DraftTestSupport.groundingErrors(report, pkg)).isEmpty();
        return box;
    }

    /** The box's title and facts, the lines a test reads for what the box says. */
    static java.util.List<String> titleAndFacts(Infobox box) {
        java.util.List<String> out = new java.util.ArrayList<>(box.facts());
        out.add(0, box.title());
        return out;
    }

    @Test
    void aTitleStartsWithoutTheArticleOfItsSubject() {
        Infobox box = box("Der Zweckverband erhöht die Abwassergebühren in Lindenau um zwölf Prozent. "
                + "Der Gemeinderat hatte im Mai zugestimmt. Ein Haushalt zahlt damit im Schnitt 38 Euro mehr.\n");
        assertThat(box.title()).isEqualTo("Zweckverband erhöht die Abwassergebühren in Lindenau um zwölf Prozent");
    }

    @Test
    void anAdjectiveOfTheSubjectTakesItsFormWithoutArticle() {
        Infobox box = box("Der neue Bürgermeister hat sein Amt angetreten. "
                + "Er löst nach 16 Jahren Hans Rieger ab. Die Vereidigung fand im Rathaus statt.\n");
        assertThat(box.title()).isEqualTo("Neuer Bürgermeister hat sein Amt angetreten");
    }

    @Test
    void theArticleStaysWhereTheFormWithoutItIsNotCertain() {
        assertThat(box("Die Grünen wollen im Landtag einen Antrag zum Nahverkehr stellen. "
                                + "Die Fraktion hat dafür 14 Unterschriften gesammelt.\n")
                        .title())
                .isEqualTo("Die Grünen wollen im Landtag einen Antrag zum Nahverkehr stellen");
        assertThat(box("Der erst 2019 gegründete Verein zählt 400 Mitglieder. "
                                + "Er betreibt zwei Sportplätze am Stadtrand.\n")
                        .title())
                .isEqualTo("Der erst 2019 gegründete Verein zählt 400 Mitglieder");
    }

    @Test
    void theBoxDoesNotRepeatTheTitleWithItsArticle() {
        Infobox box = box("Der neue Bürgermeister hat sein Amt angetreten. "
                + "Er löst nach 16 Jahren Hans Rieger ab. Die Vereidigung fand im Rathaus statt.\n");
        assertThat(box.facts()).noneMatch(f -> f.contains("Bürgermeister hat sein Amt"));
    }

    @Test
    void theReportsOwnHeadlineLineIsTheTitleWholeWhenTheLeadGivesNoShortOne() {
        Infobox box = box("Kreistag bewilligt nach langem Streit 4,2 Millionen Euro für die Kreisklinik Borna.\n"
                + "„Das ist ein gutes Signal für die Beschäftigten“, sagte Landrätin Petra Albrecht. "
                + "Ob das Geld reicht, wird sich zeigen, meinte sie.\n");
        assertThat(box.title())
                .isEqualTo("Kreistag bewilligt nach langem Streit 4,2 Millionen Euro für die Kreisklinik Borna");
    }

    @Test
    void aLeadSentenceCutAtACommaIsNoLongTitle() {
        Infobox box = box("Nach zwei Jahren Streit hat der Kreistag 4,2 Millionen Euro für die Kreisklinik Borna"
                + " bewilligt, die seit Monaten rote Zahlen schreibt.\n"
                + "„Das ist ein gutes Signal für die Beschäftigten“, sagte Landrätin Petra Albrecht.\n");
        assertThat(box.title()).doesNotContain("Kreisklinik Borna bewilligt");
    }
}
