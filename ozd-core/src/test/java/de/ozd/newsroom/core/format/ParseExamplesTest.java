package de.ozd.newsroom.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozd.newsroom.core.json.PackageJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The parse examples of {@code spec/parse-examples.txt} (commonmark-style: input, then the expected JSON of the
 * package), each as LF, CRLF, with a BOM and with both: the same JSON every time, and the input back byte for byte.
 */
class ParseExamplesTest {
    private static final String RESOURCE = "/spec/parse-examples.txt";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SECTIONS =
            List.of("report", "commentary", "infobox", "analysis", "explainers", "credits", "extras");

    record Example(String name, String input, JsonNode expected) {}

    private final PackageParser parser = PackageParser.ozd();
    private final PackageWriter writer = PackageWriter.ozd();

    @TestFactory
    Stream<DynamicContainer> everyExampleInEveryLineEndingAndWithABom() {
        List<Variant> variants = List.of(
                new Variant("LF", s -> s),
                new Variant("CRLF", s -> s.replace("\n", "\r\n")),
                new Variant("BOM", s -> "\uFEFF" + s),
                new Variant("BOM+CRLF", s -> "\uFEFF" + s.replace("\n", "\r\n")));
        return examples().stream()
                .map(e -> DynamicContainer.dynamicContainer(
                        e.name(),
                        variants.stream()
                                .map(v -> DynamicTest.dynamicTest(
                                        v.name(),
                                        () -> assertExample(e, v.apply().apply(e.input()))))));
    }

    record Variant(String name, UnaryOperator<String> apply) {}

    private void assertExample(Example e, String input) {
        ParseResult parsed = parser.parse(input);
        assertThat(PackageJson.toTree(parsed.pkg())).as(e.name()).isEqualTo(e.expected());
        assertThat(writer.lossless(parsed)).as("lossless: " + e.name()).isEqualTo(input);
    }

    @Test
    void theExamplesCoverEverySectionAndTheFrontMatter() {
        List<Example> all = examples();
        assertThat(all).hasSizeGreaterThanOrEqualTo(25);
        Set<String> covered = new LinkedHashSet<>();
        for (Example e : all) {
            e.expected().fieldNames().forEachRemaining(name -> {
                JsonNode v = e.expected().get(name);
                if (!v.isNull() && !(v.isObject() && v.isEmpty())) {
                    covered.add(name);
                }
            });
        }
        assertThat(covered).containsAll(SECTIONS).contains("frontMatter", "provenance");
        assertThat(all).extracting(Example::name).doesNotHaveDuplicates();
    }

    static List<Example> examples() {
        List<String> lines;
        try (InputStream in = ParseExamplesTest.class.getResourceAsStream(RESOURCE)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Example> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).startsWith("### ")) {
                i++;
                continue;
            }
            String name = lines.get(i++).substring(4).strip();
            StringBuilder input = new StringBuilder();
            while (!lines.get(i).equals("--- json")) {
                input.append(lines.get(i++).replace('→', '\t').replace('␣', ' '))
                        .append('\n');
            }
            i++;
            StringBuilder json = new StringBuilder();
            while (i < lines.size() && !lines.get(i).startsWith("#")) {
                json.append(lines.get(i++)).append('\n');
            }
            out.add(new Example(name, input.toString(), withEmptyValues(name, json.toString())));
        }
        return out;
    }

    /** The expected JSON with the top-level keys it leaves out filled in with their empty value, in spec order. */
    private static JsonNode withEmptyValues(String name, String json) {
        JsonNode given;
        try {
            given = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("example „" + name + "“: the expected JSON does not parse", e);
        }
        ObjectNode full = JsonNodeFactory.instance.objectNode();
        full.set("frontMatter", given.has("frontMatter") ? given.get("frontMatter") : JSON.createObjectNode());
        for (String section : SECTIONS) {
            full.set(section, given.has(section) ? given.get(section) : JsonNodeFactory.instance.nullNode());
        }
        full.set("provenance", given.has("provenance") ? given.get("provenance") : JSON.createObjectNode());
        given.fieldNames().forEachRemaining(key -> {
            if (!full.has(key)) {
                throw new IllegalStateException("example „" + name + "“: unknown top-level key " + key);
            }
        });
        return full;
    }
}
