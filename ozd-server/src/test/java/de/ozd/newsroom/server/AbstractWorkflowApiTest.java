package de.ozd.newsroom.server;

import static de.ozd.newsroom.server.AbstractApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozd.newsroom.publish.Site;
import de.ozd.newsroom.store.Accounts;
import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.TestPackages;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pending revisions, updates, corrections, planned publication and embargo over HTTP: the API changes, the reader
 * site (page, feeds, JSON-LD) shows. Runs against both setups (subclasses).
 */
abstract class AbstractWorkflowApiTest {
    private static final String SLUG = "mainfurt-sperrt-bruecke";
    private static final String OLD_HEADLINE = "Mainfurt sperrt die Alte Brücke für Lastwagen";
    private static final String NEW_HEADLINE = "Alte Brücke in Mainfurt bleibt gesperrt";

    protected Store store;
    protected ApiServer server;
    protected Http http;
    private String reporter;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        store = openStore();
        server = ApiServer.create(
                store,
                ServerSettings.DEFAULT,
                List.of(new ReaderSite(Site.ozd().withBaseUrl(URI.create("https://www.example.de/")))));
        http = new Http(server.start(0), store.tokens().create("redaktion", Role.REDAKTEUR));
        reporter = store.tokens().create("reporterin", Role.REPORTER);
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private void createAndSendToReview(String text) {
        Http.Response created = http.json("POST", "/api/v1/packages", "{\"text\": " + Http.quote(text) + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        transition("in_review", null);
    }

    private Http.Response transition(String to, String note) {
        return http.json(
                "POST",
                "/api/v1/packages/" + SLUG + "/transitions",
                "{\"to\": \"" + to + "\"" + (note == null ? "" : ", \"note\": " + Http.quote(note)) + "}");
    }

    private void publish() {
        createAndSendToReview(TestPackages.complete(TestPackages.bridge()));
        Http.Response r = transition("published", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private Http.Response save(int base, String text) {
        return http.json(
                "PUT",
                "/api/v1/packages/" + SLUG,
                "{\"baseRevision\": " + base + ", \"text\": " + Http.quote(text) + "}");
    }

    private static String edited() {
        return TestPackages.complete(TestPackages.bridge())
                .replace(OLD_HEADLINE, NEW_HEADLINE)
                .replace("Umleitungen führen", "Ein Pendelbus und Umleitungen führen");
    }

    private Document page() {
        Http.Response r = http.get("/artikel/" + SLUG);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    private JsonNode jsonLd(Document d) throws Exception {
        return new ObjectMapper()
                .readTree(d.selectFirst("script[type=application/ld+json]").data());
    }

    private List<String> audit(String action) {
        return store.accounts().auditLog(100, 0).items().stream()
                .filter(e -> e.action().equals(action))
                .map(Accounts.AuditEntry::target)
                .toList();
    }

    @Test
    void aSaveOnAPublishedArticleLeavesThePageAsItIsUntilItIsPublishedAsAnUpdate() {
        publish();
        assertThat(page().selectFirst("h1").text()).isEqualTo(OLD_HEADLINE);

        Http.Response saved = save(3, edited());

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("pending").asBoolean()).isTrue();
        assertThat(saved.json().path("liveRevision").asInt()).isEqualTo(3);
        Document before = page();
        assertThat(before.selectFirst("h1").text()).isEqualTo(OLD_HEADLINE);
        assertThat(before.text()).doesNotContain("Pendelbus");
        assertThat(before.select(".meta .updated")).isEmpty();
        assertThat(http.get("/api/v1/public/packages/" + SLUG)
                        .json()
                        .path("revision")
                        .asInt())
                .isEqualTo(3);
        assertThat(http.get("/feed.rss").body()).contains(OLD_HEADLINE).doesNotContain(NEW_HEADLINE);
        assertThat(http.get("/suche?q=Pendelbus").body()).doesNotContain("/artikel/" + SLUG);
        assertError(
                http.send("POST", "/api/v1/packages/" + SLUG + "/update", null, null, null, reporter),
                403,
                "forbidden");

        Http.Response updated = http.json("POST", "/api/v1/packages/" + SLUG + "/update", "{\"baseRevision\": 4}");

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("pending").asBoolean()).isFalse();
        assertThat(updated.json().path("liveUpdatedAt").asText()).isNotEmpty();
        Document after = page();
        assertThat(after.selectFirst("h1").text()).isEqualTo(NEW_HEADLINE);
        assertThat(after.text()).contains("Pendelbus");
        assertThat(after.selectFirst(".meta .updated").text()).startsWith("Aktualisiert am ");
        assertThat(http.get("/feed.rss").body()).contains(NEW_HEADLINE);
        assertThat(http.get("/suche?q=Pendelbus").body()).contains("/artikel/" + SLUG);
        assertThat(audit("publish_update")).containsExactly(SLUG);
        assertError(http.json("POST", "/api/v1/packages/" + SLUG + "/update", "{}"), 409, "nothing_pending");
    }

    @Test
    void twoCorrectionsAreBothOnThePageInTheFeedsAndInJsonLd() throws Exception {
        publish();
        assertThat(transition("corrected", "Die Sperrung gilt ab Dienstag.").status())
                .isEqualTo(200);
        assertThat(save(4, edited()).status()).isEqualTo(200);
        assertThat(page().text()).doesNotContain("Pendelbus");
        Http.Response second = transition("corrected", "Es fährt ein Pendelbus.");
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().path("corrections")).hasSize(2);

        Document d = page();
        assertThat(d.text()).contains("Pendelbus"); // the correction published the pending edit too
        assertThat(d.select("#korrektur .correction-note").eachText())
                .containsExactly("Die Sperrung gilt ab Dienstag.", "Es fährt ein Pendelbus.");
        JsonNode ld = jsonLd(d);
        assertThat(ld.path("correction").findValuesAsText("text"))
                .containsExactly("Die Sperrung gilt ab Dienstag.", "Es fährt ein Pendelbus.");
        for (String feed : List.of("/feed.rss", "/feed.atom")) {
            assertThat(http.get(feed).body())
                    .as(feed)
                    .contains("Die Sperrung gilt ab Dienstag.")
                    .contains("Es fährt ein Pendelbus.");
        }
        assertThat(audit("transition:corrected")).containsExactly(SLUG, SLUG);
    }

    @Test
    void anArticleUnderEmbargoIsRefusedWithAGermanMessage() {
        createAndSendToReview(TestPackages.complete(TestPackages.bridge())
                .replace("author: Testredaktion\n", "author: Testredaktion\nembargo: 2099-01-01T06:00:00+01:00\n"));

        Http.Response refused = transition("published", null);

        assertError(refused, 422, "embargo");
        assertThat(refused.json().path("message").asText())
                .contains("Sperrfrist bis 1.1.2099, 06:00 Uhr")
                .contains("nicht veröffentlicht");
        assertThat(http.get("/artikel/" + SLUG).status()).isEqualTo(404);
        assertError(
                http.json("POST", "/api/v1/packages/" + SLUG + "/schedule", "{\"at\": \"2098-12-31T23:00:00+01:00\"}"),
                422,
                "embargo");
    }

    @Test
    void aPlannedPublicationGoesLiveWhenItsTimeHasCome() {
        createAndSendToReview(TestPackages.complete(TestPackages.bridge()));
        Instant at = Instant.now().plus(Duration.ofHours(2));
        String iso = at.atOffset(ZoneOffset.ofHours(1)).toString();
        assertError(
                http.send(
                        "POST",
                        "/api/v1/packages/" + SLUG + "/schedule",
                        ("{\"at\": \"" + iso + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "application/json",
                        null,
                        reporter),
                403,
                "forbidden");
        assertError(
                http.json("POST", "/api/v1/packages/" + SLUG + "/schedule", "{\"at\": \"morgen früh\"}"),
                400,
                "bad_value");

        Http.Response planned =
                http.json("POST", "/api/v1/packages/" + SLUG + "/schedule", "{\"at\": \"" + iso + "\"}");

        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        assertThat(planned.json().path("scheduledAt").asText())
                .startsWith(at.toString().substring(0, 16));
        assertThat(planned.json().path("state").asText()).isEqualTo("in_review");
        // the server's own clock is now: nothing is due
        assertThat(server.scheduler().runOnce(Instant.now())).isEmpty();
        assertThat(http.get("/artikel/" + SLUG).status()).isEqualTo(404);

        // a clock set past the planned time
        assertThat(server.scheduler().runOnce(at.plusSeconds(30))).containsExactly(SLUG);

        assertThat(page().selectFirst("h1").text()).isEqualTo(OLD_HEADLINE);
        JsonNode rec = http.get("/api/v1/packages/" + SLUG).json();
        assertThat(rec.path("state").asText()).isEqualTo("published");
        assertThat(rec.path("scheduledAt").isNull()).isTrue();
        assertThat(audit("schedule")).containsExactly(SLUG);
        assertThat(audit("transition:published")).contains(SLUG);
        assertThat(server.scheduler().runOnce(at.plusSeconds(60))).isEmpty();
    }

    @Test
    void aPlanCanBeCancelled() {
        createAndSendToReview(TestPackages.complete(TestPackages.bridge()));
        String iso = Instant.now().plus(Duration.ofHours(2)).toString();
        assertThat(http.json("POST", "/api/v1/packages/" + SLUG + "/schedule", "{\"at\": \"" + iso + "\"}")
                        .status())
                .isEqualTo(200);

        Http.Response cancelled = http.json("DELETE", "/api/v1/packages/" + SLUG + "/schedule", null);

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().path("scheduledAt").isNull()).isTrue();
        assertThat(server.scheduler().runOnce(Instant.now().plus(Duration.ofHours(3))))
                .isEmpty();
        assertThat(audit("schedule_cancel")).containsExactly(SLUG);
    }
}
