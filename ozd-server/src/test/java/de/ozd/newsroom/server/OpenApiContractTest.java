package de.ozd.newsroom.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import de.ozd.newsroom.store.TestPackages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks the OpenAPI document and calls every operation: each answers with a status the document lists for it,
 * error bodies have the documented shape, and methods the document does not list are refused with 405.
 */
class OpenApiContractTest {
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    @TempDir
    Path dir;

    private Store store;
    private ApiServer server;
    private Http http;

    @BeforeEach
    void start() {
        store = Store.open(StoreConfig.embedded(dir.resolve("data")));
        String token = store.tokens().create("contract", de.ozd.newsroom.store.Role.REDAKTEUR);
        server = ApiServer.create(store, ServerSettings.DEFAULT);
        http = new Http(server.start(0), token);
        assertThat(http.json("POST", "/api/v1/packages", "{\"text\": " + Http.quote(TestPackages.bridge()) + "}")
                        .status())
                .isEqualTo(201);
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private String body(String schema, String slug) {
        return switch (schema) {
            case "CreateRequest" -> "{\"text\": " + Http.quote(TestPackages.strike()) + "}";
            case "SaveRequest" ->
                "{\"baseRevision\": " + store.get(slug).revision() + ", \"text\": "
                        + Http.quote(TestPackages.bridge().replace("Montag", "Freitag")) + "}";
            case "TransitionRequest" -> "{\"to\": \"in_review\"}";
            case "RestoreRequest", "ReviewRequest", "UpdateRequest" -> "{}";
            case "RenameRequest" -> "{\"slug\": \"mainfurt-bruecke-gesperrt\"}";
            case "ScheduleRequest" -> "{\"at\": \"2099-01-01T06:00:00+01:00\"}";
            case "CheckRequest" -> "{\"text\": " + Http.quote(TestPackages.bridge()) + "}";
            case "DraftRequest" ->
                "{\"text\": \"Die Stadt Mainfurt sperrt ab Montag die Alte Mainbrücke für "
                        + "Lastwagen. Gutachter fanden Risse an zwei Pfeilern, teilte die Stadt mit.\"}";
            default -> throw new AssertionError("no example body for " + schema);
        };
    }

    @Test
    void everyDocumentedOperationAnswersAsDocumented() {
        JsonNode doc = http.get("/api/v1/openapi.json").json();
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        List<String> called = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            String url = path.getKey()
                    .replace("{slug}", "mainfurt-sperrt-bruecke")
                    .replace("{rev}", "1")
                    .replace("{section}", "infobox");
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op != null && method.equals("delete") && path.getKey().contains("{slug}")) {
                    // deletes a package of its own, so that the other operations keep theirs
                    store.create(
                            "zum-loeschen", de.ozd.newsroom.store.Draft.fromText(TestPackages.strike()), "x", null);
                    url = path.getKey().replace("{slug}", "zum-loeschen");
                }
                if (op == null) {
                    Http.Response r = http.json(method.toUpperCase(), url, method.equals("get") ? null : "{}");
                    assertThat(r.status())
                            .as(method + " " + url + " is not documented")
                            .isIn(404, 405);
                    assertThat(r.json().path("code").asText()).isIn("method_not_allowed", "no_route");
                    continue;
                }
                String schema = op.path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText("");
                String body = schema.isEmpty()
                        ? null
                        : body(schema.substring(schema.lastIndexOf('/') + 1), "mainfurt-sperrt-bruecke");
                Http.Response r = http.json(method.toUpperCase(), url, body);
                JsonNode documented = op.path("responses");
                assertThat(documented.has(Integer.toString(r.status())))
                        .as(method + " " + url + " answered " + r.status() + ": " + r.body())
                        .isTrue();
                if (r.status() >= 400) {
                    assertThat(r.json().path("code").isTextual()).isTrue();
                    assertThat(r.json().path("message").isTextual()).isTrue();
                } else if (r.status() < 300) {
                    // every 2xx of the API is JSON unless text/plain was asked for, with the documented fields
                    assertHasDocumentedFields(
                            doc, documented.path(Integer.toString(r.status())), r.json(), method + " " + url);
                }
                // every documented integer query parameter refuses a non-number with a documented 400
                for (JsonNode p : op.path("parameters")) {
                    if (p.path("in").asText().equals("query")
                            && p.path("schema").path("type").asText().equals("integer")) {
                        Http.Response bad = http.json(
                                method.toUpperCase(), url + "?" + p.path("name").asText() + "=zwei", body);
                        assertThat(bad.status())
                                .as(method + " " + url + " ?" + p.path("name").asText())
                                .isEqualTo(400);
                        assertThat(documented.has("400")).isTrue();
                    }
                }
                called.add(method.toUpperCase() + " " + path.getKey());
            }
        }
        // the document lists exactly the server's routes
        List<String> routes = server.routes().stream()
                .map(r -> r.method().name() + " " + r.path())
                .toList();
        assertThat(called).containsExactlyInAnyOrderElementsOf(routes);
        assertThat(http.get("/api/v1/nichts").json().path("code").asText()).isEqualTo("no_route");
    }

    /** The body has every required field of its documented schema, and enumerated fields have a listed value. */
    private static void assertHasDocumentedFields(JsonNode doc, JsonNode response, JsonNode body, String call) {
        String ref = response.path("content")
                .path("application/json")
                .path("schema")
                .path("$ref")
                .asText("");
        if (ref.isEmpty()) {
            return;
        }
        JsonNode schema = doc.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        for (JsonNode required : schema.path("required")) {
            assertThat(body.has(required.asText()))
                    .as(call + " has " + required.asText() + ": " + body)
                    .isTrue();
        }
        for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
            if (p.getValue().has("enum") && body.has(p.getKey())) {
                List<String> allowed = new ArrayList<>();
                p.getValue().path("enum").forEach(v -> allowed.add(v.asText()));
                assertThat(body.path(p.getKey()).asText())
                        .as(call + " " + p.getKey())
                        .isIn(allowed);
            }
        }
    }

    @Test
    void textBodiesAndAcceptAreServedAsDocumented() {
        JsonNode doc = http.get("/api/v1/openapi.json").json();
        JsonNode get = doc.path("paths").path("/api/v1/packages/{slug}").path("get");
        assertThat(get.path("responses").path("200").path("content").has("text/plain"))
                .isTrue();
        Http.Response text = http.get("/api/v1/packages/mainfurt-sperrt-bruecke", "text/plain");
        assertThat(text.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        Http.Response created = http.send(
                "POST",
                "/api/v1/packages?slug=aus-text",
                TestPackages.satellite().getBytes(StandardCharsets.UTF_8),
                "text/plain",
                null,
                store.tokens().create("x", de.ozd.newsroom.store.Role.REDAKTEUR));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("slug").asText()).isEqualTo("aus-text");
    }
}
