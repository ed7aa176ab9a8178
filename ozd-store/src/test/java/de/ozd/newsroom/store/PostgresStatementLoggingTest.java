package de.ozd.newsroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import de.ozd.newsroom.store.internal.db.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10, finding 5: a statement PostgreSQL refuses must not bring its parameters (package text, author) into
 * the exception, and so into any log line that prints it. The batch error once carried the whole statement.
 */
class PostgresStatementLoggingTest {
    @RegisterExtension
    static final PostgresTestDatabase.PerClass PG = new PostgresTestDatabase.PerClass();

    @Test
    void refusedStatementsCarryNoParametersIntoMessages() {
        try (Store store = PG.freshStore()) {
            // the store is open and migrated; a second pool on the same database, configured as the store's
        }
        try (Database db = Database.postgresql(PG.jdbcUrl())) {
            Throwable e = catchThrowable(() -> db.write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("CREATE TEMP TABLE probe (body TEXT, author TEXT PRIMARY KEY)");
                }
                try (var ps = c.prepareStatement("INSERT INTO probe VALUES (?, ?)")) {
                    ps.setString(1, "GEHEIMER-PAKETTEXT");
                    ps.setString(2, "geheime-autorin");
                    ps.addBatch();
                    ps.setString(1, "GEHEIMER-PAKETTEXT\u0000");
                    ps.setString(2, "zweite-geheime-autorin");
                    ps.addBatch();
                    ps.setString(1, "GEHEIMER-PAKETTEXT");
                    ps.setString(2, "geheime-autorin");
                    ps.addBatch();
                    ps.executeBatch();
                }
                return null;
            }));
            assertThat(e).isInstanceOf(StoreException.class);
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLException sql && sql.getNextException() != null) {
                    sql.getNextException().printStackTrace(new PrintWriter(trace));
                }
            }
            assertThat(trace.toString()).doesNotContain("GEHEIMER-PAKETTEXT").doesNotContain("geheime-autorin");
        }
    }
}
