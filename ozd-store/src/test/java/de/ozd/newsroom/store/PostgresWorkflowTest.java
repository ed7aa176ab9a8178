package de.ozd.newsroom.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The workflow suite on the server setup: a fresh PostgreSQL database. */
class PostgresWorkflowTest extends AbstractWorkflowTest {
    @RegisterExtension
    static final PostgresTestDatabase.PerClass PG = new PostgresTestDatabase.PerClass();

    @Override
    protected Store openStore() {
        return PG.freshStore();
    }

    @Override
    protected Store reopen() {
        return PG.reopen();
    }

    @Override
    protected Connection connect() throws Exception {
        return DriverManager.getConnection(PG.jdbcUrl());
    }

    @Test
    void twoInstancesCarryOutAPlannedPublicationOnce() throws Exception {
        String slug = store.create(null, Draft.fromText(TestPackages.bridge()), "Reporterin", null)
                .slug();
        store.transition(slug, State.IN_REVIEW, null, "Reporterin", null);
        Instant at = Instant.now().plus(Duration.ofHours(1));
        store.schedule(slug, at, "Redakteurin", null);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Store other = PG.reopen()) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<String>>> runs = new ArrayList<>();
            for (Store instance : List.of(store, other)) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return instance.publishDue(at.plusSeconds(1));
                }));
            }
            go.countDown();
            List<String> published = new ArrayList<>();
            for (Future<List<String>> run : runs) {
                published.addAll(run.get());
            }

            assertThat(published).containsExactly(slug);
            assertThat(other.revisions(slug)).hasSize(3);
            assertThat(other.publicView(slug).state()).isEqualTo(State.PUBLISHED);
        } finally {
            pool.shutdownNow();
        }
    }
}
