package de.ozd.newsroom.cli;

import de.ozd.newsroom.core.DraftingSettings;
import de.ozd.newsroom.draft.llm.LlmSettings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** The drafting engine's options, shared by {@code ozd draft} and {@code ozd serve}; the key comes from the environment. */
public final class DraftingOptions {

    /** The environment; tests replace it. */
    static Function<String, String> environment = System::getenv;

    @Option(
            names = "--engine",
            paramLabel = "NAME",
            description =
                    "Entwurfsverfahren: extractive (Vorgabe), llm oder auto; auch über \"drafting\": {\"engine\": …} "
                            + "in der Hausdatei.")
    String engine;

    @Option(
            names = "--llm-url",
            paramLabel = "URL",
            description = "Basisadresse einer OpenAI-kompatiblen API, z. B. http://127.0.0.1:11434/v1 (Ollama). "
                    + "Ein Schlüssel, falls nötig, in OZD_LLM_API_KEY.")
    String llmUrl;

    @Option(names = "--model", paramLabel = "NAME", description = "Name des Modells, wie der Server es kennt.")
    String model;

    @Option(
            names = "--llm-timeout",
            paramLabel = "SECONDS",
            description = "Höchstdauer einer Modellanfrage (Vorgabe 120).")
    Integer timeoutSeconds;

    @Option(names = "--temperature", paramLabel = "T", description = "Temperatur beim Sampling, 0 bis 2 (Vorgabe 0,2).")
    Double temperature;

    @Option(
            names = "--max-tokens",
            paramLabel = "N",
            description = "Höchstzahl der Tokens, die das Modell schreiben darf (Vorgabe 4096).")
    Integer maxTokens;

    @Option(
            names = "--prompts",
            paramLabel = "DIR",
            description = "Ordner mit Prompt-Dateien (samt eigener VERSION), die die mitgelieferten ersetzen.")
    Path prompts;

    /** What the command line says, checked; empty where it says nothing. */
    DraftingSettings settings() {
        if (timeoutSeconds != null && timeoutSeconds < 1 || maxTokens != null && maxTokens < 1) {
            throw new UserException("--llm-timeout und --max-tokens sind ganze Zahlen ab 1.");
        }
        if (temperature != null && (temperature < 0 || temperature > 2)) {
            throw new UserException("--temperature ist eine Zahl von 0 bis 2.");
        }
        return new DraftingSettings(
                Optional.ofNullable(engine),
                Optional.ofNullable(llmUrl),
                Optional.ofNullable(model),
                Optional.ofNullable(timeoutSeconds),
                Optional.ofNullable(temperature),
                Optional.ofNullable(maxTokens),
                Optional.ofNullable(prompts).map(Path::toString));
    }

    /** The API key from {@code OZD_LLM_API_KEY}. */
    static Optional<String> apiKey() {
        return Optional.ofNullable(environment.apply(LlmSettings.API_KEY_ENV)).filter(k -> !k.isBlank());
    }
}
