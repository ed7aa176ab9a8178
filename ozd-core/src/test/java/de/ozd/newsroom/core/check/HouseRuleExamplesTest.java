package de.ozd.newsroom.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.format.PackageWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every example of {@code rules/rules.txt} as LF, CRLF and BOM input; findings are asserted exactly. */
class HouseRuleExamplesTest {
    private static final Pattern RULE_ID = Pattern.compile("OZD\\d{3}");

    record Example(String title, String input, List<String> expected, Set<String> rules) {}

    @TestFactory
    Stream<DynamicContainer> everyRuleExample() throws IOException {
        return examples().stream()
                .map(e -> DynamicContainer.dynamicContainer(
                        e.title(),
                        Stream.of(
                                DynamicTest.dynamicTest("LF", () -> assertFindings(e, e.input())),
                                DynamicTest.dynamicTest(
                                        "CRLF",
                                        () -> assertFindings(e, e.input().replace("\n", "\r\n"))),
                                DynamicTest.dynamicTest("BOM", () -> assertFindings(e, "\uFEFF" + e.input())))));
    }

    @org.junit.jupiter.api.Test
    void everyRuleHasAnExample() throws IOException {
        Set<String> covered = new LinkedHashSet<>();
        examples().forEach(e -> covered.addAll(e.rules()));
        assertThat(covered)
                .containsAll(
                        Arrays.stream(HouseRule.values()).map(HouseRule::id).toList());
    }

    @org.junit.jupiter.api.Test
    void everyRuleIsDocumentedForEditors() throws IOException {
        String doc = java.nio.file.Files.readString(
                java.nio.file.Path.of("").toAbsolutePath().getParent().resolve("docs/format.md"),
                StandardCharsets.UTF_8);
        for (HouseRule rule : HouseRule.values()) {
            assertThat(doc)
                    .as(rule.id())
                    .contains("| `" + rule.id() + "` | " + rule.severity().key() + " | " + rule.summary() + " |");
        }
    }

    private static void assertFindings(Example e, String input) {
        List<String> actual = HouseChecker.ozd().check(input).stream()
                .filter(d -> e.rules().contains(d.rule()))
                .map(d -> d.line() + ":" + d.column() + " " + d.rule())
                .toList();
        assertThat(actual).as(e.title()).containsExactlyElementsOf(e.expected());
        assertThat(PackageWriter.ozd().lossless(PackageParser.ozd().parse(input)))
                .isEqualTo(input);
    }

    static List<Example> examples() throws IOException {
        String text;
        try (InputStream in = HouseRuleExamplesTest.class.getResourceAsStream("/rules/rules.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Example> out = new ArrayList<>();
        for (String block : text.split("(?m)^### ")) {
            if (block.isBlank()) {
                continue;
            }
            String title = block.substring(0, block.indexOf('\n'));
            String body = block.substring(block.indexOf('\n') + 1);
            int split = body.indexOf("--- expect\n");
            String input = body.substring(0, split);
            List<String> expected = body.substring(split + "--- expect\n".length())
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
            Set<String> rules = new LinkedHashSet<>();
            Matcher m = RULE_ID.matcher(title + " " + String.join(" ", expected));
            while (m.find()) {
                rules.add(m.group());
            }
            out.add(new Example(title, input, expected, rules));
        }
        return out;
    }
}
