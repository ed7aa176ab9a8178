package de.ozd.newsroom.server;

import de.ozd.newsroom.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out planned publications: every {@link #INTERVAL} it asks the store to publish what is due
 * ({@link Store#publishDue}). With several server instances on one PostgreSQL database every instance runs one;
 * the store publishes each package once (an instance that comes second finds the package moved on), so a planned
 * article goes out within one interval of its time as long as any instance runs. Each publication is in the audit
 * log (actor {@code zeitplan}); the revision carries the name of whoever planned it.
 */
public final class ScheduledPublisher implements AutoCloseable {
    /** How often due publications are looked for. */
    public static final Duration INTERVAL = Duration.ofSeconds(20);

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledPublisher.class);
    private final Store store;
    private final Clock clock;
    private ScheduledExecutorService timer;

    public ScheduledPublisher(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Starts looking every {@link #INTERVAL} (idempotent). */
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ozd-scheduled-publisher");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::tick, 1, INTERVAL.toSeconds(), TimeUnit.SECONDS);
    }

    private void tick() {
        try {
            runOnce(clock.instant());
        } catch (RuntimeException e) {
            // the next tick tries again; a planned publication is never lost by a failed look
            LOG.warn("planned publications could not be carried out", LogSafe.throwable(e));
        }
    }

    /** Publishes what is due at {@code now}; returns the slugs (also for tests, with a time of their choosing). */
    public List<String> runOnce(Instant now) {
        List<String> published = store.publishDue(now);
        for (String slug : published) {
            store.accounts().audit("zeitplan", "transition:published", slug, "geplante Veröffentlichung");
        }
        return published;
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
