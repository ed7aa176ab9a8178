package de.ozd.newsroom.server;

import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteWorkflowApiTest extends AbstractWorkflowApiTest {
    @TempDir
    Path dir;

    @Override
    protected Store openStore() {
        return Store.open(StoreConfig.embedded(dir.resolve("data")));
    }
}
