package de.ozd.newsroom.language;

/**
 * A number, quantity or date.
 *
 * @param text the expression as it stands
 * @param begin character offset (inclusive)
 * @param end character offset (exclusive)
 * @param kind what it is
 * @param value a normalised value for comparison: digits for numbers („9“ for „neun“; „1000+“ for
 *     „tausende“), {@code year:2025}, {@code month:4}, {@code day:1.1}, {@code season:sommer}
 * @param sentenceIndex the sentence it is in
 */
public record Quantity(String text, int begin, int end, QuantityKind kind, String value, int sentenceIndex) {}
