package de.ozd.newsroom.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseChecker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grounding check on a report and packages written for this test. */
class GroundingRuleTest {

    private static final String REPORT = String.join(
            "\n",
            "Die Stadt Kranstedt hat am Montag die alte Hafenbrücke gesperrt. Nach Angaben der "
                    + "Stadtwerke sind 40 Pfeiler beschädigt.",
            "Bürgermeister Jan Ohlsen sagte, die Reparatur werde mindestens neun Monate dauern. Die "
                    + "Kosten sollen bei rund 12 Millionen Euro liegen.");

    private static String pkg(String infobox, String point, String answer) {
        return String.join(
                "\n",
                "Die Stadt Kranstedt hat am Montag die alte Hafenbrücke gesperrt. OZD",
                "OZD-Kommentar – Eine Brücke zu viel",
                "Die Stadt hätte früher handeln müssen.",
                "",
                "Mini-Infobox",
                "Hafenbrücke gesperrt",
                infobox,
                "Laut Ohlsen: Reparatur dauert mindestens neun Monate",
                "Kosten sollen bei rund 12 Millionen Euro liegen",
                "OZD-Analyse",
                "Verkehr",
                "a) " + point,
                "b) Hafenbrücke bleibt gesperrt",
                "",
                "Erklärungen",
                "Wer ist Jan Ohlsen?",
                answer,
                "Alle Angaben ohne Gewähr. Titelbild dpa.");
    }

    private static List<String> check(String pkgText) {
        GroundingRule rule =
                GroundingRule.forSource(DraftTestSupport.analyzer(), REPORT, ExplainerLibrary.empty(), HouseConfig.OZD);
        return HouseChecker.ozd().with(rule).check(pkgText).stream()
                .filter(d -> d.rule().startsWith("OZD1"))
                .map(d -> d.format("p"))
                .toList();
    }

    @Test
    void flagsANumberNotInTheReportAtItsColumn() {
        List<String> found = check(pkg(
                "Laut Stadtwerken: 45 Pfeiler beschädigt",
                "Sperrung seit Montag",
                "Jan Ohlsen ist Bürgermeister von Kranstedt."));
        assertThat(found)
                .containsExactly("p:7:19: error[OZD101] Nicht belegt: „45“ steht weder im "
                        + "Bericht noch in der Erklärbibliothek – belegen Sie die Angabe oder streichen Sie sie.");
    }

