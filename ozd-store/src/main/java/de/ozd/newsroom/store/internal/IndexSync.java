package de.ozd.newsroom.store.internal;

import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.internal.db.Database;
import de.ozd.newsroom.store.internal.search.LuceneIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded setup's search wiring: the Lucene index follows every write transaction in commit order. Index
 * updates run on one indexing thread, in the order the transactions committed (one lock spans a commit and the
 * hand-over): a bulk batch returns after its commit, and while the index takes it, the next batch is written; at
 * most one batch waits for the index. A single save returns only once the index has it. A search first waits for
 * the updates handed over before it, so it sees every committed write. A failed index update never loses a save:
 * the database commit stands, the index is marked stale and catches up from the database on the next open or
 * reindex. Without a Lucene index (PostgreSQL, or database-only), writes are plain transactions.
 */
public final class IndexSync {
    private static final Logger LOG = LoggerFactory.getLogger(IndexSync.class);
    private final Database db;
    private final LuceneIndex lucene;
    private final ReentrantLock order = new ReentrantLock(true);
    private final ExecutorService indexer;
    private volatile CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);

    public IndexSync(Database db, LuceneIndex lucene) {
        this.db = db;
        this.lucene = lucene;
        this.indexer = lucene == null
                ? null
                : Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "ozd-indexer");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** One transaction writing one package (or none: {@code null}); returns once the index has it too. */
    PackageRecord write(Database.Work<PackageRecord> work) {
        List<PackageRecord> done = commit(
                c -> {
                    PackageRecord r = work.run(c);
                    return r == null ? List.of() : List.of(r);
                },
                true);
        return done.isEmpty() ? null : done.get(0);
    }

    /**
     * One transaction that takes the address {@code gone} out of the index: a rename ({@code work} returns the
     * package at its new address, which the index takes instead) or a deletion ({@code work} returns null). Returns
     * once the index has committed it; should the index fail, {@link #countsAgree} finds it out on the next open.
     */
    PackageRecord writeRemoving(String gone, Database.Work<PackageRecord> work) {
        if (lucene == null) {
            return db.write(work);
        }
        PackageRecord rec;
        CompletableFuture<Void> task;
        order.lock();
        try {
            long[] change = {0};
            rec = db.write(c -> {
                PackageRecord r = work.run(c);
                change[0] = r == null ? 0 : PackageRows.lastChange(c, r.slug());
                return r;
            });
            pending.join();
            task = CompletableFuture.runAsync(
                    () -> {
                        try {
                            lucene.remove(gone);
                            if (rec != null) {
                                lucene.put(rec, change[0]);
                            }
                            lucene.commit(-1);
                        } catch (RuntimeException e) {
                            LOG.warn(
                                    "search index removal failed, index marked stale (rebuilt on next open): {}",
                                    e.getClass().getName());
                            lucene.markStale();
                        }
                    },
                    indexer);
            pending = task;
        } finally {
            order.unlock();
        }
        task.join();
        return rec;
    }

    /**
     * Whether the index holds exactly as many packages as the database ({@code stored}): after a crash between a
     * deletion's or rename's commit and the index's, a removed address would stay searchable; catching up only
     * re-adds, so the store rebuilds when the counts differ.
     */
    public boolean countsAgree(long stored) {
        return lucene.documentCount() == stored;
    }

    /** One transaction writing many packages; the index takes them (on all cores) after it returns. */
    List<PackageRecord> writeAll(Database.Work<List<PackageRecord>> work) {
        return commit(work, false);
    }

    private List<PackageRecord> commit(Database.Work<List<PackageRecord>> work, boolean untilIndexed) {
        if (lucene == null) {
            return db.write(work);
        }
        List<PackageRecord> recs;
        CompletableFuture<Void> task;
        order.lock();
        try {
            long[] change = {0};
            recs = db.write(c -> {
                List<PackageRecord> r = work.run(c);
                change[0] = PackageRows.lastChange(
                        c, r.stream().map(PackageRecord::slug).toList());
                return r;
            });
            if (recs.isEmpty()) {
                return recs;
            }
            // At most one batch waits for the index: the previous one must be in before this one is handed over.
            pending.join();
            // a public package's pending edit leaves the index at the live revision: readers search there
            List<PackageRecord> latest = latestPerSlug(recs).stream()
                    .filter(r -> !(r.pending() && r.state().isPublic()))
                    .toList();
            task = CompletableFuture.runAsync(() -> index(latest, change[0]), indexer);
            pending = task;
        } finally {
            order.unlock();
        }
        if (untilIndexed) {
            task.join();
        }
        return recs;
    }

    private void index(List<PackageRecord> recs, long change) {
        try {
            lucene.putAll(recs, change);
        } catch (RuntimeException e) {
            // The save is committed; the index catches up from the database on the next open or reindex.
            LOG.warn(
                    "search index update of {} package(s) failed, index marked stale (catches up on next open or "
                            + "ozd reindex): {}",
                    recs.size(),
                    e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            lucene.markStale();
        }
    }

    /** Waits until the index has every write handed over so far (a search calls it first). */
    public void awaitIndexed() {
        pending.join();
    }

    /** The last record of each slug: a batch may hold two revisions of one package, and the index adds in parallel. */
    private static List<PackageRecord> latestPerSlug(List<PackageRecord> recs) {
        Map<String, PackageRecord> last = new LinkedHashMap<>();
        recs.forEach(r -> last.put(r.slug(), r));
        return last.size() == recs.size() ? recs : List.copyOf(last.values());
    }

    /** Re-adds what changed after the index's last commit (after a crash or a database-only session). */
    public void catchUp(Function<String, Optional<PackageRecord>> find) {
        long committed = lucene.committedChange();
        List<String> slugs = db.read(c -> {
            List<String> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT slug FROM packages WHERE last_change > ?")) {
                ps.setLong(1, committed);
                try (var rs = ps.executeQuery()) {
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
            find.apply(slug).ifPresent(rec -> lucene.put(rec, 0));
        }
        lucene.commit(db.read(PackageRows::maxChange));
    }

    /** Rebuilds the index from {@code forEach} (every package at its current revision). */
    public long rebuild(Consumer<Consumer<PackageRecord>> forEach) {
        long[] n = {0};
        order.lock();
        try {
            pending.join();
            lucene.clear();
            forEach.accept(rec -> {
                lucene.put(rec, 0);
                n[0]++;
            });
            lucene.commit(db.read(PackageRows::maxChange));
        } finally {
            order.unlock();
        }
        return n[0];
    }

    /** Makes the index durable now, with every write so far (it also commits on its own and on close). */
    public void flush() {
        if (lucene != null) {
            order.lock();
            try {
                pending.join();
                lucene.commit(-1);
            } finally {
                order.unlock();
            }
        }
    }

    /** Closes the index once it has every write so far. */
    public void close() {
        if (lucene != null) {
            order.lock();
            try {
                pending.join();
                indexer.shutdown();
                lucene.close();
            } finally {
                order.unlock();
            }
        }
    }
}
