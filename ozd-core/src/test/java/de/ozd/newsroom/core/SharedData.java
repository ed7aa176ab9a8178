package de.ozd.newsroom.core;

import de.ozd.newsroom.testkit.Shared;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds {@code ../shared} (the seed and the public data sets) beside the project. Tests that need it call
 * {@link #require(String)}, which skips the test with a printed reason where it is absent (fails it under
 * {@code -Dozd.test.strict=true}); the finding itself is ozd-testkit's {@link Shared}.
 */
public final class SharedData {
    private SharedData() {}

    /** The {@code shared} folder next to the repository root, searched upwards from the working directory. */
    public static Optional<Path> root() {
        return Shared.root();
    }

    /** The file or folder {@code relative} inside shared/, or skips the calling test with a printed reason. */
    public static Path require(String relative) {
        return Shared.require(relative);
    }

    public static String seedText() {
        return read(require("seed/ozd-article-kim-putin.txt"));
    }

    public static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
