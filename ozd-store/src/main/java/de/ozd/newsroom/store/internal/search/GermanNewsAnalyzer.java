package de.ozd.newsroom.store.internal.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * German analysis for news text: lower case, German stop words, umlaut and ß folding
 * ({@code Brücke}, {@code Bruecke} and {@code Brucke} are one word) and light stemming ({@code Brücken} →
 * {@code bruck}). With {@code reversed}, tokens are also reversed: a prefix query on the reversed field finds words
 * that END in a term, which is how compounds are matched on their head ({@code Brücke} finds {@code Mainbrücke})
 * without a compound dictionary (Lucene ships none for German).
 */
public final class GermanNewsAnalyzer extends Analyzer {
    private static final CharArraySet STOP = GermanAnalyzer.getDefaultStopSet();
    private final boolean reversed;

    public GermanNewsAnalyzer(boolean reversed) {
        this.reversed = reversed;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        ts = new StopFilter(ts, STOP);
        ts = new GermanNormalizationFilter(ts);
        ts = new GermanLightStemFilter(ts);
        if (reversed) {
            ts = new ReverseStringFilter(ts);
        }
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new GermanNormalizationFilter(new LowerCaseFilter(in));
    }
}
