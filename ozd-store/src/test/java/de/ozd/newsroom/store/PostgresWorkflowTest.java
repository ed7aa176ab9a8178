package de.ozd.newsroom.store;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The workflow suite on the server setup: a fresh PostgreSQL database. */
class PostgresWorkflowTest extends AbstractWorkflowTest {
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
    protected Connection connect() throws Exception {
        return DriverManager.getConnection(PG.jdbcUrl());
    }
}
