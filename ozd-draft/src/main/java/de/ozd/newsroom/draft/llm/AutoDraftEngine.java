package de.ozd.newsroom.draft.llm;

import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.draft.DraftEngine;
import de.ozd.newsroom.draft.DraftListener;
import de.ozd.newsroom.draft.DraftOutcome;
import de.ozd.newsroom.draft.DraftRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code --engine auto}: the model when it answers with a usable package, else the extractive engine, with a note
 * that says why. A cancelled draft is not redrafted. Thread-safe.
 */
public final class AutoDraftEngine implements DraftEngine {
    private final Optional<LlmDraftEngine> llm;
    private final Supplier<? extends DraftEngine> extractive;

    /** {@code llm} empty: no model configured, every draft is extractive (with a note saying so). */
    public AutoDraftEngine(Optional<LlmDraftEngine> llm, Supplier<? extends DraftEngine> extractive) {
        this.llm = Objects.requireNonNull(llm);
        this.extractive = Objects.requireNonNull(extractive);
    }

    @Override
    public String name() {
        return "auto";
    }

    @Override
    public ArticlePackage draft(DraftRequest request) {
        return draft(request, DraftListener.NONE).pkg();
    }

    @Override
    public DraftOutcome draft(DraftRequest request, DraftListener listener) {
        if (llm.isEmpty()) {
            String note = "Kein Modell eingerichtet (--llm-url, --model): extraktiv entworfen.";
            listener.note(note);
            return extractive.get().draft(request, listener).withNote(note);
        }
        try {
            return llm.get().draft(request, listener);
        } catch (ModelException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            String note = "Modell nicht verwendet – " + e.getMessage() + " Stattdessen extraktiv entworfen.";
            listener.note(note);
            return extractive.get().draft(request, listener).withNote(note);
        }
    }
}
