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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 8: the OpenAPI document declares the bearer scheme and which operations need it, and the server
 * behaves as declared: every operation that requires the token answers 401 without one (or with a wrong one), every
 * operation declared open answers without one.
 */
class OpenApiSecurityTest {
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    @TempDir
    Path dir;

    private Store store;
    private ApiServer server;

    private Http start(ServerSettings settings) {
        store = Store.open(StoreConfig.embedded(dir.resolve("data")));
        String token = store.tokens().create("security");
        server = ApiServer.create(store, settings);
        Http http = new Http(server.start(0), token);
        assertThat(http.json("POST", "/api/v1/packages", "{\"text\": " + Http.quote(TestPackages.bridge()) + "}")
                        .status())
                .isEqualTo(201);
        return http;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    /** The operations of the document with the security requirement each one has in effect. */
    private record Operation(String method, String path, JsonNode op, boolean secured) {}

    private static List<Operation> operations(JsonNode doc) {
        JsonNode global = doc.path("security");
        List<Operation> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op != null) {
                    JsonNode security = op.has("security") ? op.get("security") : global;
                    out.add(new Operation(method, path.getKey(), op, security.isArray() && !security.isEmpty()));
                }
            }
        }
        return out;
    }

    private static String concrete(String path) {
        return path.replace("{slug}", "mainfurt").replaceAll("\\{[^}]+}", "1");
    }

    @Test
    void theBearerSchemeIsDeclaredAndEverySecuredOperationRefusesCallsWithoutIt() {
        Http http = start(ServerSettings.DEFAULT);
        Http.Response answer = http.send("GET", "/api/v1/openapi.json", null, null, null, null);
        assertThat(answer.status()).isEqualTo(200); // the document itself is open
        JsonNode doc = answer.json();

        JsonNode schemes = doc.at("/components/securitySchemes");
        String scheme = schemes.fieldNames().next();
        assertThat(schemes.get(scheme).get("type").asText()).isEqualTo("http");
        assertThat(schemes.get(scheme).get("scheme").asText()).isEqualTo("bearer");
        assertThat(doc.get("security").get(0).has(scheme))
                .as("required by default")
                .isTrue();

        List<Operation> ops = operations(doc);
        assertThat(ops.stream().filter(Operation::secured)).hasSizeGreaterThan(10);
        assertThat(ops.stream().filter(o -> !o.secured()).map(Operation::path))
                .contains("/api/v1/health", "/api/v1/openapi.json");
        for (Operation o : ops) {
            String call = o.method().toUpperCase() + " " + o.path();
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            boolean hasBody = o.op().has("requestBody");
            Http.Response none = http.send(
                    o.method().toUpperCase(),
                    concrete(o.path()),
                    hasBody ? body : null,
                    hasBody ? "application/json" : null,
                    null,
                    null);
            if (o.secured()) {
                assertThat(none.status()).as(call + " without a token").isEqualTo(401);
                assertThat(o.op().at("/responses/401").isMissingNode())
                        .as(call + " documents 401")
                        .isFalse();
                Http.Response wrong = http.send(
                        o.method().toUpperCase(),
                        concrete(o.path()),
                        hasBody ? body : null,
                        hasBody ? "application/json" : null,
                        null,
                        "ozd_nichts_falsch");
                assertThat(wrong.status()).as(call + " with a wrong token").isEqualTo(401);
            } else {
                assertThat(none.status()).as(call + " is declared open").isNotEqualTo(401);
            }
        }
    }

    @Test
    void withoutTokensTheDocumentRequiresNone() {
        Http http = start(ServerSettings.DEFAULT.withAuthRequired(false));
        JsonNode doc =
                http.send("GET", "/api/v1/openapi.json", null, null, null, null).json();
        assertThat(operations(doc)).noneMatch(Operation::secured);
        assertThat(http.send("GET", "/api/v1/packages", null, null, null, null).status())
                .isEqualTo(200);
    }
}
