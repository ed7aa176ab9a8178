package de.ozd.newsroom.server;

import de.ozd.newsroom.store.PostgresTestDatabase;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresConcurrencyTest extends AbstractConcurrencyTest {
    private static PostgresTestDatabase pg;

    @BeforeAll
    static void database() {
        pg = PostgresTestDatabase.createOrSkip();
    }

    @AfterAll
    static void drop() {
        if (pg != null) {
            pg.close();
        }
    }

    @Override
    protected Store openStore() {
        pg.reset();
        return Store.open(StoreConfig.postgresql(pg.url()));
    }
}
