package de.ozd.newsroom.store.internal;

import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.text.ExplainerQuestions;
import de.ozd.newsroom.core.text.Placeholders;
import de.ozd.newsroom.store.ConflictException;
import de.ozd.newsroom.store.Draft;
import de.ozd.newsroom.store.Entities;
import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.RevisionKind;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.internal.db.Dialect;
import de.ozd.newsroom.store.internal.search.PostgresSearch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Appends revisions, many at a time: every step is one JDBC batch over all of them (one round trip on PostgreSQL,
 * one prepared statement on SQLite), so a bulk import costs a handful of statements per batch, not ten per package.
 * A single save is a batch of one. Nothing is overwritten: the package row moves on to the new revision only if it
 * is still at the revision the caller read (optimistic locking), else the whole transaction is refused.
 */
public final class RevisionWriter {
    /**
     * One revision to append: to a new package ({@code base} null: its row is created as revision 1) or on top of
     * {@code base}, the row as the caller read it.
     */
    record Append(
            PackageRow base,
            String slug,
            Draft draft,
            String at,
            String author,
            RevisionKind kind,
            String summary,
            State state,
            String note) {

        /**
         * Whether this revision is what readers see from now on: a publication, a correction (both move the state
         * to a public one by a transition) or an update ({@code kind} {@code update}). Every other revision of a
         * public package (a save, a restore, an import) is pending until one of these publishes it.
         */
        boolean goesLive() {
            return state.isPublic() && (kind == RevisionKind.TRANSITION || kind == RevisionKind.UPDATE);
        }
    }

    /** An append with the row values it leads to ({@code body}: the search text, on PostgreSQL only). */
    private record Next(
            Append append, PackageRow row, String headline, String pubDate, Entities entities, String body) {
        boolean created() {
            return append.base() == null;
        }

        /**
         * A revision readers do not see (a public package's pending edit): the search data stays that of the live
         * revision, since readers search there.
         */
        boolean pendingOnly() {
            return row.state().isPublic() && row.liveRev() != null && row.liveRev() != row.rev();
        }
    }

    /**
     * The columns of a package row that every revision sets, bound as parameters 1 to {@value #ROW_COLUMN_COUNT} by
     * {@link #bindRowColumns}. Every revision clears a planned publication (scheduled_at): what was planned is not
     * what is there any more.
     */
    private static final String ROW_COLUMNS = "headline, state, pub_date, updated_at, published_at, correction_note,"
            + " retraction_reason, live_rev, live_updated_at, corrections, scheduled_at, scheduled_by";

    private static final int ROW_COLUMN_COUNT = 12;

    private final Dialect dialect;
    private final Entities.Extractor entities;

    public RevisionWriter(Dialect dialect, Entities.Extractor entities) {
        this.dialect = dialect;
        this.entities = entities;
    }

    /** Appends one revision per entry (slugs must be distinct) and returns the packages at their new revisions. */
    List<PackageRecord> appendAll(Connection c, List<Append> appends) throws SQLException {
        List<Next> next = appends.stream().map(this::next).toList();
        insertPackages(c, next.stream().filter(Next::created).toList());
        moveOn(c, next.stream().filter(n -> !n.created()).toList());
        insertRevisions(c, next);
        setLastChange(c, next);
        List<PackageRecord> records = new ArrayList<>();
        for (Next n : next) {
            records.add(PackageRules.record(n.row(), n.append().draft().pkg(), n.entities()));
        }
        List<PackageRecord> searched = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        List<Long> replaced = new ArrayList<>();
        for (int i = 0; i < next.size(); i++) {
            Next n = next.get(i);
            if (!n.pendingOnly()) {
                searched.add(records.get(i));
                bodies.add(n.body());
                if (!n.created()) {
                    replaced.add(n.row().id());
                }
            }
        }
        writeSearchData(c, searched, bodies, replaced);
        return records;
    }

