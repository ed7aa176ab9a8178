package de.ozd.newsroom.draft;

import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.language.GermanAnalyzer;
import de.ozd.newsroom.testkit.Shared;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Shared, lazily loaded engine and the path to {@code shared/} for tests of this module. */
public final class DraftTestSupport {
    private DraftTestSupport() {}

    private static final class Holder {
        static final GermanAnalyzer ANALYZER = GermanAnalyzer.builder().build();
        static final ExtractiveDraftEngine ENGINE =
                ExtractiveDraftEngine.builder(ANALYZER).build();
    }

    /** One statistical analyser per test JVM (loads CoreNLP once, a few seconds). */
    public static GermanAnalyzer analyzer() {
        return Holder.ANALYZER;
    }

    /** One extractive engine per test JVM. */
    public static ExtractiveDraftEngine engine() {
        return Holder.ENGINE;
    }

    /**
     * The engine's draft of {@code report}, drafted once per test JVM: the quality, fragment and
     * robustness tests read the same sample, and the engine is deterministic (the robustness test
     * checks that with a fresh second draft).
     */
    public static ArticlePackage draft(String report) {
        return DRAFTS.computeIfAbsent(report, r -> engine().draft(DraftRequest.of(r)));
    }

    private static final Map<String, ArticlePackage> DRAFTS = new ConcurrentHashMap<>();

    /** {@code shared/} beside the repository, found by walking up from the working directory. */
    public static Optional<Path> shared() {
        return Shared.root();
    }

    /** The grounding errors (OZD1xx) of a drafted package against the report it was drafted from. */
    public static java.util.List<String> groundingErrors(String report, ArticlePackage pkg) {
        GroundingRule rule = GroundingRule.forSource(
                analyzer(), report, ExplainerLibrary.standard(), de.ozd.newsroom.core.HouseConfig.OZD);
        return de.ozd.newsroom.core.check.HouseChecker.ozd()
                .with(rule)
                .check(de.ozd.newsroom.core.format.PackageWriter.ozd().canonical(pkg))
                .stream()
                .filter(d -> d.rule().startsWith("OZD1") && d.isError())
                .map(d -> d.format("draft"))
                .toList();
    }
}
