package de.ozd.newsroom.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Accounts on the server setup: a fresh PostgreSQL database. */
class PostgresAccountsTest extends AbstractAccountsTest {
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
