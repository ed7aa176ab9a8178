package de.ozd.newsroom.draft.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozd.newsroom.draft.DraftException;
import de.ozd.newsroom.draft.DraftListener;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * One chat completion over the OpenAI protocol with the JDK HTTP client: structured output where the server takes
 * it (a 400 naming {@code response_format} switches to plain JSON instructions for this and every later request),
 * a stream where the server streams, {@code 429} (with {@code Retry-After}) and {@code 5xx} retried with backoff,
 * a timeout per request, cancellation by interrupting the calling thread. The API key goes into the {@code
 * Authorization} header and nowhere else: no message, note or log line of this class carries it. Thread-safe.
 */
final class ChatClient {
    private static final System.Logger LOG = System.getLogger(ChatClient.class.getName());
    private static final ObjectMapper M = new ObjectMapper();

    private final LlmSettings settings;
    private final HttpClient http;
    private volatile boolean structured = true;
    private volatile boolean streamOptions = true;

    ChatClient(LlmSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(
                        settings.timeout().compareTo(Duration.ofSeconds(10)) < 0
                                ? settings.timeout()
                                : Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The model's answer with what the server reported about it. */
    record Answer(String content, Optional<String> model, OptionalLong tokensIn, OptionalLong tokensOut) {}

    /** Counts what one draft cost over all its requests. */
    static final class Meter {
        int requests;
        long tokensIn;
        long tokensOut;
        boolean inReported;
        boolean outReported;

        void add(Answer a) {
            a.tokensIn().ifPresent(t -> {
                tokensIn += t;
                inReported = true;
            });
            a.tokensOut().ifPresent(t -> {
                tokensOut += t;
                outReported = true;
            });
        }
    }

    /** Whether the server has taken structured output so far (false after a 400 that named it). */
    boolean structured() {
        return structured;
    }

    /**
     * Sends one completion; {@code messages} builds the messages for structured output ({@code true}) or for plain
     * JSON instructions ({@code false}).
     */
    Answer complete(Function<Boolean, ArrayNode> messages, DraftListener listener, Meter meter) {
        int wireRetry = 0;
        while (true) {
            boolean useSchema = structured;
            ObjectNode body = body(messages.apply(useSchema), useSchema);
            Raw raw = send(body, listener);
            meter.requests++;
            if (raw.status == 200) {
                Answer a = raw.answer();
                meter.add(a);
                return a;
            }
            String serverSays = errorMessage(raw.body);
            if ((raw.status == 400 || raw.status == 422) && useSchema && namesStructuredOutput(raw.body)) {
                structured = false;
                listener.note("Der Modellserver kennt keine strukturierte Ausgabe (response_format): das Schema geht "
                        + "als Anweisung in den Prompt.");
                continue;
            }
            if ((raw.status == 400 || raw.status == 422)
                    && streamOptions
                    && raw.body.toLowerCase(Locale.ROOT).contains("stream_options")) {
                streamOptions = false;
                continue;
            }
            boolean retriable = raw.status == 429 || raw.status >= 500;
            if (retriable && wireRetry < settings.wireRetries()) {
                Duration wait = raw.retryAfter.orElse(settings.backoff().multipliedBy(1L << wireRetry));
                if (wait.compareTo(settings.maxWait()) > 0) {
                    throw new ModelException("Der Modellserver ist ausgelastet (" + raw.status + ") und bittet, "
                            + wait.toSeconds() + " s zu warten – länger als "
                            + settings.maxWait().toSeconds()
                            + " s: versuchen Sie es später noch einmal.");
                }
                wireRetry++;
                listener.note("Modellserver antwortet " + raw.status + (raw.status == 429 ? " (ausgelastet)" : "")
                        + ": neuer Versuch " + wireRetry + " von " + settings.wireRetries() + " in "
                        + String.format(Locale.GERMANY, "%.1f", wait.toMillis() / 1000.0) + " s.");
                sleep(wait);
                continue;
            }
            throw new ModelException(failure(raw.status, serverSays, wireRetry));
        }
    }

    private String failure(int status, String serverSays, int retried) {
        String again = retried > 0 ? " (nach " + retried + " Wiederholung" + (retried == 1 ? "" : "en") + ")" : "";
        if (status == 401 || status == 403) {
            // the server's text may quote the key in part: it is not shown
            return "Der Modellserver lehnt die Anmeldung ab (" + status + "): prüfen Sie den Schlüssel in "
                    + LlmSettings.API_KEY_ENV + ".";
        }
        if (status == 404) {
            return "Der Modellserver kennt die Adresse oder das Modell „" + settings.model() + "“ nicht (404)"
                    + said(serverSays) + ": prüfen Sie --llm-url (endet meist auf /v1) und --model.";
        }
        if (status == 429) {
            return "Der Modellserver ist ausgelastet (429)" + again + said(serverSays)
                    + ": versuchen Sie es später noch einmal.";
        }
        if (status >= 500) {
            return "Der Modellserver hat einen Fehler (" + status + ")" + again + said(serverSays)
                    + ": versuchen Sie es später noch einmal oder mit --engine extractive.";
        }
        return "Der Modellserver lehnt die Anfrage ab (" + status + ")" + said(serverSays) + ".";
    }

    private String said(String serverSays) {
        return serverSays.isEmpty() ? "" : " – „" + serverSays + "“";
    }

    private ObjectNode body(ArrayNode messages, boolean useSchema) {
        ObjectNode body = M.createObjectNode();
        body.put("model", settings.model());
        body.set("messages", messages);
        body.put("temperature", settings.temperature());
        body.put("max_tokens", settings.maxTokens());
        if (useSchema) {
            ObjectNode rf = body.putObject("response_format").put("type", "json_schema");
            rf.putObject("json_schema")
                    .put("name", "ozd_package")
                    .put("strict", true)
                    .set("schema", PackageSchema.schema());
        }
        body.put("stream", settings.stream());
        if (settings.stream() && streamOptions) {
            body.putObject("stream_options").put("include_usage", true);
        }
        return body;
    }

    private static boolean namesStructuredOutput(String body) {
        String b = body.toLowerCase(Locale.ROOT);
        return b.contains("response_format") || b.contains("json_schema") || b.contains("structured output");
    }

    private Raw send(ObjectNode body, DraftListener listener) {
        HttpRequest.Builder b = HttpRequest.newBuilder(settings.endpoint())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", settings.stream() ? "text/event-stream, application/json" : "application/json");
        settings.apiKey().ifPresent(k -> b.header("Authorization", "Bearer " + k));
        HttpRequest request = b.POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        LOG.log(System.Logger.Level.DEBUG, "POST {0} model {1}", settings.endpoint(), settings.model());
        long start = System.nanoTime();
        Stream stream = new Stream(listener);
        CompletableFuture<HttpResponse<Raw>> future = http.sendAsync(request, info -> {
            String type = info.headers().firstValue("content-type").orElse("");
            Optional<Duration> retryAfter = retryAfter(info.headers().firstValue("retry-after"));
            if (info.statusCode() == 200 && type.toLowerCase(Locale.ROOT).startsWith("text/event-stream")) {
                return HttpResponse.BodySubscribers.fromLineSubscriber(
                        stream, s -> s.raw(), StandardCharsets.UTF_8, null);
            }
            return HttpResponse.BodySubscribers.mapping(
                    HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8),
                    s -> Raw.whole(info.statusCode(), s, retryAfter));
        });
        try {
            Raw raw = future.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
                    .body();
            LOG.log(
                    System.Logger.Level.DEBUG,
                    "HTTP {0} after {1} ms",
                    raw.status,
                    (System.nanoTime() - start) / 1_000_000);
            return raw;
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timeout();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ModelException("Der Entwurf wurde abgebrochen.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw timeout();
            }
            if (cause instanceof ConnectException) {
                throw new ModelException("Der Modellserver unter " + settings.baseUrl()
                        + " ist nicht erreichbar (keine Verbindung): läuft er, stimmt --llm-url?");
            }
            if (cause instanceof DraftException d) {
                throw new ModelException(redact(d.getMessage()));
            }
            if (cause instanceof IOException) {
                throw new ModelException("Die Verbindung zum Modellserver unter " + settings.baseUrl() + " brach ab ("
                        + cause.getClass().getSimpleName() + ").");
            }
            throw new ModelException("Die Anfrage an den Modellserver schlug fehl ("
                    + cause.getClass().getSimpleName() + ").");
        }
    }

    private ModelException timeout() {
        return new ModelException(
                "Der Modellserver hat nicht innerhalb von "
                        + String.format(
                                Locale.GERMANY, "%.1f", settings.timeout().toMillis() / 1000.0)
                        + " s geantwortet: erhöhen Sie --llm-timeout, wählen Sie ein kleineres Modell oder --engine "
                        + "extractive.",
                true);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException("Der Entwurf wurde abgebrochen.");
        }
    }

