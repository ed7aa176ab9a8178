package de.ozd.newsroom.store;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.io.TempDir;

/** The shared suite on the embedded setup: SQLite + Lucene in a temporary data directory. */
class SqliteStoreTest extends AbstractStoreTest {
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
    protected Store reopenWith(UnaryOperator<StoreConfig> change) {
        return Store.open(change.apply(StoreConfig.embedded(dir.resolve("data"))));
    }

    @Override
    protected boolean boundsSearchesByCap() {
        return false;
    }

    @Override
    protected boolean matchesCompoundHeads() {
        return true;
    }
}
