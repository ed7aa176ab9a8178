package de.ozd.newsroom.store.internal.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import de.ozd.newsroom.store.StoreException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A connection pool on SQLite (WAL, foreign keys on, synchronous=FULL) or PostgreSQL, migrated on open, with a
 * transaction helper. On SQLite, write transactions are serialised in this process by a lock (SQLite allows one
 * writer at a time anyway; the lock avoids busy retries); on PostgreSQL, the database does it.
 */
public final class Database implements AutoCloseable {
    private final Dialect dialect;
    private final HikariDataSource pool;
    private final String description;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private boolean created;

    private Database(Dialect dialect, HikariDataSource pool, String description) {
        this.dialect = dialect;
        this.pool = pool;
        this.description = description;
    }

    /** SQLite file {@code dataDir/ozd.db}; the folder is created if missing. */
    public static Database sqlite(Path dataDir) {
        return sqlite(dataDir, true);
    }

    /**
     * SQLite file {@code dataDir/ozd.db}. With {@code create} false, a folder without that file is refused before
     * anything is created (a read command on a mistyped {@code --data} must not leave an empty store behind).
     */
    public static Database sqlite(Path dataDir, boolean create) {
        if (!create && !Files.isRegularFile(dataDir.resolve("ozd.db"))) {
            throw noStore("Unter " + dataDir + " liegt kein OZD-Speicher (keine Datei ozd.db): prüfen Sie --data "
                    + "(oder OZD_DATA). Einen neuen Speicher legen „ozd import“ und „ozd serve“ an.");
        }
        try {
            createPrivate(dataDir);
        } catch (java.io.IOException e) {
            throw new StoreException(
                    StoreException.Kind.FAILED,
                    "storage_unavailable",
                    "Das Datenverzeichnis " + dataDir + " kann nicht angelegt werden (" + e.getMessage() + ").");
        }
        Path file = dataDir.resolve("ozd.db");
        try {
            // SQLite gives its -wal and -shm files the database file's mode, so all three are 0600
            if (Files.notExists(file) && posix(dataDir)) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
        } catch (java.io.IOException e) {
            throw new StoreException(
                    StoreException.Kind.FAILED,
                    "storage_unavailable",
                    "Die Datenbankdatei " + file + " kann nicht angelegt werden (" + e.getMessage() + ").");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(30_000);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        HikariConfig hc = new HikariConfig();
        hc.setDataSource(ds);
        hc.setMaximumPoolSize(4);
        hc.setPoolName("ozd-sqlite");
        hc.setConnectionInitSql("PRAGMA wal_autocheckpoint = 10000");
        return open(Dialect.SQLITE, hc, file.toString(), create);
    }

    private static StoreException noStore(String message) {
        return new StoreException(StoreException.Kind.NOT_FOUND, "no_store", message);
    }

    /**
     * Creates {@code dir} and missing parents readable by the owner only (0700) where the file system has POSIX
     * permissions; an existing folder is left as it is (its owner chose its mode).
     */
    public static void createPrivate(Path dir) throws java.io.IOException {
        Path abs = dir.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            return;
        }
        if (abs.getParent() != null) {
            createPrivate(abs.getParent());
        }
        if (posix(abs.getParent() == null ? abs : abs.getParent())) {
            Files.createDirectory(
                    abs, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            // the umask may have taken bits away, never added any; set the mode explicitly all the same
            Files.setPosixFilePermissions(abs, PosixFilePermissions.fromString("rwx------"));
        } else {
            Files.createDirectory(abs);
        }
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /**
     * PostgreSQL from {@code postgresql://user:password@host:port/db?params} (also {@code postgres://} and
     * {@code jdbc:postgresql://}). The password never appears in {@link #description()} or messages.
     */
    public static Database postgresql(String url) {
        return postgresql(url, true);
    }

    /** PostgreSQL; with {@code create} false, a database without the OZD tables is refused, nothing is created. */
    public static Database postgresql(String url, boolean create) {
        HikariConfig hc = new HikariConfig();
        String jdbc;
        String shown;
        if (url.startsWith("jdbc:postgresql:")) {
            jdbc = url;
            shown = url.replaceAll("(?i)(password=)[^&]*", "$1***");
        } else {
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw new StoreException(
                        StoreException.Kind.BAD_ARGUMENT,
                        "bad_db_url",
                        "Die Datenbank-Adresse ist ungültig: erwartet wird "
                                + "postgresql://NUTZER@HOST:PORT/DATENBANK.");
            }
            if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
                throw new StoreException(
                        StoreException.Kind.BAD_ARGUMENT,
                        "bad_db_url",
                        "Die Datenbank-Adresse braucht Host und Datenbank: "
                                + "postgresql://NUTZER@HOST:PORT/DATENBANK.");
            }
            String hostPort = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
            jdbc = "jdbc:postgresql://" + hostPort + uri.getPath()
                    + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
            String userInfo = uri.getRawUserInfo();
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                hc.setUsername(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
                if (colon >= 0) {
                    hc.setPassword(decode(userInfo.substring(colon + 1)));
                }
            }
            shown = "postgresql://" + (hc.getUsername() != null ? hc.getUsername() + "@" : "") + hostPort
                    + uri.getPath();
        }
        // the driver puts the server's error detail into exception messages, and in a batch the whole statement
        // with its parameters (package text, author): never, so that no log line can carry them
        hc.setJdbcUrl(jdbc.replaceAll("(?i)([?&])logServerErrorDetail=[^&]*&?", "$1"));
        hc.addDataSourceProperty("logServerErrorDetail", "false");
        hc.setMaximumPoolSize(8);
        hc.setPoolName("ozd-postgresql");
        hc.setInitializationFailTimeout(-1);
        hc.setConnectionTimeout(10_000);
        return open(Dialect.POSTGRESQL, hc, shown, create);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static Database open(Dialect dialect, HikariConfig hc, String shown, boolean create) {
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            throw unavailable(shown, e);
        }
        Database db = new Database(dialect, pool, shown);
        try {
            boolean existed = hasSchema(pool, shown);
            if (!existed && !create) {
                throw noStore("Die Datenbank " + shown + " enthält keinen OZD-Speicher: prüfen Sie --db (oder OZD_DB). "
                        + "Einen neuen Speicher legen „ozd import“ und „ozd serve“ an.");
            }
            db.created = !existed;
            new Migrations(dialect).migrate(db);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return db;
    }

    /** Whether the database holds the OZD tables (the migrations' own table marks them). */
    private static boolean hasSchema(HikariDataSource pool, String shown) {
        try (Connection c = pool.getConnection();
                var tables = c.getMetaData().getTables(null, null, "schema_version", new String[] {"TABLE"})) {
            return tables.next();
        } catch (SQLException e) {
            throw unavailable(shown, e);
        }
    }

    /** Whether opening created the store (the database held no OZD tables before). */
    public boolean created() {
        return created;
    }

    static StoreException unavailable(String shown, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new StoreException(
                StoreException.Kind.UNAVAILABLE,
                "storage_unavailable",
                "Die Datenbank " + shown + " ist nicht erreichbar ("
                        + reason.replaceAll("(?i)password=[^ &]*", "password=***") + ").");
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Where the data lives, without secrets. */
    public String description() {
        return description;
    }

    /** Work inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in a read-only autocommit connection. */
    public <T> T read(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Runs read-only {@code work} on one consistent snapshot: on PostgreSQL a repeatable-read, read-only
     * transaction, so the statements of one search see the same data; on SQLite a plain read (a search there reads
     * the Lucene index, not the database).
     */
    public <T> T snapshot(Work<T> work) {
        if (dialect == Dialect.SQLITE) {
            return read(work);
        }
        try (Connection c = pool.getConnection()) {
            return transaction(c, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", work);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Runs {@code work} in one transaction: all of it is stored, or nothing. */
    public <T> T write(Work<T> work) {
        boolean sqlite = dialect == Dialect.SQLITE;
        if (sqlite) {
            writeLock.lock();
        }
        try (Connection c = pool.getConnection()) {
            return transaction(c, null, work);
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            if (sqlite) {
                writeLock.unlock();
            }
        }
    }

    /** {@code work} in a transaction on {@code c}, after the statement {@code first} when given. */
    private static <T> T transaction(Connection c, String first, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            if (first != null) {
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute(first);
                }
            }
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private StoreException failure(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || state.equals("57P01"))) {
            return unavailable(description, e);
        }
        if (state != null && state.equals("23505")
                || String.valueOf(e.getMessage()).contains("UNIQUE constraint")) {
            return new StoreException(
                    StoreException.Kind.CONFLICT,
                    "duplicate",
                    "Der Eintrag besteht schon (gleichzeitig angelegt?): "
                            + "laden Sie neu und versuchen Sie es noch einmal.");
        }
        StoreException wrapped = new StoreException(
                StoreException.Kind.FAILED,
                "storage_error",
                "Die Datenbank hat die Anfrage abgelehnt; nichts wurde gespeichert.");
        wrapped.initCause(e);
        return wrapped;
    }

    @Override
    public void close() {
        pool.close();
    }
}
