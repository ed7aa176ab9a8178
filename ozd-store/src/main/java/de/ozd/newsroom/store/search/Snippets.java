package de.ozd.newsroom.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted snippets, the same on both setups: up to two passages of the body, HTML-escaped, matches in
 * {@code <mark>…</mark>}; where nothing in the body matches (a headline or tag match), the body's start. The
 * PostgreSQL setup highlights the hits PostgreSQL found with the embedded setup's analyzer and query, because
 * {@code ts_headline} re-parses every hit's whole text on the database server and cost more than the rest of a
 * search there; PostgreSQL's Snowball stemmer and Lucene's light German stemmer agree on common word forms, and
 * where they do not, the snippet is the body's start.
 */
final class Snippets {
    static final String FIELD = "body";
    private static final int PASSAGES = 2;
    private static final int START_CHARS = 200;

    private Snippets() {
    }

    /** The highlighter of the embedded index (analyzing stored bodies of its hits). */
    static UnifiedHighlighter forIndex(IndexSearcher searcher, LuceneQueries queries) {
        return configure(UnifiedHighlighter.builder(searcher, queries.plain()));
    }

    /** A highlighter for texts from elsewhere (the PostgreSQL setup's hits). */
    static UnifiedHighlighter standalone(LuceneQueries queries) {
        return configure(UnifiedHighlighter.builderWithoutSearcher(queries.plain()));
    }

    /**
     * Marks the matched words (weight matches off): Lucene's default would run every hit's text through a one-document
     * index to mark whole phrases at once, several times the cost of scanning the text's tokens once.
     */
    private static UnifiedHighlighter configure(UnifiedHighlighter.Builder b) {
        return b.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true)).withMaxLength(100_000)
                .withWeightMatches(false).build();
    }

    /** The snippet of {@code body} for {@code query}, highlighted by a {@link #standalone} highlighter. */
    static String of(UnifiedHighlighter highlighter, Query query, String body) {
        try {
            Object h = highlighter.highlightWithoutSearcher(FIELD, query, body, PASSAGES);
            return orStart(h == null ? null : h.toString(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int passages() {
        return PASSAGES;
    }

    /** {@code snippet} on one line, or the start of {@code body} when there is none. */
    static String orStart(String snippet, String body) {
        String shown = snippet == null || snippet.isBlank() ? start(body) : snippet;
        return shown.replace('\n', ' ');
    }

    /** The body's first 200 characters, escaped. */
    static String start(String body) {
        return escape(body.length() > START_CHARS ? body.substring(0, START_CHARS) + " …" : body).replace('\n', ' ');
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
