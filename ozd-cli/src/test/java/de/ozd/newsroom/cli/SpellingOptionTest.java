package de.ozd.newsroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ozd check --spelling} through the real command line (LanguageTool: ~20 s set-up). */
class SpellingOptionTest {

    @TempDir
    Path tmp;

    @Test
    void reportsAMisspellingAtItsPositionAsAWarningButNotHeadingsOrHouseWords() throws IOException {
        Path pkg = tmp.resolve("p.txt");
        Files.writeString(
                pkg,
                String.join(
                        "\n",
                        "Kim Jong Un hat in Pjöngjang ein neues Gesez unterzeichnet, meldete KCNA. OZD",
                        "OZD-Kommentar – Ein Gesetz",
                        "Das Gesetz ist streng.",
                        "",
                        "Mini-Infobox",
                        "Neues Gesetz in Nordkorea",
                        "Laut KCNA: Kim Jong Un unterzeichnet Gesetz",
                        "Gesetz gilt sofort",
                        "Inhalt nicht bekannt",
                        "OZD-Analyse",
                        "Politische Dimension",
                        "a) Gesetz stärkt die Führung",
                        "b) Inhalt bleibt geheim",
                        "",
                        "Erklärungen",
                        "Was ist KCNA?",
                        "KCNA ist die staatliche Nachrichtenagentur Nordkoreas.",
                        "Alle Angaben ohne Gewähr. Titelbild AFP.",
                        ""));
        CliRun run = CliRun.run("check", "--spelling", pkg.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out())
                .contains(pkg + ":1:40: warning[OZD201] Rechtschreibung: „Gesez“")
                .contains("Vorschlag:")
                .contains("0 errors,");
        // the one misspelling is the only spelling or grammar finding: house words and headings pass
        assertThat(run.out().lines().filter(l -> l.contains("[OZD20"))).hasSize(1);
        // the long set-up is announced on stderr (issue 15), and --quiet keeps stderr empty
        assertThat(run.err())
                .contains("ozd check: Rechtschreibprüfung (LanguageTool) wird geladen …")
                .containsPattern("Rechtschreibprüfung \\(LanguageTool\\) wird geladen – fertig \\(\\d+,\\d s\\)")
                .contains("ozd check: Prüfe " + pkg + " …");
        CliRun quiet = CliRun.run("check", "--spelling", "--quiet", pkg.toString());
        assertThat(quiet.err()).isEmpty();
        assertThat(quiet.out()).isEqualTo(run.out());
    }
}
