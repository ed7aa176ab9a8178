package de.ozd.newsroom.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.TestPackages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API over HTTP on a random port; runs against both setups (subclasses). */
abstract class AbstractApiTest {
    protected Store store;
    protected ApiServer server;
    protected Http http;
    protected String token;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        store = openStore();
        token = store.tokens().create("test-client", de.ozd.newsroom.store.Role.REDAKTEUR);
        server = ApiServer.create(store, ServerSettings.DEFAULT);
        http = new Http(server.start(0), token);
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    static void assertError(Http.Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        JsonNode j = r.json();
        assertThat(j.path("code").asText()).isEqualTo(code);
        assertThat(j.path("message").asText()).isNotBlank();
        assertThat(j.path("status").asInt()).isEqualTo(status);
    }

    @Test
    void fullCreateReviewPublishCorrectCycleOverHttp() {
        String slug = "mainfurt-sperrt-bruecke";
        String bridge = TestPackages.complete(TestPackages.bridge()); // complete: the publish gate lets it out
        // create from house text, in a JSON envelope
        Http.Response created = http.json(
                "POST",
                "/api/v1/packages",
                "{\"text\": " + Http.quote(bridge) + ", \"author\": \"Anna\", \"message\": \"erste Fassung\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/packages/" + slug);
        assertThat(created.json().path("revision").asInt()).isEqualTo(1);
        assertThat(created.json().path("state").asText()).isEqualTo("draft");

        // read back: JSON and house text by Accept
        Http.Response asJson = http.get("/api/v1/packages/" + slug);
        assertThat(asJson.json().path("package").path("report").path("paragraphs"))
                .hasSize(2);
        assertThat(asJson.headers().firstValue("ETag")).contains("\"1\"");
        Http.Response asText = http.get("/api/v1/packages/" + slug, "text/plain");
        assertThat(asText.body()).isEqualTo(bridge);

        // save the JSON form with its base revision
        JsonNode pkg = asJson.json().path("package");
        String edited = pkg.toString().replace("ab Montag", "ab Dienstag");
        Http.Response saved = http.json(
                "PUT",
                "/api/v1/packages/" + slug,
                "{\"baseRevision\": 1, \"author\": \"Ben\", \"package\": " + edited + "}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("revision").asInt()).isEqualTo(2);

        // a stale save: 409, the rejected package comes back, nothing stored
        String mine = pkg.toString().replace("ab Montag", "ab Freitag");
        Http.Response stale = http.json(
                "PUT",
                "/api/v1/packages/" + slug,
                "{\"baseRevision\": 1, \"author\": \"Clara\", \"package\": " + mine + "}");
        assertError(stale, 409, "conflict");
        assertThat(stale.json().path("currentRevision").asInt()).isEqualTo(2);
        assertThat(stale.json().path("rejectedText").asText()).contains("ab Freitag");
        assertThat(stale.json().path("rejectedPackage").toString()).contains("ab Freitag");
        assertThat(http.get("/api/v1/packages/" + slug + "/revisions").json().path("items"))
                .hasSize(2);

        // house text save with If-Match
        Http.Response textSave = http.send(
                "PUT",
                "/api/v1/packages/" + slug,
                bridge.replace("Nordbrücke", "Südbrücke").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/plain; charset=utf-8",
                null,
                token,
                "If-Match",
                "\"2\"",
                "X-OZD-Author",
                "Dora");
        assertThat(textSave.status()).as(textSave.body()).isEqualTo(200);
        assertThat(textSave.json().path("revision").asInt()).isEqualTo(3);

        // workflow
        assertError(
                http.json("POST", "/api/v1/packages/" + slug + "/transitions", "{\"to\": \"published\"}"),
                409,
                "illegal_transition");
        assertThat(http.json(
                                "POST",
                                "/api/v1/packages/" + slug + "/transitions",
                                "{\"to\": \"in_review\", \"baseRevision\": 3}")
                        .json()
                        .path("state")
                        .asText())
                .isEqualTo("in_review");
        assertError(http.get("/api/v1/public/packages/" + slug), 404, "not_found");
        assertThat(http.json(
                                "POST",
                                "/api/v1/packages/" + slug + "/transitions",
                                "{\"to\": \"published\", \"author\": \"CvD\"}")
                        .json()
                        .path("state")
                        .asText())
                .isEqualTo("published");
        assertThat(http.get("/api/v1/public/packages/" + slug).status()).isEqualTo(200);
        assertError(
                http.json("POST", "/api/v1/packages/" + slug + "/transitions", "{\"to\": \"corrected\"}"),
                422,
                "note_required");
        Http.Response corrected = http.json(
                "POST",
                "/api/v1/packages/" + slug + "/transitions",
                "{\"to\": \"corrected\", \"note\": \"Die Umleitung führt über die Südbrücke.\"}");
        assertThat(corrected.json().path("state").asText()).isEqualTo("corrected");
        Http.Response pub = http.get("/api/v1/public/packages/" + slug);
        assertThat(pub.json().path("correctionNote").asText()).isEqualTo("Die Umleitung führt über die Südbrücke.");

        // history, diff, restore, search
        JsonNode revs =
                http.get("/api/v1/packages/" + slug + "/revisions").json().path("items");
        assertThat(revs).hasSize(6);
        // the author is the token; what the body claims is only a note beside it
        assertThat(revs.get(1).path("author").asText()).isEqualTo("test-client (Angabe: Ben)");
        assertThat(revs.get(2).path("author").asText()).isEqualTo("test-client (Angabe: Dora)");
        assertThat(revs.get(4).path("author").asText()).isEqualTo("test-client (Angabe: CvD)");
        Http.Response diff = http.get("/api/v1/packages/" + slug + "/diff?from=2&to=3");
        assertThat(diff.json().path("unified").asText())
                .contains("-")
                .contains("+")
                .contains("Südbrücke");
        assertThat(http.get("/api/v1/packages/" + slug + "/revisions/1", "text/plain")
                        .body())
                .isEqualTo(bridge);
        Http.Response search = http.get("/api/v1/search?q=S%C3%BCdbr%C3%BCcke");
        assertThat(search.json().path("total").asInt()).isEqualTo(1);
        assertThat(search.json().path("totalRelation").asText()).isEqualTo("eq");
        assertThat(search.json().path("hits").get(0).path("snippet").asText()).contains("<mark>");
        Http.Response restored = http.json("POST", "/api/v1/packages/" + slug + "/revisions/1/restore", "{}");
        assertThat(restored.json().path("revision").asInt()).isEqualTo(7);
        assertThat(restored.json().path("state").asText()).isEqualTo("corrected");

        // retraction: readers get 410 with the reason
        http.json(
                "POST",
                "/api/v1/packages/" + slug + "/transitions",
                "{\"to\": \"retracted\", \"note\": \"Die Meldung beruhte auf einer Verwechslung.\"}");
        Http.Response gone = http.get("/api/v1/public/packages/" + slug);
        assertError(gone, 410, "retracted");
        assertThat(gone.json().path("message").asText()).contains("Die Meldung beruhte auf einer Verwechslung.");
    }

    @Test
    void tokensAreRequiredAndCheckedButHealthAndOpenApiAreOpen() {
        assertError(http.send("GET", "/api/v1/packages", null, null, null, null), 401, "unauthorized");
        assertError(http.send("GET", "/api/v1/packages", null, null, null, token + "x"), 401, "unauthorized");
        assertThat(http.send("GET", "/api/v1/health", null, null, null, null).status())
                .isEqualTo(200);
        assertThat(http.send("GET", "/api/v1/openapi.json", null, null, null, null)
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/packages").status()).isEqualTo(200);
    }

    @Test
    void listAndRelatedAndFilters() {
        for (String t : new String[] {TestPackages.bridge(), TestPackages.bridge2(), TestPackages.strike()}) {
            assertThat(http.json("POST", "/api/v1/packages", "{\"text\": " + Http.quote(t) + "}")
                            .status())
                    .isEqualTo(201);
        }
        JsonNode list = http.get("/api/v1/packages?tag=Verkehr&limit=1").json();
        assertThat(list.path("total").asInt()).isEqualTo(2);
        assertThat(list.path("items")).hasSize(1);
        JsonNode related =
                http.get("/api/v1/packages/mainfurt-sperrt-bruecke/related").json();
        assertThat(related.path("hits").get(0).path("slug").asText()).isEqualTo("kielsund-saniert-bruecken");
        JsonNode facets = http.get("/api/v1/search?q=&place=Kielsund").json();
        assertThat(facets.path("total").asInt()).isEqualTo(2);
        assertThat(facets.path("facets").path("tag").path("Verkehr").asInt()).isEqualTo(1);
    }
}
