package de.ozd.newsroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 15, item 3: read commands never create a store, {@code import} validates its inputs before it creates one,
 * and {@code serve} says on its first line when it created a new one.
 */
class NoAccidentalStoreTest {
    @TempDir
    Path dir;

    private static final String PACKAGE = "---\nslug: eins\ndate: 2026-11-02\n---\nEin Bericht. OZD\n";

    @Test
    void readCommandsRefuseADataDirectoryWithoutAStoreAndCreateNothing() throws Exception {
        Path typo = dir.resolve("tippfehler");
        Path empty = Files.createDirectories(dir.resolve("leer"));
        for (Path data : List.of(typo, empty)) {
            for (List<String> command : List.of(
                    List.of("search", "Brücke"),
                    List.of("export", dir.resolve("export").toString()),
                    List.of("reindex"),
                    List.of("token", "list"),
                    List.of("token", "create", "agentur"))) {
                String[] args = new String[command.size() + 2];
                command.toArray(args);
                args[command.size()] = "--data";
                args[command.size() + 1] = data.toString();
                CliRun run = CliRun.run(args);
                assertThat(run.exitCode()).as(command + " " + data).isEqualTo(OzdCli.USAGE);
                assertThat(run.err())
                        .as(command.toString())
                        .startsWith("ozd " + command.get(0) + ": Unter " + data + " liegt kein OZD-Speicher")
                        .doesNotContain("Keine Treffer")
                        .doesNotContain("Exception");
                assertThat(run.err().lines()).as(command.toString()).hasSize(1);
                assertThat(run.out()).as(command.toString()).isEmpty();
            }
        }
        assertThat(typo).doesNotExist();
        try (var files = Files.list(empty)) {
            assertThat(files).isEmpty();
        }
        assertThat(dir.resolve("export")).doesNotExist();
    }

    @Test
    void importChecksItsInputsBeforeItCreatesAStore() throws Exception {
        Path data = dir.resolve("data");
        CliRun missing = CliRun.run("import", dir.resolve("gibtsnicht").toString(), "--data", data.toString());
        assertThat(missing.exitCode()).isEqualTo(OzdCli.USAGE);
        assertThat(missing.err()).contains("gibtsnicht gibt es nicht");
        assertThat(data).doesNotExist();

        Path noPackages = Files.createDirectories(dir.resolve("ohne-pakete"));
        Files.writeString(noPackages.resolve("notiz.md"), "kein Paket");
        CliRun none = CliRun.run("import", noPackages.toString(), "--data", data.toString());
        assertThat(none.exitCode()).isEqualTo(OzdCli.USAGE);
        assertThat(none.err()).contains("Keine Pakete gefunden");
        assertThat(data).doesNotExist();

        // the real thing creates the store, and the read commands then work on it
        Path file = Files.writeString(dir.resolve("eins.txt"), PACKAGE);
        assertThat(CliRun.run("import", file.toString(), "--data", data.toString())
                        .exitCode())
                .isZero();
        CliRun search = CliRun.run("search", "Bericht", "--data", data.toString());
        assertThat(search.exitCode()).as(search.err()).isZero();
        assertThat(search.out()).contains("eins");
    }

    @Test
    void serveSaysOnItsFirstLineWhenItCreatesANewStoreAndOnlyThen() throws Exception {
        Path data = dir.resolve("neu");
        String first = serveAndStop(data);
        assertThat(first.lines().findFirst().orElse(""))
                .startsWith("ozd serve: Neuer, leerer Speicher angelegt (")
                .contains(data.toString());
        assertThat(data.resolve("ozd.db")).isRegularFile();

        String second = serveAndStop(data);
        assertThat(second).doesNotContain("Neuer, leerer Speicher");
        assertThat(second.lines().findFirst().orElse("")).startsWith("OZD-Server läuft:");
    }

    /** Starts {@code ozd serve} on a free port as the command line would, stops it, returns its stderr. */
    private static String serveAndStop(Path data) throws Exception {
        CommandLine cli = OzdCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        cli.parseArgs("serve", "--port", "0", "--data", data.toString());
        ServeCommand serve = (ServeCommand) cli.getSubcommands().get("serve").getCommand();
        try (ServeCommand.Running running = serve.start()) {
            assertThat(running.port()).isPositive();
        }
        assertThat(err.toString()).contains("OZD-Server läuft");
        return err.toString();
    }
}
