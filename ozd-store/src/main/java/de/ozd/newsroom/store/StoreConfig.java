package de.ozd.newsroom.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the store lives: {@code dbUrl} empty → embedded (SQLite + Lucene under {@code dataDir}); else PostgreSQL.
 *
 * @param maxPackageBytes  larger house texts are refused (UTF-8 bytes)
 * @param maxAuthorChars   longer author names are refused
 * @param maxMessageChars  longer save messages (the line in the history) are refused
 * @param maxNoteChars     longer correction notes and retraction reasons are refused
 * @param searchCap        PostgreSQL setup: how many matching packages one search considers at most (the newest);
 *                         up to this many, total, facets and ranking are exact, beyond it the total is a lower
 *                         bound. The embedded setup always counts exactly and ignores it.
 */
public record StoreConfig(
        Path dataDir,
        Optional<String> dbUrl,
        long maxPackageBytes,
        int maxAuthorChars,
        int maxMessageChars,
        int maxNoteChars,
        Entities.Extractor entities,
        int searchCap) {

    public static final long DEFAULT_MAX_PACKAGE_BYTES = 2L * 1024 * 1024;
    public static final int DEFAULT_SEARCH_CAP = 500;
    public static final int DEFAULT_MAX_AUTHOR_CHARS = 200;
    public static final int DEFAULT_MAX_MESSAGE_CHARS = 1000;
    public static final int DEFAULT_MAX_NOTE_CHARS = 2000;

    public StoreConfig {
        if (maxAuthorChars < 1 || maxMessageChars < 1 || maxNoteChars < 1) {
            throw StoreException.invalid("Die Längengrenzen für Autor, Nachricht und Notiz müssen mindestens 1 sein.");
        }
        if (searchCap < 1) {
            throw StoreException.invalid("Die Suchobergrenze muss mindestens 1 sein, nicht " + searchCap + ".");
        }
    }

    public static StoreConfig embedded(Path dataDir) {
        return of(dataDir, null);
    }

    public static StoreConfig postgresql(String url) {
        return new StoreConfig(
                Path.of("data"),
                Optional.of(url),
                DEFAULT_MAX_PACKAGE_BYTES,
                DEFAULT_MAX_AUTHOR_CHARS,
                DEFAULT_MAX_MESSAGE_CHARS,
                DEFAULT_MAX_NOTE_CHARS,
                Entities.FRONT_MATTER,
                DEFAULT_SEARCH_CAP);
    }

    /** {@code dbUrl} null or blank → embedded under {@code dataDir}. */
    public static StoreConfig of(Path dataDir, String dbUrl) {
        return new StoreConfig(
                dataDir,
                Optional.ofNullable(dbUrl).filter(s -> !s.isBlank()),
                DEFAULT_MAX_PACKAGE_BYTES,
                DEFAULT_MAX_AUTHOR_CHARS,
                DEFAULT_MAX_MESSAGE_CHARS,
                DEFAULT_MAX_NOTE_CHARS,
                Entities.FRONT_MATTER,
                DEFAULT_SEARCH_CAP);
    }

    public StoreConfig withEntities(Entities.Extractor extractor) {
        return new StoreConfig(
                dataDir, dbUrl, maxPackageBytes, maxAuthorChars, maxMessageChars, maxNoteChars, extractor, searchCap);
    }

    public StoreConfig withSearchCap(int cap) {
        return new StoreConfig(
                dataDir, dbUrl, maxPackageBytes, maxAuthorChars, maxMessageChars, maxNoteChars, entities, cap);
    }

    /** Other limits for author names, save messages and notes (characters). */
    public StoreConfig withTextLimits(int author, int message, int note) {
        return new StoreConfig(dataDir, dbUrl, maxPackageBytes, author, message, note, entities, searchCap);
    }
}
