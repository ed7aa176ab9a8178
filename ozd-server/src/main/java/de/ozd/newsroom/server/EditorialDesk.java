package de.ozd.newsroom.server;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseChecker;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.text.GermanTypography;
import de.ozd.newsroom.draft.DraftRequest;
import de.ozd.newsroom.draft.ExplainerLibrary;
import de.ozd.newsroom.draft.ExtractiveDraftEngine;
import de.ozd.newsroom.draft.GroundingRule;
import de.ozd.newsroom.draft.SpellingRule;
import de.ozd.newsroom.language.GermanAnalyzer;
import de.ozd.newsroom.language.SpellingChecker;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the API offers an editor besides keeping packages: the house check of a text, with the grounding check
 * against its source report and the spelling check on request, and an extractive draft of a report — the same
 * checks and engine as {@code ozd check} and {@code ozd draft}.
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
    private final Supplier<ExtractiveDraftEngine> engine;
    private final Supplier<SpellingChecker> speller = once(() -> SpellingChecker.create(Set.of()));

    public EditorialDesk(HouseConfig house, ExplainerLibrary library) {
        this.house = house;
        this.library = library;
        this.engine = once(() -> ExtractiveDraftEngine.builder(analyzer.get())
                .library(library)
                .config(house)
                .build());
    }

    /** The OZD house with the bundled explainer library. */
    public static EditorialDesk ozd() {
        return new EditorialDesk(HouseConfig.OZD, ExplainerLibrary.standard());
    }

    /** Loads the analyser and the engine, then the speller with its slow first check, on a daemon thread. */
    public void warmUp() {
        Thread t = new Thread(
                () -> {
                    engine.get();
                    speller.get().warmUp();
                },
                "ozd-language-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** House findings of {@code text}; with a source also grounding (OZD1xx), with spelling also OZD2xx. */
    public List<Diagnostic> check(String text, Optional<String> source, boolean spelling) {
        HouseChecker checker = new HouseChecker(house, HouseChecker.defaultRules());
        if (source.isPresent()) {
            checker = checker.with(GroundingRule.forSource(analyzer.get(), source.get(), library, house));
        }
        if (spelling) {
            checker = checker.with(new SpellingRule(speller.get()));
        }
        return checker.check(text);
    }

    /** An extractive draft of {@code report}; with typography the report is first set in house typography. */
    public ArticlePackage draft(
            String report, Optional<String> agency, Optional<String> pictureCredit, boolean typography) {
        String text = typography ? GermanTypography.normaliseLines(report) : report;
        return engine.get().draft(new DraftRequest(text, agency, pictureCredit));
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
