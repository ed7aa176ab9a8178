package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.Entity;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.List;
import java.util.Optional;

/**
 * The nominative article of a name, taken from how the report itself refers to it: „Die VAG geht
 * davon aus …“ gives „die VAG“, „eine Studie der Universität Freiburg“ (genitive after a noun)
 * gives „die Universität Freiburg“. Empty when the report uses the name without an article or
 * the form does not tell („dem“, „des“ are masculine or neuter). Stateless.
 */
final class Articles {
    private Articles() {}

    /** The article for „Was ist … ?“, if the report shows one. */
    static Optional<String> of(TextAnalysis analysis, Entity entity) {
        boolean masculine = false;
        boolean neuter = false;
        boolean feminine = false;
        for (Entity e : analysis.entities()) {
            if (!e.canonical().equals(entity.canonical())) {
                continue;
            }
            List<Token> s = analysis.sentences().get(e.sentenceIndex()).tokens();
            int i = indexAt(s, e.begin());
            if (i <= 0) {
                continue;
            }
            String article = Phrases.lower(s.get(i - 1).text());
            Token before = i >= 2 ? s.get(i - 2) : null;
            boolean oblique =
                    before != null && (Phrases.isNoun(before) || before.pos().isAdposition());
            feminine |= article.equals("die") || article.equals("der") && oblique;
            neuter |= article.equals("das");
            masculine |= article.equals("der") && !oblique || article.equals("den");
        }
        int kinds = (feminine ? 1 : 0) + (neuter ? 1 : 0) + (masculine ? 1 : 0);
        if (kinds != 1) {
            return Optional.empty(); // none, or forms that disagree
        }
        return Optional.of(feminine ? "die" : neuter ? "das" : "der");
    }

    static int indexAt(List<Token> s, int begin) {
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).begin() == begin) {
                return i;
            }
        }
        return -1;
    }
}
