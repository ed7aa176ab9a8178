package de.ozd.newsroom.draft.llm;

import de.ozd.newsroom.core.DraftingSettings;
import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.draft.DraftEngine;
import de.ozd.newsroom.draft.DraftException;
import de.ozd.newsroom.draft.ExplainerLibrary;
import de.ozd.newsroom.language.GermanAnalyzer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one place that turns drafting settings into an engine, for the command line, the server's {@code POST
 * /draft} and the editor's desk alike: {@code extractive} (the default), {@code llm} or {@code auto}.
 */
public final class DraftEngines {
    private DraftEngines() {}

    /** {@code over} where it has a value, else {@code under} (command line over house file). */
    public static DraftingSettings merge(DraftingSettings over, DraftingSettings under) {
        return new DraftingSettings(
                over.engine().or(under::engine),
                over.llmUrl().or(under::llmUrl),
                over.model().or(under::model),
                over.timeoutSeconds().or(under::timeoutSeconds),
                over.temperature().or(under::temperature),
                over.maxTokens().or(under::maxTokens),
                over.promptDir().or(under::promptDir));
    }

    /** The model settings, when a URL and a model are given. */
    public static Optional<LlmSettings> llmSettings(DraftingSettings s, Optional<String> apiKey) {
        if (s.llmUrl().isEmpty() || s.model().isEmpty()) {
            return Optional.empty();
        }
        LlmSettings l = LlmSettings.of(s.llmUrl().get(), s.model().get(), apiKey);
        if (s.timeoutSeconds().isPresent()) {
            l = l.withTimeout(Duration.ofSeconds(s.timeoutSeconds().get()));
        }
        if (s.temperature().isPresent()) {
            l = l.withTemperature(s.temperature().get());
        }
        if (s.maxTokens().isPresent()) {
            l = l.withMaxTokens(s.maxTokens().get());
        }
        return Optional.of(l);
    }

    /**
     * The engine the settings name. {@code extractive} builds the offline engine the caller knows how to build;
     * {@code llm} needs a URL and a model; {@code auto} uses the model where one is configured and answers.
     */
    public static DraftEngine create(
            DraftingSettings s,
            Optional<String> apiKey,
            Supplier<GermanAnalyzer> analyzer,
            ExplainerLibrary library,
            HouseConfig house,
            Supplier<? extends DraftEngine> extractive) {
        String engine = s.engine().orElse("extractive");
        Optional<LlmDraftEngine> llm = llmSettings(s, apiKey).map(l -> {
            LlmDraftEngine.Builder b =
                    LlmDraftEngine.builder(l, analyzer).library(library).config(house);
            s.promptDir().ifPresent(dir -> b.prompts(Prompts.fromDirectory(Path.of(dir))));
            return b.build();
        });
        switch (engine) {
            case "extractive":
                return extractive.get();
            case "llm":
                return llm.orElseThrow(() -> new DraftException("Für die Engine „llm“ fehlen "
                        + (s.llmUrl().isEmpty() ? "die Adresse des Modellservers (--llm-url)" : "")
                        + (s.llmUrl().isEmpty() && s.model().isEmpty() ? " und " : "")
                        + (s.model().isEmpty() ? "der Modellname (--model)" : "")
                        + " – auf der Kommandozeile oder unter „drafting“ in der Hauskonfiguration."));
            case "auto":
                return new AutoDraftEngine(llm, extractive);
            default:
                throw new DraftException("Unbekannte Engine „" + engine + "“: erlaubt sind extractive, llm und auto.");
        }
    }
}
