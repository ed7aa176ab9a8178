package de.ozd.newsroom.store.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The user's query (see {@link QuerySyntax}) as a Lucene query over the fields {@code headline}, {@code tags},
 * {@code body} and {@code suffix} (compound heads). The embedded index searches with it; both setups highlight
 * snippets with it.
 */
final class LuceneQueries {
    static final String[] TEXT_FIELDS = {"headline", "tags", "body"};
    /** Compound heads shorter than this are not looked for (and not indexed): too many words end in them. */
    static final int MIN_HEAD = 4;

    private static final float[] BOOSTS = {3f, 2f, 1f};

    private final Analyzer plain = new GermanNewsAnalyzer(false);
    private final Analyzer reversed = new GermanNewsAnalyzer(true);

    /** The analyzer of the text fields. */
    Analyzer plain() {
        return plain;
    }

    /** An empty query (or one of exclusions only) matches everything else. */
    Query text(String text) {
        List<QuerySyntax.Clause> clauses = QuerySyntax.parse(text);
        if (clauses.stream().allMatch(QuerySyntax.Clause::excluded)) {
            BooleanQuery.Builder all = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
            clauses.forEach(c -> clause(c).ifPresent(q -> all.add(q, Occur.MUST_NOT)));
            return all.build();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (QuerySyntax.Clause c : clauses) {
            var q = clause(c);
            if (q.isPresent()) {
                b.add(q.get(), c.excluded() ? Occur.MUST_NOT : Occur.MUST);
            }
        }
        BooleanQuery built = b.build();
        return built.clauses().isEmpty() ? new MatchAllDocsQuery() : built;
    }

    private Optional<Query> clause(QuerySyntax.Clause c) {
        QueryBuilder qb = new QueryBuilder(plain);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (int f = 0; f < TEXT_FIELDS.length; f++) {
            String field = TEXT_FIELDS[f];
            Query q = switch (c.kind()) {
                case WORD -> qb.createBooleanQuery(field, c.joined(), Occur.MUST);
                case PHRASE -> qb.createPhraseQuery(field, c.joined());
                case PREFIX -> new PrefixQuery(new Term(field, plain.normalize(field, c.joined())));
            };
            if (q != null) {
                any.add(new BoostQuery(q, BOOSTS[f]), Occur.SHOULD);
            }
        }
        if (c.kind() == QuerySyntax.Kind.WORD) {
            // Compound heads: "Brücke" also finds "Mainbrücke" (weaker than an exact word match).
            String rev = analyzeOne(reversed, c.joined());
            if (rev != null && rev.length() >= MIN_HEAD) {
                any.add(new BoostQuery(new PrefixQuery(new Term("suffix", rev)), 0.5f), Occur.SHOULD);
            }
        }
        BooleanQuery built = any.build();
        return built.clauses().isEmpty() ? Optional.empty() : Optional.of(built);
    }

    private static String analyzeOne(Analyzer a, String text) {
        try (TokenStream ts = a.tokenStream("suffix", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String first = ts.incrementToken() ? term.toString() : null;
            ts.end();
            return first;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
