package de.ozd.newsroom.server.reader;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The reader site's rendered pages, keyed by what they show (the path and the parameters that change the page),
 * bounded in entries and bytes. Any change to the store empties it: this instance's own saves, transitions and
 * restores at once (the store tells it), other instances' changes on a shared PostgreSQL database when the store's
 * change counter is next compared, at most every {@code checkMillis} (the first request after that interval asks
 * the database; no thread, no protocol of our own). A page rendered while a change happened is not kept, so the
 * cache never holds a page older than the last invalidation. Thread-safe.
 */
public final class PageCache {
    private final int maxEntries;
    private final long maxBytes;
    private final long checkNanos;
    private final LongSupplier changeCounter;
    private final Map<String, Entry> pages = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong nextCheck = new AtomicLong();
    private volatile long seenCounter = Long.MIN_VALUE;
    private final ReaderMetrics metrics;

    /**
     * @param changeCounter the store's change counter (read at most every {@code checkMillis})
     */
    public PageCache(
            int maxEntries, long maxBytes, long checkMillis, LongSupplier changeCounter, ReaderMetrics metrics) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.checkNanos = checkMillis * 1_000_000L;
        this.changeCounter = changeCounter;
        this.metrics = metrics;
        this.nextCheck.set(System.nanoTime());
    }

    /** A kept page and the route pattern that made it (the metrics' label). */
    public record Entry(RenderedPage page, String route, PageWire wire) {
        Entry(RenderedPage page, String route) {
            this(page, route, PageWire.of(page));
        }

        int weight() {
            return page.weight() + 64;
        }
    }

    /** The cached page for {@code key}, else {@code render}'s (kept unless the store changed meanwhile). */
    public RenderedPage get(String key, String route, Supplier<RenderedPage> render) {
        Entry hit = peek(key);
        if (hit != null) {
            return hit.page();
        }
        metrics.cacheMiss();
        long gen = generation.get();
        RenderedPage page = render.get();
        Entry entry = new Entry(page, route);
        boolean keep = page.status() == 200 || page.status() == 410;
        if (keep && generation.get() == gen && entry.weight() <= maxBytes / 4) {
            Entry old = pages.put(key, entry);
            bytes.addAndGet(entry.weight() - (old == null ? 0 : old.weight()));
            if (generation.get() != gen) {
                // an invalidation ran between the check and the put: drop what may predate it
                if (pages.remove(key, entry)) {
                    bytes.addAndGet(-entry.weight());
                }
            }
            evictOverflow();
        }
        return page;
    }

    /** The cached entry for {@code key} (counted as a hit), or {@code null} (not counted: the caller renders). */
    public Entry peek(String key) {
        checkCounter();
        Entry e = pages.get(key);
        if (e != null) {
            metrics.cacheHit();
        }
        return e;
    }

    /** Forgets every page (a change on this instance). */
    public void invalidateAll() {
        generation.incrementAndGet();
        pages.clear();
        bytes.set(0);
        metrics.cacheInvalidated();
    }

    public int size() {
        return pages.size();
    }

    public long bytes() {
        return bytes.get();
    }

    /** Compares the store's change counter, at most every interval, on the request that finds it due. */
    private void checkCounter() {
        long now = System.nanoTime();
        long due = nextCheck.get();
        if (now - due < 0 || !nextCheck.compareAndSet(due, now + checkNanos)) {
            return;
        }
        long counter;
        try {
            counter = changeCounter.getAsLong();
        } catch (RuntimeException e) {
            return; // the database is unreachable: pages already rendered stay valid until it answers again
        }
        if (counter != seenCounter) {
            if (seenCounter != Long.MIN_VALUE) {
                invalidateAll();
            }
            seenCounter = counter;
        }
    }

    private void evictOverflow() {
        if (pages.size() <= maxEntries && bytes.get() <= maxBytes) {
            return;
        }
        Iterator<Map.Entry<String, Entry>> it = pages.entrySet().iterator();
        while ((pages.size() > maxEntries || bytes.get() > maxBytes) && it.hasNext()) {
            Map.Entry<String, Entry> e = it.next();
            if (pages.remove(e.getKey(), e.getValue())) {
                bytes.addAndGet(-e.getValue().weight());
                metrics.cacheEvicted();
            }
        }
    }
}
