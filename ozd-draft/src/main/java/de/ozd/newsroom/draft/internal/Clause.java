package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.Token;
import java.util.List;

/**
 * A clause of the report: contiguous tokens of one sentence, outside quotation marks.
 *
 * @param sentence the sentence index
 * @param tokens the tokens
 * @param subordinate true if it was introduced by a subordinating conjunction (verb-final)
 * @param sourcePhraseEnd number of leading tokens that form a fronted source phrase („Nach
 *     Angaben der Polizei“), 0 if none
 */
record Clause(int sentence, List<Token> tokens, boolean subordinate, int sourcePhraseEnd) {

    Clause {
        tokens = List.copyOf(tokens);
    }

    int begin() {
        return tokens.get(0).begin();
    }

    int end() {
        return tokens.get(tokens.size() - 1).end();
    }
}
