package de.ozd.newsroom.store;

import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.store.db.Database;
import de.ozd.newsroom.store.db.Dialect;
import de.ozd.newsroom.store.search.LuceneIndex;
import de.ozd.newsroom.store.search.PostgresSearch;
import de.ozd.newsroom.store.search.SearchHit;
import de.ozd.newsroom.store.search.SearchIndex;
import de.ozd.newsroom.store.search.SearchQuery;
import de.ozd.newsroom.store.search.SearchResult;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The newsroom store: packages with their full history, the workflow and search. Every change is a new revision;
 * nothing is overwritten or deleted. Thread-safe; one instance per process and data directory.
 *
 * <p>Embedded setup: SQLite + Lucene under the data directory; the Lucene index follows the database and is
 * caught up on open, so it is never the only copy of anything. Server setup: PostgreSQL holds everything,
 * search included (German text search configuration).
 */
public final class Store implements AutoCloseable {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String RECORD_SQL = "SELECT p.id, p.slug, p.headline, p.state, p.current_rev, p.created_at,"
            + " p.updated_at, p.published_at, p.pub_date, p.correction_note, p.retraction_reason, r.body_json,"
            + " r.body_text FROM packages p JOIN revisions r ON r.package_id = p.id AND r.rev = p.current_rev ";

    private final StoreConfig config;
    private final Database db;
    private final LuceneIndex lucene;
    private final SearchIndex search;
    private final ReentrantLock indexOrder = new ReentrantLock(true);
    private final Tokens tokens;

    private Store(StoreConfig config, Database db, LuceneIndex lucene, SearchIndex search) {
        this.config = config;
        this.db = db;
        this.lucene = lucene;
        this.search = search;
        this.tokens = new Tokens(db);
    }

