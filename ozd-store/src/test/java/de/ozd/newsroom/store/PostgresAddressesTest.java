package de.ozd.newsroom.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The addresses suite on the server setup: a fresh PostgreSQL database per test. */
class PostgresAddressesTest extends AbstractAddressesTest {
    @RegisterExtension
    static final PostgresTestDatabase.PerClass PG = new PostgresTestDatabase.PerClass();

    @Override
    protected Store openStore() {
        return PG.freshStore();
    }

    @Override
    protected Store reopen() {
        return PG.reopen();
    }
}
