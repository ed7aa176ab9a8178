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
            description =
                    "Datenordner der eingebetteten Installation (SQLite + Suchindex). Vorgabe: ./data oder OZD_DATA.")
    Path data = Path.of(System.getenv().getOrDefault("OZD_DATA", "data"));

    @Option(
            names = "--db",
            paramLabel = "URL",
            description =
                    "PostgreSQL statt der eingebetteten Installation: postgresql://USER@HOST:PORT/DB (oder OZD_DB).")
    String db = System.getenv("OZD_DB");

    @Option(
            names = "--search-cap",
            paramLabel = "N",
            defaultValue = "${env:OZD_SEARCH_CAP:-" + StoreConfig.DEFAULT_SEARCH_CAP + "}",
            description = "Nur PostgreSQL: Eine Suche berücksichtigt höchstens die N "
                    + "neuesten Treffer (Gesamtzahl, Facetten, Rangfolge); darüber hinaus ist die Gesamtzahl eine "
                    + "Untergrenze. Vorgabe: " + StoreConfig.DEFAULT_SEARCH_CAP + " oder OZD_SEARCH_CAP.")
    int searchCap;

    /** Opens the store, creating it where none exists (import, serve); {@link Store#created()} says whether. */
    public Store open() {
        return open(false, true, false);
    }

    /**
     * {@code databaseOnly}: without the search index, so it works beside a running server (tokens). {@code create}
     * false: a data directory or database without a store is refused with one message naming it, and nothing is
     * created (the read commands: a typo in --data must not leave an empty store behind). {@code toRebuild}: for
     * {@code ozd reindex}, which must work whatever state the search index is in.
     */
    public Store open(boolean databaseOnly, boolean create, boolean toRebuild) {
        try {
            StoreConfig config = StoreConfig.of(data, db)
                    .withSearchCap(searchCap)
                    .withTextLimits(
                            limit("OZD_MAX_AUTHOR_CHARS", StoreConfig.DEFAULT_MAX_AUTHOR_CHARS),
                            limit("OZD_MAX_MESSAGE_CHARS", StoreConfig.DEFAULT_MAX_MESSAGE_CHARS),
                            limit("OZD_MAX_NOTE_CHARS", StoreConfig.DEFAULT_MAX_NOTE_CHARS));
            if (toRebuild) {
                return Store.openToRebuild(config);
            }
            if (create) {
                return databaseOnly ? Store.openDatabaseOnly(config) : Store.open(config);
            }
            return databaseOnly ? Store.openExistingDatabaseOnly(config) : Store.openExisting(config);
        } catch (StoreException e) {
            throw new UserException(e.getMessage());
        }
    }

    /** A length limit from the environment; unset, empty or not a positive number: the default. */
    private static int limit(String name, int fallback) {
        String v = System.getenv(name);
        try {
            int n = v == null || v.isBlank() ? fallback : Integer.parseInt(v.strip());
            return n > 0 ? n : fallback;
        } catch (NumberFormatException e) {
            throw new UserException(name + " muss eine positive ganze Zahl sein, nicht „" + v + "“.");
        }
    }
}
