package de.ozd.newsroom.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code ../shared} (the seed article, the specs and the public data sets), read in place and never copied: the
 * folder given by {@code -Dozd.shared} or {@code OZD_SHARED}, else the first {@code shared/} with a {@code seed/}
 * or {@code data/} folder found walking up from the working directory.
 */
public final class Shared {
    private Shared() {}

    /** The shared folder, if there is one. */
    public static Optional<Path> root() {
        String configured = System.getProperty("ozd.shared", System.getenv("OZD_SHARED"));
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("seed")) || Files.isDirectory(candidate.resolve("data"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The file or folder {@code relative} inside shared/, if present. */
    public static Optional<Path> find(String relative) {
        return root().map(r -> r.resolve(relative)).filter(Files::exists);
    }

    /**
     * The file or folder {@code relative} inside shared/ for a test that also runs without it (with less): where it
     * is absent, prints that it is left out, and fails the test under {@link Skip#strict()}.
     */
    public static Optional<Path> findOrLeaveOut(String relative) {
        Optional<Path> found = find(relative);
        if (found.isEmpty()) {
            if (Skip.strict()) {
                Skip.missing("../shared/" + relative + " is not present beside the project");
            }
            System.out.println("LEFT OUT: ../shared/" + relative + " is not present beside the project");
        }
        return found;
    }

    /**
     * The file or folder {@code relative} inside shared/; where it is absent, skips the calling test with a printed
     * reason (fails it under {@link Skip#strict()}).
     */
    public static Path require(String relative) {
        return find(relative)
                .orElseGet(() -> Skip.missing("../shared/" + relative + " is not present beside the project"
                        + " (or -Dozd.shared / OZD_SHARED)"));
    }
}
