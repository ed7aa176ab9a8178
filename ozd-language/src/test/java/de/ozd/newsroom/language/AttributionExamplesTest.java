package de.ozd.newsroom.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every example of {@code attribution/examples.txt} (see the README beside it). */
class AttributionExamplesTest {

    record Example(String name, String text, List<String> attributions, List<String> hedges) {}

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        GermanAnalyzer analyzer = SharedAnalyzers.rulesOnly();
        return read().stream()
                .map(e -> DynamicTest.dynamicTest(e.name(), () -> {
                    TextAnalysis a = analyzer.analyze(e.text());
                    List<String> got = a.attributions().stream()
                            .map(x -> x.kind() + " speaker=" + x.speaker() + " cue=" + x.cue())
                            .toList();
                    assertThat(got).as(e.name()).isEqualTo(e.attributions());
                    assertThat(a.hedges().stream().map(Hedge::text).toList())
                            .as(e.name())
                            .isEqualTo(e.hedges());
                }));
    }

    static List<Example> read() throws IOException {
        String all;
        try (InputStream in = AttributionExamplesTest.class.getResourceAsStream("/attribution/examples.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Example> out = new ArrayList<>();
        for (String block : all.split("(?m)^## ")) {
            if (block.isBlank()) {
                continue;
            }
            String[] lines = block.split("\n");
            String text = null;
            List<String> attrs = new ArrayList<>();
            List<String> hedges = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String l = lines[i];
                if (l.startsWith("=> ")) {
                    attrs.add(l.substring(3));
                } else if (l.startsWith("~> ")) {
                    hedges.add(l.substring(3));
                } else if (!l.isBlank() && text == null) {
                    text = l;
                }
            }
            out.add(new Example("example " + lines[0].strip(), text, attrs, hedges));
        }
        assertThat(out).hasSizeGreaterThan(10);
        return out;
    }
}
