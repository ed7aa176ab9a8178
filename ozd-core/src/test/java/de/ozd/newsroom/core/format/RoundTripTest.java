package de.ozd.newsroom.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.SharedData;
import de.ozd.newsroom.core.check.HouseChecker;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Infobox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every example and its CRLF / BOM / no-final-newline variants come back byte for byte. */
class RoundTripTest {
    private final PackageParser parser = PackageParser.ozd();
    private final PackageWriter writer = PackageWriter.ozd();

    static List<Path> examples() {
        Path dir = Path.of("").toAbsolutePath().getParent().resolve("examples");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    static List<String> variants(String text) {
        List<UnaryOperator<String>> ops = List.of(
                t -> t,
                t -> t.replace("\n", "\r\n"),
                t -> "\uFEFF" + t,
                t -> t.endsWith("\n") ? t.substring(0, t.length() - 1) : t + "\n",
                t -> "\uFEFF" + t.replace("\n", "\r\n") + "\r\n",
                t -> t.replace("\n", "\r"));
        List<String> out = new ArrayList<>();
        ops.forEach(op -> out.add(op.apply(text)));
        return out;
    }

    @TestFactory
    Stream<DynamicTest> examplesRoundTripInEveryVariant() {
        assertThat(examples()).hasSizeGreaterThanOrEqualTo(3);
        return examples().stream().flatMap(file -> {
            String text = SharedData.read(file);
            List<String> variants = variants(text);
            return java.util.stream.IntStream.range(0, variants.size())
                    .mapToObj(i -> DynamicTest.dynamicTest(file.getFileName() + " variant " + i, () -> {
                        ParseResult result = parser.parse(variants.get(i));
                        assertThat(result.diagnostics()).isEmpty();
                        assertThat(writer.lossless(result)).isEqualTo(variants.get(i));
                        assertThat(result.pkg()).isEqualTo(parser.parse(text).pkg());
                    }));
        });
    }

    @TestFactory
    Stream<DynamicTest> examplesPassTheHouseCheck() {
        return examples().stream()
                .map(file -> DynamicTest.dynamicTest(
                        file.getFileName().toString(),
                        () -> assertThat(HouseChecker.ozd().check(SharedData.read(file)))
                                .isEmpty()));
    }

    @Test
    void referenceVariantsRoundTrip() {
        String text = SharedData.seedText();
        for (String variant : variants(text)) {
            assertThat(writer.lossless(parser.parse(variant)).getBytes(StandardCharsets.UTF_8))
                    .isEqualTo(variant.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void anEditedFactIsWrittenCanonicallyWhileEverythingElseKeepsItsLayout() {
        String text = SharedData.read(examples().get(0)).replace("\n", "\r\n");
        ParseResult parsed = parser.parse(text);
        Infobox box = parsed.pkg().infobox().orElseThrow();
        List<String> facts = new ArrayList<>(box.facts());
        facts.set(0, "Neu formulierter Fakt");
        ArticlePackage edited = parsed.pkg().withInfobox(new Infobox(box.title(), facts));
        String written = writer.lossless(edited, parsed.layout());
        assertThat(written)
                .contains("\r\nNeu formulierter Fakt\r\n")
                .doesNotContain(box.facts().get(0));
        assertThat(written.replace("Neu formulierter Fakt", box.facts().get(0))).isEqualTo(text);
        assertThat(parser.parse(written).pkg()).isEqualTo(edited);
    }

    @Test
    void anAnswerThatWasEditedIsUnwrappedTheOthersStayWrapped() {
        String text = SharedData.read(examples().get(0));
        ParseResult parsed = parser.parse(text);
        var entries = new ArrayList<>(parsed.pkg().explainers().orElseThrow().entries());
        entries.set(0, new de.ozd.newsroom.core.model.Explainer(entries.get(0).question(), "Kurze neue Antwort."));
        String written = writer.lossless(
                parsed.pkg().withExplainers(new de.ozd.newsroom.core.model.Explainers(entries)), parsed.layout());
        assertThat(written)
                .contains("\nKurze neue Antwort.\n")
                .contains("Ein Neubau muss geplant, genehmigt und " + "bezahlt werden. Für die\ngeschätzten");
    }

    @Test
    void canonicalFormIsStableAndKeepsTheModel() {
        for (Path file : examples()) {
            ArticlePackage pkg = parser.parse(SharedData.read(file)).pkg();
            String canonical = writer.canonical(pkg);
            assertThat(parser.parse(canonical).pkg()).isEqualTo(pkg);
            assertThat(writer.canonical(parser.parse(canonical).pkg())).isEqualTo(canonical);
            assertThat(parser.parse(canonical).diagnostics()).isEmpty();
        }
    }
}
