package de.ozd.newsroom.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds {@code ../shared} (the seed and the public data sets) beside the project. Tests that need it call
 * {@link #require(String)}, which skips the test with a printed reason where it is absent.
 */
public final class SharedData {
    private SharedData() {}

    /** The {@code shared} folder next to the repository root, searched upwards from the working directory. */
    public static Optional<Path> root() {
        String configured = System.getProperty("ozd.shared", System.getenv("OZD_SHARED"));
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Optional.of(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("seed")) || Files.isDirectory(candidate.resolve("data"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The file or folder {@code relative} inside shared/, or skips the calling test with a printed reason. */
    public static Path require(String relative) {
        Optional<Path> path = root().map(r -> r.resolve(relative)).filter(Files::exists);
        if (path.isEmpty()) {
            String reason = "SKIPPED: ../shared/" + relative + " is not present beside the project";
            System.out.println(reason);
            assumeTrue(false, reason);
        }
        return path.get();
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
