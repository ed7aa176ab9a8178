package de.ozd.newsroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozd.newsroom.core.SharedData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ozd parse | format | check} through the real command line. */
class CoreCommandsTest {
    static final Path EXAMPLES = Path.of("").toAbsolutePath().getParent().resolve("examples");

    @TempDir
    Path tmp;

    @Test
    void parsePrintsTheSpecJsonOfTheReference() throws IOException {
        Path seed = SharedData.require("seed/ozd-article-kim-putin.txt");
        CliRun run = CliRun.run("parse", seed.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/report/paragraphs")).hasSize(4);
        assertThat(json.at("/infobox/facts")).hasSize(3);
        assertThat(json.at("/explainers")).hasSize(2);
        assertThat(json.at("/credits/pictureCredit").asText()).isEqualTo("AFP");
    }

    @Test
    void formatGivesTheReferenceBackByteForByte() {
        Path seed = SharedData.require("seed/ozd-article-kim-putin.txt");
        CliRun run = CliRun.run("format", seed.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(SharedData.read(seed));
    }

    @Test
    void formatCanonicalUnwrapsAnswers() {
        CliRun run = CliRun.run(
                "format", "--canonical", EXAMPLES.resolve("hafen-streik.txt").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Ein Warnstreik ist eine kurze, befristete Arbeitsniederlegung während "
                        + "laufender Tarifverhandlungen.");
    }

    @Test
    void checkOfTheExamplesFindsNothing() throws IOException {
        String[] files;
        try (var list = Files.list(EXAMPLES)) {
            files = list.filter(p -> p.toString().endsWith(".txt"))
                    .map(Path::toString)
                    .toArray(String[]::new);
        }
        String[] args = new String[files.length + 1];
        args[0] = "check";
        System.arraycopy(files, 0, args, 1, files.length);
        CliRun run = CliRun.run(args);
        assertThat(run.out()).isEqualTo("0 errors, 0 warnings in " + files.length + " files\n");
        assertThat(files.length).isGreaterThan(1);
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void checkOfTheReferenceFindsNoError() {
        Path seed = SharedData.require("seed/ozd-article-kim-putin.txt");
        CliRun run = CliRun.run("check", seed.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("0 errors, 0 warnings in 1 file\n");
    }

    @Test
    void aPlaceholderIsAWarningWhileDraftingAndAnErrorForPublication() throws IOException {
        Path example = Path.of("..", "examples", "hafen-streik.txt");
        String text = Files.readString(example, StandardCharsets.UTF_8)
                .replace("Rund 900 Beschäftigte im Ausstand", "Rund [Redaktion: Zahl prüfen] im Ausstand");
        Path file = write("platzhalter.txt", text);
        int line = text.lines().toList().indexOf("Rund [Redaktion: Zahl prüfen] im Ausstand") + 1;
        CliRun drafting = CliRun.run("check", file.toString());
        assertThat(drafting.exitCode()).isZero();
        assertThat(drafting.out())
                .contains(file + ":" + line + ":6: warning[OZD025] ")
                .endsWith("0 errors, 1 warning in 1 file\n");
        CliRun publication = CliRun.run("check", "--publication", file.toString());
        assertThat(publication.exitCode()).isEqualTo(1);
        assertThat(publication.out())
                .contains(file + ":" + line + ":6: error[OZD025] ")
                .endsWith("1 error, 0 warnings in 1 file\n");
        assertThat(CliRun.run("check", "--rules").out()).contains("OZD025  warning  ", "(mit --publication: error)");
    }

    @Test
    void checkReportsFindingsCompilerStyleAndExitsOne() throws IOException {
        Path file = write("bad.txt", "Bericht ohne Kürzel.\nOZD-Kommentar - Titel\nMeinung.\n");
        CliRun run = CliRun.run("check", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains(file + ":1:21: error[OZD002] ")
                .contains(file + ":2:15: warning[OZD009] ")
                .endsWith("5 errors, 1 warning in 1 file\n");
    }

    @Test
    void checkPrintsJsonFindings() throws IOException {
        Path file = write("bad.txt", "Bericht ohne Kürzel.\n");
        CliRun run = CliRun.run("check", "--format", "json", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.isArray()).isTrue();
        JsonNode first = json.get(0);
        assertThat(first.get("file").asText()).isEqualTo(file.toString());
        assertThat(first.get("line").asInt()).isEqualTo(1);
        assertThat(first.get("column").asInt()).isEqualTo(21);
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("rule").asText()).isEqualTo("OZD002");
        assertThat(first.get("message").asText()).isNotBlank();
    }

    @Test
    void dashReadsStandardInput() {
        byte[] text = SharedData.read(EXAMPLES.resolve("satellit-start.txt")).getBytes(StandardCharsets.UTF_8);
        CliRun run = CliRun.runWithStdin(new ByteArrayInputStream(text), "format", "-");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void helpNamesTheCommands() {
        CliRun run = CliRun.run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("parse", "format", "check", "Aufruf: ozd");
        CliRun check = CliRun.run("check", "--help");
        assertThat(check.out()).contains("--format", "Exit-Codes", "OZD012");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.run("check", "--no-such-option", "x.txt");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unbekannte Option „--no-such-option“").doesNotContain("Unknown option");
    }

    private Path write(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
