package de.ozd.newsroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.SharedData;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ozd draft} and {@code ozd check --source} through the real command line. */
class DraftAndGroundingCommandsTest {

    @TempDir
    Path tmp;

    private static Path report() throws URISyntaxException {
        return Path.of(DraftAndGroundingCommandsTest.class
                .getResource("/reports/hochwasser-talheim.txt")
                .toURI());
    }

    @Test
    void draftOfAnUnseenReportPassesTheGroundingCheck() throws Exception {
        Path draft = tmp.resolve("draft.txt");
        CliRun drafted = CliRun.run("draft", report().toString(), "--agency", "dpa", "-o", draft.toString());
        assertThat(drafted.exitCode()).isZero();
        assertThat(drafted.err()).contains("extraktiv, ungeprüft");
        String text = Files.readString(draft, StandardCharsets.UTF_8);
        assertThat(text).startsWith("---\nagency: dpa\nprovenance.commentary: extractive, unreviewed\n");
        assertThat(text).contains("Titelbild dpa.", "Mini-Infobox\n", "OZD-Analyse\n", "Erklärungen\n");
        CliRun checked = CliRun.run("check", "--source", report().toString(), draft.toString());
        assertThat(checked.exitCode()).as(checked.out()).isZero();
        assertThat(checked.out()).doesNotContain("error[");
    }

    @Test
    void draftToStandardOutputIsTheSameOnEveryRun() throws Exception {
        CliRun first = CliRun.run("draft", report().toString());
        CliRun second = CliRun.run("draft", report().toString());
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).isEqualTo(second.out()).contains("Alle Angaben ohne Gewähr.");
    }

    @Test
    void reportIsVerbatimUnlessTypographyIsAskedFor() throws IOException {
        Path report = tmp.resolve("schreibmaschine.txt");
        Files.writeString(
                report,
                "Die Stadt Talheim baut bis 2028 eine neue Schule - die erste seit 1975. "
                        + "\"Wir fangen im Mai an\", sagte Bürgermeisterin Anna Berg am Montag.\n"
                        + "Der Bau kostet nach Angaben der Stadt rund zwölf Millionen Euro.\n");
        CliRun verbatim = CliRun.run("draft", report.toString());
        assertThat(verbatim.out()).contains("neue Schule - die erste seit 1975. \"Wir fangen im Mai an\", sagte");
        CliRun set = CliRun.run("draft", "--typography", report.toString());
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out())
                .contains("neue Schule – die erste seit 1975. „Wir fangen im Mai an“, sagte")
                .doesNotContain("\"");
        Path draft = tmp.resolve("entwurf.txt");
        Files.writeString(draft, set.out());
        CliRun checked = CliRun.run("check", "--source", report.toString(), draft.toString());
        assertThat(checked.exitCode()).as(checked.out()).isZero();
    }

    @Test
    void groundingCheckFlagsTheReferenceArticle() throws IOException {
        Path seed = SharedData.require("seed/ozd-article-kim-putin.txt");
        Path reportOnly = tmp.resolve("report.txt");
        Files.write(reportOnly, Files.readAllLines(seed).subList(0, 4));
        CliRun run = CliRun.run("check", "--source", reportOnly.toString(), seed.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains(seed + ":29:17: error[OZD101] Nicht belegt: „seit 2011“")
                .contains(seed + ":11:31: error[OZD102] Sicherer als die Quelle: „bestätigt“");
    }

    @Test
    void emptyReportIsRefusedInGerman() throws IOException {
        Path empty = tmp.resolve("leer.txt");
        Files.writeString(empty, "\n\n  \n");
        CliRun run = CliRun.run("draft", empty.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Der Bericht ist leer").doesNotContain("Exception");
    }

    @Test
    void missingSourceIsRefusedInGerman() throws Exception {
        CliRun run = CliRun.run("check", "--source", tmp.resolve("fehlt.txt").toString(), report().toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("gibt es nicht").doesNotContain("Exception");
    }

    @Test
    void reportLineThatLooksLikeAHeadingIsExplained() throws IOException {
        Path report = tmp.resolve("r.txt");
        Files.writeString(report, "Die Stadt baut eine neue Schule.\nMini-Infobox\nSie kostet viel.\n");
        CliRun run = CliRun.run("draft", report.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("sieht aus wie eine Überschrift des Hausformats");
    }
}
