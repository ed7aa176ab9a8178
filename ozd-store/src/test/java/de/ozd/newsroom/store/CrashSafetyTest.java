package de.ozd.newsroom.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.store.search.SearchQuery;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM saving in a loop is killed with SIGKILL at random moments, 20 times. After each kill: every save the
 * child acknowledged is there at its revision, SQLite's integrity check passes, and the search index (caught up
 * from the database on open) finds the last acknowledged save.
 */
class CrashSafetyTest {
    private static final int KILLS = 20;

    @TempDir
    Path dir;

    record Ack(String slug, int rev, String marker) {}

    @Test
    void acknowledgedSavesSurviveSigkill() throws Exception {
        Path data = dir.resolve("data");
        Random random = new Random(Long.getLong("ozd.crash.seed", System.nanoTime()));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int totalAcks = 0;
        for (int run = 0; run < KILLS; run++) {
            Process child = new ProcessBuilder(
                            java,
                            "-cp",
                            System.getProperty("java.class.path"),
                            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                            CrashChild.class.getName(),
                            data.toString(),
                            Integer.toString(run))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            List<Ack> acks = new ArrayList<>();
            long killAfter = 50 + random.nextInt(700);
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line = out.readLine();
                assertThat(line).as("child started").isEqualTo("READY");
                Thread killer = new Thread(() -> {
                    try {
                        Thread.sleep(killAfter);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    // SIGKILL through the handle: Process.destroyForcibly() also closes the pipes, which would make the
                    // readLine below fail with "Stream closed" instead of reading the acknowledgements to the end.
                    child.toHandle().destroyForcibly();
                });
                killer.start();
                while ((line = out.readLine()) != null) {
                    String[] f = line.split(" ");
                    if (f.length == 4 && f[0].equals("ACK")) {
                        acks.add(new Ack(f[1], Integer.parseInt(f[2]), f[3]));
                    }
                }
                killer.join();
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
            totalAcks += acks.size();

            assertThat(integrityCheck(data.resolve("ozd.db"))).isEqualTo("ok");
            try (Store store = Store.open(StoreConfig.embedded(data))) {
                for (Ack a : acks) {
                    assertThat(store.revision(a.slug(), a.rev()).text())
                            .as("acknowledged " + a)
                            .contains(a.marker());
                }
                if (!acks.isEmpty()) {
                    Ack last = acks.get(acks.size() - 1);
                    assertThat(store.get(last.slug()).revision()).isGreaterThanOrEqualTo(last.rev());
                    if (store.get(last.slug()).revision() == last.rev()) {
                        assertThat(store.search(SearchQuery.of(last.marker())).hits())
                                .extracting(h -> h.slug())
                                .contains(last.slug());
                    }
                }
            }
        }
        System.out.println("crash safety: " + KILLS + " SIGKILLs, " + totalAcks + " acknowledged saves checked");
        assertThat(totalAcks).isPositive();
    }

    private static String integrityCheck(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
