package de.ozd.newsroom.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.io.TempDir;

/** The workflow suite on the embedded setup: SQLite + Lucene in a temporary data directory. */
class SqliteWorkflowTest extends AbstractWorkflowTest {
    @TempDir
    Path dir;

    @Override
    protected Store openStore() {
        return Store.open(StoreConfig.embedded(dir.resolve("data")));
    }

    @Override
    protected Store reopen() {
        return openStore();
    }

    @Override
    protected Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data").resolve("ozd.db"));
    }
}
