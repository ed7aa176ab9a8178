package de.ozd.newsroom.server;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.publish.Site;
import de.ozd.newsroom.store.Draft;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import de.ozd.newsroom.store.TestPackages;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 4 over HTTP: a package without {@code date:} is dated by its first publication (not its creation),
 * a corrected one says „Aktualisiert am …“, and Atom's feed-level {@code updated} is the newest entry's.
 */
class ReaderDatesTest {
    @TempDir
    Path dir;

    private Store store;
    private ApiServer server;
    private Http http;

    @BeforeEach
    void start() {
        store = Store.open(StoreConfig.embedded(dir.resolve("data")));
        server = ApiServer.create(
                store,
                ServerSettings.DEFAULT,
                List.of(new ReaderSite(Site.ozd().withBaseUrl(URI.create("https://www.example.de/")))));
        http = new Http(server.start(0), store.tokens().create("leser"));
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private static String undated(String text) {
        return text.replaceFirst("(?m)^date: .*\n", "");
    }

    private void publish(String slug) {
        store.transition(slug, State.IN_REVIEW, null, "Anna", null);
        store.transition(slug, State.PUBLISHED, null, "Ben", null);
    }

    private static String first(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    @Test
    void anUndatedPackageShowsItsFirstPublicationTimeNeverItsCreation() throws Exception {
        assertThat(undated(TestPackages.bridge())).doesNotContain("\ndate:");
        store.create("ohne-datum", Draft.fromText(undated(TestPackages.bridge())), "Anna", "erste Fassung");
        Thread.sleep(1100); // creation and publication fall in different seconds
        publish("ohne-datum");
        Instant createdAt = store.get("ohne-datum").createdAt();
        Instant published = store.get("ohne-datum").publishedAt().orElseThrow();
        assertThat(published.getEpochSecond()).isGreaterThan(createdAt.getEpochSecond());

        Http.Response page = http.get("/artikel/ohne-datum");
        assertThat(page.status()).isEqualTo(200);
        OffsetDateTime shown = OffsetDateTime.parse(first("\"datePublished\" ?: ?\"([^\"]+)\"", page.body()));
        assertThat(shown.toInstant().getEpochSecond()).isEqualTo(published.getEpochSecond());
        // the reader sees the same minute, in German form („9:30 Uhr“: hours without a leading zero)
        var berlin = published.atZone(ZoneId.of("Europe/Berlin"));
        String time = berlin.getHour() + ":" + String.format("%02d", berlin.getMinute()) + " Uhr";
        assertThat(page.body()).contains(time);
        assertThat(page.body()).doesNotContain("Aktualisiert am");
    }

    @Test
    void aCorrectedArticleSaysWhenItWasUpdatedAndTheAtomFeedFollowsTheNewestEntry() throws Exception {
        store.create("alt", Draft.fromText(TestPackages.bridge()), "Anna", "erste Fassung");
        publish("alt");
        store.create("neu", Draft.fromText(TestPackages.strike()), "Anna", "erste Fassung");
        publish("neu");
        Thread.sleep(1100);
        store.transition("alt", State.CORRECTED, "Die Brücke ist 40 Meter lang, nicht 400.", "Ben", null);

        Http.Response page = http.get("/artikel/alt");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Aktualisiert am <time datetime=\"");

        String atom = http.get("/feed.atom").body();
        String feedUpdated = first("(?s)<feed[^>]*>.*?<updated>([^<]+)</updated>", atom);
        String newestEntryUpdated = Pattern.compile("<entry>.*?<updated>([^<]+)</updated>", Pattern.DOTALL)
                .matcher(atom)
                .results()
                .map(r -> Instant.parse(r.group(1)))
                .max(Instant::compareTo)
                .orElseThrow()
                .toString();
        assertThat(Instant.parse(feedUpdated)).isEqualTo(Instant.parse(newestEntryUpdated));
        // the correction is the newest change, later than any first publication
        String corrected = first("Aktualisiert am <time datetime=\"([^\"]+)\"", page.body());
        assertThat(Instant.parse(feedUpdated))
                .isEqualTo(OffsetDateTime.parse(corrected).toInstant());
    }
}
