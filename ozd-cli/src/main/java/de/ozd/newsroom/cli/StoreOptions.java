package de.ozd.newsroom.cli;

import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import de.ozd.newsroom.store.StoreException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the store lives: every store command takes {@code --data DIR} and {@code --db URL}. */
public final class StoreOptions {
    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data directory of the embedded setup (SQLite + search index). Default: ./data or OZD_DATA.")
    Path data = Path.of(System.getenv().getOrDefault("OZD_DATA", "data"));

    @Option(
            names = "--db",
            paramLabel = "URL",
            description = "PostgreSQL instead of the embedded setup: postgresql://USER@HOST:PORT/DB (or OZD_DB).")
    String db = System.getenv("OZD_DB");

    @Option(
            names = "--search-cap",
            paramLabel = "N",
            defaultValue = "${env:OZD_SEARCH_CAP:-" + StoreConfig.DEFAULT_SEARCH_CAP + "}",
            description = "PostgreSQL setup: a search considers at most the N "
                    + "newest matches (total, facets, ranking); beyond them the total is a lower bound. Default: "
                    + StoreConfig.DEFAULT_SEARCH_CAP + " or OZD_SEARCH_CAP.")
    int searchCap;

    /** Opens the store, creating it where none exists (import, serve); {@link Store#created()} says whether. */
    public Store open() {
        return open(false, true);
    }

    /**
     * {@code databaseOnly}: without the search index, so it works beside a running server (tokens). {@code create}
     * false: a data directory or database without a store is refused with one message naming it, and nothing is
     * created (the read commands: a typo in --data must not leave an empty store behind).
     */
    public Store open(boolean databaseOnly, boolean create) {
        try {
            StoreConfig config = StoreConfig.of(data, db).withSearchCap(searchCap);
            if (create) {
                return databaseOnly ? Store.openDatabaseOnly(config) : Store.open(config);
            }
            return databaseOnly ? Store.openExistingDatabaseOnly(config) : Store.openExisting(config);
        } catch (StoreException e) {
            throw new UserException(e.getMessage());
        }
    }
}
