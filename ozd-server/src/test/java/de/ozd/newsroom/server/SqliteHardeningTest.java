package de.ozd.newsroom.server;

import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.io.TempDir;

class SqliteHardeningTest extends AbstractHardeningTest {
    @TempDir
    Path dir;

    @Override
    protected Store openStore() {
        return Store.open(StoreConfig.embedded(dir.resolve("data")));
    }

    @Override
    protected void sql(String update) throws Exception {
        try (var c = DriverManager.getConnection(
                        "jdbc:sqlite:" + dir.resolve("data").resolve("ozd.db"));
                var s = c.createStatement()) {
            s.executeUpdate(update.replace("\\n", "' || char(10) || '"));
        }
    }
}
