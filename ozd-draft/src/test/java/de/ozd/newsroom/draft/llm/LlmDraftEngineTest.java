package de.ozd.newsroom.draft.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseChecker;
import de.ozd.newsroom.core.format.PackageWriter;
import de.ozd.newsroom.core.model.Origin;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.draft.DraftException;
import de.ozd.newsroom.draft.DraftListener;
import de.ozd.newsroom.draft.DraftOutcome;
import de.ozd.newsroom.draft.DraftRequest;
import de.ozd.newsroom.draft.DraftTestSupport;
import de.ozd.newsroom.draft.GroundingRule;
import de.ozd.newsroom.draft.llm.FakeModelServer.Received;
import de.ozd.newsroom.draft.llm.FakeModelServer.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The llm engine against a fake OpenAI-compatible server answering recorded responses. */
class LlmDraftEngineTest {
    static final ObjectMapper M = new ObjectMapper();
    static final String KEY = "sk-test-0123456789abcdef";
    static final String MODEL = "ozd-test-7b";
    static final Instant NOW = Instant.parse("2026-12-04T14:00:00Z");

    static String resource(String name) {
        try (InputStream in = LlmDraftEngineTest.class.getResourceAsStream("/llm/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final String REPORT = resource("lindenau.txt");
    static final String GOOD = resource("good.json");

    static LlmDraftEngine engine(FakeModelServer server, LlmSettings settings) {
        return LlmDraftEngine.builder(settings, DraftTestSupport::analyzer)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
    }

    static LlmSettings settings(FakeModelServer server) {
        return LlmSettings.of(server.baseUrl(), MODEL, Optional.of(KEY))
                .withStream(false)
                .withBackoff(Duration.ofMillis(20))
                .withTimeout(Duration.ofSeconds(20));
    }

    static DraftRequest request() {
        return new DraftRequest(REPORT, Optional.of("dpa"), Optional.empty());
    }

    /** Notes and sections the listener saw. */
    static final class Recorder implements DraftListener {
        final List<String> sections = Collections.synchronizedList(new ArrayList<>());
        final List<String> notes = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void section(String section) {
            sections.add(section);
        }

        @Override
        public void note(String message) {
            notes.add(message);
        }
    }

    @Test
    void goodPackageIsAssembledCheckedAndLabelled() throws Exception {
        try (FakeModelServer server = new FakeModelServer(Reply.completion(GOOD, MODEL + "-q4"))) {
            DraftOutcome out = engine(server, settings(server)).draft(request(), DraftListener.NONE);

            List<Received> sent = server.received();
            assertThat(sent).hasSize(1);
            Received r = sent.get(0);
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/v1/chat/completions");
            assertThat(r.authorization()).isEqualTo("Bearer " + KEY);
            JsonNode body = r.body();
            assertThat(body.get("model").asText()).isEqualTo(MODEL);
            assertThat(body.get("temperature").asDouble()).isEqualTo(0.2);
            assertThat(body.get("max_tokens").asInt()).isEqualTo(4096);
            assertThat(body.get("stream").asBoolean()).isFalse();
            JsonNode messages = body.get("messages");
            assertThat(messages).hasSize(2);
            assertThat(messages.get(0).get("role").asText()).isEqualTo("system");
            assertThat(messages.get(0).get("content").asText())
                    .isEqualTo(Prompts.bundled().system("OZD"))
                    .contains("Keine Zeile sagt mehr als die Meldung", "## Mini-Infobox (infobox)", "## Kommentar");
            assertThat(messages.get(1).get("role").asText()).isEqualTo("user");
            assertThat(messages.get(1).get("content").asText()).endsWith(REPORT.strip());
            JsonNode rf = body.get("response_format");
            assertThat(rf.get("type").asText()).isEqualTo("json_schema");
            assertThat(rf.at("/json_schema/strict").asBoolean()).isTrue();
            assertThat(rf.at("/json_schema/schema")).isEqualTo(PackageSchema.schema());

            var pkg = out.pkg();
            assertThat(pkg.report().paragraphs())
                    .containsExactlyElementsOf(List.of(REPORT.strip().split("\n")));
            assertThat(pkg.report().signature()).contains("OZD");
            assertThat(pkg.frontMatter().get("headline"))
                    .contains("Lindenau eröffnet Stadtbibliothek im alten Bahnhof");
            assertThat(pkg.frontMatter().get("teaser")).get().asString().startsWith("Die Gemeinde Lindenau");
            assertThat(pkg.frontMatter().get("agency")).contains("dpa");
            assertThat(pkg.frontMatter().get(LlmDraftEngine.PROMPT_KEY)).contains("ozd-llm-de-1");
            assertThat(pkg.frontMatter().get(LlmDraftEngine.DRAFTED_KEY)).contains("2026-12-04T14:00:00Z");
            for (Section s : List.of(
                    Section.COMMENTARY, Section.INFOBOX, Section.ANALYSIS, Section.EXPLAINERS, Section.EXTRAS)) {
                var p = pkg.provenance().of(s).orElseThrow();
                assertThat(p.origin()).isEqualTo(Origin.LLM);
                assertThat(p.model()).contains(MODEL + "-q4");
                assertThat(p.reviewed()).isFalse();
            }
            assertThat(pkg.provenance().of(Section.REPORT)).isEmpty();
            assertThat(pkg.credits().orElseThrow().pictureCredit()).contains("dpa");
            String text = new PackageWriter(HouseConfig.OZD).canonical(pkg);
            assertThat(text).contains("provenance.infobox: llm ozd-test-7b-q4, unreviewed\n");
            assertThat(HouseChecker.ozd().check(text)).noneMatch(Diagnostic::isError);
            assertThat(out.findings()).noneMatch(Diagnostic::isError);
            assertThat(out.engine()).isEqualTo("llm");
            var usage = out.usage().orElseThrow();
            assertThat(usage.requests()).isEqualTo(1);
            assertThat(usage.tokensIn()).hasValue(1200);
            assertThat(usage.tokensOut()).hasValue(340);
            assertThat(usage.summary()).contains("Modell ozd-test-7b-q4", "Token ein 1200, aus 340");
        }
    }

    @Test
    void invalidJsonIsRetriedWithTheFindingsThenFailsWithoutAPackage() throws Exception {
        Reply broken = Reply.completion("{\"frontMatter\": {\"headline\": \"Lindenau", MODEL);
        try (FakeModelServer server = new FakeModelServer(broken, broken, broken)) {
            Recorder rec = new Recorder();
            assertThatThrownBy(() -> engine(server, settings(server)).draft(request(), rec))
                    .isInstanceOf(DraftException.class)
                    .hasMessageStartingWith(
                            "Das Modell hat nach 3 Versuchen kein brauchbares Paket geliefert; es wurde "
                                    + "nichts geschrieben.")
                    .hasMessageContaining("kein gültiges JSON");
            List<Received> sent = server.received();
            assertThat(sent).hasSize(3);
            JsonNode second = sent.get(1).body().get("messages");
            assertThat(second).hasSize(4);
            assertThat(second.get(2).get("role").asText()).isEqualTo("assistant");
            assertThat(second.get(2).get("content").asText()).isEqualTo("{\"frontMatter\": {\"headline\": \"Lindenau");
            assertThat(second.get(3).get("role").asText()).isEqualTo("user");
            assertThat(second.get(3).get("content").asText())
                    .startsWith("Diese Antwort lässt sich so nicht verwenden.")
                    .contains("- Die Antwort ist kein gültiges JSON");
            assertThat(sent.get(2).body().get("messages")).hasSize(6);
            assertThat(rec.notes).hasSize(2).allMatch(n -> n.contains("neuer Versuch mit den Befunden"));
        }
    }

    @Test
    void unknownKeysAndWrongTypesAreRefusedStrictly() {
        assertThat(ModelOutput.read(GOOD).problems()).isEmpty();
        assertThat(ModelOutput.read("```json\n" + GOOD + "\n```").problems()).isEmpty();
        assertThat(ModelOutput.read(GOOD.replace("\"teaser\"", "\"summary\"")).problems())
                .contains(
                        "Unbekannter Schlüssel „frontMatter/summary“: erlaubt sind [headline, teaser].",
                        "„frontMatter/teaser“ fehlt.");
        assertThat(ModelOutput.read(GOOD.replace("{\"label\": \"b\"", "{\"label\": \"x\""))
                        .problems())
                .anyMatch(p -> p.contains("„analysis/dimensions/0/points/1/label“ ist „x“"));
        assertThat(ModelOutput.read(GOOD.replace("Bürgermeisterin von Lindenau.", "Bürgermeisterin\\nMini-Infobox"))
                        .problems())
                .containsExactly(
                        "„explainers/0/answer“ enthält einen Zeilenumbruch: jede Angabe ist eine einzige Zeile.");
        assertThat(ModelOutput.read(GOOD + " {}").problems())
                .singleElement()
                .asString()
                .contains("kein gültiges JSON");
    }

    @Test
    void houseErrorsGoBackToTheModelAndTheSecondAnswerPasses() throws Exception {
        try (FakeModelServer server = new FakeModelServer(
                Reply.completion(resource("too-many-facts.json"), MODEL), Reply.completion(GOOD, MODEL))) {
            Recorder rec = new Recorder();
            DraftOutcome out = engine(server, settings(server)).draft(request(), rec);
            assertThat(out.pkg().infobox().orElseThrow().facts()).hasSize(3);
            List<Received> sent = server.received();
            assertThat(sent).hasSize(2);
            String feedback =
                    sent.get(1).body().get("messages").get(3).get("content").asText();
            assertThat(feedback).contains("[OZD010]", "Zeile „Kritik an Öffnungszeiten“");
            assertThat(out.notes())
                    .containsExactly(
                            "Antwort 1 des Modells unbrauchbar (1 Befund): neuer Versuch mit " + "den Befunden.");
            assertThat(out.usage().orElseThrow().requests()).isEqualTo(2);
            assertThat(out.usage().orElseThrow().tokensIn()).hasValue(2400);
        }
    }

    @Test
    void serverWithoutResponseFormatGetsTheSchemaAsInstructions() throws Exception {
        try (FakeModelServer server = new FakeModelServer(
                Reply.json(
                        400,
                        "{\"error\":{\"message\":\"Unrecognized request argument supplied: response_format\","
                                + "\"type\":\"invalid_request_error\"}}"),
                Reply.completion(GOOD, MODEL),
                Reply.completion(GOOD, MODEL))) {
            LlmDraftEngine engine = engine(server, settings(server));
            DraftOutcome out = engine.draft(request(), DraftListener.NONE);
            List<Received> sent = server.received();
            assertThat(sent).hasSize(2);
            assertThat(sent.get(0).body().has("response_format")).isTrue();
            JsonNode second = sent.get(1).body();
            assertThat(second.has("response_format")).isFalse();
            String system = second.get("messages").get(0).get("content").asText();
            assertThat(system)
                    .startsWith(Prompts.bundled().system("OZD"))
                    .contains("Antworte ausschließlich mit einem einzigen JSON-Objekt")
                    .contains(PackageSchema.schema().toPrettyString());
            assertThat(out.notes()).singleElement().asString().contains("keine strukturierte Ausgabe");
            assertThat(out.pkg().infobox()).isPresent();
            // the engine remembers: the next draft goes without response_format at once
            engine.draft(request(), DraftListener.NONE);
            assertThat(server.received()).hasSize(3);
            assertThat(server.received().get(2).body().has("response_format")).isFalse();
        }
    }

    static List<String> streamOf(String content, int pieces) {
        List<String> events = new ArrayList<>();
        int step = Math.max(1, content.length() / pieces);
        for (int i = 0; i < content.length(); i += step) {
            var n = M.createObjectNode().put("model", MODEL);
            n.putArray("choices")
                    .addObject()
                    .put("index", 0)
                    .putObject("delta")
                    .put("content", content.substring(i, Math.min(content.length(), i + step)));
            events.add(n.toString());
        }
        var usage = M.createObjectNode().put("model", MODEL);
        usage.putArray("choices");
        usage.putObject("usage").put("prompt_tokens", 900).put("completion_tokens", 410);
        events.add(usage.toString());
        events.add("[DONE]");
        return events;
    }

    @Test
    void streamIsReadSectionBySection() throws Exception {
        try (FakeModelServer server = new FakeModelServer(Reply.stream(streamOf(GOOD, 40), 2))) {
            Recorder rec = new Recorder();
            DraftOutcome out = engine(server, settings(server).withStream(true)).draft(request(), rec);
            JsonNode body = server.received().get(0).body();
            assertThat(body.get("stream").asBoolean()).isTrue();
            assertThat(body.at("/stream_options/include_usage").asBoolean()).isTrue();
            assertThat(rec.sections).containsExactlyElementsOf(Prompts.SECTIONS);
            assertThat(out.pkg().analysis().orElseThrow().dimensions()).hasSize(2);
            assertThat(out.usage().orElseThrow().tokensIn()).hasValue(900);
            assertThat(out.usage().orElseThrow().tokensOut()).hasValue(410);
        }
    }

    @Test
    void aSlowServerTimesOut() throws Exception {
        try (FakeModelServer server =
                new FakeModelServer(Reply.completion(GOOD, MODEL).delayed(5000))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> engine(server, settings(server).withTimeout(Duration.ofMillis(600)))
                            .draft(request(), DraftListener.NONE))
                    .isInstanceOf(DraftException.class)
                    .hasMessageStartingWith("Der Modellserver hat nicht innerhalb von 0,6 s geantwortet");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
            assertThat(server.received()).hasSize(1);
        }
    }

    @Test
    void aDraftIsCancelledByInterruptingItsThread() throws Exception {
        try (FakeModelServer server = new FakeModelServer(Reply.stream(streamOf(GOOD, 40), 500))) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread t = new Thread(() -> {
                try {
                    engine(server, settings(server).withStream(true)).draft(request(), DraftListener.NONE);
                } catch (Throwable e) {
                    thrown.set(e);
                }
            });
            t.start();
            Thread.sleep(700);
            long start = System.nanoTime();
            t.interrupt();
            t.join(5000);
            assertThat(t.isAlive()).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(thrown.get()).isInstanceOf(DraftException.class).hasMessage("Der Entwurf wurde abgebrochen.");
        }
    }

    @Test
    void tooManyRequestsWaitsAsRetryAfterSays() throws Exception {
        try (FakeModelServer server = new FakeModelServer(
                Reply.json(429, "{\"error\":{\"message\":\"Rate limit reached\"}}")
                        .withHeader("Retry-After", "1"),
                Reply.completion(GOOD, MODEL))) {
            Recorder rec = new Recorder();
            long start = System.nanoTime();
            DraftOutcome out = engine(server, settings(server)).draft(request(), rec);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
            assertThat(server.received()).hasSize(2);
            assertThat(rec.notes)
                    .containsExactly("Modellserver antwortet 429 (ausgelastet): neuer Versuch 1 von 3 in 1,0 s.");
            assertThat(out.usage().orElseThrow().requests()).isEqualTo(2);
        }
    }

    @Test
    void retryAfterLongerThanTheLimitFailsAtOnce() throws Exception {
        try (FakeModelServer server =
                new FakeModelServer(Reply.json(429, "{\"error\":\"busy\"}").withHeader("Retry-After", "3600"))) {
            assertThatThrownBy(() -> engine(server, settings(server)).draft(request(), DraftListener.NONE))
                    .hasMessage(
                            "Der Modellserver ist ausgelastet (429) und bittet, 3600 s zu warten – länger als 60 s: "
                                    + "versuchen Sie es später noch einmal.");
            assertThat(server.received()).hasSize(1);
        }
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenReported() throws Exception {
        Reply error = Reply.json(500, "{\"error\":{\"message\":\"model crashed\"}}");
        try (FakeModelServer server = new FakeModelServer(error, error, Reply.completion(GOOD, MODEL))) {
            Recorder rec = new Recorder();
            engine(server, settings(server)).draft(request(), rec);
            assertThat(server.received()).hasSize(3);
            assertThat(rec.notes)
                    .containsExactly(
                            "Modellserver antwortet 500: neuer Versuch 1 von 3 in 0,0 s.",
                            "Modellserver antwortet 500: neuer Versuch 2 von 3 in 0,0 s.");
        }
        try (FakeModelServer server = new FakeModelServer(error, error, error, error)) {
            assertThatThrownBy(() -> engine(server, settings(server)).draft(request(), DraftListener.NONE))
                    .hasMessage("Der Modellserver hat einen Fehler (500) (nach 3 Wiederholungen) – „model crashed“: "
                            + "versuchen Sie es später noch einmal oder mit --engine extractive.");
            assertThat(server.received()).hasSize(4);
        }
    }

    @Test
    void groundingFlagsAnInventedNumberAndAnInventedPersonAtTheirLines() throws Exception {
        try (FakeModelServer server = new FakeModelServer(Reply.completion(resource("invented.json"), MODEL))) {
            DraftOutcome out = engine(server, settings(server)).draft(request(), DraftListener.NONE);
            List<String> lines = List.of(
                    new PackageWriter(HouseConfig.OZD).canonical(out.pkg()).split("\n"));
            int numberLine = lines.indexOf("Rund 450 Besucher am ersten Tag") + 1;
            int personLine = lines.indexOf("Thomas Berger leitet die neue Bibliothek.") + 1;
            assertThat(numberLine).isPositive();
            assertThat(personLine).isPositive();
            List<Diagnostic> unsupported = out.findings().stream()
                    .filter(d -> d.rule().equals(GroundingRule.UNSUPPORTED))
                    .toList();
            assertThat(unsupported)
                    .anyMatch(d -> d.line() == numberLine && d.message().contains("450"));
            assertThat(unsupported)
                    .anyMatch(d -> d.line() == personLine && d.message().contains("Thomas Berger"));
            // the model's commentary is checked too: its figure is not the report's
            int commentaryLine = 1
                    + lines.indexOf(lines.stream()
                            .filter(l -> l.startsWith("Lindenau hat seinem alten Bahnhof"))
                            .findFirst()
                            .orElseThrow());
            assertThat(unsupported)
                    .anyMatch(d -> d.line() == commentaryLine && d.message().contains("9 Millionen"));
            assertThat(unsupported)
                    .allMatch(d -> d.line() == numberLine || d.line() == personLine || d.line() == commentaryLine);
            // the draft is complete all the same: grounding informs, it does not block
            assertThat(out.pkg().explainers().orElseThrow().entries()).hasSize(2);
        }
    }

    @Test
    void autoFallsBackToExtractionWhenTheModelIsUnreachable() throws Exception {
        String url;
        try (FakeModelServer server = new FakeModelServer()) {
            url = server.baseUrl();
        }
        LlmDraftEngine llm = LlmDraftEngine.builder(
                        LlmSettings.of(url, MODEL, Optional.empty()).withTimeout(Duration.ofSeconds(5)),
                        DraftTestSupport::analyzer)
                .build();
        AutoDraftEngine auto = new AutoDraftEngine(Optional.of(llm), DraftTestSupport::engine);
        DraftOutcome out = auto.draft(request(), DraftListener.NONE);
        assertThat(out.notes())
                .singleElement()
                .asString()
                .startsWith("Modell nicht verwendet – Der Modellserver unter " + url + " ist nicht erreichbar")
                .endsWith("Stattdessen extraktiv entworfen.");
        assertThat(out.pkg().provenance().of(Section.INFOBOX).orElseThrow().origin())
                .isEqualTo(Origin.EXTRACTIVE);
    }
}
