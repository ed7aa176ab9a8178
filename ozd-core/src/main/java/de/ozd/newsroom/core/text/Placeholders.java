package de.ozd.newsroom.core.text;

/**
 * The placeholder for text an editor still has to write: {@code [Redaktion: what is missing]}. The drafting engine
 * writes it, the house check reports it (OZD025: a warning while drafting, an error before publication) and the
 * outputs label a section made only of it. Core owns the marker so that all of them agree on it.
 */
public final class Placeholders {
    /** What every placeholder starts with. */
    public static final String MARKER = "[Redaktion:";

    private Placeholders() {}

    /** A placeholder saying what is missing: {@code [Redaktion: what]}. */
    public static String of(String what) {
        return MARKER + " " + what + "]";
    }

    /** Whether {@code text} (a line, a paragraph, a fact) is a placeholder: it starts with the marker. */
    public static boolean isPlaceholder(String text) {
        return text.strip().startsWith(MARKER);
    }

    /** The char index of the first placeholder in {@code line} at or after {@code from}, or -1. */
    public static int find(String line, int from) {
        return line.indexOf(MARKER, from);
    }
}
