package de.ozd.newsroom.store.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens of one analysis, replayed for more than one field: the body is indexed as {@code body} and, reversed,
 * as {@code suffix} (compound heads), and analyzing it twice was a fifth of an import's work. The replay gives the
 * same terms and positions as the analyzer, reversed as {@link ReverseStringFilter} reverses them.
 */
final class AnalyzedText {
    private final List<char[]> terms;
    private final List<Integer> increments;

    private AnalyzedText(List<char[]> terms, List<Integer> increments) {
        this.terms = terms;
        this.increments = increments;
    }

    static AnalyzedText of(Analyzer analyzer, String field, String text) {
        List<char[]> terms = new ArrayList<>();
        List<Integer> increments = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(java.util.Arrays.copyOf(term.buffer(), term.length()));
                increments.add(inc.getPositionIncrement());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AnalyzedText(terms, increments);
    }

    /** {@code a}'s tokens, then {@code b}'s: as if the two texts were analyzed as one, a line apart. */
    static AnalyzedText concat(AnalyzedText a, AnalyzedText b) {
        List<char[]> terms = new ArrayList<>(a.terms);
        terms.addAll(b.terms);
        List<Integer> increments = new ArrayList<>(a.increments);
        increments.addAll(b.increments);
        return new AnalyzedText(terms, increments);
    }

    /** The tokens as a stream for a field. */
    TokenStream replay() {
        return replay(false, 0);
    }

    /**
     * The tokens as a stream for a field, each term reversed when {@code reversed}, without terms shorter than
     * {@code minLength} (their position increments are kept).
     */
    TokenStream replay(boolean reversed, int minLength) {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
            private int next;

            @Override
            public boolean incrementToken() {
                int skipped = 0;
                while (next < terms.size() && terms.get(next).length < minLength) {
                    skipped += increments.get(next++);
                }
                if (next >= terms.size()) {
                    return false;
                }
                clearAttributes();
                char[] t = terms.get(next);
                term.copyBuffer(t, 0, t.length);
                if (reversed) {
                    ReverseStringFilter.reverse(term.buffer(), 0, t.length);
                }
                inc.setPositionIncrement(skipped + increments.get(next));
                next++;
                return true;
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                next = 0;
            }
        };
    }
}