    /** Opens (and migrates) the store; embedded when {@code config.dbUrl()} is empty. */
    public static Store open(StoreConfig config) {
        if (config.dbUrl().isPresent()) {
            String url = config.dbUrl().get();
            if (!(url.startsWith("postgresql://") || url.startsWith("postgres://") || url.startsWith("jdbc:postgresql:"))) {
                throw new StoreException(400, "bad_db_url", "--db erwartet eine PostgreSQL-Adresse "
                        + "(postgresql://NUTZER@HOST:PORT/DATENBANK); ohne --db arbeitet ozd eingebettet unter --data.");
            }
            Database db = Database.postgresql(url);
            return new Store(config, db, null, new PostgresSearch(db));
        }
        Database db = Database.sqlite(config.dataDir());
        LuceneIndex lucene;
        try {
            lucene = LuceneIndex.open(config.dataDir().resolve("index"));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        Store store = new Store(config, db, lucene, lucene);
        try {
            store.catchUpIndex();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /**
     * Opens only the database, not the search index: for administration (tokens) while a server holds the index
     * lock. Searching is refused; package changes made this way reach the index when it is next opened (catch-up).
     */
    public static Store openDatabaseOnly(StoreConfig config) {
        if (config.dbUrl().isPresent()) {
            return open(config);
        }
        Database db = Database.sqlite(config.dataDir());
        return new Store(config, db, null, new SearchIndex() {
            @Override
            public SearchResult search(SearchQuery query) {
                throw unavailable();
            }

            @Override
            public List<SearchHit> related(String slug, int limit) {
                throw unavailable();
            }

            private StoreException unavailable() {
                return new StoreException(503, "search_unavailable", "Die Suche ist in diesem Modus nicht geöffnet.");
            }

            @Override
            public void close() {
            }
        });
    }

    public boolean embedded() {
        return db.dialect() == Dialect.SQLITE;
    }

    public Dialect dialect() {
        return db.dialect();
    }

    /** Where the data lives (no secrets). */
    public String description() {
        return embedded() ? config.dataDir().toAbsolutePath() + (lucene != null ? " (SQLite + Lucene)" : " (SQLite)") : db.description() + " (PostgreSQL)";
    }

    public Tokens tokens() {
        return tokens;
    }

    public StoreConfig config() {
        return config;
    }

    // --- reading -------------------------------------------------------------------------------------------

    public Optional<PackageRecord> find(String slug) {
        return db.read(c -> findRow(c, slug).map(this::toRecord));
    }

    public PackageRecord get(String slug) {
        return find(slug).orElseThrow(() -> StoreException.notFound(slug));
    }

    /** What readers may see: 404 unless published or corrected, 410 with the reason when retracted. */
    public PackageRecord publicView(String slug) {
        PackageRecord rec = find(slug).orElseThrow(() -> new StoreException(404, "not_found",
                "Diesen Artikel gibt es nicht."));
        if (rec.state() == State.RETRACTED) {
            throw new StoreException(410, "retracted", "Dieser Artikel wurde zurückgezogen: "
                    + rec.retractionReason().orElse("ohne Angabe von Gründen") + ".");
        }
        if (!rec.state().isPublic()) {
            throw new StoreException(404, "not_found", "Diesen Artikel gibt es nicht.");
        }
        return rec;
    }

    /** Packages by last change, newest first; {@code state} and {@code tag} filter when present. */
    public Page<PackageSummary> list(Optional<State> state, Optional<String> tag, int limit, int offset) {
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        List<String> args = new ArrayList<>();
        state.ifPresent(s -> {
            where.append(" AND p.state = ?");
            args.add(s.key());
        });
        tag.ifPresent(t -> {
            where.append(" AND EXISTS (SELECT 1 FROM package_terms t WHERE t.package_id = p.id AND t.kind = 'tag'"
                    + " AND t.folded = ?)");
            args.add(fold(t));
        });
        return db.read(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM packages p" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<PackageSummary> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.slug, p.headline, p.state, p.current_rev,"
                    + " p.updated_at, p.pub_date FROM packages p" + where
                    + " ORDER BY p.last_change DESC LIMIT ? OFFSET ?")) {
                bind(ps, args);
                ps.setInt(args.size() + 1, limit);
                ps.setInt(args.size() + 2, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new PackageSummary(rs.getString(1), rs.getString(2), state(rs.getString(3)),
                                rs.getInt(4), rs.getString(5), rs.getString(6)));
                    }
                }
            }
            return new Page<>(total, limit, offset, items);
        });
    }

    /** Every package at its current revision, in creation order, read in batches. */
    public void forEach(Consumer<PackageRecord> action) {
        long after = 0;
        while (true) {
            long from = after;
            List<Row> batch = db.read(c -> {
                List<Row> rows = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(RECORD_SQL + "WHERE p.id > ? ORDER BY p.id LIMIT 500")) {
                    ps.setLong(1, from);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(row(rs));
                        }
                    }
                }
                return rows;
            });
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(r -> action.accept(toRecord(r)));
            after = batch.get(batch.size() - 1).id();
        }
    }

    public long count() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM packages")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public List<RevisionInfo> revisions(String slug) {
        return db.read(c -> {
            Row row = findRow(c, slug).orElseThrow(() -> StoreException.notFound(slug));
            List<RevisionInfo> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT rev, created_at, author, kind, summary, state, note"
                    + " FROM revisions WHERE package_id = ? ORDER BY rev")) {
                ps.setLong(1, row.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(info(rs));
                    }
                }
            }
            return out;
        });
    }

    public Revision revision(String slug, int rev) {
        return db.read(c -> {
            Row row = findRow(c, slug).orElseThrow(() -> StoreException.notFound(slug));
            return loadRevision(c, row.id(), rev).orElseThrow(() -> new StoreException(404, "revision_not_found",
                    "Paket „" + slug + "“ hat keine Revision " + rev + " (aktuell: " + row.rev() + ")."));
        });
    }

    public TextDiff diff(String slug, int from, int to) {
        Revision a = revision(slug, from);
        Revision b = revision(slug, to);
        return TextDiff.of(from, a.text(), to, b.text());
    }

    public SearchResult search(SearchQuery query) {
        if (query.limit() < 0 || query.offset() < 0) {
            throw new StoreException(400, "bad_parameter", "limit und offset dürfen nicht negativ sein.");
        }
        return search.search(query);
    }

    public List<SearchHit> related(String slug, int limit) {
        get(slug);
        return search.related(slug, limit);
    }

    // --- writing -------------------------------------------------------------------------------------------

    /** Creates a package as revision 1 in state draft. The slug: given, else front matter, else from the headline. */
    public PackageRecord create(String slug, Draft draft, String author, String message) {
        validate(draft, author);
        String chosen = chooseSlug(slug, draft.pkg());
        return write(c -> {
            if (findRow(c, chosen).isPresent()) {
                throw new StoreException(409, "exists", "Ein Paket „" + chosen + "“ gibt es schon: speichern Sie es als "
                        + "neue Revision oder wählen Sie einen anderen Slug.");
            }
            String now = Times.now();
            Row row = insertRow(c, chosen, draft, now);
            String summary = message == null || message.isBlank() ? "angelegt" : "angelegt: " + message.strip();
            return append(c, row, now, author, "create", summary, State.DRAFT, null, draft);
        });
    }

    /** Inserts the package row of a new slug (state draft, no revision yet); {@link #append} adds revision 1. */
    private Row insertRow(Connection c, String slug, Draft draft, String now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO packages (slug, headline, state, current_rev,"
                + " last_change, created_at, updated_at, search_text) VALUES (?, ?, ?, 0, 0, ?, ?, '') RETURNING id")) {
            ps.setString(1, slug);
            ps.setString(2, headline(draft.pkg(), slug));
            ps.setString(3, State.DRAFT.key());
            ps.setString(4, now);
            ps.setString(5, now);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Row(rs.getLong(1), slug, State.DRAFT, 0, now, now, null, null, null, null, null);
            }
        }
    }

    /** What {@link #importAll} did with one draft. */
    public enum ImportOutcome { CREATED, SAVED, UNCHANGED }

    /**
     * Imports many drafts in one transaction (bulk import): new slugs are created, existing ones get a new revision
     * when the text differs. All or nothing: on any refusal nothing of the batch is stored and the exception says
     * which draft failed; callers retry one by one to store the rest.
     */
    public List<ImportOutcome> importAll(List<Draft> drafts, List<String> slugs, String author, String message) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            validate(drafts.get(i), author);
            chosen.add(chooseSlug(slugs.get(i), drafts.get(i).pkg()));
        }
        List<ImportOutcome> outcomes = new ArrayList<>();
        List<PackageRecord> changed = new ArrayList<>();
        List<Long> changes = new ArrayList<>();
        Database.Work<PackageRecord> work = c -> {
            outcomes.clear();
            changed.clear();
            changes.clear();
            for (int i = 0; i < drafts.size(); i++) {
                Draft draft = drafts.get(i);
                String slug = chosen.get(i);
                Optional<Row> existing = findRow(c, slug);
                PackageRecord rec;
                if (existing.isEmpty()) {
                    String now = Times.now();
                    Row row = insertRow(c, slug, draft, now);
                    rec = append(c, row, now, author, "import", message == null ? "angelegt" : message, State.DRAFT,
                            null, draft);
                    outcomes.add(ImportOutcome.CREATED);
                } else if (existing.get().text().equals(draft.text())) {
                    outcomes.add(ImportOutcome.UNCHANGED);
                    continue;
                } else {
                    Row row = existing.get();
                    refuseRetracted(row);
                    String summary = PackageText.changes(Optional.of(PackageJson.read(row.json())), draft.pkg())
                            + (message == null ? "" : ": " + message);
                    rec = append(c, row, Times.now(), author, "import", summary, row.state(), null, draft);
                    outcomes.add(ImportOutcome.SAVED);
                }
                changed.add(rec);
                changes.add(lastChange(c, slug));
            }
            return null;
        };
        if (lucene == null) {
            db.write(work);
            return List.copyOf(outcomes);
        }
        indexOrder.lock();
        try {
            db.write(work);
            try {
                lucene.putAll(changed, changes.stream().mapToLong(Long::longValue).max().orElse(0));
            } catch (RuntimeException e) {
                lucene.markStale();
            }
            return List.copyOf(outcomes);
        } finally {
            indexOrder.unlock();
        }
    }

    /** Saves a new revision on top of {@code baseRevision}; a stale base is a {@link ConflictException}. */
    public PackageRecord save(String slug, int baseRevision, Draft draft, String author, String message) {
        validate(draft, author);
        return write(c -> {
            Row row = findRow(c, slug).orElseThrow(() -> StoreException.notFound(slug));
            if (row.rev() != baseRevision) {
                throw new ConflictException(slug, baseRevision, row.rev(), draft.text());
            }
            refuseRetracted(row);
            Optional<ArticlePackage> before = Optional.of(PackageJson.read(row.json()));
            String summary = PackageText.changes(before, draft.pkg());
            if (message != null && !message.isBlank()) {
                summary = summary + ": " + message.strip();
            }
            return append(c, row, Times.now(), author, "save", summary, row.state(), null, draft);
        });
    }

    /** Moves a package in the workflow; {@code corrected} and {@code retracted} need a note (shown to readers). */
    public PackageRecord transition(String slug, State to, String note, String author, Integer baseRevision) {
        checkAuthor(author);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 2000) {
            throw StoreException.invalid("Die Notiz ist " + cleanNote.length() + " Zeichen lang; erlaubt sind 2000.");
        }
        return write(c -> {
            Row row = findRow(c, slug).orElseThrow(() -> StoreException.notFound(slug));
            if (baseRevision != null && row.rev() != baseRevision) {
                throw new ConflictException(slug, baseRevision, row.rev(), null);
            }
            if (!row.state().next().contains(to)) {
                List<String> allowed = row.state().next().stream().map(s -> "„" + s.german() + "“ (" + s.key() + ")").toList();
                throw new StoreException(409, "illegal_transition", "Paket „" + slug + "“ ist „" + row.state().german()
                        + "“ und kann nicht nach „" + to.german() + "“ wechseln. "
                        + (allowed.isEmpty() ? "Ein zurückgezogener Artikel bleibt zurückgezogen."
                                : "Erlaubt: " + String.join(", ", allowed) + "."));
            }
            if ((to == State.CORRECTED || to == State.RETRACTED) && cleanNote == null) {
                throw new StoreException(422, "note_required", to == State.CORRECTED
                        ? "Eine Korrektur braucht einen Korrekturhinweis für die Leser (note)."
                        : "Ein Rückzug braucht eine Begründung für die Leser (note).");
            }
            Draft same = new Draft(PackageJson.read(row.json()), row.text(), row.json());
            String summary = "Status: " + row.state().german() + " → " + to.german();
            return append(c, row, Times.now(), author, "transition", summary, to, cleanNote, same);
        });
    }

    /** Makes the content of an old revision current again, as a new revision. */
    public PackageRecord restore(String slug, int revision, String author, Integer baseRevision) {
        checkAuthor(author);
        return write(c -> {
            Row row = findRow(c, slug).orElseThrow(() -> StoreException.notFound(slug));
            if (baseRevision != null && row.rev() != baseRevision) {
                throw new ConflictException(slug, baseRevision, row.rev(), null);
            }
            refuseRetracted(row);
            Revision old = loadRevision(c, row.id(), revision).orElseThrow(() -> new StoreException(404,
                    "revision_not_found", "Paket „" + slug + "“ hat keine Revision " + revision + "."));
            String summary = "Revision " + revision + " wiederhergestellt ("
                    + PackageText.changes(Optional.of(PackageJson.read(row.json())), old.pkg()) + ")";
            return append(c, row, Times.now(), author, "restore", summary, row.state(), null,
                    new Draft(old.pkg(), old.text()));
        });
    }

    /**
     * Restores a package with its whole history (from {@code ozd export}): revisions keep number, author, time,
     * kind and state. Returns false, changing nothing, when the slug exists already.
     */
    public boolean importHistory(String slug, List<Revision> history) {
        if (history.isEmpty()) {
            throw StoreException.invalid("Die Historie von „" + slug + "“ ist leer.");
        }
        List<Revision> revs = new ArrayList<>(history);
        revs.sort(Comparator.comparingInt(r -> r.info().revision()));
        for (int i = 0; i < revs.size(); i++) {
            if (revs.get(i).info().revision() != i + 1) {
                throw StoreException.invalid("Die Historie von „" + slug + "“ ist lückenhaft: Revision " + (i + 1)
                        + " fehlt.");
            }
            validate(new Draft(revs.get(i).pkg(), revs.get(i).text()), revs.get(i).info().author());
        }
        if (!SLUG.matcher(slug).matches()) {
            throw badSlug(slug);
        }
        PackageRecord done = write(c -> {
            if (findRow(c, slug).isPresent()) {
                return null;
            }
            RevisionInfo first = revs.get(0).info();
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO packages (slug, headline, state, current_rev,"
                    + " last_change, created_at, updated_at, search_text) VALUES (?, ?, ?, 0, 0, ?, ?, '') RETURNING id")) {
                ps.setString(1, slug);
                ps.setString(2, headline(revs.get(0).pkg(), slug));
                ps.setString(3, first.state().key());
                ps.setString(4, first.createdAt());
                ps.setString(5, first.createdAt());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            Row row = new Row(id, slug, first.state(), 0, first.createdAt(), first.createdAt(), null, null, null, null,
                    null);
            PackageRecord last = null;
            for (Revision r : revs) {
                RevisionInfo in = r.info();
                last = append(c, row, in.createdAt(), in.author(), in.kind(), in.summary(), in.state(),
                        in.note().orElse(null), new Draft(r.pkg(), r.text()));
                row = findRow(c, slug).orElseThrow();
            }
            return last;
        });
        return done != null;
    }

    /** Rebuilds the search data from the database: Lucene index (embedded) or terms and vectors (PostgreSQL). */
    public long reindex() {
        long[] n = {0};
        if (lucene != null) {
            indexOrder.lock();
            try {
                lucene.clear();
                forEach(rec -> {
                    lucene.put(rec, 0, false);
                    n[0]++;
                });
                long last = db.read(c -> {
                    try (Statement s = c.createStatement();
                            ResultSet rs = s.executeQuery("SELECT coalesce(max(last_change), 0) FROM packages")) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
                lucene.commit(last);
            } finally {
                indexOrder.unlock();
            }
            return n[0];
        }
        forEach(rec -> {
            db.write(c -> {
                Row row = findRow(c, rec.slug()).orElseThrow();
                updateSearchData(c, row.id(), rec.pkg(), rec.headline());
                return null;
            });
            n[0]++;
        });
        return n[0];
    }

    /** Makes the Lucene index durable now (it also commits on its own every second and on close). */
    public void flush() {
        if (lucene != null) {
            indexOrder.lock();
            try {
                lucene.commit(-1);
            } finally {
                indexOrder.unlock();
            }
        }
    }

    @Override
    public void close() {
        try {
            if (lucene != null) {
                indexOrder.lock();
                try {
                    lucene.close();
                } finally {
                    indexOrder.unlock();
                }
            } else {
                search.close();
            }
        } finally {
            db.close();
        }
    }

    // --- internals -----------------------------------------------------------------------------------------

    /** A package row with the JSON and text of its current revision. */
    private record Row(long id, String slug, State state, int rev, String createdAt, String updatedAt,
            String publishedAt, String correctionNote, String retractionReason, String json, String text) {
    }

    private PackageRecord toRecord(Row row) {
        return record(row, PackageJson.read(row.json()));
    }

    private PackageRecord record(Row row, ArticlePackage pkg) {
        return new PackageRecord(row.slug(), headline(pkg, row.slug()), row.state(), row.rev(), row.createdAt(),
                row.updatedAt(), Optional.ofNullable(row.publishedAt()),
                pubDate(pkg, row.publishedAt(), row.createdAt()), pkg.frontMatter().tags(),
                config.entities().extract(pkg), Optional.ofNullable(row.correctionNote()),
                Optional.ofNullable(row.retractionReason()), pkg, row.text());
    }

    /** The write path: one transaction; on the embedded setup the index follows in commit order. */
    private PackageRecord write(Database.Work<PackageRecord> work) {
        if (lucene == null) {
            return db.write(work);
        }
        indexOrder.lock();
        try {
            long[] change = {0};
            PackageRecord rec = db.write(c -> {
                PackageRecord r = work.run(c);
                if (r != null) {
                    change[0] = lastChange(c, r.slug());
                }
                return r;
            });
            if (rec != null) {
                try {
                    lucene.put(rec, change[0], true);
                } catch (RuntimeException e) {
                    // The save is committed; the index catches up from the database on the next open or reindex.
                    lucene.markStale();
                }
            }
            return rec;
        } finally {
            indexOrder.unlock();
        }
    }

    private PackageRecord append(Connection c, Row row, String now, String author, String kind, String summary,
            State state, String note, Draft draft) throws SQLException {
        int rev = row.rev() + 1;
        ArticlePackage pkg = draft.pkg();
        String publishedAt = row.publishedAt() != null ? row.publishedAt() : state == State.PUBLISHED ? now : null;
        String correction = state == State.CORRECTED && note != null ? note : row.correctionNote();
        String retraction = state == State.RETRACTED ? (note != null ? note : row.retractionReason()) : null;
        String headline = headline(pkg, row.slug());
        try (PreparedStatement ps = c.prepareStatement("UPDATE packages SET headline = ?, state = ?, current_rev = ?,"
                + " pub_date = ?, updated_at = ?, published_at = ?, correction_note = ?, retraction_reason = ?"
                + " WHERE id = ? AND current_rev = ?")) {
            ps.setString(1, headline);
            ps.setString(2, state.key());
            ps.setInt(3, rev);
            ps.setString(4, pubDate(pkg, publishedAt, row.createdAt()));
            ps.setString(5, now);
            ps.setString(6, publishedAt);
            ps.setString(7, correction);
            ps.setString(8, retraction);
            ps.setLong(9, row.id());
            ps.setInt(10, row.rev());
            if (ps.executeUpdate() != 1) {
                // Another writer moved the package on between our read and this conditional update.
                int current = findRow(c, row.slug()).map(Row::rev).orElse(-1);
                throw new ConflictException(row.slug(), row.rev(), current, draft.text());
            }
        }
        long revId;
        String json = draft.json();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO revisions (package_id, rev, created_at, author, kind,"
                + " summary, state, note, body_json, body_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setLong(1, row.id());
            ps.setInt(2, rev);
            ps.setString(3, now);
            ps.setString(4, author.strip());
            ps.setString(5, kind);
            ps.setString(6, summary);
            ps.setString(7, state.key());
            ps.setString(8, note);
            ps.setString(9, json);
            ps.setString(10, draft.text());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                revId = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE packages SET last_change = ? WHERE id = ?")) {
            ps.setLong(1, revId);
            ps.setLong(2, row.id());
            ps.executeUpdate();
        }
        updateSearchData(c, row.id(), pkg, headline);
        Row updated = new Row(row.id(), row.slug(), state, rev, row.createdAt(), now, publishedAt, correction, retraction,
                json, draft.text());
        return record(updated, pkg);
    }

    /** Terms for filters and facets, the search text, and on PostgreSQL the German text-search vector. */
    private void updateSearchData(Connection c, long id, ArticlePackage pkg, String headline) throws SQLException {
        String body = PackageText.body(pkg);
        List<String> tags = pkg.frontMatter().tags();
        try (PreparedStatement ps = c.prepareStatement("UPDATE packages SET search_text = ? WHERE id = ?")) {
            ps.setString(1, body);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM package_terms WHERE package_id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        Entities entities = config.entities().extract(pkg);
        try (PreparedStatement ps = c.prepareStatement(db.dialect() == Dialect.POSTGRESQL
                ? "INSERT INTO package_terms (package_id, kind, value, folded) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"
                : "INSERT OR IGNORE INTO package_terms (package_id, kind, value, folded) VALUES (?, ?, ?, ?)")) {
            addTerms(ps, id, "tag", tags);
            addTerms(ps, id, "person", entities.persons());
            addTerms(ps, id, "place", entities.places());
            addTerms(ps, id, "organisation", entities.organisations());
            ps.executeBatch();
        }
        if (db.dialect() == Dialect.POSTGRESQL) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE packages SET search_vector ="
                    + " setweight(to_tsvector('german', ?), 'A') || setweight(to_tsvector('german', ?), 'B')"
                    + " || setweight(to_tsvector('german', search_text), 'C') WHERE id = ?")) {
                ps.setString(1, headline);
                ps.setString(2, String.join(" ", tags));
                ps.setLong(3, id);
                ps.executeUpdate();
            }
        }
    }

    private static void addTerms(PreparedStatement ps, long id, String kind, List<String> values) throws SQLException {
        for (String v : values) {
            ps.setLong(1, id);
            ps.setString(2, kind);
            ps.setString(3, v);
            ps.setString(4, fold(v));
            ps.addBatch();
        }
    }

    /** Case-folded form used to match tags and entities. */
    public static String fold(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private Optional<Row> findRow(Connection c, String slug) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(RECORD_SQL + "WHERE p.slug = ?")) {
            ps.setString(1, slug);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), state(rs.getString(4)), rs.getInt(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13));
    }

    private static long lastChange(Connection c, String slug) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_change FROM packages WHERE slug = ?")) {
            ps.setString(1, slug);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static Optional<Revision> loadRevision(Connection c, long id, int rev) throws SQLException {
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

    private static RevisionInfo info(ResultSet rs) throws SQLException {
        return new RevisionInfo(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                state(rs.getString(6)), Optional.ofNullable(rs.getString(7)));
    }

    private static State state(String key) {
        return State.byKey(key).orElseThrow(() -> new IllegalStateException("unknown state in database: " + key));
    }

    private static void bind(PreparedStatement ps, List<String> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setString(i + 1, args.get(i));
        }
    }

    private void refuseRetracted(Row row) {
        if (row.state() == State.RETRACTED) {
            throw new StoreException(409, "illegal_transition", "Paket „" + row.slug() + "“ ist zurückgezogen und "
                    + "kann nicht mehr geändert werden.");
        }
    }

    private void validate(Draft draft, String author) {
        checkAuthor(author);
        long bytes = draft.text().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > config.maxPackageBytes()) {
            throw new StoreException(413, "too_large", "Das Paket ist " + bytes + " Bytes groß; erlaubt sind "
                    + config.maxPackageBytes() + " Bytes.");
        }
        if (draft.pkg().report().paragraphs().isEmpty() || draft.text().isBlank()) {
            throw StoreException.invalid("Das Paket hat keinen Bericht: ein Paket beginnt mit mindestens einem Absatz.");
        }
    }

    private void checkAuthor(String author) {
        if (author == null || author.isBlank()) {
            throw StoreException.invalid("Wer speichert? Ein Autor (author) ist nötig.");
        }
        if (author.length() > config.maxAuthorChars()) {
            throw StoreException.invalid("Der Autorname ist " + author.length() + " Zeichen lang; erlaubt sind "
                    + config.maxAuthorChars() + ".");
        }
    }

    private static String chooseSlug(String given, ArticlePackage pkg) {
        String slug = given != null && !given.isBlank() ? given.strip()
                : pkg.frontMatter().get("slug").map(String::strip)
                        .orElseGet(() -> pkg.headline().map(Store::slugify).orElse(""));
        if (slug.isEmpty()) {
            throw StoreException.invalid("Das Paket braucht einen Slug: im Kopfbereich (slug: …), als Parameter oder über "
                    + "eine Überschrift (headline: …).");
        }
        if (!SLUG.matcher(slug).matches()) {
            throw badSlug(slug);
        }
        return slug;
    }

    private static StoreException badSlug(String slug) {
        String shown = slug.length() > 60 ? slug.substring(0, 60) + "…" : slug;
        return StoreException.invalid("„" + shown + "“ ist kein gültiger Slug: erlaubt sind a–z, 0–9 und Bindestriche, "
                + "höchstens 120 Zeichen, z. B. „mainbruecke-gesperrt“.");
    }

    /** A slug from a headline: ä → ae, ß → ss, other accents dropped, words joined by hyphens. */
    public static String slugify(String text) {
        String s = text.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 80) {
            s = s.substring(0, 80).replaceAll("-+$", "");
        }
        return s;
    }

    private static String headline(ArticlePackage pkg, String slug) {
        return pkg.headline().map(String::strip).orElse(slug);
    }

    private static String pubDate(ArticlePackage pkg, String publishedAt, String createdAt) {
        Optional<String> fm = pkg.frontMatter().get("date").map(String::strip)
                .filter(d -> d.length() >= 10 && DATE.matcher(d.substring(0, 10)).matches()).map(d -> d.substring(0, 10));
        if (fm.isPresent()) {
            return fm.get();
        }
        String at = publishedAt != null ? publishedAt : createdAt;
        return at == null || at.length() < 10 ? null : at.substring(0, 10);
    }

    private void catchUpIndex() {
        long committed = lucene.committedChange();
        List<String> slugs = db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT slug FROM packages WHERE last_change > ?")) {
                ps.setLong(1, committed);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
        if (slugs.isEmpty() && !lucene.isStale()) {
            return;
        }
        for (String slug : slugs) {
            find(slug).ifPresent(rec -> lucene.put(rec, 0, false));
        }
        long last = db.read(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT coalesce(max(last_change), 0) FROM packages")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        lucene.commit(last);
    }
}
