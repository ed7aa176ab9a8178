package de.ozd.newsroom.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archived-explainers suite on the embedded setup. */
class SqliteArchivedExplainersTest extends AbstractArchivedExplainersTest {
    @TempDir
    Path dir;

    @Override
    protected Store openStore() {
        return Store.open(StoreConfig.embedded(dir.resolve("data")));
    }

    @Test
    void aStoreFromBeforeTheExplainerTermFindsItsExplainersAfterReindex() throws Exception {
        store.create(
                null,
                Draft.fromText(pkg("spd-alt", "2026-03-01", "", "Was ist die SPD?", "Die SPD ist eine Partei.")),
                "Anna",
                null);
        store.transition("spd-alt", State.IN_REVIEW, null, "Anna", null);
        store.transition("spd-alt", State.PUBLISHED, null, "Rita", null);
        store.close();
        // as an older version left it: no explainer terms
        try (Connection c = DriverManager.getConnection(
                        "jdbc:sqlite:" + dir.resolve("data").resolve("ozd.db"));
                Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("DELETE FROM package_terms WHERE kind = 'explainer'"))
                    .isEqualTo(1);
        }
        store = openStore();
        assertThat(store.archivedExplainers("SPD", 3)).isEmpty();
        store.reindex();
        assertThat(store.archivedExplainers("SPD", 3))
                .extracting(ArchivedExplainer::slug)
                .containsExactly("spd-alt");
    }
}
