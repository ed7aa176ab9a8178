package de.ozd.newsroom.core.model;

import java.util.List;
import java.util.Objects;

/** One dimension of the analysis ({@code Militärische Dimension}) with its points {@code a) b) c)}. */
public record Dimension(String title, List<Point> points) {
    public Dimension {
        Objects.requireNonNull(title, "title");
        points = List.copyOf(points);
    }
}
