package de.ozd.newsroom.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared suite on the server setup: a fresh PostgreSQL database, search by PostgreSQL's German configuration. */
class PostgresStoreTest extends AbstractStoreTest {
    private static PostgresTestDatabase pg;

    @BeforeAll
    static void database() {
        pg = PostgresTestDatabase.createOrSkip();
    }

    @AfterAll
    static void dropDatabase() {
        if (pg != null) {
            pg.close();
        }
    }

    @Override
    protected Store openStore() {
        pg.reset();
        return Store.open(StoreConfig.postgresql(pg.url()));
    }

    @Override
    protected Store reopen() {
        return Store.open(StoreConfig.postgresql(pg.url()));
    }

    @Override
    protected boolean matchesCompoundHeads() {
        return false;
    }
}
