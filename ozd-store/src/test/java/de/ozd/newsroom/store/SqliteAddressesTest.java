package de.ozd.newsroom.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.store.search.SearchQuery;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The addresses suite on the embedded setup: SQLite + Lucene in a temporary data directory. */
class SqliteAddressesTest extends AbstractAddressesTest {
    @TempDir
    Path dir;

    @Override
    protected Store openStore() {
        return Store.open(StoreConfig.embedded(dir.resolve("data")));
    }

    @Override
    protected Store reopen() {
        return openStore();
    }

    @Test
    void aDeletionTheIndexMissedIsCaughtOnTheNextOpen() {
        store.create(null, Draft.fromText(TestPackages.bridge()), "Anna", null);
        store.create(null, Draft.fromText(TestPackages.strike()), "Anna", null);
        store.close();
        // a database-only store (no index lock) deletes: the index still holds the package
        try (Store dbOnly = Store.openDatabaseOnly(StoreConfig.embedded(dir.resolve("data")))) {
            dbOnly.delete("mainfurt-sperrt-bruecke", "Anna", null);
        }
        store = reopen();
        assertThat(store.search(SearchQuery.of("Pfeilern")).total()).isZero();
        assertThat(store.search(SearchQuery.of("Streik")).hits()).hasSize(1);
    }
}
