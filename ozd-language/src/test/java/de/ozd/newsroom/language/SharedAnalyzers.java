package de.ozd.newsroom.language;

/**
 * One analyser of each kind per test JVM, loaded on first use: the statistical one takes a few
 * seconds and ~200 MB, so tests must share it.
 */
public final class SharedAnalyzers {
    private SharedAnalyzers() {}

    private static final class Statistical {
        static final GermanAnalyzer INSTANCE = GermanAnalyzer.builder().build();
    }

    private static final class RulesOnly {
        static final GermanAnalyzer INSTANCE = GermanAnalyzer.builder()
                .entityMode(GermanAnalyzer.EntityMode.RULES_ONLY)
                .build();
    }

    /** With the CoreNLP tagger. */
    public static GermanAnalyzer statistical() {
        return Statistical.INSTANCE;
    }

    /** Without the CoreNLP tagger (fast). */
    public static GermanAnalyzer rulesOnly() {
        return RulesOnly.INSTANCE;
    }
}
