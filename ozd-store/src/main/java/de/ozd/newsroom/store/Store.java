package de.ozd.newsroom.store;

import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.core.text.ExplainerQuestions;
import de.ozd.newsroom.core.text.Placeholders;
import de.ozd.newsroom.store.internal.Addresses;
import de.ozd.newsroom.store.internal.BulkImport;
import de.ozd.newsroom.store.internal.IndexSync;
import de.ozd.newsroom.store.internal.PackageRow;
import de.ozd.newsroom.store.internal.PackageRows;
import de.ozd.newsroom.store.internal.PackageRules;
import de.ozd.newsroom.store.internal.RevisionWriter;
import de.ozd.newsroom.store.internal.Times;
import de.ozd.newsroom.store.internal.Workflow;
import de.ozd.newsroom.store.internal.db.Database;
import de.ozd.newsroom.store.internal.db.Dialect;
import de.ozd.newsroom.store.internal.search.LuceneIndex;
import de.ozd.newsroom.store.internal.search.PostgresSearch;
import de.ozd.newsroom.store.internal.search.SearchIndex;
import de.ozd.newsroom.store.search.SearchHit;
import de.ozd.newsroom.store.search.SearchQuery;
import de.ozd.newsroom.store.search.SearchResult;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The newsroom store: packages with their full history, the workflow and search. Every change is a new revision;
 * nothing is overwritten, and only a package that was never published can be deleted ({@link #delete}). Thread-safe;
 * one instance per process and data directory.
 *
 * <p>Embedded setup: SQLite + Lucene under the data directory; the Lucene index follows the database and is
 * caught up on open, so it is never the only copy of anything. Server setup: PostgreSQL holds everything,
 * search included (German text search configuration).
 */
public final class Store implements AutoCloseable {
    private static final int REINDEX_BATCH = 500;
    private final StoreConfig config;
    private final Database db;
    private final LuceneIndex lucene;
    private final SearchIndex search;
    private final Tokens tokens;
    private final Accounts accounts;
    private final Sources sources;
    private final PackageRules rules;
    private final RevisionWriter writer;
    private final IndexSync sync;
    private final Workflow workflow;
    private final BulkImport bulk;
    private final Addresses addresses;
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

    private Store(StoreConfig config, Database db, LuceneIndex lucene, SearchIndex search) {
        this.config = config;
        this.db = db;
        this.lucene = lucene;
        this.search = search;
        this.tokens = new Tokens(db);
        this.accounts = new Accounts(db);
        this.sources = new Sources(db);
        this.rules = new PackageRules(config);
        this.writer = new RevisionWriter(db.dialect(), config.entities());
        this.sync = new IndexSync(db, lucene);
        this.workflow = new Workflow(rules, writer, sync);
        this.bulk = new BulkImport(rules, writer, sync);
        this.addresses = new Addresses(db, rules, writer, sync);
    }

    /**
     * Opens (and migrates) the store, creating it where none exists ({@link #created()} says so); embedded when
     * {@code config.dbUrl()} is empty.
     */
    public static Store open(StoreConfig config) {
        return open(config, true);
    }

    /**
     * Opens an existing store and never creates one: a data directory without {@code ozd.db}, or a database without
     * the OZD tables, is refused with one German message naming it (kind {@link StoreException.Kind#NOT_FOUND},
     * code {@code no_store}), and nothing is written. For the commands that only read or maintain a store.
     */
    public static Store openExisting(StoreConfig config) {
        return open(config, false);
    }

    private static Store open(StoreConfig config, boolean create) {
        if (config.dbUrl().isPresent()) {
            String url = config.dbUrl().get();
            if (!(url.startsWith("postgresql://")
                    || url.startsWith("postgres://")
                    || url.startsWith("jdbc:postgresql:"))) {
                throw new StoreException(
                        StoreException.Kind.BAD_ARGUMENT,
                        "bad_db_url",
                        "--db erwartet eine PostgreSQL-Adresse "
                                + "(postgresql://NUTZER@HOST:PORT/DATENBANK); ohne --db arbeitet ozd eingebettet unter --data.");
            }
            Database db = Database.postgresql(url, create);
            return new Store(config, db, null, new PostgresSearch(db, config.searchCap()));
        }
        Database db = Database.sqlite(config.dataDir(), create);
        LuceneIndex lucene;
        try {
            lucene = LuceneIndex.open(config.dataDir().resolve("index"));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        Store store = new Store(config, db, lucene, lucene);
        try {
            if (lucene.rebuildNeeded()) {
                store.sync.rebuild(store::forEachIndexed);
            } else {
                store.sync.catchUp(slug -> store.find(slug).map(store::indexed));
                if (!store.sync.countsAgree(store.count())) {
                    store.sync.rebuild(store::forEachIndexed);
                }
            }
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /**
     * Opens the store to rebuild its search data ({@code ozd reindex}) whatever state the index is in: a damaged
     * embedded index is discarded and made anew; nothing is caught up, since {@link #reindex()} follows. Like {@link
     * #openExisting}, it never creates a store.
     */
    public static Store openToRebuild(StoreConfig config) {
        if (config.dbUrl().isPresent()) {
            return open(config, false);
        }
        Database db = Database.sqlite(config.dataDir(), false);
        LuceneIndex lucene;
        try {
            lucene = LuceneIndex.openEmptyIfDamaged(config.dataDir().resolve("index"));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new Store(config, db, lucene, lucene);
    }

    /**
     * Opens only the database, not the search index: for administration (tokens) while a server holds the index
     * lock. Searching is refused; package changes made this way reach the index when it is next opened (catch-up).
     */
    public static Store openDatabaseOnly(StoreConfig config) {
        return openDatabaseOnly(config, true);
    }

    /** {@link #openDatabaseOnly(StoreConfig)} on an existing store only, as {@link #openExisting}. */
    public static Store openExistingDatabaseOnly(StoreConfig config) {
        return openDatabaseOnly(config, false);
    }

    private static Store openDatabaseOnly(StoreConfig config, boolean create) {
        if (config.dbUrl().isPresent()) {
            return open(config, create);
        }
        Database db = Database.sqlite(config.dataDir(), create);
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
                return new StoreException(
                        StoreException.Kind.UNAVAILABLE,
                        "search_unavailable",
                        "Die Suche ist in diesem Modus nicht geöffnet.");
            }

            @Override
            public void close() {}
        });
    }

    /** Whether opening created this store: there was none under the data directory or in the database before. */
    public boolean created() {
        return db.created();
    }

    public boolean embedded() {
        return db.dialect() == Dialect.SQLITE;
    }

    /** Where the data lives (no secrets). */
    public String description() {
        return embedded()
                ? config.dataDir().toAbsolutePath() + (lucene != null ? " (SQLite + Lucene)" : " (SQLite)")
                : db.description() + " (PostgreSQL)";
    }

    public Tokens tokens() {
        return tokens;
    }

    /** Desk accounts, their sessions and the audit log. */
    public Accounts accounts() {
        return accounts;
    }

    /** The wire reports packages were drafted from. */
    public Sources sources() {
        return sources;
    }

    public StoreConfig config() {
        return config;
    }

    // --- reading -------------------------------------------------------------------------------------------

    public Optional<PackageRecord> find(String slug) {
        return db.read(c -> PackageRows.find(c, slug).map(this::toRecord));
    }

    public PackageRecord get(String slug) {
        return find(slug).orElseThrow(() -> StoreException.notFound(slug));
    }

    /**
     * The package as readers see it: at its live revision when it has one (a public package's pending edits are
     * left out), else at its current revision. Empty when there is no such package. Whether readers may see it at
     * all is the state's business ({@link #publicView}).
     */
    public Optional<PackageRecord> findLive(String slug) {
        return db.read(c -> {
            Optional<PackageRow> row = PackageRows.find(c, slug);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(toRecord(PackageRows.live(c, row.get())));
        });
    }

    /** What the search index holds of a package: what readers see when it is public, else its current revision. */
    private PackageRecord indexed(PackageRecord rec) {
        return rec.pending() && rec.state().isPublic() ? findLive(rec.slug()).orElse(rec) : rec;
    }

    /** What readers may see: 404 unless published or corrected, 410 with the reason when retracted. */
    public PackageRecord publicView(String slug) {
        PackageRecord rec = findLive(slug)
                .orElseThrow(() -> new StoreException(
                        StoreException.Kind.NOT_FOUND, "not_found", "Diesen Artikel gibt es nicht."));
        if (rec.state() == State.RETRACTED) {
            throw new StoreException(
                    StoreException.Kind.GONE,
                    "retracted",
                    "Dieser Artikel wurde zurückgezogen: "
                            + rec.retractionReason().orElse("ohne Angabe von Gründen") + ".");
        }
        if (!rec.state().isPublic()) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, "not_found", "Diesen Artikel gibt es nicht.");
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
                PackageRows.bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<PackageSummary> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.slug, p.headline, p.state, p.current_rev,"
                    + " p.updated_at, p.pub_date FROM packages p" + where
                    + " ORDER BY p.last_change DESC LIMIT ? OFFSET ?")) {
                PackageRows.bind(ps, args);
                ps.setInt(args.size() + 1, limit);
                ps.setInt(args.size() + 2, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new PackageSummary(
                                rs.getString(1),
                                rs.getString(2),
                                PackageRows.state(rs.getString(3)),
                                rs.getInt(4),
                                Times.parse(rs.getString(5)),
                                Times.dateOrNull(rs.getString(6))));
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
            List<PackageRow> batch = db.read(c -> {
                List<PackageRow> rows = new ArrayList<>();
                try (PreparedStatement ps =
                        c.prepareStatement(PackageRows.RECORD_SQL + "WHERE p.id > ? ORDER BY p.id LIMIT 500")) {
                    ps.setLong(1, from);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(PackageRows.read(rs));
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

    /** Every package as the search index holds it (see {@link #indexed}). */
    private void forEachIndexed(Consumer<PackageRecord> action) {
        forEach(rec -> action.accept(indexed(rec)));
    }

    /**
     * The store's change counter: the newest change number of any package (0 when empty). It grows with every
     * save, transition, restore and import, on whichever process made it, so readers that keep derived data (the
     * reader site's page cache) compare it to know whether anything changed.
     */
    public long changeCounter() {
        return db.read(PackageRows::maxChange);
    }

    /**
     * Calls {@code listener} after every change this store instance commits (create, save, transition, restore,
     * import, reindex). Changes by other processes on the same database are seen through {@link #changeCounter()}.
     */
    public void onChange(Runnable listener) {
        changeListeners.add(java.util.Objects.requireNonNull(listener, "listener"));
    }

    private <T> T changed(T result) {
        for (Runnable l : changeListeners) {
            l.run();
        }
        return result;
    }

    public long count() {
        return db.read(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM packages")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public List<RevisionInfo> revisions(String slug) {
        return db.read(c -> {
            PackageRow row = PackageRows.get(c, slug);
            List<RevisionInfo> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT rev, created_at, author, kind, summary, state, note"
                    + " FROM revisions WHERE package_id = ? ORDER BY rev")) {
                ps.setLong(1, row.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(PackageRows.info(rs));
                    }
                }
            }
            return out;
        });
    }

    public Revision revision(String slug, int rev) {
        return db.read(c -> {
            PackageRow row = PackageRows.get(c, slug);
            return PackageRows.loadRevision(c, row.id(), rev)
                    .orElseThrow(() -> new StoreException(
                            StoreException.Kind.NOT_FOUND,
                            "revision_not_found",
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
            throw new StoreException(
                    StoreException.Kind.BAD_ARGUMENT, "bad_parameter", "limit und offset dürfen nicht negativ sein.");
        }
        sync.awaitIndexed();
        return search.search(query);
    }

    public List<SearchHit> related(String slug, int limit) {
        get(slug);
        sync.awaitIndexed();
        return search.related(slug, limit);
    }

    /**
     * Explainers that editors wrote or kept in published packages for the name {@code name}: those whose question
     * asks about exactly that name („Was ist die SPD?“ for „SPD“; whole name, case-insensitive), newest package first,
     * at most {@code limit}. Only packages readers see (published or corrected, at their live revision) and only an
     * explainers section a person wrote or an editor reviewed count; placeholder answers never do. One indexed
     * lookup of the name's term (kind {@value RevisionWriter#EXPLAINER_TERM}, written with every revision readers see)
     * and at most {@code 4 * limit} packages read: no scan of the archive. Packages saved before this term existed
     * are found after {@code ozd reindex}.
     */
    public List<ArchivedExplainer> archivedExplainers(String name, int limit) {
        String folded = fold(name);
        if (folded.isEmpty() || limit <= 0) {
            return List.of();
        }
        return db.read(c -> {
            List<String> slugs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.slug FROM package_terms t JOIN packages p ON p.id"
                    + " = t.package_id WHERE t.kind = ? AND t.folded = ? AND p.state IN ('published', 'corrected')"
                    + " ORDER BY p.pub_date DESC, p.published_at DESC, p.id DESC LIMIT ?")) {
                ps.setString(1, RevisionWriter.EXPLAINER_TERM);
                ps.setString(2, folded);
                ps.setInt(3, 4 * limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        slugs.add(rs.getString(1));
                    }
                }
            }
            List<ArchivedExplainer> out = new ArrayList<>();
            for (String slug : slugs) {
                if (out.size() >= limit) {
                    break;
                }
                Optional<PackageRow> row = PackageRows.find(c, slug);
                if (row.isEmpty()) {
                    continue;
                }
                PackageRecord rec = toRecord(PackageRows.live(c, row.get()));
                if (!rec.state().isPublic()) {
                    continue;
                }
                var provenance = rec.pkg().provenance().orHuman(Section.EXPLAINERS);
                if (provenance.origin().isMachine() && !provenance.reviewed()) {
                    continue; // a machine's answer nobody confirmed is no better than a new draft's
                }
                for (var e : rec.pkg().explainers().map(x -> x.entries()).orElse(List.of())) {
                    boolean named = ExplainerQuestions.subject(e.question())
                            .filter(s -> fold(s.name()).equals(folded))
                            .isPresent();
                    if (named && !e.answer().contains(Placeholders.MARKER)) {
                        out.add(new ArchivedExplainer(rec.slug(), rec.pubDate(), e));
                        break;
                    }
                }
            }
            return out;
        });
    }

    // --- writing -------------------------------------------------------------------------------------------

    /** Creates a package as revision 1 in state draft. The slug: given, else front matter, else from the headline. */
    public PackageRecord create(String slug, Draft draft, String author, String message) {
        return changed(workflow.create(slug, draft, author, message));
    }

    /** What {@link #importAll} did with one draft. */
    public enum ImportOutcome {
        CREATED,
        SAVED,
        UNCHANGED
    }

    /**
     * Imports many drafts in one transaction (bulk import): new slugs are created, existing ones get a new revision
     * when the text differs. All or nothing: on any refusal nothing of the batch is stored and the exception says
     * which draft failed; callers retry one by one to store the rest.
     */
    public List<ImportOutcome> importAll(List<Draft> drafts, List<String> slugs, String author, String message) {
        return changed(bulk.importAll(drafts, slugs, author, message));
    }

    /** Saves a new revision on top of {@code baseRevision}; a stale base is a {@link ConflictException}. */
    public PackageRecord save(String slug, int baseRevision, Draft draft, String author, String message) {
        return changed(workflow.save(slug, baseRevision, draft, author, message));
    }

    /** Moves a package in the workflow; {@code corrected} and {@code retracted} need a note (shown to readers). */
    public PackageRecord transition(String slug, State to, String note, String author, Integer baseRevision) {
        return changed(workflow.transition(slug, to, note, author, baseRevision));
    }

    /**
     * Publishes the pending head of a published or corrected package as an update: readers see it from now on,
     * with „Aktualisiert am …“. Refused when nothing is pending (409 {@code nothing_pending}), for a package that is
     * not public (409), and before the package's embargo (422 {@code embargo}).
     */
    public PackageRecord publishUpdate(String slug, String author, Integer baseRevision) {
        return changed(workflow.publishUpdate(slug, author, baseRevision));
    }

    /**
     * Plans the publication of an in_review package: at {@code at} it is published by itself (by {@link
     * #publishDue}, which a server calls regularly), in the name of {@code author}. Refused for a time not in the
     * future or before the embargo (422), for other states (409). Any new revision (a save, a transition) cancels
     * the plan, so what goes out is what was planned.
     */
    public PackageRecord schedule(String slug, java.time.Instant at, String author, Integer baseRevision) {
        return changed(workflow.schedule(slug, at, author, baseRevision));
    }

    /** Cancels a planned publication. */
    public PackageRecord cancelSchedule(String slug, String author) {
        return changed(workflow.cancelSchedule(slug, author));
    }

    /**
     * Publishes every package whose planned time is not after {@code now}; returns their slugs. Safe to call from
     * several processes on one database at once: each package is published once (the others find it moved on).
     */
    public List<String> publishDue(java.time.Instant now) {
        String until = de.ozd.newsroom.store.internal.Times.format(now);
        List<Workflow.Due> due = db.read(c -> {
            List<Workflow.Due> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT slug, current_rev, scheduled_by, scheduled_at"
                    + " FROM packages WHERE scheduled_at IS NOT NULL AND scheduled_at <= ? AND state = ?"
                    + " ORDER BY scheduled_at")) {
                ps.setString(1, until);
                ps.setString(2, State.IN_REVIEW.key());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Workflow.Due(
                                rs.getString(1),
                                rs.getInt(2),
                                rs.getString(3),
                                java.time.Instant.parse(rs.getString(4))));
                    }
                }
            }
            return out;
        });
        if (due.isEmpty()) {
            return List.of();
        }
        return changed(workflow.publishDue(now, due));
    }

    /** Makes the content of an old revision current again, as a new revision. */
    public PackageRecord restore(String slug, int revision, String author, Integer baseRevision) {
        return changed(workflow.restore(slug, revision, author, baseRevision));
    }

    /**
     * Moves a package to the address {@code newSlug}, as a new revision (kind {@link RevisionKind#RENAME}; a
     * front-matter {@code slug:} line follows). Until its first publication the old slug simply goes; afterwards
     * it stays as a permanent redirect ({@link #redirect}). Refused with {@link StoreException.Kind#BAD_ARGUMENT}
     * for an invalid or unchanged slug, {@link StoreException.Kind#CONFLICT} when another package or redirect has
     * it, the base revision is stale or the package is retracted.
     */
    public PackageRecord rename(String slug, String newSlug, String author, Integer baseRevision) {
        return changed(addresses.rename(slug, newSlug, author, baseRevision));
    }

    /**
     * Deletes a package that was never published, with its revisions, source report and search entries, and
     * returns it as it was; one that was ever public is refused ({@link StoreException.Kind#CONFLICT}).
     */
    public PackageRecord delete(String slug, String author, Integer baseRevision) {
        return changed(addresses.delete(slug, author, baseRevision));
    }

    /** Where an old address leads: the current slug of the package renamed away from {@code oldSlug}. */
    public Optional<String> redirect(String oldSlug) {
        return addresses.redirect(oldSlug);
    }

    /** The old addresses that redirect to {@code slug}, oldest first. */
    public List<String> oldSlugs(String slug) {
        return addresses.oldSlugs(slug);
    }

    /** Whether the package was ever published (and so keeps its address as a redirect and cannot be deleted). */
    public boolean everPublished(String slug) {
        return addresses.everPublic(slug);
    }

    /**
     * Restores a package with its whole history (from {@code ozd export}): revisions keep number, author, time,
     * kind and state. Returns false, changing nothing, when the slug exists already.
     */
    public boolean importHistory(String slug, List<Revision> history) {
        return changed(bulk.importHistory(slug, history));
    }

    /** Rebuilds the search data from the database: Lucene index (embedded) or terms and vectors (PostgreSQL). */
    public long reindex() {
        long terms = rewriteTerms();
        if (lucene != null) {
            return changed(sync.rebuild(this::forEachIndexed));
        }
        search.settle();
        return changed(terms);
    }

    /**
     * Rewrites the terms of every package (tags, entities, the names its explainers answer; on PostgreSQL also its
     * search row) from what the index should hold of it.
     */
    private long rewriteTerms() {
        long[] n = {0};
        List<PackageRecord> batch = new ArrayList<>();
        Runnable flushBatch = () -> {
            db.write(c -> {
                writer.rewriteSearchData(c, batch);
                return null;
            });
            n[0] += batch.size();
            batch.clear();
        };
        forEachIndexed(rec -> {
            batch.add(rec);
            if (batch.size() >= REINDEX_BATCH) {
                flushBatch.run();
            }
        });
        if (!batch.isEmpty()) {
            flushBatch.run();
        }
        return n[0];
    }

    /**
     * After a bulk import: makes the Lucene index durable now (it also commits on its own and on close); on
     * PostgreSQL, merges the text-search index's pending list.
     */
    public void flush() {
        sync.flush();
        search.settle();
    }

    @Override
    public void close() {
        try {
            if (lucene != null) {
                sync.close();
            } else {
                search.close();
            }
        } finally {
            db.close();
        }
    }

    // --- internals -----------------------------------------------------------------------------------------

    private PackageRecord toRecord(PackageRow row) {
        return rules.record(row, PackageJson.read(row.json()));
    }

    /** Case-folded form used to match tags and entities. */
    public static String fold(String s) {
        return PackageRules.fold(s);
    }

    /** A slug from a headline: ä → ae, ß → ss, other accents dropped, words joined by hyphens. */
    public static String slugify(String text) {
        return de.ozd.newsroom.core.text.Slugs.slugify(text);
    }
}