    /** Seconds or an HTTP date; anything else is ignored. */
    static Optional<Duration> retryAfter(Optional<String> header) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String v = header.get().strip();
        try {
            if (v.matches("\\d{1,6}(\\.\\d+)?")) {
                return Optional.of(Duration.ofMillis((long) (Double.parseDouble(v) * 1000)));
            }
            ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The server's own error text ({@code error.message}), shortened, without the key. */
    private String errorMessage(String body) {
        String msg = "";
        try {
            JsonNode n = M.readTree(body);
            if (n != null) {
                JsonNode e = n.path("error");
                msg = e.isTextual() ? e.asText() : e.path("message").asText("");
            }
        } catch (JsonProcessingException e) {
            msg = "";
        }
        msg = redact(msg.replaceAll("\\s+", " ").strip());
        return msg.length() > 200 ? msg.substring(0, 199) + "…" : msg;
    }

    /** Removes the API key from a text the server wrote. */
    String redact(String text) {
        String t = text;
        if (settings.apiKey().isPresent() && !settings.apiKey().get().isEmpty()) {
            t = t.replace(settings.apiKey().get(), "***");
        }
        return t;
    }

    /** A response: whole (status, body) or a finished stream. */
    private static final class Raw {
        final int status;
        final String body;
        final Optional<Duration> retryAfter;
        final Answer streamed;

        private Raw(int status, String body, Optional<Duration> retryAfter, Answer streamed) {
            this.status = status;
            this.body = body;
            this.retryAfter = retryAfter;
            this.streamed = streamed;
        }

        static Raw whole(int status, String body, Optional<Duration> retryAfter) {
            return new Raw(status, body, retryAfter, null);
        }

        Answer answer() {
            if (streamed != null) {
                return streamed;
            }
            JsonNode n;
            try {
                n = M.readTree(body);
            } catch (JsonProcessingException e) {
                throw new ModelException(
                        "Der Modellserver antwortet nicht im Format der Chat-Completions-API " + "(kein JSON).");
            }
            JsonNode message = n == null ? null : n.path("choices").path(0).path("message");
            if (message == null || !message.path("content").isTextual()) {
                throw new ModelException("Der Modellserver antwortet ohne Text (keine „choices[0].message.content“)"
                        + refusal(message) + ".");
            }
            return new Answer(
                    message.path("content").asText(),
                    text(n.path("model")),
                    tokens(n, "prompt_tokens"),
                    tokens(n, "completion_tokens"));
        }

        private static String refusal(JsonNode message) {
            return message != null && message.path("refusal").isTextual() ? ": das Modell lehnt ab" : "";
        }
    }

    private static Optional<String> text(JsonNode n) {
        return n.isTextual() && !n.asText().isBlank() ? Optional.of(n.asText()) : Optional.empty();
    }

    private static OptionalLong tokens(JsonNode n, String key) {
        JsonNode t = n.path("usage").path(key);
        return t.canConvertToLong() && t.isIntegralNumber() ? OptionalLong.of(t.longValue()) : OptionalLong.empty();
    }

    /**
     * Reads a server-sent event stream: each {@code data:} line is a chunk whose {@code choices[0].delta.content}
     * continues the answer; {@code [DONE]} ends it. Tells the listener when a section key first appears.
     */
    private static final class Stream implements Flow.Subscriber<String> {
        private final DraftListener listener;
        private final StringBuilder content = new StringBuilder();
        private int nextSection;
        private String model;
        private OptionalLong tokensIn = OptionalLong.empty();
        private OptionalLong tokensOut = OptionalLong.empty();
        private String error;

        Stream(DraftListener listener) {
            this.listener = listener;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (!line.startsWith("data:")) {
                return;
            }
            String data = line.substring(5).strip();
            if (data.isEmpty() || data.equals("[DONE]")) {
                return;
            }
            JsonNode n;
            try {
                n = M.readTree(data);
            } catch (JsonProcessingException e) {
                error = "ein Teil des Streams ist kein JSON";
                return;
            }
            if (n.has("error")) {
                JsonNode e = n.get("error");
                error = e.isTextual() ? e.asText() : e.path("message").asText("Fehler");
                return;
            }
            text(n.path("model")).ifPresent(m -> model = m);
            if (n.path("usage").isObject()) {
                tokensIn = tokens(n, "prompt_tokens");
                tokensOut = tokens(n, "completion_tokens");
            }
            JsonNode delta = n.path("choices").path(0).path("delta").path("content");
            if (delta.isTextual()) {
                content.append(delta.asText());
                while (nextSection < Prompts.SECTIONS.size()
                        && content.indexOf("\"" + Prompts.SECTIONS.get(nextSection) + "\"") >= 0) {
                    listener.section(Prompts.SECTIONS.get(nextSection));
                    nextSection++;
                }
            }
        }

        @Override
        public void onError(Throwable throwable) {}

        @Override
        public void onComplete() {}

        Raw raw() {
            if (error != null) {
                String e = error.replaceAll("\\s+", " ");
                throw new ModelException("Der Modellserver meldet im Stream einen Fehler: „"
                        + (e.length() > 200 ? e.substring(0, 199) + "…" : e) + "“.");
            }
            return new Raw(
                    200,
                    "",
                    Optional.empty(),
                    new Answer(content.toString(), Optional.ofNullable(model), tokensIn, tokensOut));
        }
    }
}
