package de.ozd.newsroom.store.internal;

import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.store.ConflictException;
import de.ozd.newsroom.store.Draft;
import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.RevisionKind;
import de.ozd.newsroom.store.StoreException;
import de.ozd.newsroom.store.internal.RevisionWriter.Append;
import de.ozd.newsroom.store.internal.db.Database;
import de.ozd.newsroom.store.internal.db.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A package's address (issue 11): the slug can change freely until the package is first published, afterwards only
 * with a permanent redirect from each old slug ({@code slug_redirects}); a package that was never published can be
 * deleted with its revisions, source report and search data.
 */
public final class Addresses {
    /** The {@code slug:} line of a front-matter block, as the parser reads it ({@code key: value}). */
    private static final Pattern SLUG_LINE = Pattern.compile("(?m)^slug[ \\t]*:[^\\r\\n]*");

    private final Database db;
    private final PackageRules rules;
    private final RevisionWriter writer;
    private final IndexSync sync;

    public Addresses(Database db, PackageRules rules, RevisionWriter writer, IndexSync sync) {
        this.db = db;
        this.rules = rules;
        this.writer = writer;
        this.sync = sync;
    }

    /**
     * Moves {@code slug} to {@code newSlug} as a new revision (kind {@code rename}); a package that was ever public
     * keeps {@code slug} as a permanent redirect. Renaming back to one of the package's own old slugs takes that
     * redirect away. Refused: an invalid or unchanged slug (bad argument), a slug in use by another package or
     * redirect, a stale base revision or a retracted package (conflict).
     */
    public PackageRecord rename(String slug, String newSlug, String author, Integer baseRevision) {
        rules.checkAuthor(author);
        String target = newSlug == null ? "" : newSlug.strip();
        PackageRules.checkSlug(target, StoreException.Kind.BAD_ARGUMENT);
        return sync.writeRemoving(slug, c -> {
            PackageRow row = PackageRows.get(c, slug);
            if (baseRevision != null && row.rev() != baseRevision) {
                throw new ConflictException(slug, baseRevision, row.rev(), null);
            }
            PackageRules.refuseRetracted(row);
            if (target.equals(slug)) {
                throw new StoreException(
                        StoreException.Kind.BAD_ARGUMENT,
                        "same_slug",
                        "„" + slug + "“ ist schon die Adresse dieses Pakets.");
            }
            if (PackageRows.find(c, target).isPresent()) {
                throw new StoreException(
                        StoreException.Kind.CONFLICT,
                        "exists",
                        "Die Adresse „" + target + "“ hat schon ein anderes Paket: wählen Sie eine andere.");
            }
            Optional<Long> redirected = redirectOwner(c, target);
            if (redirected.isPresent() && redirected.get() != row.id()) {
                throw redirectedAway(target);
            }
            boolean wasPublic = everPublic(c, row);
            update(c, "DELETE FROM slug_redirects WHERE old_slug = ?", target);
            try (PreparedStatement ps = c.prepareStatement("UPDATE packages SET slug = ? WHERE id = ?")) {
                ps.setString(1, target);
                ps.setLong(2, row.id());
                ps.executeUpdate();
            }
            update(c, "UPDATE package_sources SET slug = ? WHERE slug = ?", target, slug);
            if (wasPublic) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO slug_redirects (old_slug, package_id, created_at) VALUES (?, ?, ?)")) {
                    ps.setString(1, slug);
                    ps.setLong(2, row.id());
                    ps.setString(3, Times.now());
                    ps.executeUpdate();
                }
            }
            String summary = "Adresse: " + slug + " → " + target + (wasPublic ? " (alte Adresse leitet weiter)" : "");
            Append rename = new Append(
                    row,
                    target,
                    withSlug(PackageJson.read(row.json()), row.text(), row.json(), target),
                    Times.now(),
                    author,
                    RevisionKind.RENAME,
                    summary,
                    row.state(),
                    null);
            return writer.appendAll(c, List.of(rename)).get(0);
        });
    }

    /**
     * Deletes a package that was never published (draft or in review): its revisions, source report, search data
     * and row. Returns it as it was. A package that was ever public is refused (conflict): it can be retracted.
     */
    public PackageRecord delete(String slug, String author, Integer baseRevision) {
        rules.checkAuthor(author);
        PackageRecord[] deleted = {null};
        sync.writeRemoving(slug, c -> {
            PackageRow row = PackageRows.get(c, slug);
            if (baseRevision != null && row.rev() != baseRevision) {
                throw new ConflictException(slug, baseRevision, row.rev(), null);
            }
            if (everPublic(c, row)) {
                throw new StoreException(
                        StoreException.Kind.CONFLICT,
                        "was_published",
                        "Paket „" + slug + "“ war schon veröffentlicht und lässt sich nicht löschen; "
                                + "ziehen Sie es stattdessen zurück (mit Begründung für die Leser).");
            }
            deleted[0] = rules.record(row, PackageJson.read(row.json()));
            long id = row.id();
            update(c, "DELETE FROM package_terms WHERE package_id = ?", id);
            if (db.dialect() == Dialect.POSTGRESQL) {
                update(c, "DELETE FROM package_search WHERE package_id = ?", id);
            }
            update(c, "DELETE FROM slug_redirects WHERE package_id = ?", id);
            update(c, "DELETE FROM revisions WHERE package_id = ?", id);
            update(c, "DELETE FROM package_sources WHERE slug = ?", slug);
            update(c, "DELETE FROM packages WHERE id = ?", id);
            return null;
        });
        return deleted[0];
    }

    /** The current slug of the package that {@code oldSlug} once named, if it was renamed after publication. */
    public Optional<String> redirect(String oldSlug) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT p.slug FROM slug_redirects r JOIN packages p"
                    + " ON p.id = r.package_id WHERE r.old_slug = ?")) {
                ps.setString(1, oldSlug);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** The old slugs that lead to {@code slug}, oldest first. */
    public List<String> oldSlugs(String slug) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT r.old_slug FROM slug_redirects r JOIN packages p"
                    + " ON p.id = r.package_id WHERE p.slug = ? ORDER BY r.created_at, r.old_slug")) {
                ps.setString(1, slug);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** Whether the package was ever published: a time of first publication, or any public revision. */
    public boolean everPublic(String slug) {
        return db.read(c -> everPublic(c, PackageRows.get(c, slug)));
    }

    private static boolean everPublic(Connection c, PackageRow row) throws SQLException {
        if (row.publishedAt() != null || row.state().isPublic()) {
            return true;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM revisions WHERE package_id = ?"
                + " AND state IN ('published', 'corrected', 'retracted') LIMIT 1")) {
            ps.setLong(1, row.id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Refuses {@code slug} for a new package when it is the old address of a published one. */
    static void refuseRedirected(Connection c, String slug) throws SQLException {
        if (redirectOwner(c, slug).isPresent()) {
            throw redirectedAway(slug);
        }
    }

    /** Refuses the first of {@code slugs} (new packages of a bulk import) that is the old address of a package. */
    static void refuseRedirected(Connection c, List<String> slugs) throws SQLException {
        for (int i = 0; i < slugs.size(); i += 500) {
            List<String> chunk = slugs.subList(i, Math.min(slugs.size(), i + 500));
            try (PreparedStatement ps = c.prepareStatement("SELECT old_slug FROM slug_redirects WHERE old_slug IN ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ") ORDER BY old_slug")) {
                PackageRows.bind(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw redirectedAway(rs.getString(1));
                    }
                }
            }
        }
    }

    private static StoreException redirectedAway(String slug) {
        return new StoreException(
                StoreException.Kind.CONFLICT,
                "slug_redirected",
                "„" + slug + "“ war die Adresse eines veröffentlichten Pakets und leitet dauerhaft dorthin weiter:"
                        + " wählen Sie eine andere.");
    }

    private static Optional<Long> redirectOwner(Connection c, String slug) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT package_id FROM slug_redirects WHERE old_slug = ?")) {
            ps.setString(1, slug);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    /**
     * The package with {@code slug} in its front matter when it names a slug there (text and JSON form alike), so
     * that the text never names an old address; otherwise unchanged.
     */
    static Draft withSlug(ArticlePackage pkg, String text, String json, String slug) {
        if (!pkg.frontMatter().fields().containsKey("slug")) {
            return new Draft(pkg, text, json);
        }
        int end = frontMatterEnd(text);
        Matcher m = SLUG_LINE.matcher(text).region(0, Math.max(end, 0));
        if (end < 0 || !m.find()) {
            return new Draft(pkg, text, json);
        }
        String changed = text.substring(0, m.start()) + "slug: " + slug + text.substring(m.end());
        return new Draft(pkg.withFrontMatter(pkg.frontMatter().with("slug", slug)), changed);
    }

    /** Where the front-matter block ends (the start of its closing {@code ---} line), or -1 without one. */
    private static int frontMatterEnd(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        if (!text.startsWith("---", start)) {
            return -1;
        }
        int lineEnd = text.indexOf('\n', start);
        if (lineEnd < 0) {
            return -1;
        }
        Matcher close = Pattern.compile("(?m)^---[ \\t]*\\r?$").matcher(text);
        return close.find(lineEnd + 1) ? close.start() : -1;
    }
}
