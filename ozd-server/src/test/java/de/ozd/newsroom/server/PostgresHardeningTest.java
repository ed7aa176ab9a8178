package de.ozd.newsroom.server;

import de.ozd.newsroom.store.PostgresTestDatabase;
import de.ozd.newsroom.store.Store;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresHardeningTest extends AbstractHardeningTest {
    @RegisterExtension
    static final PostgresTestDatabase.PerClass PG = new PostgresTestDatabase.PerClass();

    @Override
    protected Store openStore() {
        return PG.freshStore();
    }

    @Override
    protected void sql(String update) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(PG.jdbcUrl());
                var s = c.createStatement()) {
            s.executeUpdate(update.replace("\\n", "' || chr(10) || '"));
        }
    }
}
