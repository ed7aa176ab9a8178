package de.ozd.newsroom.language;

import java.util.List;

/**
 * One sentence with its tokens.
 *
 * @param index position of the sentence in the text, from 0
 * @param begin character offset (inclusive)
 * @param end character offset (exclusive)
 * @param text the sentence text
 * @param tokens the tokens, in order
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
