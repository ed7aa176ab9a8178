package de.ozd.newsroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.store.Draft;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ozd draft --data DIR} (issue 13, item 3): the draft offers the explainer of a published package in that store
 * for the same name and names the package on stderr; a draft's explainer is never used, and without {@code --data}
 * no store is opened (and a --data without a store is refused, creating nothing).
 */
class DraftArchiveCommandTest {
    private static final String SPD_ANSWER = "Die SPD ist eine der großen Parteien in Deutschland.";
    private static final String NOTE =
            "ozd draft: Erklärung „Was ist die SPD?“ aus dem Archiv: spd-programm (2026-10-01)"
                    + " – vor der Veröffentlichung prüfen, ob sie noch stimmt.";

    @TempDir
    Path dir;

    private static String pkg(String slug, String question, String answer) {
        return "---\nheadline: Bericht " + slug + "\nslug: " + slug + "\ndate: 2026-10-01\n---\n"
                + "Die Partei stellte am Samstag ihr Programm vor. OZD\n"
                + "OZD-Kommentar – Ein Kommentar zum Thema\nDie Lage verlangt einen kühlen Kopf.\n"
                + "\nMini-Infobox\nProgramm vorgestellt\nErster Fakt zur Lage\nZweiter Fakt zur Lage\n"
                + "Dritter Fakt zur Lage\n\nErklärungen\n" + question + "\n" + answer + "\n"
                + "Alle Angaben ohne Gewähr. Titelbild OZD.";
    }

    private Path store() {
        Path data = dir.resolve("data");
        try (Store store = Store.open(StoreConfig.embedded(data))) {
            store.create(null, Draft.fromText(pkg("spd-programm", "Was ist die SPD?", SPD_ANSWER)), "Anna", null);
            store.transition("spd-programm", State.IN_REVIEW, null, "Anna", null);
            store.transition("spd-programm", State.PUBLISHED, null, "Rita", null);
            store.create(
                    null,
                    Draft.fromText(pkg("cdu-entwurf", "Was ist die CDU?", "Die CDU ist eine Partei (Entwurf).")),
                    "Anna",
                    null);
        }
        return data;
    }

    private Path report() throws Exception {
        Path report = dir.resolve("meldung.txt");
        Files.writeString(
                report,
                "Die SPD will bei der Landtagswahl im Mai mit Jana Kessler antreten.\n"
                        + "Die CDU kritisierte die Entscheidung am Sonntag.\n"
                        + "Die SPD stellte die 41-Jährige am Samstag in Hannover vor.\n"
                        + "Die CDU will am Montag reagieren.\nDie SPD liegt in Umfragen bei 27 Prozent.\n",
                StandardCharsets.UTF_8);
        return report;
    }

    @Test
    void withAStoreThePublishedExplainerIsOfferedAndNamedOnStderr() throws Exception {
        Path data = store();
        Path report = report();
        for (String quiet : new String[] {"--quiet", "--typography"}) {
            CliRun run = CliRun.run("draft", report.toString(), "--data", data.toString(), quiet);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("Was ist die SPD?\n" + SPD_ANSWER + "\n");
            assertThat(run.out()).contains("Was ist die CDU?\n[Redaktion:").doesNotContain("(Entwurf)");
            assertThat(run.err().lines()).contains(NOTE);
        }
    }

    @Test
    void withoutAStoreTheAnswerStaysThePlaceholderAndAMissingStoreIsRefused() throws Exception {
        Path report = report();
        CliRun run = CliRun.run("draft", report.toString(), "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Was ist die SPD?\n[Redaktion:");
        assertThat(run.err()).doesNotContain("aus dem Archiv");
        CliRun missing = CliRun.run(
                "draft",
                report.toString(),
                "--quiet",
                "--data",
                dir.resolve("gibtsnicht").toString());
        assertThat(missing.exitCode()).isEqualTo(OzdCli.USAGE);
        assertThat(missing.err()).contains("liegt kein OZD-Speicher");
        assertThat(dir.resolve("gibtsnicht")).doesNotExist();
    }
}
