package de.ozd.newsroom.store.internal.db;

import de.ozd.newsroom.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A small versioned migration runner, in place of Flyway: scripts {@code V<n>__<what>.sql} per dialect, listed in
 * {@code index.txt}, each applied once in its own transaction together with its row in {@code schema_version}
 * (both SQLite and PostgreSQL have transactional DDL, so a crash never leaves half a migration). A changed script
 * that was already applied is refused by checksum. Why not Flyway: its current releases split database support
 * into separate modules, list SQLite only as a community database, and bring far more than these 100 lines do;
 * the store needs exactly "apply numbered scripts once, atomically, in order".
 */
final class Migrations {
    private final Dialect dialect;

    Migrations(Dialect dialect) {
        this.dialect = dialect;
    }

    record Script(int version, String name, String sql, String checksum) {}

    List<Script> scripts() {
        String base = "/de/ozd/newsroom/store/migrations/" + dialect.folder() + "/";
        List<Script> scripts = new ArrayList<>();
        for (String line : resource(base + "index.txt").split("\n")) {
            String name = line.strip();
            if (name.isEmpty()) {
                continue;
            }
            int version = Integer.parseInt(name.substring(1, name.indexOf("__")));
            String sql = resource(base + name);
            scripts.add(new Script(version, name, sql, sha256(sql)));
        }
        return scripts;
    }

    void migrate(Database db) {
        migrate(db, scripts());
    }

    /**
     * Applies each of {@code scripts} whose version is not recorded yet, in list order. Versions are looked up one
     * by one, so a script with a lower number that arrives after a higher one was applied (two branches merged) is
     * applied on the next start.
     */
    void migrate(Database db, List<Script> scripts) {
        db.write(c -> {
            if (dialect == Dialect.POSTGRESQL) {
                try (Statement s = c.createStatement()) {
                    // Several instances may start at once: one migrates, the others wait here.
                    s.execute("SELECT pg_advisory_xact_lock(4242005)");
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                        + " checksum TEXT NOT NULL, applied_at TEXT NOT NULL)");
            }
            for (Script script : scripts) {
                String applied = null;
                try (PreparedStatement ps =
                        c.prepareStatement("SELECT checksum FROM schema_version WHERE version = ?")) {
                    ps.setInt(1, script.version());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            applied = rs.getString(1);
                        }
                    }
                }
                if (applied != null) {
                    if (!applied.equals(script.checksum())) {
                        throw new StoreException(
                                StoreException.Kind.FAILED,
                                "schema_mismatch",
                                "Das Datenbankschema passt nicht zu diesem " + "Programm: Migration " + script.name()
                                        + " wurde nach dem Einspielen verändert.");
                    }
                    continue;
                }
                try (Statement s = c.createStatement()) {
                    for (String statement : statements(script.sql())) {
                        s.execute(statement);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO schema_version (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                    ps.setInt(1, script.version());
                    ps.setString(2, script.name());
                    ps.setString(3, script.checksum());
                    ps.setString(4, Instant.now().toString());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Splits at semicolons that end a line; comment lines are dropped. Our scripts hold no procedural code. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String statement = current.toString().strip();
                out.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String resource(String path) {
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("migration resource missing: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
