package de.ozd.newsroom.store.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two branches each adding a migration may be merged in either order: a script with a lower number that arrives
 * after a higher one was applied is still applied, once, and nothing applied before runs again.
 */
class MigrationOrderTest {
    @TempDir
    Path dir;

    private static List<Integer> applied(Database db) {
        return db.read(c -> {
            List<Integer> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
                while (rs.next()) {
                    out.add(rs.getInt(1));
                }
            }
            return out;
        });
    }

    @Test
    void aLowerVersionArrivingLaterIsAppliedOnce() {
        try (Database db = Database.sqlite(dir)) {
            List<Integer> before = applied(db);
            assertThat(before).contains(6).doesNotContain(0);
            Migrations m = new Migrations(Dialect.SQLITE);
            String sql = "CREATE TABLE later_branch (id INTEGER PRIMARY KEY);\n";
            List<Migrations.Script> merged = new ArrayList<>(m.scripts());
            // a version below every applied one stands for V5 merged after V6 was applied
            merged.add(0, new Migrations.Script(0, "V0__later_branch.sql", sql, "test-checksum"));
            m.migrate(db, merged);
            m.migrate(db, merged);
            List<Integer> after = applied(db);
            assertThat(after).containsAll(before).contains(0).hasSize(before.size() + 1);
            int rows = db.read(c -> {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT count(*) FROM later_branch")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(rows).as("the later script's table exists").isZero();
        }
    }
}
