package de.ozd.newsroom.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import de.ozd.newsroom.core.DraftingSettings;
import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Origin;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.core.model.SectionProvenance;
import de.ozd.newsroom.draft.ExplainerLibrary;
import de.ozd.newsroom.publish.Site;
import de.ozd.newsroom.server.desk.DeskClient;
import de.ozd.newsroom.server.desk.DeskPages;
import de.ozd.newsroom.server.desk.DeskSettings;
import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/v1/draft} and the desk's „Neu aus Meldung“ on a server configured with a model (a fake
 * OpenAI-compatible server).
 */
class EditorialLlmApiTest {
    private static final ObjectMapper M = new ObjectMapper();
    private static final String KEY = "sk-server-test-0815";

    @TempDir
    static Path dir;

    private static HttpServer model;
    private static final List<String> modes = Collections.synchronizedList(new ArrayList<>());
    private static final List<JsonNode> bodies = Collections.synchronizedList(new ArrayList<>());
    private static Store store;
    private static ApiServer server;
    private static Http http;
    private static EditorialDesk desk;
    private static String base;

    static String resource(String name) throws IOException {
        try (InputStream in = EditorialLlmApiTest.class.getResourceAsStream("/llm/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    static void start() throws IOException {
        String good = resource("good.json");
        model = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        model.createContext("/v1/chat/completions", ex -> {
            try (ex) {
                bodies.add(M.readTree(ex.getRequestBody().readAllBytes()));
                String mode = modes.isEmpty() ? "good" : modes.remove(0);
                int status = 200;
                String body;
                if (mode.equals("refused")) {
                    status = 401;
                    body = "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}";
                } else {
                    if (mode.equals("slow")) {
                        Thread.sleep(2500);
                    }
                    var n = M.createObjectNode().put("model", "fake-13b");
                    n.putArray("choices")
                            .addObject()
                            .putObject("message")
                            .put("role", "assistant")
                            .put("content", good);
                    n.putObject("usage").put("prompt_tokens", 1800).put("completion_tokens", 500);
                    body = n.toString();
                }
                byte[] b = body.getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.sendResponseHeaders(status, b.length);
                ex.getResponseBody().write(b);
            } catch (InterruptedException | IOException e) {
                // the client went away
            }
        });
        // one thread per request: a slow answer must not hold up the next test's request behind it
        model.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        model.start();
        DraftingSettings drafting = new DraftingSettings(
                Optional.of("llm"),
                Optional.of("http://127.0.0.1:" + model.getAddress().getPort() + "/v1"),
                Optional.of("fake-13b"),
                Optional.of(1),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        store = Store.open(StoreConfig.embedded(dir.resolve("data")));
        desk = new EditorialDesk(HouseConfig.OZD, ExplainerLibrary.standard(), drafting, Optional.of(KEY));
        // load the German analyser now: on a busy machine its first load can outlast the test client's timeout
        desk.check(resource("lindenau.txt"), Optional.of(resource("lindenau.txt")), false);
        store.accounts().create("r.reporter", Role.REPORTER, "reporter-passwort");
        server = ApiServer.create(
                store, ServerSettings.DEFAULT, List.of(new DeskPages(desk, Site.ozd(), DeskSettings.DEFAULT)), desk);
        int port = server.start(0);
        base = "http://127.0.0.1:" + port;
        http = new Http(port, store.tokens().create("redaktion", Role.REDAKTEUR));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
        model.stop(0);
    }

    private static Http.Response draft() throws IOException {
        String body = M.createObjectNode()
                .put("text", resource("lindenau.txt"))
                .put("agency", "dpa")
                .toString();
        return http.send("POST", "/api/v1/draft", body.getBytes(StandardCharsets.UTF_8), "application/json", null);
    }

    @Test
    void draftUsesTheConfiguredModelAndReturnsFindingsNotesAndUsage() throws Exception {
        assertThat(desk.engine().name()).isEqualTo("llm");
        Http.Response r = draft();
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode j = r.json();
        assertThat(j.path("engine").asText()).isEqualTo("llm");
        assertThat(j.path("text").asText())
                .contains("provenance.infobox: llm fake-13b, unreviewed")
                .contains("headline: Lindenau eröffnet Stadtbibliothek im alten Bahnhof");
        assertThat(j.at("/package/provenance/commentary/origin").asText()).isEqualTo("llm");
        assertThat(j.at("/package/provenance/commentary/model").asText()).isEqualTo("fake-13b");
        assertThat(j.at("/usage/model").asText()).isEqualTo("fake-13b");
        assertThat(j.at("/usage/promptVersion").asText()).isEqualTo("ozd-llm-de-1");
        assertThat(j.at("/usage/tokensIn").asLong()).isEqualTo(1800);
        assertThat(j.at("/usage/tokensOut").asLong()).isEqualTo(500);
        assertThat(j.path("notes").isArray()).isTrue();
        assertThat(j.path("errors").asInt()).isZero();
        assertThat(j.path("findings").isArray()).isTrue();
        assertThat(bodies.get(bodies.size() - 1).path("model").asText()).isEqualTo("fake-13b");
        assertThat(r.body()).doesNotContain(KEY);
    }

    @Test
    void theDeskDraftsANewPackageThroughTheConfiguredModel() throws Exception {
        DeskClient web = new DeskClient(base);
        DeskClient.Browser reporter = web.login("r.reporter", "reporter-passwort");
        HttpResponse<String> created = web.post(
                reporter,
                "/redaktion/neu",
                DeskClient.fields(
                        "_csrf", reporter.csrf(), "meldung", resource("lindenau.txt"), "agentur", "dpa", "bild", ""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        String slug = location.substring(location.lastIndexOf('/') + 1);
        ArticlePackage pkg = store.find(slug).orElseThrow().pkg();
        SectionProvenance infobox = pkg.provenance().of(Section.INFOBOX).orElseThrow();
        assertThat(infobox.origin()).isEqualTo(Origin.LLM);
        assertThat(infobox.model()).contains("fake-13b");
        assertThat(pkg.headline()).contains("Lindenau eröffnet Stadtbibliothek im alten Bahnhof");
        assertThat(bodies.get(bodies.size() - 1).path("model").asText()).isEqualTo("fake-13b");
        assertThat(web.get(reporter, location).body()).doesNotContain(KEY);
    }

    @Test
    void aRefusingModelIsABadGatewayWithoutTheKey() throws Exception {
        modes.add("refused");
        Http.Response r = draft();
        assertThat(r.status()).as(r.body()).isEqualTo(502);
        assertThat(r.json().path("code").asText()).isEqualTo("model_failed");
        assertThat(r.json().path("message").asText()).contains("lehnt die Anmeldung ab (401)");
        assertThat(r.body()).doesNotContain(KEY);
    }

    @Test
    void aSlowModelIsAGatewayTimeout() throws Exception {
        modes.add("slow");
        Http.Response r = draft();
        assertThat(r.status()).as(r.body()).isEqualTo(504);
        assertThat(r.json().path("code").asText()).isEqualTo("model_timeout");
    }
}
