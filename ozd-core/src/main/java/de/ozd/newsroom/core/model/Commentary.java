package de.ozd.newsroom.core.model;

import java.util.List;
import java.util.Objects;

/** The opinion piece ({@code OZD-Kommentar – <Titel>}): a title and paragraphs. Opinion, never news. */
public record Commentary(String title, List<String> paragraphs) {
    public Commentary {
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
    }
}
