package de.ozd.newsroom.draft.llm;

import de.ozd.newsroom.draft.DraftException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the model: any server that speaks the OpenAI chat-completions protocol (a hosted API, Ollama, vLLM,
 * llama.cpp's server, LocalAI). {@link #toString()} never shows the API key.
 *
 * @param baseUrl       the API's base, e.g. {@code https://api.example.com/v1} or {@code http://127.0.0.1:11434/v1};
 *                      requests go to {@code <baseUrl>/chat/completions}
 * @param model         the model name the server knows
 * @param apiKey        sent as {@code Authorization: Bearer …}; empty for a local server without one
 * @param timeout       the longest one request may take, answer included
 * @param temperature   sampling temperature (0.2 by default: a newsroom wants the report, not invention)
 * @param maxTokens     the most tokens the model may write
 * @param retries       how often an unusable answer (no valid JSON, house errors) is sent back with the findings
 * @param wireRetries   how often a 429 or 5xx is retried
 * @param backoff       the first wait before a retry of a 5xx (doubled each time) when the server names none
 * @param maxWait       the longest wait a {@code Retry-After} may ask for; a longer one fails at once
 * @param stream        whether to ask for a stream ({@code stream: true}); a server that answers in one piece is read
 *                      either way
 */
public record LlmSettings(
        URI baseUrl,
        String model,
        Optional<String> apiKey,
        Duration timeout,
        double temperature,
        int maxTokens,
        int retries,
        int wireRetries,
        Duration backoff,
        Duration maxWait,
        boolean stream) {

    /** The environment variable that holds the API key. */
    public static final String API_KEY_ENV = "OZD_LLM_API_KEY";

    public LlmSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxWait, "maxWait");
        apiKey = apiKey.map(String::strip).filter(k -> !k.isEmpty());
        if (model.isBlank()) {
            throw new DraftException("Für die Engine „llm“ fehlt der Modellname (--model).");
        }
        if (retries < 0 || wireRetries < 0 || maxTokens < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new DraftException(
                    "Ungültige Einstellung der Engine „llm“: Wiederholungen ab 0, Token und " + "Zeitlimit ab 1.");
        }
    }

    /** Defaults for everything but where and which model: 120 s, temperature 0.2, 4,096 tokens, 2 + 3 retries. */
    public static LlmSettings of(String baseUrl, String model, Optional<String> apiKey) {
        return new LlmSettings(
                parseUrl(baseUrl),
                model,
                apiKey,
                Duration.ofSeconds(120),
                0.2,
                4096,
                2,
                3,
                Duration.ofSeconds(1),
                Duration.ofSeconds(60),
                true);
    }

    /** A base URL as the editor gave it, checked: http or https, a host, no user or password in it. */
    public static URI parseUrl(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new DraftException("Die Adresse des Modellservers ist keine gültige URL: " + e.getReason() + ".");
        }
        if (uri.getScheme() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new DraftException("Die Adresse des Modellservers beginnt mit http:// oder https:// und nennt einen "
                    + "Host, z. B. http://127.0.0.1:11434/v1.");
        }
        if (uri.getUserInfo() != null || uri.getQuery() != null) {
            throw new DraftException("Die Adresse des Modellservers enthält Zugangsdaten oder Parameter: den "
                    + "Schlüssel bitte nur über " + API_KEY_ENV + " angeben.");
        }
        return uri;
    }

    public LlmSettings withTimeout(Duration value) {
        return new LlmSettings(
                baseUrl, model, apiKey, value, temperature, maxTokens, retries, wireRetries, backoff, maxWait, stream);
    }

    public LlmSettings withTemperature(double value) {
        return new LlmSettings(
                baseUrl, model, apiKey, timeout, value, maxTokens, retries, wireRetries, backoff, maxWait, stream);
    }

    public LlmSettings withMaxTokens(int value) {
        return new LlmSettings(
                baseUrl, model, apiKey, timeout, temperature, value, retries, wireRetries, backoff, maxWait, stream);
    }

    public LlmSettings withBackoff(Duration value) {
        return new LlmSettings(
                baseUrl, model, apiKey, timeout, temperature, maxTokens, retries, wireRetries, value, maxWait, stream);
    }

    public LlmSettings withStream(boolean value) {
        return new LlmSettings(
                baseUrl, model, apiKey, timeout, temperature, maxTokens, retries, wireRetries, backoff, maxWait, value);
    }

    /** The chat-completions endpoint. */
    public URI endpoint() {
        String base = baseUrl.toString();
        return URI.create(base.endsWith("/") ? base + "chat/completions" : base + "/chat/completions");
    }

    @Override
    public String toString() {
        return "LlmSettings[" + baseUrl + ", model " + model + ", key " + (apiKey.isPresent() ? "set" : "none")
                + ", timeout " + timeout.toSeconds() + " s]";
    }
}
