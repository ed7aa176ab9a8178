package de.ozd.newsroom.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseChecker;
import de.ozd.newsroom.core.model.ArticlePackage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs built to make a parser slow or make it crash: deep nesting of quotes, 100,000 lines, one 2 MiB line, every
 * section repeated many times, long runs of special characters. Parse, check and the canonical writer each finish
 * within the {@code @Timeout} (generous: a quadratic step over these sizes takes minutes, not seconds), the lossless
 * writer gives every input back, and the canonical text is a fixed point. Big inputs are generated here; small ones,
 * and every input that ever crashed or hung a stage, are files in {@code src/test/resources/pathological/}.
 */
class PathologicalInputTest {
    private static final int MIB = 1024 * 1024;
    private final PackageParser parser = PackageParser.ozd();
    private final PackageWriter writer = PackageWriter.ozd();
    private final HouseChecker checker = HouseChecker.ozd();

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void deeplyNestedQuotes() {
        String open = "„".repeat(50_000) + "»".repeat(50_000) + "‚".repeat(50_000);
        String close = "‘".repeat(50_000) + "«".repeat(50_000) + "“".repeat(50_000);
        survives("Er sagte: " + open + "Ja" + close + ". OZD\n");
        // 20,000 unclosed quotes, not more: the check takes time quadratic in its findings (one per quote; 20,000
        // take about a second, 40,000 three, the 700,000 of a 2 MiB input would take minutes; open, see
        // pathological/README.md)
        survives("Bericht. OZD\nMini-Infobox\n" + "„Zitat ".repeat(20_000) + "\n");
        survives("„".repeat(20_000));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void longSignOffsAndManyPlaceholders() {
        // the sign-off's name runs to the last space before the time: long runs of spaces and words without a time
        survives("---\nprovenance.infobox: extractive, reviewed by k" + " ".repeat(MIB) + "x\n---\nBericht. OZD\n");
        survives("---\nprovenance.infobox: extractive, unreviewed, labelled by " + "a ".repeat(MIB / 2)
                + "2026-12-04T16:00:00Z\n---\nBericht. OZD\n");
        survives("---\nprovenance.infobox: extractive, reviewed by " + "x".repeat(MIB) + "\n---\nBericht. OZD\n");
        // every marker of a line is a finding; a marker without its bracket does not make the line scanned again
        survives("Bericht. OZD\n" + "[Redaktion:".repeat(100_000) + "\n");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void hundredThousandLines() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            b.append("Absatz ").append(i).append(" mit „Zitat“ und 1.000 Euro.\n");
        }
        survives(b.toString());
        survives("Bericht. OZD\n\nErklärungen\n" + "Warum?\n".repeat(100_000));
        survives("Bericht. OZD\nOZD-Analyse\n" + "a) Punkt\n".repeat(100_000));
        survives("\n".repeat(100_000));
        survives("\r\n".repeat(100_000) + "Bericht. OZD");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void oneLineOfTwoMebibytes() {
        survives("Wort ".repeat(2 * MIB / 5) + "OZD\n");
        survives("x".repeat(2 * MIB));
        survives("Bericht. OZD\nMini-Infobox\nTitel\n" + "Fakt".repeat(MIB / 2) + "\n");
        survives("---\nheadline: " + "K".repeat(2 * MIB) + "\n---\nBericht. OZD\n");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everySectionRepeatedManyTimes() throws IOException {
        String whole = resource("spec/parse-examples.txt")
                .lines()
                .dropWhile(l -> !l.startsWith("### a complete package in house order"))
                .skip(1)
                .takeWhile(l -> !l.equals("--- json"))
                .reduce("", (a, l) -> a + l + "\n");
        assertThat(whole).contains("OZD-Extras");
        survives(whole.repeat(2_000));
        String sections = whole.substring(whole.indexOf("OZD-Kommentar"));
        survives("Bericht. OZD\n" + sections.repeat(2_000));
        survives("Bericht. OZD\n" + "Mini-Infobox\n".repeat(50_000));
        survives("Bericht. OZD\n" + "Alle Angaben ohne Gewähr. Titelbild OZD.\n".repeat(50_000));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void longRunsOfSpecialCharacters() {
        for (String c : List.of(
                "?", "–", "-", ")", "a)", ":", "\t", " ", "\r", "\uFEFF", "\u00A0", "\u200B", "…", "\"", "'", "🏆",
                "\uD800", ".", "OZD ", "---\n")) {
            survives(c.repeat(MIB / Math.max(1, c.length()) / 2));
        }
    }

    /** Every small input kept as a file: the hand-made awkward ones and every one that ever crashed or hung. */
    @TestFactory
    Stream<DynamicTest> everyKeptFixture() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/pathological").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream()
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                    String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                            java.time.Duration.ofSeconds(10), () -> survives(text));
                }));
    }

    /**
     * Parse, check and write canonically without an exception; lossless gives the input back and the canonical text;
     * the canonical text of a package without errors is a fixed point (for invalid packages it is not always: see
     * {@code pathological/README.md}).
     */
    private void survives(String text) {
        ParseResult parsed = parser.parse(text);
        assertThat(writer.lossless(parsed)).isEqualTo(text);
        long lines = text.chars().filter(c -> c == '\n').count() + 2;
        List<Diagnostic> found = checker.check(parsed);
        assertThat(found).allSatisfy(d -> {
            assertThat(d.line()).isBetween(1, (int) Math.min(Integer.MAX_VALUE, lines + text.length()));
            assertThat(d.rule()).matches("OZD\\d{3}");
        });
        ArticlePackage pkg = parsed.pkg();
        String once = writer.canonical(pkg);
        ParseResult again = parser.parse(once);
        assertThat(writer.lossless(again)).isEqualTo(once);
        if (found.stream().noneMatch(Diagnostic::isError)) {
            assertThat(writer.canonical(again.pkg())).isEqualTo(once);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PathologicalInputTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
