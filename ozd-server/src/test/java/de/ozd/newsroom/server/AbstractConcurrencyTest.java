package de.ozd.newsroom.server;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.store.Revision;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.TestPackages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 50 writers on 10 packages over HTTP, each read-modify-save with its base revision: every acknowledged save is in
 * the history at the revision it was acknowledged as, no save is lost, and every refusal is a 409 conflict. The
 * writers share one address, so the per-client body bound is raised to their number here.
 */
abstract class AbstractConcurrencyTest {
    private static final int WRITERS = 50;
    private static final int PACKAGES = 10;
    private static final int SAVES_PER_WRITER = 4;
    protected Store store;
    private ApiServer server;
    private Http http;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        store = openStore();
        String token = store.tokens().create("writers", de.ozd.newsroom.store.Role.REDAKTEUR);
        // All writers share one address; the per-client body gate (4 by default, tested in its own test) would
        // refuse most of them with 429, and this test is about revisions, so it lets every writer in.
        ConnectionLimits limits = new ConnectionLimits(
                ConnectionLimits.DEFAULT.idleTimeoutMillis(),
                ConnectionLimits.DEFAULT.minBodyBytesPerSecond(),
                WRITERS,
                ConnectionLimits.DEFAULT.maxHeaderBytes(),
                java.util.Set.of());
        server = ApiServer.create(store, ServerSettings.DEFAULT, limits);
        http = new Http(server.start(0), token);
        for (int p = 0; p < PACKAGES; p++) {
            String text =
                    TestPackages.text("paket-" + p, "Paket " + p, "2026-11-01", "Test", "", "Grundtext " + p + ".");
            assertThat(http.json("POST", "/api/v1/packages", "{\"text\": " + Http.quote(text) + "}")
                            .status())
                    .isEqualTo(201);
        }
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    @Test
    void noLostUpdateAndEveryConflictIsA409() throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // "slug@rev" -> marker
        AtomicInteger conflicts = new AtomicInteger();
        List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            futures.add(pool.submit(() -> {
                go.await();
                String slug = "paket-" + (writer % PACKAGES);
                int done = 0;
                int attempts = 0;
                while (done < SAVES_PER_WRITER && attempts++ < 400) {
                    Http.Response cur = http.get("/api/v1/packages/" + slug);
                    int base = cur.json().path("revision").asInt();
                    String marker = "Schreiber " + writer + " Zug " + done;
                    String text = TestPackages.text(slug, "Paket " + slug, "2026-11-01", "Test", "", marker + ".");
                    Http.Response r = http.json(
                            "PUT",
                            "/api/v1/packages/" + slug,
                            "{\"baseRevision\": " + base + ", \"author\": \"w" + writer + "\", \"text\": "
                                    + Http.quote(text) + "}");
                    if (r.status() == 200) {
                        int rev = r.json().path("revision").asInt();
                        if (rev != base + 1) {
                            unexpected.add("saved on " + base + " but got revision " + rev);
                        }
                        if (acknowledged.put(slug + "@" + rev, marker) != null) {
                            unexpected.add("revision acknowledged twice: " + slug + "@" + rev);
                        }
                        done++;
                    } else if (r.status() == 409
                            && r.json().path("code").asText().equals("conflict")) {
                        conflicts.incrementAndGet();
                        if (!r.json().path("rejectedText").asText().contains(marker)) {
                            unexpected.add("conflict without the rejected text");
                        }
                    } else {
                        unexpected.add(r.status() + " " + r.body());
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : futures) {
            f.get(180, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(unexpected).isEmpty();
        assertThat(acknowledged).hasSize(WRITERS * SAVES_PER_WRITER);
        for (int p = 0; p < PACKAGES; p++) {
            String slug = "paket-" + p;
            int current = store.get(slug).revision();
            // revision 1 is the creation; every later revision is exactly one acknowledged save
            assertThat(current).isEqualTo(1 + WRITERS / PACKAGES * SAVES_PER_WRITER);
            for (int rev = 2; rev <= current; rev++) {
                Revision r = store.revision(slug, rev);
                assertThat(r.text()).contains(acknowledged.get(slug + "@" + rev));
            }
        }
        System.out.println("concurrency: " + acknowledged.size() + " saves, " + conflicts.get() + " conflicts (409)");
        assertThat(conflicts.get()).isPositive();
    }
}
