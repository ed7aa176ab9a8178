package de.ozd.newsroom.server;

import de.ozd.newsroom.store.PostgresTestDatabase;
import de.ozd.newsroom.store.Store;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresWorkflowApiTest extends AbstractWorkflowApiTest {
    @RegisterExtension
    static final PostgresTestDatabase.PerClass PG = new PostgresTestDatabase.PerClass();

    @Override
    protected Store openStore() {
        return PG.freshStore();
    }
}
