package de.ozd.newsroom.server.reader;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What {@code /metrics} shows, in Prometheus' text format (Micrometer): requests by route, method and status with
 * their latency ({@code http_server_requests_seconds}), the page cache's hits, misses, invalidations and evictions,
 * store and search timings ({@code ozd_store_seconds{op=…}}), the access log's dropped lines, and the JVM (memory,
 * GC, threads, classes, CPU, uptime). One registry per server; thread-safe.
 */
public final class ReaderMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<RequestKey, Timer> requestTimers = new ConcurrentHashMap<>();
    private final Map<String, Timer> storeTimers = new ConcurrentHashMap<>();
    private final Counter hits;
    private final Counter misses;
    private final Counter invalidations;
    private final Counter evictions;
    private final Counter accessLogDropped;
    private JvmGcMetrics gc;

    public ReaderMetrics() {
        hits = Counter.builder("ozd_page_cache_requests")
                .tag("result", "hit")
                .description("Reader pages served from the page cache")
                .register(registry);
        misses = Counter.builder("ozd_page_cache_requests")
                .tag("result", "miss")
                .description("Reader pages rendered")
                .register(registry);
        invalidations = Counter.builder("ozd_page_cache_invalidations")
                .description("Times the page cache was emptied after a change")
                .register(registry);
        evictions = Counter.builder("ozd_page_cache_evictions")
                .description("Pages dropped to stay within the cache's bounds")
                .register(registry);
        accessLogDropped = Counter.builder("ozd_access_log_dropped")
                .description("Access log lines dropped because the writer fell behind")
                .register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    void cacheHit() {
        hits.increment();
    }

    void cacheMiss() {
        misses.increment();
    }

    void cacheInvalidated() {
        invalidations.increment();
    }

    void cacheEvicted() {
        evictions.increment();
    }

    public void accessLogDropped() {
        accessLogDropped.increment();
    }

    /** Gauges of the cache's size. */
    public void watch(PageCache cache) {
        registry.gauge("ozd_page_cache_entries", cache, PageCache::size);
        registry.gauge("ozd_page_cache_bytes", cache, c -> (double) c.bytes());
    }

    /** One finished request; {@code route} is the route's pattern (never the raw path: bounded label values). */
    public void request(String route, String method, int status, long nanos) {
        RequestKey key = new RequestKey(route, method, status);
        Timer t = requestTimers.get(key); // no lock on the common path, unlike computeIfAbsent on a hit
        if (t == null) {
            t = requestTimers.computeIfAbsent(
                    key,
                    k -> Timer.builder("http_server_requests")
                            .description("HTTP requests by route, method and status")
                            .tag("route", route)
                            .tag("method", method)
                            .tag("status", Integer.toString(status))
                            .publishPercentiles(0.5, 0.95, 0.99)
                            .register(registry));
        }
        t.record(nanos, TimeUnit.NANOSECONDS);
    }

    private record RequestKey(String route, String method, int status) {}

    /** Times one store call ({@code op}: find, list, search, related, revisions). */
    public <T> T store(String op, Supplier<T> call) {
        Timer t = storeTimers.computeIfAbsent(
                op,
                k -> Timer.builder("ozd_store")
                        .description("Store and search calls of the reader site")
                        .tag("op", op)
                        .publishPercentiles(0.5, 0.95, 0.99)
                        .register(registry));
        long start = System.nanoTime();
        try {
            return call.get();
        } finally {
            t.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /** The Prometheus text exposition. */
    public String scrape() {
        return registry.scrape();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Stops the GC listener (the other binders hold nothing). */
    public void close() {
        if (gc != null) {
            gc.close();
            gc = null;
        }
        registry.close();
    }
}
