package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.draft.DraftException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The configurable lexicon of analysis dimensions ({@code dimensions.txt}): a title and word stems
 * per line. Immutable.
 */
public final class DimensionLexicon {

    /** One dimension with its stems. */
    public record Dimension(String title, List<String> stems) {
        public Dimension {
            stems = List.copyOf(stems);
        }

        /** True if a lemma or compound part belongs to this dimension. */
        boolean matches(String word) {
            String w = word.toLowerCase(Locale.GERMAN);
            return stems.stream().anyMatch(w::startsWith);
        }
    }

    private final List<Dimension> dimensions;

    private DimensionLexicon(List<Dimension> dimensions) {
        this.dimensions = List.copyOf(dimensions);
    }

    public static DimensionLexicon standard() {
        try (InputStream in = DimensionLexicon.class.getResourceAsStream("/de/ozd/newsroom/draft/dimensions.txt")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "dimensions.txt");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled dimension lexicon", e);
        }
    }

    public static DimensionLexicon load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new DraftException(
                    "Das Dimensionslexikon " + file + " kann nicht gelesen werden (" + e.getMessage() + ").");
        }
    }

    static DimensionLexicon parse(String text, String name) {
        List<Dimension> out = new ArrayList<>();
        int n = 0;
        for (String line : text.split("\r?\n")) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new DraftException(name + ":" + n + ": erwartet wird „Titel<Tab>stamm1,stamm2,…“.");
            }
            out.add(new Dimension(
                    parts[0].strip(),
                    Arrays.stream(parts[1].split(","))
                            .map(s -> s.strip().toLowerCase(Locale.GERMAN))
                            .filter(s -> !s.isEmpty())
                            .toList()));
        }
        return new DimensionLexicon(out);
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }
}
