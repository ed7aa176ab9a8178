package de.ozd.newsroom.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.HouseChecker;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The grounding rules of issue 13 (OZD104–OZD109) on a report and infobox lines written for this test: each wrong
 * line gets its finding at its own line, and the same facts said right get none.
 */
class MeaningRulesTest {

    private static final String REPORT = String.join(
            "\n",
            "Ohne die Zuschüsse des Landes wäre die Miete in Lindenau 30 Prozent höher. Im Landkreis liegt die "
                    + "Leerstandsquote bei 4 Prozent.",
            "In der Altstadt ist die Lage anders. Dort liegt die Leerstandsquote bei 22 Prozent.",
            "Rund 5.700 Menschen nahmen am Samstag an der Demonstration teil. „Wir werden die Stadthalle bis 2027 "
                    + "sanieren“, sagte Bürgermeisterin Petra Albrecht.",
            "Der Mieterverband will die Nebenkosten prüfen lassen.");

    private static String pkg(String... facts) {
        return String.join(
                "\n",
                "Ohne die Zuschüsse des Landes wäre die Miete in Lindenau 30 Prozent höher. OZD",
                "OZD-Kommentar – [Redaktion: Titel]",
                "[Redaktion: Kommentar schreiben.]",
                "",
                "Mini-Infobox",
                "Leerstand im Landkreis bei 4 Prozent",
                String.join("\n", facts),
                "OZD-Analyse",
                "Wohnen",
                "a) Im Landkreis liegt die Leerstandsquote bei 4 Prozent",
                "b) Der Mieterverband will die Nebenkosten prüfen lassen",
                "",
                "Alle Angaben ohne Gewähr. Titelbild dpa.");
    }

    private static List<String> check(String pkgText) {
        return check(REPORT, pkgText);
    }

    private static List<String> check(String report, String pkgText) {
        GroundingRule rule =
                GroundingRule.forSource(DraftTestSupport.analyzer(), report, ExplainerLibrary.empty(), HouseConfig.OZD);
        return HouseChecker.ozd().with(rule).check(pkgText).stream()
                .filter(d -> d.rule().compareTo("OZD104") >= 0 && d.rule().compareTo("OZD109") <= 0)
                .map(d -> d.format("p"))
                .toList();
    }

    @Test
    void eachLostConditionReferentApproximatorSpeakerAndFragmentIsAFindingAtItsLine() {
        List<String> found = check(pkg(
                "Die Miete in Lindenau ist 30 Prozent höher",
                "Die Leerstandsquote liegt bei 22 Prozent",
                "5.700 Menschen nahmen an der Demonstration teil",
                "Die Stadthalle wird bis 2027 saniert",
                "Der Mieterverband will"));
        assertThat(found).anyMatch(f -> f.startsWith("p:7:") && f.contains("error[OZD104]") && f.contains("„wäre“"));
        assertThat(found).anyMatch(f -> f.startsWith("p:8:") && f.contains("warning[OZD105]") && f.contains("„Dort“"));
        assertThat(found).anyMatch(f -> f.startsWith("p:9:") && f.contains("error[OZD106]") && f.contains("„rund“"));
        assertThat(found).anyMatch(f -> f.startsWith("p:10:") && f.contains("error[OZD107]"));
        assertThat(found).anyMatch(f -> f.startsWith("p:11:") && f.contains("warning[OZD108]"));
    }

    @Test
    void theSameFactsSaidRightGetNone() {
        assertThat(check(pkg(
                        "Ohne Zuschüsse wäre die Miete 30 Prozent höher",
                        "In der Altstadt liegt die Leerstandsquote bei 22 Prozent",
                        "Rund 5.700 Menschen nahmen an der Demonstration teil",
                        "Laut Petra Albrecht: Die Stadthalle wird bis 2027 saniert",
                        "Der Mieterverband will die Nebenkosten prüfen lassen")))
                .isEmpty();
    }

    /** A wire report whose quotation marks were lost: the second and third sentences are the chairman's words, named only in the fourth. */
    private static final String CLUB = "Der Eishockeyverein Lindenau steckt in finanziellen Nöten. Die Gehälter für"
            + " Februar können wir noch auszahlen. Die Halle ist bis Ende März gemietet. Das Land wolle helfen, sagte"
            + " Obmann Karl Huber am Montag.";

    @Test
    void aLineFromASentenceThatGoesOnWithSomeonesWordsNeedsItsSpeaker() {
        assertThat(check(CLUB, pkg("Die Halle ist bis Ende März gemietet")))
                .anyMatch(f -> f.startsWith("p:7:") && f.contains("error[OZD107]"));
        assertThat(check(CLUB, pkg("Laut Karl Huber: Die Halle ist bis Ende März gemietet")))
                .noneMatch(f -> f.contains("OZD107"));
    }

    @Test
    void anApproximatorTheReportDoesNotHaveIsAFindingToo() {
        assertThat(check(pkg("Etwa 22 Prozent Leerstand in der Altstadt")))
                .anyMatch(f -> f.contains("error[OZD106]") && f.contains("„etwa“"));
    }

    /** A report whose claims are bounded: a time before a negation, a comparative. */
    private static final String BOUNDED = "Die EU-Kommission will die Obergrenze für Barzahlungen senken. Die"
            + " Abschaffung von Bargeld ist derzeit kein Thema in Brüssel. Die Polizei in Lindenau geht seit dem Sommer"
            + " schärfer gegen Raser vor.";

    @Test
    void aWordThatBoundsTheClaimIsAFindingWhenDropped() {
        List<String> found = check(
                BOUNDED,
                pkg("Die Abschaffung von Bargeld ist kein Thema in Brüssel", "Die Polizei geht gegen Raser vor"));
        assertThat(found)
                .anyMatch(f -> f.startsWith("p:7:") && f.contains("warning[OZD109]") && f.contains("„derzeit“"));
        assertThat(found)
                .anyMatch(f -> f.startsWith("p:8:") && f.contains("warning[OZD109]") && f.contains("„schärfer“"));
        assertThat(check(
                        BOUNDED,
                        pkg(
                                "Die Abschaffung von Bargeld ist derzeit kein Thema in Brüssel",
                                "Die Polizei geht seit dem Sommer schärfer gegen Raser vor")))
                .noneMatch(f -> f.contains("OZD109"));
    }

    @Test
    void aDayThatBoundsACountIsAFindingWhenDropped() {
        String report = "Die Stadt Lindenau erwartet zum Kirchentag viele Gäste. Am Samstag kamen rund 4.000 Pilger mit"
                + " Sonderzügen an.";
        assertThat(check(report, pkg("Rund 4.000 Pilger kamen mit Sonderzügen an")))
                .anyMatch(f -> f.startsWith("p:7:") && f.contains("warning[OZD109]") && f.contains("„Samstag“"));
        assertThat(check(report, pkg("Am Samstag kamen rund 4.000 Pilger mit Sonderzügen an")))
                .noneMatch(f -> f.contains("OZD109"));
    }

    @Test
    void aComparativeInsideAnAttributeBoundsNothing() {
        String report = "Laut der Prognose des Ministeriums bleibt die (noch schwerer zu erreichende) Frührente stabil."
                + " Nach Angaben westlicher Diplomaten reiste der Minister am Montag ab.";
        assertThat(check(
                        report,
                        pkg(
                                "Laut Ministerium: Die Frührente bleibt stabil",
                                "Laut Diplomaten: Der Minister reiste am Montag ab")))
                .noneMatch(f -> f.contains("OZD109"));
    }
}
