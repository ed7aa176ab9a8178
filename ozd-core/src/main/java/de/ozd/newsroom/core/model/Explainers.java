package de.ozd.newsroom.core.model;

import java.util.List;

/** The Erklärungen: questions with their answers. */
public record Explainers(List<Explainer> entries) {
    public Explainers {
        entries = List.copyOf(entries);
    }
}
