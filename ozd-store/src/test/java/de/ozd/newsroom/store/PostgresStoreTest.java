package de.ozd.newsroom.store;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared suite on the server setup: a fresh PostgreSQL database, search by PostgreSQL's German configuration. */
class PostgresStoreTest extends AbstractStoreTest {
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

    @Override
    protected Store reopenWith(UnaryOperator<StoreConfig> change) {
        return PG.reopen(change);
    }

    @Override
    protected boolean boundsSearchesByCap() {
        return true;
    }

    @Override
    protected boolean matchesCompoundHeads() {
        return false;
    }
}
