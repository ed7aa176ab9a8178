package de.ozd.newsroom.server;

import de.ozd.newsroom.core.DraftingSettings;
import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.CheckMode;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseChecker;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.text.GermanTypography;
import de.ozd.newsroom.draft.DraftEngine;
import de.ozd.newsroom.draft.DraftListener;
import de.ozd.newsroom.draft.DraftOutcome;
import de.ozd.newsroom.draft.DraftRequest;
import de.ozd.newsroom.draft.ExplainerArchive;
import de.ozd.newsroom.draft.ExplainerLibrary;
import de.ozd.newsroom.draft.ExtractiveDraftEngine;
import de.ozd.newsroom.draft.GroundingRule;
import de.ozd.newsroom.draft.SpellingRule;
import de.ozd.newsroom.draft.llm.DraftEngines;
import de.ozd.newsroom.language.GermanAnalyzer;
import de.ozd.newsroom.language.SpellingChecker;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the API offers an editor besides keeping packages: the house check of a text, with the grounding check
 * against its source report and the spelling check on request, and an extractive draft of a report — the same
 * checks and engines as {@code ozd check} and {@code ozd draft} (extractive by default; a model when the server is configured
 * with one).
 *
 * <p>The German analyser (about 2.5 s, 200 MB) and LanguageTool (its first check takes 15–25 s, 300 MB) load on
 * first use, or right after the start on a background thread with {@link #warmUp()} ({@code ozd serve
 * --warm-language}). The house check needs neither. Thread-safe: the analyser, the engine and the checkers are; the
 * speller is one synchronised instance, so spelling checks queue.
 */
public final class EditorialDesk {
    private final HouseConfig house;
    private final ExplainerLibrary library;
    private final Supplier<GermanAnalyzer> analyzer =
            once(() -> GermanAnalyzer.builder().build());
    private final Supplier<ExtractiveDraftEngine> extractive;
    private final Supplier<DraftEngine> engine;
    private final Supplier<SpellingChecker> speller = once(() -> SpellingChecker.create(Set.of()));

    /** A desk that drafts extractively. */
    public EditorialDesk(HouseConfig house, ExplainerLibrary library) {
        this(house, library, DraftingSettings.NONE, Optional.empty());
    }

    /**
     * A desk that drafts with the engine {@code drafting} names ({@code extractive}, {@code llm}, {@code auto}; see
     * {@link DraftEngines}); {@code apiKey} is the model server's key ({@code OZD_LLM_API_KEY}). A model engine is
     * built (and its settings checked) here, so a wrong setting stops the start; it loads nothing until the first
     * draft. The API's {@code POST /draft} and the editor's pages take the engine from here.
     */
    public EditorialDesk(
            HouseConfig house, ExplainerLibrary library, DraftingSettings drafting, Optional<String> apiKey) {
        this(house, library, ExplainerArchive.NONE, drafting, apiKey);
    }

    /**
     * The same, with the explainers of published packages ({@code archive}, the server's store: {@link
     * StoreExplainerArchive}) as a source of explainer answers for extractive drafts.
     */
    public EditorialDesk(
            HouseConfig house,
            ExplainerLibrary library,
            ExplainerArchive archive,
            DraftingSettings drafting,
            Optional<String> apiKey) {
        this.house = house;
        this.library = library;
        this.extractive = once(() -> ExtractiveDraftEngine.builder(analyzer.get())
                .library(library)
                .archive(archive)
                .config(house)
                .build());
        if (drafting.engine().orElse("extractive").equals("extractive")) {
            this.engine = once(extractive::get);
        } else {
            DraftEngine configured = DraftEngines.create(drafting, apiKey, analyzer, library, house, extractive);
            this.engine = () -> configured;
        }
    }

    /** The OZD house with the bundled explainer library. */
    public static EditorialDesk ozd() {
        return new EditorialDesk(HouseConfig.OZD, ExplainerLibrary.standard());
    }

    /** Loads the analyser and the engine, then the speller with its slow first check, on a daemon thread. */
    public void warmUp() {
        Thread t = new Thread(
                () -> {
                    analyzer.get();
                    engine.get();
                    speller.get().warmUp();
                },
                "ozd-language-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** House findings of {@code text}; with a source also grounding (OZD1xx), with spelling also OZD2xx. */
    public List<Diagnostic> check(String text, Optional<String> source, boolean spelling) {
        return check(text, source, spelling, CheckMode.DRAFTING);
    }

    /** The same in {@code mode}: {@link CheckMode#PUBLICATION} for the publish gate (a placeholder is an error). */
    public List<Diagnostic> check(String text, Optional<String> source, boolean spelling, CheckMode mode) {
        HouseChecker checker = new HouseChecker(house, HouseChecker.defaultRules(), mode);
        if (source.isPresent()) {
            checker = checker.with(GroundingRule.forSource(analyzer.get(), source.get(), library, house));
        }
        if (spelling) {
            checker = checker.with(new SpellingRule(speller.get()));
        }
        return checker.check(text);
    }

    /** A draft of {@code report} with the desk's engine; with typography the report is first set in house typography. */
    public ArticlePackage draft(
            String report, Optional<String> agency, Optional<String> pictureCredit, boolean typography) {
        return draft(report, agency, pictureCredit, typography, DraftListener.NONE)
                .pkg();
    }

    /**
     * A draft with what the engine found and noted (a model's grounding findings, a fallback, time and tokens);
     * progress goes to {@code listener}. Throws {@link de.ozd.newsroom.draft.llm.ModelException} when the model
     * failed and {@link de.ozd.newsroom.draft.DraftException} when the report cannot be drafted.
     */
    public DraftOutcome draft(
            String report,
            Optional<String> agency,
            Optional<String> pictureCredit,
            boolean typography,
            DraftListener listener) {
        String text = typography ? GermanTypography.normaliseLines(report) : report;
        return engine.get().draft(new DraftRequest(text, agency, pictureCredit), listener);
    }

    /** The drafting engine of this desk: the API's and the editor's pages' one engine. */
    public DraftEngine engine() {
        return engine.get();
    }

    public HouseConfig house() {
        return house;
    }

    /** A supplier that computes its value once, on first use, whichever thread asks first. */
    private static <T> Supplier<T> once(Supplier<T> factory) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) {
                            value = v = factory.get();
                        }
                    }
                }
                return v;
            }
        };
    }
}
