package de.ozd.newsroom.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The article the benchmarks run on: the reference from {@code ../shared/seed} when present (system property
 * {@code ozd.bench.article} overrides), else the largest example package of this project.
 */
final class BenchInput {
    private BenchInput() {}

    static Path article() {
        String configured = System.getProperty("ozd.bench.article");
        if (configured != null) {
            return Path.of(configured);
        }
        for (String candidate :
                new String[] {"shared/seed/ozd-article-kim-putin.txt", "examples/bruecke-sperrung.txt"}) {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve(candidate))) {
                    return dir.resolve(candidate);
                }
            }
        }
        throw new IllegalStateException("no article found: run from the project folder or set -Dozd.bench.article");
    }

    static String text() {
        try {
            return Files.readString(article(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + article(), e);
        }
    }
}
