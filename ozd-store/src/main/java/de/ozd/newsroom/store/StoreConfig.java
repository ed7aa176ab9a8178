package de.ozd.newsroom.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the store lives: {@code dbUrl} empty → embedded (SQLite + Lucene under {@code dataDir}); else PostgreSQL.
 *
 * @param maxPackageBytes  larger house texts are refused (UTF-8 bytes)
 * @param maxAuthorChars   longer author names or notes are refused
 */
public record StoreConfig(Path dataDir, Optional<String> dbUrl, long maxPackageBytes, int maxAuthorChars,
        Entities.Extractor entities) {

    public static final long DEFAULT_MAX_PACKAGE_BYTES = 2L * 1024 * 1024;

    public static StoreConfig embedded(Path dataDir) {
        return new StoreConfig(dataDir, Optional.empty(), DEFAULT_MAX_PACKAGE_BYTES, 200, Entities.FRONT_MATTER);
    }

    public static StoreConfig postgresql(String url) {
        return new StoreConfig(Path.of("data"), Optional.of(url), DEFAULT_MAX_PACKAGE_BYTES, 200, Entities.FRONT_MATTER);
    }

    /** {@code dbUrl} null or blank → embedded under {@code dataDir}. */
    public static StoreConfig of(Path dataDir, String dbUrl) {
        return new StoreConfig(dataDir, Optional.ofNullable(dbUrl).filter(s -> !s.isBlank()), DEFAULT_MAX_PACKAGE_BYTES,
                200, Entities.FRONT_MATTER);
    }

    public StoreConfig withEntities(Entities.Extractor extractor) {
        return new StoreConfig(dataDir, dbUrl, maxPackageBytes, maxAuthorChars, extractor);
    }
}
