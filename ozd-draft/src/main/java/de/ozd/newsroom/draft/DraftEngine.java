package de.ozd.newsroom.draft;

import de.ozd.newsroom.core.model.ArticlePackage;

/**
 * Drafts an article package from a wire report. Implementations are immutable and thread-safe.
 */
public interface DraftEngine {

    /** A short name for provenance and the command line („extractive“, „llm“). */
    String name();

    /**
     * Drafts a package. Throws {@link DraftException} with a German message when the report cannot
     * be drafted (e.g. it is empty).
     */
    ArticlePackage draft(DraftRequest request);

    /**
     * Drafts a package and says what the editor should know about it: the findings the engine
     * itself ran (the grounding check of a model's text), notes (a fallback, a retry) and the cost
     * of the call. Progress goes to {@code listener}. An engine that checks nothing itself returns
     * the package alone.
     */
    default DraftOutcome draft(DraftRequest request, DraftListener listener) {
        return DraftOutcome.of(draft(request));
    }
}
