package de.ozd.newsroom.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The archived-explainers suite on the server setup: a fresh PostgreSQL database per test. */
class PostgresArchivedExplainersTest extends AbstractArchivedExplainersTest {
    @RegisterExtension
    static final PostgresTestDatabase.PerClass PG = new PostgresTestDatabase.PerClass();

    @Override
    protected Store openStore() {
        return PG.freshStore();
    }
}
