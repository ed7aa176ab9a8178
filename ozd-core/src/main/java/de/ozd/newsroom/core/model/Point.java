package de.ozd.newsroom.core.model;

import java.util.Objects;

/** A lettered point of an analysis dimension: label {@code "a"} and its text. */
public record Point(String label, String text) {
    public Point {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }

    /** The letter for the point at {@code index} (0 → "a"). */
    public static String labelFor(int index) {
        return String.valueOf((char) ('a' + index));
    }
}
