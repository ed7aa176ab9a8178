package de.ozd.newsroom.store.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.store.TestPackages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The index replays one analysis for several fields; the replay must be what the analyzers themselves produce. */
class AnalyzedTextTest {
    private static List<String> tokens(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "+" + inc.getPositionIncrement());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void replayMatchesTheAnalyzersPlainAndReversed() throws IOException {
        String headline = "Die Mainbrücke wird für Lastwagen gesperrt";
        String body = TestPackages.bridge() + "\nÜber die Fußgängerbrücke 𝔘nd die „Nordbrücke“ – und dann?";
        Analyzer plain = new GermanNewsAnalyzer(false);
        Analyzer reversed = new GermanNewsAnalyzer(true);
        AnalyzedText h = AnalyzedText.of(plain, "headline", headline);
        AnalyzedText b = AnalyzedText.of(plain, "body", body);
        assertThat(tokens(b.replay())).isEqualTo(tokens(plain.tokenStream("body", body)));
        List<String> suffix = tokens(reversed.tokenStream("suffix", headline + "\n" + body));
        assertThat(tokens(AnalyzedText.concat(h, b).replay(true, 0)))
                .isEqualTo(suffix)
                .anySatisfy(t -> assertThat(t).startsWith("kcurbniam+")); // "Mainbrücke", reversed
        // without the short terms: the same terms otherwise, in the same order
        assertThat(tokens(AnalyzedText.concat(h, b).replay(true, 4)))
                .extracting(t -> t.substring(0, t.indexOf('+')))
                .isEqualTo(suffix.stream()
                        .map(t -> t.substring(0, t.indexOf('+')))
                        .filter(t -> t.length() >= 4)
                        .toList());
    }
}
