package de.ozd.newsroom.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The house's drafting engine, from the {@code drafting} object of the house configuration file. Every value is
 * optional; the command line and the server's options override it. The API key is never part of it (it comes from
 * the environment, {@code OZD_LLM_API_KEY}, so a configuration file can be shared).
 *
 * @param engine        {@code extractive} (default), {@code llm} or {@code auto}
 * @param llmUrl        base URL of an OpenAI-compatible API ({@code https://api.example.com/v1},
 *                      {@code http://127.0.0.1:11434/v1})
 * @param model         the model name the server knows
 * @param timeoutSeconds how long one request may take
 * @param temperature   sampling temperature
 * @param maxTokens     the most tokens the model may write
 * @param promptDir     a folder whose prompt files replace the bundled ones
 */
public record DraftingSettings(
        Optional<String> engine,
        Optional<String> llmUrl,
        Optional<String> model,
        Optional<Integer> timeoutSeconds,
        Optional<Double> temperature,
        Optional<Integer> maxTokens,
        Optional<String> promptDir) {

    /** Nothing configured: the extractive engine. */
    public static final DraftingSettings NONE = new DraftingSettings(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    public DraftingSettings {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(llmUrl, "llmUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeoutSeconds, "timeoutSeconds");
        Objects.requireNonNull(temperature, "temperature");
        Objects.requireNonNull(maxTokens, "maxTokens");
        Objects.requireNonNull(promptDir, "promptDir");
    }
}
