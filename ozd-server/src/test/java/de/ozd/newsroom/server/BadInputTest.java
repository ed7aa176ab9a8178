package de.ozd.newsroom.server;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import de.ozd.newsroom.store.TestPackages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input to every endpoint: each answer is a 4xx JSON error, nothing is stored, and the server keeps serving.
 */
class BadInputTest {
    private static final String SLUG = "mainfurt-sperrt-bruecke";

    @TempDir
    Path dir;

    private Store store;
    private ApiServer server;
    private Http http;

    @BeforeEach
    void start() {
        store = Store.open(StoreConfig.embedded(dir.resolve("data")));
        String token = store.tokens().create("bad-input", de.ozd.newsroom.store.Role.REDAKTEUR);
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

    record Endpoint(String method, String path) {}

    private static final List<Endpoint> WRITES = List.of(
            new Endpoint("POST", "/api/v1/packages"),
            new Endpoint("PUT", "/api/v1/packages/" + SLUG),
            new Endpoint("POST", "/api/v1/packages/" + SLUG + "/transitions"),
            new Endpoint("POST", "/api/v1/packages/" + SLUG + "/revisions/1/restore"));

    private static List<byte[]> hostileBodies() {
        List<byte[]> out = new ArrayList<>();
        for (String s : List.of(
                "{",
                "{\"text\": ",
                "[1, 2, 3]",
                "\"nur ein Text\"",
                "null",
                "{} {}",
                "{\"baseRevision\": \"eins\", \"to\": 5, \"text\": 7, \"package\": \"x\"}",
                "{\"baseRevision\": 1.5}",
                "{\"baseRevision\": -3}",
                "{\"baseRevision\": 99999999999999}",
                "{\"to\": \"published'; DROP TABLE packages; --\"}",
                "{\"text\": " + Http.quote(TestPackages.bridge()) + ", \"hacker\": true}",
                "{\"package\": {\"report\": {\"paragraphs\": [\"x\"]}, \"unbekannt\": 1}}",
                "{\"package\": {\"report\": {\"paragraphs\": 5}}}",
                "{\"text\": \"\"}",
                "{\"slug\": \"x' OR '1'='1\", \"text\": " + Http.quote(TestPackages.strike()) + "}",
                "{\"a\": 1, \"a\": 2}",
                "{\"text\": \"a\\u0000b\"}",
                "[".repeat(5000) + "]".repeat(5000))) {
            out.add(s.getBytes(StandardCharsets.UTF_8));
        }
        out.add(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        out.add(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
        byte[] huge = new byte[10 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        huge[0] = '{';
        out.add(huge);
        return out;
    }

    private void assertUntouched() {
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.revisions(SLUG)).hasSize(1);
        assertThat(store.get(SLUG).text()).isEqualTo(TestPackages.bridge());
        assertThat(http.get("/api/v1/health").status()).isEqualTo(200);
    }

    @Test
    void hostileBodiesToEveryWriteEndpoint() {
        int cases = 0;
        for (Endpoint e : WRITES) {
            for (byte[] body : hostileBodies()) {
                for (String type :
                        new String[] {"application/json", "text/plain", "application/x-www-form-urlencoded"}) {
                    if (type.equals("text/plain") && body.length < 100 && body.length > 0 && body[0] == '{') {
                        continue; // a brace is legal house text; the text/plain cases are the huge and the non-UTF-8
                        // ones
                    }
                    Http.Response r = http.send(e.method(), e.path(), body, type, null);
                    String what = e + " " + type + " "
                            + new String(body, 0, Math.min(body.length, 60), StandardCharsets.UTF_8);
                    assertThat(r.status()).as(what + " → " + r.body()).isBetween(400, 499);
                    assertThat(r.json().path("code").asText()).as(what).isNotBlank();
                    assertThat(r.json().path("message").asText()).as(what).isNotBlank();
                    assertThat(r.body()).doesNotContain("Exception").doesNotContain("at de.ozd");
                    cases++;
                }
            }
        }
        assertThat(cases).isGreaterThan(150);
        assertUntouched();
    }

    @Test
    void hostileParametersAndPathsToEveryReadEndpoint() {
        List<String> urls = List.of(
                "/api/v1/packages?limit=-1",
                "/api/v1/packages?limit=100000",
                "/api/v1/packages?offset=abc",
                "/api/v1/packages?state=published'%20OR%201=1",
                "/api/v1/packages?tag=" + "x".repeat(300),
                "/api/v1/packages/x'%20OR%20'1'='1",
                "/api/v1/packages/%FF%FE",
                "/api/v1/packages/" + SLUG + "/revisions/0",
                "/api/v1/packages/" + SLUG + "/revisions/abc",
                "/api/v1/packages/" + SLUG + "/revisions/99",
                "/api/v1/packages/" + SLUG + "/diff?from=x",
                "/api/v1/packages/" + SLUG + "/diff?from=1&to=77",
                "/api/v1/packages/" + SLUG + "/related?limit=0",
                "/api/v1/search?q=%FF",
                "/api/v1/search?q=" + "a".repeat(1200),
                "/api/v1/search?from=gestern",
                "/api/v1/search?state=alle",
                "/api/v1/search?q=a&limit=1e3",
                "/api/v1/public/packages/" + SLUG,
                "/api/v1/packages/..%2F..%2Fetc%2Fpasswd");
        for (String url : urls) {
            Http.Response r = http.get(url);
            assertThat(r.status()).as(url + " → " + r.body()).isBetween(400, 499);
            assertThat(r.json().path("code").asText()).as(url).isNotBlank();
        }
        // SQL and query-syntax metacharacters in a search are plain text: 200, no error, nothing changed
        for (String q : List.of("%27%3B%20DROP%20TABLE%20packages%3B--", "%22", "a%3Ab%20OR%20(c", "%5C", "*")) {
            Http.Response r = http.get("/api/v1/search?q=" + q);
            assertThat(r.status()).as(q + " → " + r.body()).isEqualTo(200);
        }
        assertUntouched();
    }
}
