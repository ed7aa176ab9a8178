package de.ozd.newsroom.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The archived-explainers suite on the embedded setup. */
class SqliteArchivedExplainersTest extends AbstractArchivedExplainersTest {
    @TempDir
    Path dir;

    @Override
    protected Store openStore() {
        return Store.open(StoreConfig.embedded(dir.resolve("data")));
    }
}
