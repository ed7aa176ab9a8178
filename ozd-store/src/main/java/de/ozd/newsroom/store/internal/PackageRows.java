package de.ozd.newsroom.store.internal;

import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.store.Revision;
import de.ozd.newsroom.store.RevisionInfo;
import de.ozd.newsroom.store.RevisionKind;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The row-reading SQL that the reading API, the workflow and the import share. */
public final class PackageRows {
    public static final String RECORD_SQL = "SELECT p.id, p.slug, p.headline, p.state, p.current_rev, p.created_at,"
            + " p.updated_at, p.published_at, p.pub_date, p.correction_note, p.retraction_reason, r.body_json,"
            + " r.body_text, p.live_rev, p.live_updated_at, p.corrections, p.scheduled_at, p.scheduled_by"
            + " FROM packages p JOIN revisions r ON r.package_id = p.id AND r.rev = p.current_rev ";

    /** Slugs per {@code IN (…)} list: well below both databases' limits on bound parameters. */
    private static final int IN_CHUNK = 500;

    private PackageRows() {}

    public static Optional<PackageRow> find(Connection c, String slug) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(RECORD_SQL + "WHERE p.slug = ?")) {
            ps.setString(1, slug);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** The current row of {@code slug} or a 404. */
    public static PackageRow get(Connection c, String slug) throws SQLException {
        return find(c, slug).orElseThrow(() -> StoreException.notFound(slug));
    }

    /** One row of a {@link #RECORD_SQL} result. */
    public static PackageRow read(ResultSet rs) throws SQLException {
        return new PackageRow(
                rs.getLong(1),
                rs.getString(2),
                state(rs.getString(4)),
                rs.getInt(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                rs.getObject(14) == null ? null : rs.getInt(14),
                rs.getString(15),
                rs.getString(16),
                rs.getString(17),
                rs.getString(18));
    }

    /** The row at its live revision when that is older than the current one (a pending edit); else the row. */
    public static PackageRow live(Connection c, PackageRow row) throws SQLException {
        if (row.liveRev() == null || row.liveRev() == row.rev()) {
            return row;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT created_at, body_json, body_text FROM revisions WHERE package_id = ? AND rev = ?")) {
            ps.setLong(1, row.id());
            ps.setInt(2, row.liveRev());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException(
                            "live revision " + row.liveRev() + " of " + row.slug() + " missing");
                }
                return row.atRevision(row.liveRev(), rs.getString(1), rs.getString(2), rs.getString(3));
            }
        }
    }

    static long lastChange(Connection c, String slug) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_change FROM packages WHERE slug = ?")) {
            ps.setString(1, slug);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** The newest change number among {@code slugs} (0 when none is stored). */
    static long lastChange(Connection c, List<String> slugs) throws SQLException {
        long max = 0;
        for (List<String> chunk : chunks(slugs)) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT max(last_change) FROM packages WHERE slug IN (" + placeholders(chunk.size()) + ")")) {
                bind(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        max = Math.max(max, rs.getLong(1));
                    }
                }
            }
        }
        return max;
    }

    /** The current rows of those {@code slugs} that exist, by slug. */
    static Map<String, PackageRow> findAll(Connection c, List<String> slugs) throws SQLException {
        Map<String, PackageRow> out = new HashMap<>();
        for (List<String> chunk : chunks(slugs)) {
            try (PreparedStatement ps =
                    c.prepareStatement(RECORD_SQL + "WHERE p.slug IN (" + placeholders(chunk.size()) + ")")) {
                bind(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        PackageRow row = read(rs);
                        out.put(row.slug(), row);
                    }
                }
            }
        }
        return out;
    }

    private static List<List<String>> chunks(List<String> values) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i += IN_CHUNK) {
            out.add(values.subList(i, Math.min(values.size(), i + IN_CHUNK)));
        }
        return out;
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    public static void bind(PreparedStatement ps, List<String> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setString(i + 1, args.get(i));
        }
    }

    /** The newest change number in the database (0 when empty). */
    public static long maxChange(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(max(last_change), 0) FROM packages")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static Optional<Revision> loadRevision(Connection c, long id, int rev) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT rev, created_at, author, kind, summary, state, note,"
                + " body_json, body_text FROM revisions WHERE package_id = ? AND rev = ?")) {
            ps.setLong(1, id);
            ps.setInt(2, rev);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Revision(info(rs), PackageJson.read(rs.getString(8)), rs.getString(9)));
            }
        }
    }

    public static RevisionInfo info(ResultSet rs) throws SQLException {
        return new RevisionInfo(
                rs.getInt(1),
                Times.parse(rs.getString(2)),
                rs.getString(3),
                kind(rs.getString(4)),
                rs.getString(5),
                state(rs.getString(6)),
                Optional.ofNullable(rs.getString(7)));
    }

    public static RevisionKind kind(String key) {
        return RevisionKind.byKey(key)
                .orElseThrow(() -> new IllegalStateException("unknown revision kind in database: " + key));
    }

    public static State state(String key) {
        return State.byKey(key).orElseThrow(() -> new IllegalStateException("unknown state in database: " + key));
    }
}
