package de.ozd.newsroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of unreadable input gets one German line on stderr, exit 2 and no stack trace. */
class BadInputTest {
    @TempDir
    static Path tmp;

    static Stream<String> commands() {
        return Stream.of("parse", "format", "check");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void emptyFile(String command) throws IOException {
        assertRefused(command, Files.write(tmp.resolve("empty-" + command + ".txt"), new byte[0]), "ist leer");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void binaryFile(String command) throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertRefused(command, Files.write(tmp.resolve("bild-" + command + ".png"), png), "keine Textdatei");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void invalidUtf8(String command) throws IOException {
        byte[] latin1 =
                "Gr\u00fc\u00dfe aus M\u00fcnchen. OZD\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertRefused(command, Files.write(tmp.resolve("latin1-" + command + ".txt"), latin1), "kein gültiges UTF-8");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void hundredMegabyteFileIsRefusedBeforeReading(String command) throws IOException {
        Path big = tmp.resolve("gross-" + command + ".txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(100L * 1024 * 1024);
        }
        long before = usedHeap();
        assertRefused(command, big, "die Grenze ist 2097152 Bytes");
        assertThat(usedHeap() - before).isLessThan(50L * 1024 * 1024);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void directory(String command) {
        assertRefused(command, tmp, "ist ein Verzeichnis");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void missingFile(String command) {
        assertRefused(command, tmp.resolve("gibt-es-nicht.txt"), "gibt es nicht");
    }

    @Test
    void oversizedStandardInputIsRefusedAfterTheLimit() {
        byte[] text = "Ein Satz. ".repeat(200).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        CliRun run = CliRun.runWithStdin(new ByteArrayInputStream(text), "check", "--max-bytes", "1000", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("<stdin> ist größer als erlaubt; die Grenze ist 1000 Bytes");
    }

    @Test
    void oneUnreadableFileAmongGoodOnesStillChecksTheOthers() throws IOException {
        Path good = Files.writeString(tmp.resolve("gut.txt"), "Bericht. OZD\n");
        CliRun run =
                CliRun.run("check", good.toString(), tmp.resolve("fehlt.txt").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains(good + ":2:1: error[OZD004]");
        assertThat(run.err()).contains("fehlt.txt gibt es nicht");
    }

    private static void assertRefused(String command, Path file, String expected) {
        CliRun run = CliRun.run(command, file.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
