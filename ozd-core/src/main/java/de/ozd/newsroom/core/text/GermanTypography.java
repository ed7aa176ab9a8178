package de.ozd.newsroom.core.text;

import java.util.stream.Collectors;

/**
 * Puts a line of wire text into German house typography, the way an editor would by hand: straight and English
 * double quotes become „…“, an apostrophe between letters becomes ’, a spaced hyphen or double hyphen becomes a spaced
 * en dash, three dots become an ellipsis, and runs of spaces and tabs become one space. Everything else — words,
 * numbers, ranges such as {@code 2020-2024}, single quotes that may be apostrophes — is left as it is, so the line
 * says exactly what it said before. Stateless and thread-safe.
 */
public final class GermanTypography {
    private static final char LOW_OPEN = '\u201E'; // „
    private static final char HIGH_CLOSE = '\u201C'; // “ (German closing; English opening)
    private static final char ENGLISH_CLOSE = '\u201D'; // ”
    private static final char APOSTROPHE = '\u2019'; // ’
    private static final String EN_DASH = "\u2013";

    private GermanTypography() {}

    /** The line in house typography; a line with no line break in, none out. */
    public static String normalise(String line) {
        String spaced = line.replaceAll("[ \\t]+", " ").strip();
        String dashed = spaced.replace("...", "\u2026")
                .replaceAll("(?<= )--?(?= )", EN_DASH)
                .replaceAll("(?<=\\p{L})--(?=\\p{L})", " " + EN_DASH + " ");
        StringBuilder out = new StringBuilder(dashed.length());
        for (int i = 0; i < dashed.length(); i++) {
            char c = dashed.charAt(i);
            char before = i == 0 ? ' ' : out.charAt(out.length() - 1);
            char after = i + 1 < dashed.length() ? dashed.charAt(i + 1) : ' ';
            out.append(
                    switch (c) {
                        case '"' -> opens(before, after) ? LOW_OPEN : HIGH_CLOSE;
                        case HIGH_CLOSE -> opens(before, after) ? LOW_OPEN : HIGH_CLOSE;
                        // a stray ” where a quote opens opens it: as “ it would open on the next pass, not now
                        case ENGLISH_CLOSE -> opens(before, after) ? LOW_OPEN : HIGH_CLOSE;
                        case '\'' -> Character.isLetter(before) && Character.isLetter(after) ? APOSTROPHE : '\'';
                        default -> c;
                    });
        }
        return out.toString();
    }

    /** Every line of {@code text} in house typography, joined with LF and ending in one. */
    public static String normaliseLines(String text) {
        return text.lines().map(GermanTypography::normalise).collect(Collectors.joining("\n", "", "\n"));
    }

    /** A quote mark opens where it follows a space, a bracket or a dash and precedes text. */
    private static boolean opens(char before, char after) {
        boolean openingPosition = Character.isWhitespace(before) || "([{/\u2013\u2014-".indexOf(before) >= 0;
        return openingPosition && !Character.isWhitespace(after);
    }
}
