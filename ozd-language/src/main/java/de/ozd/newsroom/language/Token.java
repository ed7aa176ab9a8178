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

    /** True for tokens made only of punctuation or symbols. */
    public boolean isPunctuation() {
        return text.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** True if the first character is an upper-case letter. */
    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
