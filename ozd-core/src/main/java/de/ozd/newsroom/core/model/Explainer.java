package de.ozd.newsroom.core.model;

import java.util.Objects;

/** One question and its answer, the answer unwrapped to one paragraph. */
public record Explainer(String question, String answer) {
    public Explainer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
    }
}
