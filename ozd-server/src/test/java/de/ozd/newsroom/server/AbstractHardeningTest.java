package de.ozd.newsroom.server;

import static de.ozd.newsroom.server.AbstractApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozd.newsroom.publish.Site;
import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.TestPackages;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The findings of the hardening probe (issue 10), one test each, against both setups (subclasses). Every input
 * that once broke something is kept here as a fixture.
 */
abstract class AbstractHardeningTest {
    protected Store store;
    protected ApiServer server;
    protected Http http;
    protected String token;
    protected final List<String> internalErrors = Collections.synchronizedList(new ArrayList<>());

    protected abstract Store openStore();

    /** Runs an SQL update on the store's database directly: to plant data the store no longer accepts. */
    protected abstract void sql(String update) throws Exception;

    @BeforeEach
    void start() {
        store = openStore();
        token = store.tokens().create("hardening", Role.REDAKTEUR);
        ReaderSite site = new ReaderSite(Site.ozd().withBaseUrl(URI.create("https://www.example.de/")))
                .onInternalError((what, e) -> internalErrors.add(what + ": " + e));
        server = ApiServer.create(store, ServerSettings.DEFAULT, List.of(site));
        server.onInternalError((what, e) -> internalErrors.add(what + ": " + e));
        http = new Http(server.start(0), token);
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private Http.Response create(String text) {
        return http.json("POST", "/api/v1/packages", "{\"text\": " + Http.quote(text) + "}");
    }

    /** The JSON form of the bridge package, as the API gives it. */
    private JsonNode bridgeJson() {
        assertThat(create(TestPackages.bridge()).status()).isEqualTo(201);
        return http.get("/api/v1/packages/mainfurt-sperrt-bruecke").json().path("package");
    }

    // --- finding 4: the JSON form writes text that reads back, or is refused naming the field -------------

    @Test
    void jsonFieldsThatTheHouseTextCannotHoldAreRefusedNamingTheField() {
        JsonNode pkg = bridgeJson();
        record Case(String pointer, String value) {}
        List<Case> cases = List.of(
                // a newline injected front matter and whole sections
                new Case("/frontMatter/headline", "Titel\nslug: fremd\n---\nMini-Infobox"),
                new Case("/report/paragraphs/0", "Absatz\n\nErklärungen\nWer zahlt?\nNiemand."),
                // U+2028 in a headline made the front matter unreadable
                new Case("/frontMatter/headline", "Eins\u2028Zwei"),
                // a model name with spaces made the provenance line unreadable
                new Case("/provenance/report/model", "gpt 4o mini"),
                // a paragraph that reads as a heading
                new Case("/report/paragraphs/1", "Mini-Infobox"));
        for (Case c : cases) {
            ObjectNode edited = pkg.deepCopy();
            if (c.pointer().startsWith("/provenance")) {
                edited.with("provenance")
                        .putObject("report")
                        .put("origin", "llm")
                        .put("reviewed", false)
                        .put("model", c.value());
            } else if (c.pointer().startsWith("/frontMatter")) {
                edited.with("frontMatter").put("headline", c.value());
            } else {
                int i = Integer.parseInt(c.pointer().substring(c.pointer().lastIndexOf('/') + 1));
                edited.with("report")
                        .withArray("paragraphs")
                        .set(i, Http.MAPPER.getNodeFactory().textNode(c.value()));
            }
            Http.Response r = http.json(
                    "PUT",
                    "/api/v1/packages/mainfurt-sperrt-bruecke",
                    "{\"baseRevision\": 1, \"package\": " + edited + "}");
            assertError(r, 422, "invalid_package");
            // a provenance line that does not read back is lost as a whole: the field named is its section
            assertThat(r.json().path("field").asText())
                    .as(c.toString())
                    .isEqualTo("package" + c.pointer().replace("/report/model", "/report"));
        }
        assertThat(store.revisions("mainfurt-sperrt-bruecke")).hasSize(1);
    }

    @Test
    void savingTheTextBackUnchangedKeepsHeadlineAndAiProvenance() {
        JsonNode pkg = bridgeJson();
        ObjectNode edited = pkg.deepCopy();
        edited.with("frontMatter").put("headline", "Mainfurt sperrt die Brücke – vorerst");
        edited.with("provenance")
                .putObject("report")
                .put("origin", "llm")
                .put("reviewed", false)
                .put("model", "gpt-4o-mini");
        Http.Response saved = http.json(
                "PUT",
                "/api/v1/packages/mainfurt-sperrt-bruecke",
                "{\"baseRevision\": 1, \"package\": " + edited + "}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        String text = http.get("/api/v1/packages/mainfurt-sperrt-bruecke", "text/plain")
                .body();
        Http.Response back = http.send(
                "PUT",
                "/api/v1/packages/mainfurt-sperrt-bruecke",
                text.getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=utf-8",
                null,
                token,
                "If-Match",
                "\"2\"");
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        JsonNode now = http.get("/api/v1/packages/mainfurt-sperrt-bruecke").json();
        assertThat(now.path("headline").asText()).isEqualTo("Mainfurt sperrt die Brücke – vorerst");
        assertThat(now.path("package")
                        .path("provenance")
                        .path("report")
                        .path("model")
                        .asText())
                .isEqualTo("gpt-4o-mini");
        assertThat(now.path("package")
                        .path("provenance")
                        .path("report")
                        .path("reviewed")
                        .asBoolean())
                .isFalse();
        assertThat(now.path("package")).isEqualTo(saved.json().path("package"));
    }

    // --- finding 5: control characters and lone surrogates --------------------------------------------------

    @Test
    void controlCharactersAndLoneSurrogatesAreRefusedInEveryField() {
        assertThat(create(TestPackages.complete(TestPackages.bridge())).status())
                .isEqualTo(201);
        String slug = "/api/v1/packages/mainfurt-sperrt-bruecke";
        String text = Http.quote(TestPackages.bridge2()).replace("Kielsund will", "Kielsund\\u0000 will");
        assertError(http.json("POST", "/api/v1/packages", "{\"text\": " + text + "}"), 422, "control_character");
        String escape = Http.quote(TestPackages.bridge2()).replace("Kielsund will", "Kielsund\\u001b[2J will");
        assertError(http.json("POST", "/api/v1/packages", "{\"text\": " + escape + "}"), 422, "control_character");
        String surrogate = Http.quote(TestPackages.bridge2()).replace("Kielsund will", "Kielsund\\ud800 will");
        assertError(http.json("POST", "/api/v1/packages", "{\"text\": " + surrogate + "}"), 422, "control_character");
        Http.Response author = http.json(
                "PUT",
                slug,
                "{\"baseRevision\": 1, \"author\": \"Anna\\u0000\", \"text\": " + Http.quote(TestPackages.bridge())
                        + "}");
        assertError(author, 422, "control_character");
        assertThat(author.json().path("field").asText()).isEqualTo("author");
        assertError(
                http.json(
                        "PUT",
                        slug,
                        "{\"baseRevision\": 1, \"message\": \"ok\\u001b[31m\", \"text\": "
                                + Http.quote(TestPackages.bridge()) + "}"),
                422,
                "control_character");
        http.json("POST", slug + "/transitions", "{\"to\": \"in_review\"}");
        http.json("POST", slug + "/transitions", "{\"to\": \"published\"}");
        Http.Response note =
                http.json("POST", slug + "/transitions", "{\"to\": \"corrected\", \"note\": \"a\\u0000b\"}");
        assertError(note, 422, "control_character");
        assertThat(note.json().path("field").asText()).isEqualTo("note");
        // raw control bytes in a house text body
        Http.Response raw = http.send(
                "POST",
                "/api/v1/packages",
                TestPackages.bridge2()
                        .replace("Kielsund will", "Kielsund\u0007 will")
                        .getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=utf-8",
                null);
        assertError(raw, 422, "control_character");
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.revisions("mainfurt-sperrt-bruecke")).hasSize(3);
        assertThat(internalErrors).isEmpty();
    }

    // --- finding 6: a bad date is refused at save; one already stored is shown, never a 500 or a log line ---

    @Test
    void aBadDateIsRefusedAtSave() {
        Http.Response r = create(TestPackages.bridge().replace("2026-11-12T09:30:00+01:00", "gestern\u00a0früh"));
        assertError(r, 422, "invalid_date");
        assertThat(store.count()).isZero();
    }

    @Test
    void aBadDateStoredEarlierIsShownToReadersWithoutErrorsOrLogLines() throws Exception {
        assertThat(create(TestPackages.complete(TestPackages.bridge())).status())
                .isEqualTo(201);
        String slug = "/api/v1/packages/mainfurt-sperrt-bruecke";
        http.json("POST", slug + "/transitions", "{\"to\": \"in_review\"}");
        assertThat(http.json("POST", slug + "/transitions", "{\"to\": \"published\"}")
                        .status())
                .isEqualTo(200);
        // as a store before this fix could hold it
        sql("UPDATE revisions SET body_json = replace(body_json, '2026-11-12T09:30:00+01:00', '12.11.2026 früh'),"
                + " body_text = replace(body_text, '2026-11-12T09:30:00+01:00', '12.11.2026')");
        for (String page : List.of(
                "/",
                "/artikel/mainfurt-sperrt-bruecke",
                "/feed.rss",
                "/feed.atom",
                "/sitemap.xml",
                "/news-sitemap.xml")) {
            Http.Response r = http.send("GET", page, null, null, null, null);
            assertThat(r.status()).as(page + " " + r.body()).isEqualTo(200);
        }
        assertThat(http.send("GET", "/", null, null, null, null).body()).contains("Mainfurt sperrt");
        assertThat(internalErrors).isEmpty();
    }

    // --- finding 9: message length ----------------------------------------------------------------------------

    @Test
    void aLongMessageIsRefused() {
        assertThat(create(TestPackages.bridge()).status()).isEqualTo(201);
        Http.Response r = http.json(
                "PUT",
                "/api/v1/packages/mainfurt-sperrt-bruecke",
                "{\"baseRevision\": 1, \"message\": \"" + "x".repeat(3_000) + "\", \"text\": "
                        + Http.quote(TestPackages.bridge()) + "}");
        assertError(r, 422, "too_long");
        assertThat(r.json().path("message").asText()).contains("1000");
        assertThat(store.revisions("mainfurt-sperrt-bruecke")).hasSize(1);
    }

    // --- finding 8: the author is the token; roles decide who may publish -------------------------------------

    @Test
    void theAuthorOfASaveIsTheTokenAndTheBodyAuthorOnlyANote() {
        String reporter = store.tokens().create("reporterin-anna");
        Http asAnna = new Http(server.port(), reporter);
        assertThat(asAnna.json(
                                "POST",
                                "/api/v1/packages",
                                "{\"author\": \"Chefredakteur\", \"text\": " + Http.quote(TestPackages.bridge()) + "}")
                        .status())
                .isEqualTo(201);
        Http.Response header = asAnna.send(
                "PUT",
                "/api/v1/packages/mainfurt-sperrt-bruecke",
                TestPackages.bridge().replace("Nordbrücke", "Südbrücke").getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=utf-8",
                null,
                reporter,
                "If-Match",
                "\"1\"",
                "X-OZD-Author",
                "hardening");
        assertThat(header.status()).as(header.body()).isEqualTo(200);
        JsonNode revs = http.get("/api/v1/packages/mainfurt-sperrt-bruecke/revisions")
                .json()
                .path("items");
        assertThat(revs.get(0).path("author").asText()).isEqualTo("reporterin-anna (Angabe: Chefredakteur)");
        assertThat(revs.get(1).path("author").asText()).isEqualTo("reporterin-anna (Angabe: hardening)");
        assertThat(store.revisions("mainfurt-sperrt-bruecke"))
                .allSatisfy(r -> assertThat(r.author()).startsWith("reporterin-anna"));
    }

    @Test
    void aReporterTokenSendsToReviewButCannotPublishOrRetract() {
        String reporter = store.tokens().create("reporter-bot", Role.REPORTER);
        Http asReporter = new Http(server.port(), reporter);
        String slug = "/api/v1/packages/mainfurt-sperrt-bruecke";
        assertThat(asReporter
                        .json(
                                "POST",
                                "/api/v1/packages",
                                "{\"text\": " + Http.quote(TestPackages.complete(TestPackages.bridge())) + "}")
                        .status())
                .isEqualTo(201);
        assertThat(asReporter
                        .json("POST", slug + "/transitions", "{\"to\": \"in_review\"}")
                        .status())
                .isEqualTo(200);
        assertError(asReporter.json("POST", slug + "/transitions", "{\"to\": \"published\"}"), 403, "forbidden");
        assertThat(http.json("POST", slug + "/transitions", "{\"to\": \"published\"}")
                        .status())
                .isEqualTo(200);
        assertError(
                asReporter.json("POST", slug + "/transitions", "{\"to\": \"retracted\", \"note\": \"weg\"}"),
                403,
                "forbidden");
        assertError(
                asReporter.json("POST", slug + "/transitions", "{\"to\": \"corrected\", \"note\": \"neu\"}"),
                403,
                "forbidden");
        assertThat(store.get("mainfurt-sperrt-bruecke").state().key()).isEqualTo("published");
        assertThat(store.tokens().list())
                .extracting(t -> t.name() + ":" + t.role().key())
                .contains("hardening:redakteur", "reporter-bot:reporter");
    }

    // --- findings 2, 3, 7: sizes, slow clients, headers -------------------------------------------------------

    /** Sends raw bytes and returns the whole answer (status line, headers, body). */
    private String raw(String request, byte[] body, int timeoutMs) throws Exception {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(timeoutMs);
            var out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.net.SocketException e) {
            return "closed: " + e.getMessage();
        }
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReadingAndAChunkedOneWhileReading() throws Exception {
        String huge = raw(
                "POST /api/v1/packages HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                        + "\r\nContent-Type: application/json\r\nContent-Length: 3000000000\r\nConnection: close\r\n\r\n",
                "{\"text\": \"".getBytes(StandardCharsets.UTF_8),
                10_000);
        assertThat(huge).startsWith("HTTP/1.1 413").contains("\"code\":\"too_large\"");
        StringBuilder chunked = new StringBuilder(
                "POST /api/v1/packages HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        String chunk = "a".repeat(65536);
        for (long sent = 0;
                sent <= 2 * ServerSettings.DEFAULT.maxBodyBytes();
                sent += chunk.length()) { // twice the limit
            chunked.append(Integer.toHexString(chunk.length()))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        chunked.append("0\r\n\r\n");
        String answer = raw(chunked.toString(), null, 10_000);
        assertThat(answer).startsWith("HTTP/1.1 413").contains("too_large");
        assertThat(store.count()).isZero();
    }

    @Test
    void jettysOwnRefusalsAndHeadersAreTheApisJson() throws Exception {
        Http.Response ok = http.get("/api/v1/packages");
        assertThat(ok.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        String longUri = raw(
                "GET /api/v1/search?q=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                null,
                10_000);
        assertThat(longUri)
                .matches("(?s)HTTP/1.1 (414|431).*")
                .contains("application/json")
                .contains("\"code\"");
        String badEscape =
                raw("GET /api/v1/packages/%ZZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", null, 10_000);
        assertThat(badEscape)
                .startsWith("HTTP/1.1 400")
                .contains("application/json")
                .contains("\"code\"");
        assertError(
                http.send(
                        "POST",
                        "/api/v1/packages",
                        ("{\"text\": " + Http.quote(TestPackages.bridge()) + "}").getBytes(StandardCharsets.UTF_8),
                        "application/jsonp",
                        null),
                415,
                "unsupported_media_type");
        String broken = raw(
                "POST /api/v1/packages HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                        + "zz\r\n{}\r\n0\r\n\r\n",
                null,
                10_000);
        assertThat(broken).startsWith("HTTP/1.1 400").contains("\"code\"");
        assertThat(store.count()).isZero();
    }

    @Test
    @org.junit.jupiter.api.Timeout(90)
    void readerPagesAndHealthAnswerWhileManyClientsTrickleBodies() throws Exception {
        List<java.net.Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                java.net.Socket s = new java.net.Socket("127.0.0.1", server.port());
                s.getOutputStream()
                        .write(("POST /api/v1/packages HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                                        + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
                                .getBytes(StandardCharsets.ISO_8859_1));
                slow.add(s);
            }
            long end = System.nanoTime() + 8_000_000_000L;
            while (System.nanoTime() < end) {
                for (java.net.Socket s : slow) {
                    try {
                        s.getOutputStream().write(' ');
                    } catch (java.io.IOException closed) {
                        // refused or cut off by the server: what it should do
                    }
                }
                long t0 = System.nanoTime();
                assertThat(http.send("GET", "/api/v1/health", null, null, null, null)
                                .status())
                        .isEqualTo(200);
                assertThat(http.send("GET", "/", null, null, null, null).status())
                        .isEqualTo(200);
                assertThat((System.nanoTime() - t0) / 1_000_000)
                        .as("ms for /health and /")
                        .isLessThan(5_000);
                Thread.sleep(500);
            }
        } finally {
            for (java.net.Socket s : slow) {
                s.close();
            }
        }
        assertThat(store.count()).isZero();
    }
}
