package de.ozd.newsroom.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.model.ArticlePackage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, coverage: a report that opens with its own verbless headline line („Großbrand in Lagerhalle – 14
 * Verletzte“, „Lagerhalle brannte bis auf die Grundmauern nieder – …“) gets it as the infobox title word for word
 * instead of the placeholder, and a later part of that line
 * fills a thin box when no fact says it already; an opening line that is no headline of its own (a preposition or
 * adverb first, a list of nouns, a question) gives neither. Reports written for this test.
 */
class OpeningHeadlineTest {

    private static ArticlePackage draft(String report) {
        ArticlePackage pkg = DraftTestSupport.engine().draft(DraftRequest.of(report));
        System.out.println("OpeningHeadlineTest: " + pkg.infobox().orElseThrow().title() + " | "
                + pkg.infobox().orElseThrow().facts());
        return pkg;
    }

    private static List<String> groundingErrors(String report, ArticlePackage pkg) {
        return DraftTestSupport.groundingErrors(report, pkg);
    }

    private static final String BODY = "Das Feuer brach am Dienstagabend in einer Halle des Logistikers Brandt aus. "
            + "Die Feuerwehr war mit 120 Kräften im Einsatz. Die Ursache ist noch unklar.\n";

    @Test
    void theLeadWithoutItsAgentBeatsALaterSentenceAsTitle() {
        String report = "Das Landgericht Koblenz hat einen 43-jährigen Mann wegen Betrugs zu drei Jahren Haft"
                + " verurteilt. Er hatte Anleger um 2,4 Millionen Euro gebracht. Das Urteil ist noch nicht"
                + " rechtskräftig.\n";
        ArticlePackage pkg = draft(report);
        assertThat(pkg.infobox().orElseThrow().title())
                .isEqualTo("43-jähriger Mann wegen Betrugs zu drei Jahren Haft verurteilt");
        assertThat(pkg.infobox().orElseThrow().facts()).containsExactly("Urteil ist noch nicht rechtskräftig");
        assertThat(groundingErrors(report, pkg)).isEmpty();
    }

    @Test
    void aVerblessOpeningLineIsTheTitleAndItsSecondPartAFact() {
        String report = "Großbrand in Lagerhalle am Stadtrand – 14 Verletzte.\n" + BODY;
        ArticlePackage pkg = draft(report);
        assertThat(pkg.infobox().orElseThrow().title()).isEqualTo("Großbrand in Lagerhalle am Stadtrand");
        assertThat(pkg.infobox().orElseThrow().facts()).contains("14 Verletzte");
        assertThat(groundingErrors(report, pkg)).isEmpty();
    }

    @Test
    void aSecondPartThatAFactSaysAlreadyIsNotRepeated() {
        String report = "Großbrand in Lagerhalle am Stadtrand – 120 Einsatzkräfte.\n" + BODY;
        ArticlePackage pkg = draft(report);
        assertThat(pkg.infobox().orElseThrow().title()).isEqualTo("Großbrand in Lagerhalle am Stadtrand");
        assertThat(pkg.infobox().orElseThrow().facts())
                .contains("Feuerwehr war mit 120 Kräften im Einsatz")
                .doesNotContain("120 Einsatzkräfte");
    }

    @Test
    void anOpeningClauseBeforeADashIsTheTitleWordForWord() {
        String report = "Lagerhalle brannte bis auf die Grundmauern nieder – 14 Verletzte.\n" + BODY;
        ArticlePackage pkg = draft(report);
        assertThat(pkg.infobox().orElseThrow().title()).isEqualTo("Lagerhalle brannte bis auf die Grundmauern nieder");
        assertThat(groundingErrors(report, pkg)).isEmpty();
    }

    @Test
    void anOpeningClauseWithItsSpeakerOutsideOrAKonjunktivIsNoTitle() {
        for (String opening : List.of(
                "Feuerwehr: Lagerhalle brannte bis auf die Grundmauern nieder.\n", // the speaker is the prefix
                "Lagerhalle brannte bis auf die Grundmauern nieder, sagt die Feuerwehr.\n",
                "Lagerhalle wäre ohne Sprinkler niedergebrannt.\n")) { // a counterfactual
            ArticlePackage pkg = draft(opening + "Ein Lager brannte.\n" + BODY);
            assertThat(pkg.infobox().orElseThrow().title()).as(opening).isEqualTo("Ein Lager brannte");
        }
    }

    @Test
    void anOpeningLineThatIsNoHeadlineOfItsOwnIsNoTitle() {
        for (String opening : List.of(
                "Seit Dienstag in der Kritik – ",
                "Auch scharfe Kritik der Grünen – ",
                "Holzspielzeug und Traditionsware – ",
                "Kommt das Verbot für Feuerwerk? ",
                "Brandschutz im Lager- Kritik an der Stadt – ")) {
            ArticlePackage pkg = draft(opening + "Ein Lager brannte.\n" + BODY);
            // the title is the first clause that gives one, not the opening line
            assertThat(pkg.infobox().orElseThrow().title()).as(opening).isEqualTo("Ein Lager brannte");
        }
    }

    @Test
    void anOpeningLineThatStartsWithAVerbOrPrepositionTheTaggerTookForANounIsNoTitle() {
        // „War“ and „Samt“ are tagged as nouns at the start of a line: no subject, or a preposition first
        assertThat(draft("War mit seinem Wagen ins Schleudern gekommen. " + BODY)
                        .infobox()
                        .orElseThrow()
                        .title())
                .doesNotStartWith("War mit");
        assertThat(draft("Samt 300 Mitarbeitern – Der Konzern verkauft seine Sparte. " + BODY)
                        .infobox()
                        .orElseThrow()
                        .title())
                .doesNotStartWith("Samt");
    }
}