    /**
     * Rewrites the search data (terms; on PostgreSQL the text-search vector) of packages already stored, e.g. for a
     * reindex after the entity extractor changed.
     */
    public void rewriteSearchData(Connection c, List<PackageRecord> records) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM packages WHERE slug = ?")) {
            for (PackageRecord r : records) {
                ps.setString(1, r.slug());
                try (var rs = ps.executeQuery()) {
                    if (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
        }
        writeSearchData(
                c, records, records.stream().map(r -> PackageText.body(r.pkg())).toList(), ids);
    }

    private Next next(Append a) {
        PackageRow base = a.base();
        ArticlePackage pkg = a.draft().pkg();
        String at = a.at();
        String createdAt = base == null ? at : base.createdAt();
        String basePublished = base == null ? null : base.publishedAt();
        String publishedAt = basePublished != null ? basePublished : a.state() == State.PUBLISHED ? at : null;
        String baseCorrection = base == null ? null : base.correctionNote();
        String correction = a.state() == State.CORRECTED && a.note() != null ? a.note() : baseCorrection;
        String baseRetraction = base == null ? null : base.retractionReason();
        String retraction = a.state() == State.RETRACTED ? (a.note() != null ? a.note() : baseRetraction) : null;
        int rev = base == null ? 1 : base.rev() + 1;
        Integer baseLive = base == null ? null : base.liveRev();
        String baseCorrections = base == null ? null : base.corrections();
        String baseUpdated = base == null ? null : base.liveUpdatedAt();
        PackageRow row = new PackageRow(
                base == null ? 0 : base.id(),
                a.slug(),
                a.state(),
                rev,
                createdAt,
                at,
                publishedAt,
                correction,
                retraction,
                a.draft().json(),
                a.draft().text(),
                a.goesLive() ? Integer.valueOf(rev) : baseLive,
                a.kind() == RevisionKind.UPDATE ? at : baseUpdated,
                a.state() == State.CORRECTED && a.note() != null
                        ? Corrections.append(baseCorrections, at, a.note())
                        : baseCorrections,
                null,
                null);
        return new Next(
                a,
                row,
                PackageRules.headline(pkg, a.slug()),
                PackageRules.pubDate(pkg, publishedAt, createdAt),
                entities.extract(pkg),
                dialect == Dialect.POSTGRESQL ? PackageText.body(pkg) : null);
    }

    private void insertPackages(Connection c, List<Next> created) throws SQLException {
        if (created.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO packages (" + ROW_COLUMNS + ", slug, created_at,"
                + " current_rev, last_change) VALUES (" + "?, ".repeat(ROW_COLUMN_COUNT) + "?, ?, 1, 0)")) {
            for (Next n : created) {
                bindRowColumns(ps, n);
                ps.setString(ROW_COLUMN_COUNT + 1, n.row().slug());
                ps.setString(ROW_COLUMN_COUNT + 2, n.row().createdAt());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bindRowColumns(PreparedStatement ps, Next n) throws SQLException {
        PackageRow r = n.row();
        ps.setString(1, n.headline());
        ps.setString(2, r.state().key());
        ps.setString(3, n.pubDate());
        ps.setString(4, r.updatedAt());
        ps.setString(5, r.publishedAt());
        ps.setString(6, r.correctionNote());
        ps.setString(7, r.retractionReason());
        if (r.liveRev() == null) {
            ps.setNull(8, java.sql.Types.INTEGER);
        } else {
            ps.setInt(8, r.liveRev());
        }
        ps.setString(9, r.liveUpdatedAt());
        ps.setString(10, r.corrections());
        ps.setString(11, r.scheduledAt());
        ps.setString(12, r.scheduledBy());
    }

    /** Moves existing rows on to their new revision; a row another writer moved on first is a conflict. */
    private void moveOn(Connection c, List<Next> saved) throws SQLException {
        if (saved.isEmpty()) {
            return;
        }
        int[] counts;
        try (PreparedStatement ps = c.prepareStatement("UPDATE packages SET (" + ROW_COLUMNS + ", current_rev)" + " = ("
                + "?, ".repeat(ROW_COLUMN_COUNT) + "?) WHERE id = ? AND current_rev = ?")) {
            for (Next n : saved) {
                bindRowColumns(ps, n);
                ps.setInt(ROW_COLUMN_COUNT + 1, n.row().rev());
                ps.setLong(ROW_COLUMN_COUNT + 2, n.row().id());
                ps.setInt(ROW_COLUMN_COUNT + 3, n.append().base().rev());
                ps.addBatch();
            }
            counts = ps.executeBatch();
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                // Another writer moved the package on between our read and this conditional update.
                Append a = saved.get(i).append();
                int current = PackageRows.find(c, a.slug()).map(PackageRow::rev).orElse(-1);
                throw new ConflictException(
                        a.slug(), a.base().rev(), current, a.draft().text());
            }
        }
    }

    private void insertRevisions(Connection c, List<Next> next) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO revisions (package_id, rev, created_at, author, kind,"
                        + " summary, state, note, body_json, body_text) SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM packages"
                        + " WHERE slug = ?")) {
            for (Next n : next) {
                Append a = n.append();
                ps.setInt(1, n.row().rev());
                ps.setString(2, a.at());
                ps.setString(3, a.author().strip());
                ps.setString(4, a.kind().key());
                ps.setString(5, a.summary());
                ps.setString(6, a.state().key());
                ps.setString(7, a.note());
                ps.setString(8, a.draft().json());
                ps.setString(9, a.draft().text());
                ps.setString(10, a.slug());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The change number of a package is the id of its newest revision: the index follows changes in that order. */
    private static void setLastChange(Connection c, List<Next> next) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE packages SET last_change = (SELECT r.id FROM revisions r"
                + " WHERE r.package_id = packages.id AND r.rev = packages.current_rev) WHERE slug = ?")) {
            for (Next n : next) {
                ps.setString(1, n.append().slug());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Terms for filters and facets (tags, persons, places, organisations) and on PostgreSQL the German text-search
     * vector; {@code replaced} are the ids of packages whose old terms go first.
     */
    private void writeSearchData(Connection c, List<PackageRecord> records, List<String> bodies, List<Long> replaced)
            throws SQLException {
        if (!replaced.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM package_terms WHERE package_id = ?")) {
                for (long id : replaced) {
                    ps.setLong(1, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        List<List<Term>> terms = records.stream().map(RevisionWriter::terms).toList();
        try (PreparedStatement ps = c.prepareStatement(
                dialect == Dialect.POSTGRESQL
                        ? "INSERT INTO package_terms (package_id, kind, value, folded) SELECT id, ?, ?, ? FROM packages"
                                + " WHERE slug = ? ON CONFLICT DO NOTHING"
                        : "INSERT OR IGNORE INTO package_terms (package_id, kind, value, folded) SELECT id, ?, ?, ? FROM packages"
                                + " WHERE slug = ?")) {
            for (int i = 0; i < records.size(); i++) {
                for (Term t : terms.get(i)) {
                    ps.setString(1, t.kind());
                    ps.setString(2, t.value());
                    ps.setString(3, t.folded());
                    ps.setString(4, records.get(i).slug());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        if (dialect == Dialect.POSTGRESQL) {
            writeSearchRows(c, records, bodies, terms);
        }
    }

    /** A tag or entity of a package, for filters and facets. */
    private record Term(String kind, String value, String folded) {}

    /**
     * The package's tags and entities, one per kind and folded value (the first spelling wins), and the names its
     * answered explainers ask about (kind {@value #EXPLAINER_TERM}, for {@code Store#archivedExplainers}).
     */
    private static List<Term> terms(PackageRecord r) {
        Map<String, Term> out = new LinkedHashMap<>();
        add(out, "tag", r.tags());
        add(out, "person", r.entities().persons());
        add(out, "place", r.entities().places());
        add(out, "organisation", r.entities().organisations());
        add(out, EXPLAINER_TERM, explainerNames(r.pkg()));
        return List.copyOf(out.values());
    }

    /**
     * The term kind of a name an explainer of the package answers: not a filter or facet of the search (it stays out
     * of PostgreSQL's search row), only the key by which drafts find the archive's explainers.
     */
    public static final String EXPLAINER_TERM = "explainer";

    /** Names asked about by the package's explainers whose answer is written (not a placeholder). */
    private static List<String> explainerNames(ArticlePackage pkg) {
        List<String> names = new ArrayList<>();
        pkg.explainers()
                .ifPresent(e -> e.entries().forEach(x -> {
                    if (!Placeholders.isPlaceholder(x.answer()) && !x.answer().contains(Placeholders.MARKER)) {
                        ExplainerQuestions.subject(x.question()).ifPresent(s -> names.add(s.name()));
                    }
                }));
        return names;
    }

    private static void add(Map<String, Term> out, String kind, List<String> values) {
        for (String v : values) {
            Term t = new Term(kind, v, PackageRules.fold(v));
            out.putIfAbsent(kind + ":" + t.folded(), t);
        }
    }

    /**
     * PostgreSQL's narrow search row of each package (see migration V2 and {@link PostgresSearch}): change number,
     * recency bucket, state, date, filter and facet terms and the weighted German text-search vector.
     */
    private static void writeSearchRows(
            Connection c, List<PackageRecord> records, List<String> bodies, List<List<Term>> terms)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO package_search (package_id, last_change, state,"
                + " pub_date, recency, filter_terms, facet_terms, vector) SELECT p.id, p.last_change, p.state, p.pub_date,"
                + " ARRAY[(p.last_change / " + PostgresSearch.RECENCY_BUCKET + ")::integer], ?, ?,"
                + " setweight(to_tsvector('german', ?), 'A') || setweight(to_tsvector('german', ?), 'B')"
                + " || setweight(to_tsvector('german', ?), 'C') FROM packages p WHERE p.slug = ?"
                + " ON CONFLICT (package_id) DO UPDATE SET last_change = excluded.last_change, state = excluded.state,"
                + " pub_date = excluded.pub_date, recency = excluded.recency, filter_terms = excluded.filter_terms,"
                + " facet_terms = excluded.facet_terms, vector = excluded.vector")) {
            for (int i = 0; i < records.size(); i++) {
                PackageRecord r = records.get(i);
                List<String> filters = new ArrayList<>();
                List<String> facets = new ArrayList<>();
                for (Term t : terms.get(i)) {
                    if (t.kind().equals(EXPLAINER_TERM)) {
                        continue;
                    }
                    filters.add(t.kind() + ":" + t.folded());
                    facets.add(t.kind() + ":" + t.value());
                }
                filters.add("state:" + r.state().key());
                ps.setArray(1, c.createArrayOf("text", filters.toArray()));
                ps.setArray(2, c.createArrayOf("text", facets.toArray()));
                ps.setString(3, r.headline());
                ps.setString(4, String.join(" ", r.tags()));
                ps.setString(5, bodies.get(i));
                ps.setString(6, r.slug());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The summary of a save: which sections changed, and the author's message. */
    static String changeSummary(PackageRow before, ArticlePackage after, String message) {
        String summary =
                PackageText.changes(Optional.of(de.ozd.newsroom.core.json.PackageJson.read(before.json())), after);
        return message == null || message.isBlank() ? summary : summary + ": " + message.strip();
    }
}
