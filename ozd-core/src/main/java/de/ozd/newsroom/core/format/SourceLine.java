package de.ozd.newsroom.core.format;

import java.util.Objects;

/**
 * One physical line of the input: its 1-based number, its text without the line terminator, and the terminator
 * exactly as it was ({@code "\n"}, {@code "\r\n"}, {@code "\r"} or {@code ""} for a last line without one).
 */
public record SourceLine(int number, String text, String terminator) {
    public SourceLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(terminator, "terminator");
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** The 1-based column (in code points) of the char index {@code index} of {@link #text()}. */
    public int columnOf(int index) {
        return text.codePointCount(0, Math.min(index, text.length())) + 1;
    }

    /** The 1-based column of the first non-blank character, 1 for a blank line. */
    public int firstColumn() {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i == text.length() ? 1 : columnOf(i);
    }
}
