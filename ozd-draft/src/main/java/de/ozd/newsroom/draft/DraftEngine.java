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
}
