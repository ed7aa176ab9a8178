package de.ozd.newsroom.language;

/**
 * One token of a German text.
 *
 * @param text the token as it stands in the text
 * @param begin character offset (inclusive) in the analysed text
 * @param end character offset (exclusive)
 * @param pos universal part-of-speech tag ({@link Pos}), {@link Pos#X} when no tagger ran
 * @param lemma dictionary form; nouns and proper nouns keep their capital letter
 */
public record Token(String text, int begin, int end, Pos pos, String lemma) {

    /**
     * True for tokens made only of punctuation or symbols, but not for a {@linkplain #isUnitSymbol unit symbol}, which
     * stands for a word.
     */
    public boolean isPunctuation() {
        return text.codePoints().noneMatch(Character::isLetterOrDigit) && !isUnitSymbol(text);
    }

    /**
     * True for a currency symbol or one of „%“, „‰“, „§“, „°“: a sign read as a word („5 %“ is „fünf Prozent“, „§ 218“
     * is „Paragraf 218“), which a line must not lose as it loses a comma.
     */
    public static boolean isUnitSymbol(String text) {
        return text.length() == 1
                && (Character.getType(text.charAt(0)) == Character.CURRENCY_SYMBOL
                        || "%‰§°".indexOf(text.charAt(0)) >= 0);
    }

    /** True if the first character is an upper-case letter. */
    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
