package de.ozd.newsroom.language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds {@code shared/data/<name>} beside the project, printing why when it is absent. */
final class SharedDataDir {
    private SharedDataDir() {}

    static Optional<Path> find(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(name);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        System.out.println("SKIP: shared/data/" + name + " is not present beside the project");
        return Optional.empty();
    }
}
