package de.ozd.newsroom.store;

import de.ozd.newsroom.store.internal.Times;
import de.ozd.newsroom.store.internal.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** The wire report a package was drafted from, kept so the desk can check grounding against it while editing. */
public final class Sources {
    private final Database db;

    Sources(Database db) {
        this.db = db;
    }

    /** Keeps {@code source} as the report of {@code slug} (replacing an earlier one). */
    public void put(String slug, String source) {
        db.write(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM package_sources WHERE slug = ?")) {
                del.setString(1, slug);
                del.executeUpdate();
            }
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO package_sources (slug, source, created_at) VALUES (?, ?, ?)")) {
                ps.setString(1, slug);
                ps.setString(2, source);
                ps.setString(3, Times.now());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<String> get(String slug) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT source FROM package_sources WHERE slug = ?")) {
                ps.setString(1, slug);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }
}
