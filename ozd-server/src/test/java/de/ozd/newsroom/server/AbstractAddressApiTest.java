package de.ozd.newsroom.server;

import static de.ozd.newsroom.server.AbstractApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.store.Accounts;
import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.TestPackages;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Addresses through the API (issue 11, part 8): {@code POST /packages/{slug}/slug}, the 301 of an old slug and
 * {@code DELETE /packages/{slug}}, with their refusals and audit entries; runs against both setups (subclasses).
 */
abstract class AbstractAddressApiTest {
    private static final String SLUG = "mainfurt-sperrt-bruecke";
    protected Store store;
    private ApiServer server;
    private Http http;
    private Http reporter;
    private String editorToken;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        store = openStore();
        server = ApiServer.create(store, ServerSettings.DEFAULT);
        int port = server.start(0);
        editorToken = store.tokens().create("desk-bot", Role.REDAKTEUR);
        http = new Http(port, editorToken);
        reporter = new Http(port, store.tokens().create("wire-bot", Role.REPORTER));
        assertThat(http.json(
                                "POST",
                                "/api/v1/packages",
                                "{\"text\": " + Http.quote(TestPackages.complete(TestPackages.bridge())) + "}")
                        .status())
                .isEqualTo(201);
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private Http.Response rename(Http as, String slug, String body) {
        return as.json("POST", "/api/v1/packages/" + slug + "/slug", body);
    }

    private List<String> audited(String action) {
        return store.accounts().auditLog(100, 0).items().stream()
                .filter(e -> e.action().equals(action))
                .map(Accounts.AuditEntry::target)
                .toList();
    }

    @Test
    void renameAnswersTheNewRecordAndAnOldPublishedSlugAnswers301() {
        assertError(rename(http, SLUG, "{\"slug\": \"Große Brücke\"}"), 400, "bad_slug");
        assertError(rename(http, SLUG, "{\"slug\": \"" + SLUG + "\"}"), 400, "same_slug");
        assertError(rename(http, SLUG, "{}"), 400, "missing_field");
        assertError(rename(http, SLUG, "{\"slug\": \"x\", \"farbe\": 1}"), 400, "unknown_field");
        assertError(rename(http, "gibt-es-nicht", "{\"slug\": \"x\"}"), 404, "not_found");
        http.json("POST", "/api/v1/packages", "{\"text\": " + Http.quote(TestPackages.strike()) + "}");
        String other = store.list(java.util.Optional.empty(), java.util.Optional.empty(), 1, 0)
                .items()
                .get(0)
                .slug();
        assertError(rename(http, SLUG, "{\"slug\": \"" + other + "\"}"), 409, "exists");
        assertError(rename(http, SLUG, "{\"slug\": \"neu\", \"baseRevision\": 5}"), 409, "conflict");

        Http.Response moved = rename(reporter, SLUG, "{\"slug\": \"alte-bruecke-gesperrt\", \"baseRevision\": 1}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.headers().firstValue("Location")).contains("/api/v1/packages/alte-bruecke-gesperrt");
        assertThat(moved.json().path("slug").asText()).isEqualTo("alte-bruecke-gesperrt");
        assertThat(moved.json().path("revision").asInt()).isEqualTo(2);
        assertError(http.get("/api/v1/packages/" + SLUG), 404, "not_found"); // a draft leaves no redirect
        assertThat(http.get("/api/v1/packages/alte-bruecke-gesperrt/revisions")
                        .json()
                        .path("items")
                        .get(1)
                        .path("kind")
                        .asText())
                .isEqualTo("rename");

        for (String to : List.of("in_review", "published")) {
            assertThat(http.json(
                                    "POST",
                                    "/api/v1/packages/alte-bruecke-gesperrt/transitions",
                                    "{\"to\": \"" + to + "\"}")
                            .status())
                    .isEqualTo(200);
        }
        assertError(rename(reporter, "alte-bruecke-gesperrt", "{\"slug\": \"anders\"}"), 403, "forbidden");
        assertThat(rename(http, "alte-bruecke-gesperrt", "{\"slug\": \"bruecke-fuer-lkw-zu\"}")
                        .status())
                .isEqualTo(200);

        Http.Response old = http.get("/api/v1/packages/alte-bruecke-gesperrt");
        assertThat(old.status()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).contains("/api/v1/packages/bruecke-fuer-lkw-zu");
        assertThat(old.json().path("code").asText()).isEqualTo("moved");
        assertThat(old.json().path("slug").asText()).isEqualTo("bruecke-fuer-lkw-zu");
        Http.Response pub = http.get("/api/v1/public/packages/alte-bruecke-gesperrt");
        assertThat(pub.status()).isEqualTo(301);
        assertThat(pub.headers().firstValue("Location")).contains("/api/v1/public/packages/bruecke-fuer-lkw-zu");
        assertThat(http.get("/api/v1/packages/bruecke-fuer-lkw-zu").status()).isEqualTo(200);
        // an old address is nobody else's
        assertError(rename(http, other, "{\"slug\": \"alte-bruecke-gesperrt\"}"), 409, "slug_redirected");
        assertThat(audited("rename")).containsExactly("bruecke-fuer-lkw-zu", "alte-bruecke-gesperrt");
    }

    @Test
    void deleteRemovesANeverPublishedPackageOnlyAndIsAudited() {
        assertError(
                reporter.send("DELETE", "/api/v1/packages/" + SLUG, null, null, null),
                403,
                "forbidden"); // created by desk-bot
        assertError(http.send("DELETE", "/api/v1/packages/" + SLUG, null, null, null, null), 401, "unauthorized");
        assertError(
                http.send("DELETE", "/api/v1/packages/" + SLUG, null, null, null, editorToken, "If-Match", "\"3\""),
                409,
                "conflict");
        assertError(
                http.send("DELETE", "/api/v1/packages/" + SLUG, null, null, null, editorToken, "If-Match", "drei"),
                400,
                "bad_parameter");
        assertThat(store.find(SLUG)).isPresent();

        Http.Response deleted = http.send("DELETE", "/api/v1/packages/" + SLUG, null, null, null);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().path("deleted").asBoolean()).isTrue();
        assertThat(deleted.json().path("revisions").asInt()).isEqualTo(1);
        assertError(http.get("/api/v1/packages/" + SLUG), 404, "not_found");
        assertThat(audited("delete")).containsExactly(SLUG);

        // a reporter deletes what it created itself
        reporter.json(
                "POST",
                "/api/v1/packages",
                "{\"text\": " + Http.quote(TestPackages.complete(TestPackages.bridge())) + "}");
        assertThat(reporter.send("DELETE", "/api/v1/packages/" + SLUG, null, null, null)
                        .status())
                .isEqualTo(200);

        // what was ever public stays (it can be retracted)
        http.json(
                "POST",
                "/api/v1/packages",
                "{\"text\": " + Http.quote(TestPackages.complete(TestPackages.bridge())) + "}");
        http.json("POST", "/api/v1/packages/" + SLUG + "/transitions", "{\"to\": \"in_review\"}");
        http.json("POST", "/api/v1/packages/" + SLUG + "/transitions", "{\"to\": \"published\"}");
        assertError(http.send("DELETE", "/api/v1/packages/" + SLUG, null, null, null), 409, "was_published");
        assertThat(store.revisions(SLUG)).hasSize(3);
        assertThat(audited("delete")).hasSize(2);
    }
}
