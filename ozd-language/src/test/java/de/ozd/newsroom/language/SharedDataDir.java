package de.ozd.newsroom.language;

import de.ozd.newsroom.testkit.Shared;
import java.nio.file.Path;

/**
 * {@code shared/data/<name>} beside the project; where it is absent the calling test skips with a printed reason
 * (fails under {@code -Dozd.test.strict=true}).
 */
final class SharedDataDir {
    private SharedDataDir() {}

    static Path require(String name) {
        return Shared.require("data/" + name);
    }
}
