package de.ozd.newsroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 1: the slow steps of {@code ozd draft} and {@code ozd check --source/--spelling} say on stderr what
 * they are doing and how long it took; {@code --quiet} leaves stderr empty; the quick house check adds nothing.
 */
class ProgressLinesTest {
    private static String report() throws Exception {
        return Path.of(ProgressLinesTest.class
                        .getResource("/reports/hochwasser-talheim.txt")
                        .toURI())
                .toString();
    }

    @Test
    void draftSaysWhereTheTimeGoesAndKeepsStdoutThePackage() throws Exception {
        CliRun run = CliRun.run("draft", report());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .contains("ozd draft: Sprachmodelle werden geladen …\n")
                .containsPattern("ozd draft: Sprachmodelle werden geladen – fertig \\(\\d+,\\d s\\)")
                .contains("ozd draft: Entwurf wird erstellt …\n");
        assertThat(run.out()).startsWith("---\n").doesNotContain("Sprachmodelle");
    }

    @Test
    void draftWithQuietPrintsNothingOnStderr() throws Exception {
        CliRun run = CliRun.run("draft", "--quiet", report());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("---\n");
    }

    @Test
    void groundingCheckShowsPhasesAndQuietSuppressesThem() throws Exception {
        String pkg = Path.of(ProgressLinesTest.class.getResource("/bruecke.txt").toURI())
                .toString();
        CliRun loud = CliRun.run("check", "--source", report(), pkg);
        assertThat(loud.err())
                .contains("ozd check: Sprachmodelle werden geladen …")
                .contains("ozd check: Prüfe " + pkg + " …");
        assertThat(loud.out()).endsWith(" in 1 file\n");

        CliRun quiet = CliRun.run("check", "-q", "--source", report(), pkg);
        assertThat(quiet.err()).isEmpty();
        assertThat(quiet.out()).isEqualTo(loud.out());
    }

    @Test
    void theInstantHouseCheckPrintsNoProgress() throws Exception {
        String pkg = Path.of(ProgressLinesTest.class.getResource("/bruecke.txt").toURI())
                .toString();
        CliRun run = CliRun.run("check", pkg, pkg);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).endsWith(" in 2 files\n");
    }
}
