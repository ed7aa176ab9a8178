package de.ozd.newsroom.draft.llm;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.draft.DraftException;
import de.ozd.newsroom.draft.DraftOutcome;
import de.ozd.newsroom.draft.llm.FakeModelServer.Reply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/** The API key goes into the Authorization header and into no message, note, log line or stack trace. */
class ApiKeySecrecyTest {
    static final String KEY = LlmDraftEngineTest.KEY;

    @Test
    void theKeyAppearsInNoOutputLogOrException() throws Exception {
        List<String> seen = new ArrayList<>();
        Logger logger = Logger.getLogger("de.ozd.newsroom.draft.llm");
        Level before = logger.getLevel();
        SimpleFormatter format = new SimpleFormatter();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                seen.add(format.format(r));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
        String echo = "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + ". See your account.\"}}";
        try (FakeModelServer server = new FakeModelServer(
                Reply.json(401, echo),
                Reply.json(500, echo),
                Reply.json(500, echo),
                Reply.json(500, echo),
                Reply.json(500, echo),
                Reply.json(418, echo),
                Reply.stream(List.of("{\"error\":{\"message\":\"bad key " + KEY + "\"}}"), 0),
                Reply.completion("{\"frontMatter\": \"" + KEY + "\"}", KEY),
                Reply.completion("no json " + KEY, KEY),
                Reply.completion("no json " + KEY, KEY),
                Reply.completion(LlmDraftEngineTest.GOOD, "model"))) {
            LlmSettings settings = LlmDraftEngineTest.settings(server);
            LlmDraftEngine engine = LlmDraftEngineTest.engine(server, settings);
            seen.add(settings.toString());
            for (int i = 0; i < 6; i++) {
                LlmDraftEngineTest.Recorder rec = new LlmDraftEngineTest.Recorder();
                try {
                    DraftOutcome out = engine.draft(LlmDraftEngineTest.request(), rec);
                    seen.add(out.toString());
                    out.usage().ifPresent(u -> seen.add(u.summary()));
                    out.findings().forEach(d -> seen.add(d.format("x")));
                } catch (DraftException e) {
                    StringWriter trace = new StringWriter();
                    e.printStackTrace(new PrintWriter(trace));
                    seen.add(trace.toString());
                }
                seen.addAll(rec.notes);
                seen.addAll(rec.sections);
            }
            // the key did go where it belongs
            assertThat(server.received()).allMatch(r -> ("Bearer " + KEY).equals(r.authorization()));
            assertThat(server.received()).hasSizeGreaterThanOrEqualTo(10);
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(before);
        }
        assertThat(seen).anyMatch(s -> s.contains("lehnt die Anmeldung ab (401)"));
        assertThat(seen).anyMatch(s -> s.contains("Fehler (500)"));
        assertThat(seen).anyMatch(s -> s.contains("POST http://127.0.0.1:"));
        assertThat(seen).anyMatch(s -> s.contains("Token ein"));
        assertThat(String.join("\n", seen)).doesNotContain(KEY).doesNotContain(KEY.substring(3, 15));
    }

    @Test
    void timeoutAndUnreachableServerMessagesCarryNoKey() throws Exception {
        String url;
        try (FakeModelServer server =
                new FakeModelServer(Reply.completion("{}", "m").delayed(3000))) {
            url = server.baseUrl();
            try {
                LlmDraftEngineTest.engine(
                                server, LlmDraftEngineTest.settings(server).withTimeout(Duration.ofMillis(300)))
                        .draft(LlmDraftEngineTest.request());
            } catch (DraftException e) {
                assertThat(e.getMessage()).contains("nicht innerhalb").doesNotContain(KEY);
            }
        }
        try {
            LlmDraftEngine.builder(
                            LlmSettings.of(url, "m", java.util.Optional.of(KEY)),
                            de.ozd.newsroom.draft.DraftTestSupport::analyzer)
                    .build()
                    .draft(LlmDraftEngineTest.request());
        } catch (DraftException e) {
            assertThat(e.getMessage()).contains("nicht erreichbar").doesNotContain(KEY);
        }
    }
}
