package de.ozd.newsroom.core.model;

import java.util.List;

/** The OZD-Analyse: dimensions, each a title with lettered points. */
public record Analysis(List<Dimension> dimensions) {
    public Analysis {
        dimensions = List.copyOf(dimensions);
    }
}
