package de.ozd.newsroom.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The per-client bound on bodies read at once: beyond it a 429 at once, per address, and a place freed is reusable. */
class BodyGateTest {
    private static ApiException tooLarge(long n) {
        return new ApiException(413, "too_large", "zu groß");
    }

    /** A body that sends one byte and then waits until {@code release} opens. */
    private static InputStream held(CountDownLatch arrived, CountDownLatch release) {
        return new InputStream() {
            private boolean sent;

            @Override
            public int read() {
                if (!sent) {
                    sent = true;
                    arrived.countDown();
                    return '{';
                }
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int c = read();
                if (c < 0) {
                    return -1;
                }
                b[off] = (byte) c;
                return 1;
            }
        };
    }

    @Test
    void aClientBeyondItsBoundIsRefusedWith429WhileOthersAndLaterBodiesPass() throws Exception {
        ConnectionLimits.BodyGate gate = new ConnectionLimits.BodyGate(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch arrived = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        List<Future<byte[]>> open = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                open.add(
                        pool.submit(() -> gate.read("10.0.0.1", held(arrived, release), 1000, BodyGateTest::tooLarge)));
            }
            assertThat(arrived.await(30, TimeUnit.SECONDS)).isTrue();

            ApiException refused = catchThrowableOfType(
                    () -> gate.read("10.0.0.1", body("{}"), 1000, BodyGateTest::tooLarge), ApiException.class);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.code()).isEqualTo("too_many_bodies");
            // another address has its own places
            assertThat(gate.read("10.0.0.2", body("{}"), 1000, BodyGateTest::tooLarge))
                    .isEqualTo("{}".getBytes(StandardCharsets.UTF_8));

            release.countDown();
            for (Future<byte[]> f : open) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(new byte[] {'{'});
            }
            // the refused attempt and the finished reads gave their places back
            assertThat(gate.read("10.0.0.1", body("{\"a\":1}"), 1000, BodyGateTest::tooLarge))
                    .isEqualTo("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static InputStream body(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
