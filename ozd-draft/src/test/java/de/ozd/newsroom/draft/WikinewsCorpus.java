package de.ozd.newsroom.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozd.newsroom.testkit.Shared;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the German Wikinews articles of {@code shared/data/german-quotation-attribution/{dev,test}} (one JSON
 * document per article) with their gold quotations: for each quotation its character spans in the article text,
 * its type (Direct, Indirect, FreeIndirect, IndirectFreeIndirect, Reported) and its speaker, where one is named.
 *
 * <p>For the drafting engine these are reports of a second source it was never tuned on before the sixth round of
 * issue 13; the split of the origin is kept: rules are tuned on {@code dev}, figures are reported on {@code test}.
 */
final class WikinewsCorpus {
    private WikinewsCorpus() {}

    /** One gold quotation: where its words are, its type and the words of its speaker (empty when none). */
    record Quote(List<int[]> spans, String type, String speaker) {
        boolean covers(int offset) {
            return spans.stream().anyMatch(s -> s[0] <= offset && offset < s[1]);
        }
    }

    /** One article: its id, its text as published (the report the engine drafts from) and its quotations. */
    record Article(String id, String text, List<Quote> quotes) {}

    /** The split named by {@code -Dozd.wikinews.split} ({@code dev}, the default, or {@code test}). */
    static String splitFromProperty() {
        return "test".equals(System.getProperty("ozd.wikinews.split", "dev")) ? "test" : "dev";
    }

    /** The articles of one split, by file name; skips the calling test with a printed reason without them. */
    static List<Article> read(String split, String test) {
        System.out.println(test + ": German Wikinews (quotation attribution, " + split + ") from ../shared");
        Path dir = Shared.require("data/german-quotation-attribution/" + split);
        ObjectMapper json = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode doc = json.readTree(f.toFile());
                List<Quote> quotes = new ArrayList<>();
                for (JsonNode a : doc.get("annotations")) {
                    List<int[]> spans = spans(a.get("quote"));
                    if (!spans.isEmpty()) {
                        JsonNode speaker = a.get("speaker");
                        quotes.add(new Quote(
                                spans,
                                a.get("type").asText(),
                                speaker != null && speaker.isObject()
                                        ? speaker.get("text").asText()
                                        : ""));
                    }
                }
                String name = f.getFileName().toString();
                out.add(new Article(
                        name.substring(0, name.length() - ".json".length()),
                        doc.get("originalText").asText(),
                        List.copyOf(quotes)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        return out;
    }

    private static List<int[]> spans(JsonNode element) {
        List<int[]> out = new ArrayList<>();
        if (element != null && element.isObject()) {
            for (JsonNode s : element.get("spans")) {
                out.add(new int[] {s.get("charBegin").asInt(), s.get("charEnd").asInt()});
            }
        }
        return out;
    }
}
