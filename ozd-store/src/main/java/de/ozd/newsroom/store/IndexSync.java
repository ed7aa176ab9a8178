package de.ozd.newsroom.store;

import de.ozd.newsroom.store.db.Database;
import de.ozd.newsroom.store.search.LuceneIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The embedded setup's search wiring: every write transaction is followed by the Lucene index in commit order
 * (one lock spans the transaction and the index update). A failed index update never loses a save: the database
 * commit stands, the index is marked stale and catches up from the database on the next open or reindex. Without
 * a Lucene index (PostgreSQL, or database-only), writes are plain transactions.
 */
final class IndexSync {
    private final Database db;
    private final LuceneIndex lucene;
    private final ReentrantLock order = new ReentrantLock(true);

    IndexSync(Database db, LuceneIndex lucene) {
        this.db = db;
        this.lucene = lucene;
    }

    /** One transaction writing one package (or none: {@code null}); the index follows. */
    PackageRecord write(Database.Work<PackageRecord> work) {
        List<PackageRecord> done = writeAll(c -> {
            PackageRecord r = work.run(c);
            return r == null ? List.of() : List.of(r);
        });
        return done.isEmpty() ? null : done.get(0);
    }

    /** One transaction writing many packages; the index takes them on all cores afterwards. */
    List<PackageRecord> writeAll(Database.Work<List<PackageRecord>> work) {
        if (lucene == null) {
            return db.write(work);
        }
        order.lock();
        try {
            long[] change = {0};
            List<PackageRecord> recs = db.write(c -> {
                List<PackageRecord> r = work.run(c);
                change[0] = PackageRows.lastChange(c, r.stream().map(PackageRecord::slug).toList());
                return r;
            });
            if (!recs.isEmpty()) {
                try {
                    lucene.putAll(latestPerSlug(recs), change[0]);
                } catch (RuntimeException e) {
                    // The save is committed; the index catches up from the database on the next open or reindex.
                    lucene.markStale();
                }
            }
            return recs;
        } finally {
            order.unlock();
        }
    }

    /** The last record of each slug: a batch may hold two revisions of one package, and the index adds in parallel. */
    private static List<PackageRecord> latestPerSlug(List<PackageRecord> recs) {
        Map<String, PackageRecord> last = new LinkedHashMap<>();
        recs.forEach(r -> last.put(r.slug(), r));
        return last.size() == recs.size() ? recs : List.copyOf(last.values());
    }

    /** Re-adds what changed after the index's last commit (after a crash or a database-only session). */
    void catchUp(Function<String, Optional<PackageRecord>> find) {
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
    long rebuild(Consumer<Consumer<PackageRecord>> forEach) {
        long[] n = {0};
        order.lock();
        try {
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

    /** Makes the index durable now (it also commits on its own and on close). */
    void flush() {
        if (lucene != null) {
            order.lock();
            try {
                lucene.commit(-1);
            } finally {
                order.unlock();
            }
        }
    }

    /** Closes the index after the last write that holds the order lock. */
    void close() {
        if (lucene != null) {
            order.lock();
            try {
                lucene.close();
            } finally {
                order.unlock();
            }
        }
    }
}
