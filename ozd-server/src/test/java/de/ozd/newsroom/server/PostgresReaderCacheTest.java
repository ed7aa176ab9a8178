package de.ozd.newsroom.server;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.publish.Site;
import de.ozd.newsroom.store.Draft;
import de.ozd.newsroom.store.PostgresTestDatabase;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.TestPackages;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two server instances on one PostgreSQL database, each with its own page cache: a retraction made through one
 * answers 410 at once there and within a few seconds on the other (the change counter is compared every 200 ms
 * here, every second by default); a save reaches the other instance's ETag the same way. Skips with a printed
 * reason where PostgreSQL is not reachable.
 */
class PostgresReaderCacheTest {
    @RegisterExtension
    static final PostgresTestDatabase.PerClass PG = new PostgresTestDatabase.PerClass();

    private static final String SLUG = "mainfurt-sperrt-bruecke";
    private static final long BOUND_MILLIS = 5000;

    @Test
    void aRetractionOnOneInstanceIs410OnTheOtherWithinSeconds() throws Exception {
        try (Store a = PG.freshStore();
                Store b = PG.reopen()) {
            a.create(SLUG, Draft.fromText(TestPackages.bridge()), "Anna", null);
            a.transition(SLUG, State.IN_REVIEW, null, "Anna", null);
            a.transition(SLUG, State.PUBLISHED, null, "Ben", null);
            ApiServer one = ApiServer.create(
                    a, ServerSettings.DEFAULT, List.of(new ReaderSite(Site.ozd()).withCache(100, 1 << 20, 200)));
            ApiServer two = ApiServer.create(
                    b, ServerSettings.DEFAULT, List.of(new ReaderSite(Site.ozd()).withCache(100, 1 << 20, 200)));
            try {
                Http h1 = new Http(one.start(0), null);
                Http h2 = new Http(two.start(0), null);
                assertThat(h1.get("/artikel/" + SLUG).status()).isEqualTo(200);
                Http.Response cached = h2.get("/artikel/" + SLUG);
                assertThat(cached.status()).isEqualTo(200);
                String etag = cached.headers().firstValue("ETag").orElseThrow();

                int rev = a.get(SLUG).revision();
                a.save(
                        SLUG,
                        rev,
                        Draft.fromText(TestPackages.bridge().replace("gehe vor", "gehe immer vor")),
                        "Anna",
                        null);
                a.publishUpdate(SLUG, "Ben", null); // a save alone is pending, not seen by readers
                assertThat(pollUntil(() -> !h2.get("/artikel/" + SLUG)
                                .headers()
                                .firstValue("ETag")
                                .orElse("")
                                .equals(etag)))
                        .as("the other instance sees the save within " + BOUND_MILLIS + " ms")
                        .isTrue();
                assertThat(h2.get("/artikel/" + SLUG).body()).contains("gehe immer vor");

                a.transition(SLUG, State.RETRACTED, "Die Risse waren nicht belegt.", "Anna", null);
                assertThat(h1.get("/artikel/" + SLUG).status())
                        .as("at once on the instance that retracted")
                        .isEqualTo(410);
                long start = System.nanoTime();
                assertThat(pollUntil(() -> h2.get("/artikel/" + SLUG).status() == 410))
                        .as("410 on the other instance within " + BOUND_MILLIS + " ms")
                        .isTrue();
                System.out.printf(
                        "second instance answered 410 after %d ms%n", (System.nanoTime() - start) / 1_000_000);
                assertThat(h2.get("/").body()).doesNotContain("/artikel/" + SLUG);
            } finally {
                one.close();
                two.close();
            }
        }
    }

    private static boolean pollUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND_MILLIS * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }
}
