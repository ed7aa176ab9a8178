package de.ozd.newsroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ozd draft --engine llm|auto} through the real command line, against a fake OpenAI-compatible server. */
class DraftLlmCommandTest {
    static final ObjectMapper M = new ObjectMapper();
    static final String KEY = "sk-cli-test-secret-4711";

    @TempDir
    Path tmp;

    HttpServer server;
    final List<JsonNode> bodies = Collections.synchronizedList(new ArrayList<>());
    final List<String> auth = Collections.synchronizedList(new ArrayList<>());
    volatile int status = 200;

    static String resource(String name) throws IOException {
        try (InputStream in = DraftLlmCommandTest.class.getResourceAsStream("/llm/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeEach
    void start() throws IOException {
        String good = resource("good.json");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", ex -> {
            try (ex) {
                bodies.add(M.readTree(ex.getRequestBody().readAllBytes()));
                auth.add(ex.getRequestHeaders().getFirst("Authorization"));
                if (status != 200) {
                    byte[] b = ("{\"error\":{\"message\":\"down, key " + KEY + "\"}}").getBytes(StandardCharsets.UTF_8);
                    ex.sendResponseHeaders(status, b.length);
                    ex.getResponseBody().write(b);
                    return;
                }
                ex.getResponseHeaders().add("Content-Type", "text/event-stream");
                ex.sendResponseHeaders(200, 0);
                int step = good.length() / 30;
                for (int i = 0; i < good.length(); i += step) {
                    var n = M.createObjectNode().put("model", "fake-7b");
                    n.putArray("choices")
                            .addObject()
                            .putObject("delta")
                            .put("content", good.substring(i, Math.min(good.length(), i + step)));
                    ex.getResponseBody().write(("data: " + n + "\n\n").getBytes(StandardCharsets.UTF_8));
                }
                var usage = M.createObjectNode();
                usage.putArray("choices");
                usage.putObject("usage").put("prompt_tokens", 1500).put("completion_tokens", 420);
                ex.getResponseBody()
                        .write(("data: " + usage + "\n\ndata: [DONE]\n\n").getBytes(StandardCharsets.UTF_8));
            }
        });
        server.start();
        DraftingOptions.environment = name -> name.equals("OZD_LLM_API_KEY") ? KEY : null;
    }

    @AfterEach
    void stop() {
        server.stop(0);
        DraftingOptions.environment = System::getenv;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    Path report() throws IOException {
        Path p = tmp.resolve("lindenau.txt");
        Files.writeString(p, resource("lindenau.txt"));
        return p;
    }

    @Test
    void llmDraftPrintsThePackageThenFindingsAndCost() throws Exception {
        Path report = report();
        CliRun run = CliRun.run(
                "draft",
                report.toString(),
                "--engine",
                "llm",
                "--llm-url",
                url(),
                "--model",
                "fake-7b",
                "--temperature",
                "0.1",
                "--max-tokens",
                "3000",
                "--llm-timeout",
                "30",
                "--agency",
                "dpa");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("---\nheadline: Lindenau eröffnet Stadtbibliothek im alten Bahnhof\nteaser: ")
                .contains("agency: dpa\nllm.prompt: ozd-llm-de-1\nllm.drafted: ")
                .contains("provenance.commentary: llm fake-7b, unreviewed\n")
                .contains("Die Gemeinde Lindenau hat am Montag ihre neue Stadtbibliothek im alten Bahnhof eröffnet.")
                .contains("OZD-Kommentar – Ein Wohnzimmer mit Öffnungszeiten\n");
        List<String> err = List.of(run.err().split("\n"));
        assertThat(err)
                .containsSubsequence(
                        "ozd draft: Sprachmodelle werden geladen …",
                        "ozd draft: Entwurf wird erstellt …",
                        "ozd draft: frage das Modell fake-7b unter " + url() + " …",
                        "ozd draft: Kopf (Titel, Teaser) …",
                        "ozd draft: Kommentar …",
                        "ozd draft: Mini-Infobox …",
                        "ozd draft: Analyse …",
                        "ozd draft: Erklärungen …",
                        "ozd draft: Extras …");
        assertThat(err.get(err.size() - 1))
                .startsWith("ozd draft: Modell fake-7b (Prompt ozd-llm-de-1): ")
                .endsWith("1 Anfrage, Token ein 1500, aus 420");
        assertThat(run.out() + run.err()).doesNotContain(KEY);
        JsonNode body = bodies.get(0);
        assertThat(body.get("model").asText()).isEqualTo("fake-7b");
        assertThat(body.get("temperature").asDouble()).isEqualTo(0.1);
        assertThat(body.get("max_tokens").asInt()).isEqualTo(3000);
        assertThat(auth).containsExactly("Bearer " + KEY);

        // the draft passes the house check and the grounding check of ozd check
        Path draft = tmp.resolve("entwurf.txt");
        Files.writeString(draft, run.out());
        CliRun checked = CliRun.run("check", "--source", report.toString(), draft.toString());
        assertThat(checked.exitCode()).as(checked.out()).isZero();
        // and every output labels the model's sections (once the editor has given the package its date)
        Files.writeString(draft, run.out().replaceFirst("---\n", "---\ndate: 2026-12-04T09:30:00+01:00\n"));
        CliRun ninjs = CliRun.run("render", draft.toString(), "--to", "ninjs", "--base-url", "https://www.example.de/");
        assertThat(ninjs.exitCode()).as(ninjs.err()).isZero();
        assertThat(ninjs.out()).contains("trainedAlgorithmicMedia");
    }

    @Test
    void houseFileConfiguresTheEngine() throws Exception {
        Path house = tmp.resolve("haus.json");
        Files.writeString(
                house,
                "{\"drafting\": {\"engine\": \"llm\", \"llmUrl\": \"" + url()
                        + "\", \"model\": \"haus-modell\", \"maxTokens\": 2000}}");
        Path out = tmp.resolve("entwurf.txt");
        CliRun run = CliRun.run("draft", report().toString(), "--house", house.toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(bodies.get(0).get("model").asText()).isEqualTo("haus-modell");
        assertThat(bodies.get(0).get("max_tokens").asInt()).isEqualTo(2000);
        assertThat(run.err()).contains("ozd draft: Entwurf in " + out + " geschrieben (llm fake-7b, ungeprüft)");
        assertThat(Files.readString(out)).contains("provenance.infobox: llm fake-7b, unreviewed");
    }

    @Test
    void aFailingModelWritesNothingAndSaysWhyInGerman() throws Exception {
        status = 503;
        Path out = tmp.resolve("entwurf.txt");
        CliRun run = CliRun.run(
                "draft",
                report().toString(),
                "--engine",
                "llm",
                "--llm-url",
                url(),
                "--model",
                "m",
                "-o",
                out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
        assertThat(run.err())
                .contains("Der Modellserver hat einen Fehler (503) (nach 3 Wiederholungen)")
                .doesNotContain(KEY)
                .doesNotContain("Exception");
        assertThat(bodies).hasSize(4);
    }

    @Test
    void llmWithoutAModelIsAUsageError() throws Exception {
        CliRun run = CliRun.run("draft", report().toString(), "--engine", "llm", "--llm-url", url());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Für die Engine „llm“ fehlen der Modellname (--model)");
        assertThat(bodies).isEmpty();
    }

    @Test
    void serveRefusesAnIncompleteModelSettingBeforeItStarts() {
        CliRun run = CliRun.run(
                "serve",
                "--data",
                tmp.resolve("data").toString(),
                "--port",
                "0",
                "--engine",
                "llm",
                "--llm-url",
                url());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Für die Engine „llm“ fehlen der Modellname (--model)");
    }

    @Test
    void autoFallsBackToExtractionWithANote() throws Exception {
        String gone = url();
        server.stop(0);
        CliRun run = CliRun.run("draft", report().toString(), "--engine", "auto", "--llm-url", gone, "--model", "m");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("provenance.infobox: extractive, unreviewed");
        assertThat(run.err())
                .contains("Modell nicht verwendet – Der Modellserver unter " + gone + " ist nicht erreichbar")
                .contains("Stattdessen extraktiv entworfen.");
        assertThat(Map.of("err", run.err())).doesNotContainValue(KEY);
    }
}
