package de.ozd.newsroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another outlet changes a file, not the code: {@code --house} and {@code --rules}. */
class HouseOptionTest {
    @TempDir
    Path tmp;

    @Test
    void anotherHouseChecksItsOwnHeadingsAndSignature() throws IOException {
        Path house = Files.writeString(
                tmp.resolve("abc.json"),
                "{\"brand\": \"ABC\", \"commentaryHeading\": "
                        + "\"ABC-Meinung\", \"infoboxHeading\": \"Kurz notiert\", \"limits\": {\"minFacts\": 1}}");
        Path article = Files.writeString(
                tmp.resolve("a.txt"),
                "Eine Meldung. ABC\nABC-Meinung – Titel\nMeinung.\n\n" + "Kurz notiert\nTitel\nEin Fakt\n");
        CliRun run = CliRun.run("check", "--house", house.toString(), article.toString());
        assertThat(run.out())
                .doesNotContain("OZD002", "OZD003", "OZD023", "OZD021")
                .contains("OZD004"); // analysis and explainers are still missing
        CliRun ozd = CliRun.run("check", article.toString());
        // read with the OZD house, the ABC headings are plain report text without a signature at the end
        assertThat(ozd.out()).contains(article + ":7:9: error[OZD002]", "Der Teil „OZD-Kommentar“ fehlt");
    }

    @Test
    void aTypoInTheHouseFileIsRefused() throws IOException {
        Path house = Files.writeString(tmp.resolve("typo.json"), "{\"brnad\": \"ABC\"}");
        Path article = Files.writeString(tmp.resolve("a.txt"), "Eine Meldung. OZD\n");
        CliRun run = CliRun.run("check", "--house", house.toString(), article.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unbekannter Schlüssel „brnad“");
    }

    @Test
    void rulesAreListed() {
        CliRun run = CliRun.run("check", "--rules");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines())
                .hasSize(de.ozd.newsroom.core.check.HouseRule.values().length
                        + de.ozd.newsroom.draft.DraftRule.values().length)
                .first()
                .asString()
                .startsWith("OZD001  error");
        assertThat(run.out()).contains("OZD103  warning  Die Aussage lässt Quelle", "OZD201  warning");
    }

    @Test
    void checkWithoutFilesIsAUsageError() {
        CliRun run = CliRun.run("check");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Keine Datei angegeben");
    }
}
