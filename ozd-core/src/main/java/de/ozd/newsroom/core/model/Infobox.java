package de.ozd.newsroom.core.model;

import java.util.List;
import java.util.Objects;

/** The Mini-Infobox: a title line and a few short facts, one per line. */
public record Infobox(String title, List<String> facts) {
    public Infobox {
        Objects.requireNonNull(title, "title");
        facts = List.copyOf(facts);
    }
}
