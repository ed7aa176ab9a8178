package de.ozd.newsroom.core.model;

import java.util.List;

/** The OZD-Extras: context paragraphs (a first, a timeline). */
public record Extras(List<String> paragraphs) {
    public Extras {
        paragraphs = List.copyOf(paragraphs);
    }
}
