package de.ozd.newsroom.store.internal.db;

/** The two setups: embedded SQLite and the PostgreSQL server setup. */
public enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The folder of this dialect's migration scripts. */
    public String folder() {
        return folder;
    }
}
