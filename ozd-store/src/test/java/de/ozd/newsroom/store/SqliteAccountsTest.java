package de.ozd.newsroom.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Accounts on the embedded setup. */
class SqliteAccountsTest extends AbstractAccountsTest {
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
}
