package de.ozd.newsroom.store;

import de.ozd.newsroom.testkit.Skip;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh PostgreSQL database per test class on {@code OZD_TEST_PG} (default 127.0.0.1:5432, user postgres, trust
 * auth). Where no server answers, tests are skipped with a printed reason (fail under {@code -Dozd.test.strict=true}).
 */
public final class PostgresTestDatabase implements AutoCloseable {
    private static final String HOST = System.getenv().getOrDefault("OZD_TEST_PG", "127.0.0.1:5432");
    private static final String USER = System.getenv().getOrDefault("OZD_TEST_PG_USER", "postgres");
    private final String name;

    private PostgresTestDatabase(String name) {
        this.name = name;
    }

    public static PostgresTestDatabase createOrSkip() {
        return createOrSkip(HOST);
    }

    /** As {@link #createOrSkip()} on {@code host} (a test of the strict switch points it where nothing answers). */
    static PostgresTestDatabase createOrSkip(String host) {
        String name = "ozd_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = admin(host);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            return Skip.missing("no PostgreSQL reachable at " + host + " as " + USER + " (" + e.getMessage() + ")");
        }
        return new PostgresTestDatabase(name);
    }

    private static Connection admin() throws SQLException {
        return admin(HOST);
    }

    private static Connection admin(String host) throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(
                "jdbc:postgresql://" + host + "/postgres?user=" + USER + "&connectTimeout=5");
    }

    public String url() {
        return "postgresql://" + USER + "@" + HOST + "/" + name;
    }

    /** Drops and recreates the database: an empty store for the next test. */
    public void reset() {
        drop();
        try (Connection c = admin();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void drop() {
        try (Connection c = admin();
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        drop();
    }

    /**
     * One database for a test class: {@code @RegisterExtension static final PostgresTestDatabase.PerClass PG = …}
     * creates it before the class (or skips the class with a printed reason) and drops it after.
     */
    public static final class PerClass implements BeforeAllCallback, AfterAllCallback {
        private PostgresTestDatabase db;

        @Override
        public void beforeAll(ExtensionContext context) {
            db = createOrSkip();
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (db != null) {
                db.close();
            }
        }

        /** JDBC address of the database, for tests that plant rows the store would refuse. */
        public String jdbcUrl() {
            return "jdbc:postgresql://" + HOST + "/" + db.name + "?user=" + USER;
        }

        /** An empty database and a store on it. */
        public Store freshStore() {
            db.reset();
            return reopen();
        }

        /** A new store on the same database (to test what survives a restart). */
        public Store reopen() {
            return reopen(c -> c);
        }

        /** A new store on the same database with a changed configuration. */
        public Store reopen(java.util.function.UnaryOperator<StoreConfig> change) {
            return Store.open(change.apply(StoreConfig.postgresql(db.url())));
        }
    }
}