    @Test
    void flagsANameNotInTheReport() {
        List<String> found = check(pkg(
                "Laut Stadtwerken: 40 Pfeiler beschädigt",
                "Land Niedersachsen soll zahlen",
                "Jan Ohlsen ist Bürgermeister von Kranstedt."));
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).startsWith("p:12:").contains("error[OZD101]", "Niedersachsen");
    }

    @Test
    void flagsACertaintyUpgradeOverAReportedFigure() {
        List<String> found = check(pkg(
                "Offiziell bestätigt: 40 Pfeiler beschädigt",
                "Sperrung seit Montag",
                "Jan Ohlsen ist Bürgermeister von Kranstedt."));
        assertThat(found).anyMatch(s -> s.startsWith("p:7:1: error[OZD102]") && s.contains("„Offiziell“"));
        assertThat(found).anyMatch(s -> s.startsWith("p:7:11: error[OZD102]") && s.contains("„bestätigt“"));
    }

    @Test
    void aCertaintyWordTakenWithItsHedgeIsNoUpgrade() {
        String report =
                "Die Messe beginnt im Mai. Die offizielle Eröffnung soll am 3. Mai im " + "Rathaus stattfinden.";
        GroundingRule rule =
                GroundingRule.forSource(DraftTestSupport.analyzer(), report, ExplainerLibrary.empty(), HouseConfig.OZD);
        String hedged = String.join(
                "\n",
                report + " OZD",
                "Mini-Infobox",
                "Die Messe",
                "Die offizielle Eröffnung soll am 3. Mai stattfinden",
                "Alle Angaben ohne Gewähr.");
        String sure = hedged.replace("soll am 3. Mai stattfinden", "findet am 3. Mai statt");
        assertThat(HouseChecker.ozd().with(rule).check(hedged))
                .noneMatch(d -> d.rule().equals("OZD102"));
        assertThat(HouseChecker.ozd().with(rule).check(sure))
                .anyMatch(d -> d.rule().equals("OZD102"));
    }

    @Test
    void warnsWhenAFactDropsTheReportsAttribution() {
        List<String> found = check(
                pkg("40 Pfeiler beschädigt", "Sperrung seit Montag", "Jan Ohlsen ist Bürgermeister von Kranstedt."));
        assertThat(found)
                .singleElement()
                .asString()
                .startsWith("p:7:1: warning[OZD103]")
                .contains("Stadtwerke");
    }

    @Test
    void acceptsWordsNumbersAndDatesInAnotherForm() {
        // „neun“ = 9, „Kranstedts“ = Kranstedt, „12 Millionen Euro“ as in the report
        List<String> found = check(pkg(
                "Laut Stadtwerken: 40 Pfeiler beschädigt",
                "Kranstedts Brücke 9 Monate dicht",
                "Jan Ohlsen ist Bürgermeister von Kranstedt."));
        assertThat(found).isEmpty();
    }

    @Test
    void skipsEditorPlaceholdersAndUsesTheLibraryForAnswers() {
        String withPlaceholder = pkg(
                "Laut Stadtwerken: 40 Pfeiler beschädigt",
                "Sperrung seit Montag",
                "[Redaktion: Antwort ergänzen – seit 2019 im Amt?]");
        assertThat(check(withPlaceholder)).isEmpty();
        ExplainerLibrary library = ExplainerLibrary.parse(
                String.join("\n", "= Jan Ohlsen", "? Wer ist Jan Ohlsen?", "Jan Ohlsen ist seit 2019 Bürgermeister."),
                "test");
        GroundingRule rule = GroundingRule.forSource(DraftTestSupport.analyzer(), REPORT, library, HouseConfig.OZD);
        String answer = pkg(
                "Laut Stadtwerken: 40 Pfeiler beschädigt",
                "Sperrung seit Montag",
                "Jan Ohlsen ist seit 2019 Bürgermeister.");
        List<Diagnostic> found = HouseChecker.ozd().with(rule).check(answer).stream()
                .filter(d -> d.rule().startsWith("OZD1"))
                .toList();
        assertThat(found).isEmpty();
        assertThat(check(answer)).singleElement().asString().contains("„seit 2019“");
    }

    @Test
    void aDroppedHedgeIsFlaggedOnEveryLineThatCarriesTheClaim() {
        String report = "Die Stadt kauft neue Busse. Die ersten 20 Fahrzeuge sollen im April 2027 "
                + "ausgeliefert werden. Der Kauf kostet 30 Millionen Euro.";
        GroundingRule rule =
                GroundingRule.forSource(DraftTestSupport.analyzer(), report, ExplainerLibrary.empty(), HouseConfig.OZD);
        String pkg = String.join(
                "\n",
                report + " OZD",
                "Mini-Infobox",
                "Neue Busse",
                "20 Fahrzeuge ausgeliefert",
                "Der Kauf kostet 30 Millionen Euro",
                "OZD-Analyse",
                "Verkehr",
                "a) Die ersten 20 Fahrzeuge werden im April 2027 ausgeliefert",
                "b) Der Kauf kostet 30 Millionen Euro",
                "",
                "Alle Angaben ohne Gewähr.",
                "OZD-Extras",
                "Zeitleiste laut Bericht: im April 2027 – 20 Fahrzeuge werden ausgeliefert; 2028 – Der "
                        + "Kauf kostet 30 Millionen Euro.");
        List<Diagnostic> found = HouseChecker.ozd().with(rule).check(pkg).stream()
                .filter(d -> d.rule().startsWith("OZD1"))
                .toList();
        // the participle headline states as done what the report plans: a certainty upgrade
        assertThat(found)
                .anyMatch(d -> d.line() == 4
                        && d.rule().equals("OZD102")
                        && d.message().contains("„sollen“"));
        // the analysis point and the timeline entry drop the hedge „sollen“
        assertThat(found).anyMatch(d -> d.line() == 8 && d.rule().equals("OZD103"));
        assertThat(found).anyMatch(d -> d.line() == 13 && d.rule().equals("OZD103"));
        assertThat(found).noneMatch(d -> d.line() == 5 || d.line() == 9);
    }

    @Test
    void refusesAnEmptySource() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GroundingRule.forSource(
                        DraftTestSupport.analyzer(), " \n", ExplainerLibrary.empty(), HouseConfig.OZD))
                .isInstanceOf(DraftException.class)
                .hasMessageContaining("Die Quelle ist leer");
    }
}
