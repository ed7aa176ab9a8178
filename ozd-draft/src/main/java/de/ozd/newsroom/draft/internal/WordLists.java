package de.ozd.newsroom.draft.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** The engine's word lists in {@code de/ozd/newsroom/draft/}: one word a line, „#“ opens a comment line. */
final class WordLists {
    private WordLists() {}

    /** The words of the list {@code name}, in lower case. */
    static Set<String> load(String name) {
        try (InputStream in = WordLists.class.getResourceAsStream("/de/ozd/newsroom/draft/" + name)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the build: " + name);
            }
            Set<String> out = new LinkedHashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(w.toLowerCase(Locale.GERMAN));
                }
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
