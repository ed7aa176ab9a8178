package de.ozd.newsroom.store.search;

import java.util.List;
import java.util.Map;

/**
 * Hits of one page, the number of matches and facet counts: keys {@code state}, {@code tag}, {@code person},
 * {@code place}, {@code organisation}, each value → count, largest first (at most 20 values per key).
 *
 * <p>{@code totalRelation} says what {@code total} is, as Lucene's {@code TotalHits} does: {@link TotalRelation#EQ}
 * — exactly the number of matches, and hits and facets are over all of them; {@link TotalRelation#GTE} — there are
 * more matches than the setup considers for one search (the PostgreSQL setup's search cap), {@code total} is a
 * lower bound, and hits and facets are over the {@code total} newest matches (by last change). The embedded setup
 * always counts exactly.
 */
public record SearchResult(
        long total, TotalRelation totalRelation, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
    public static final List<String> FACETS = List.of("state", "tag", "person", "place", "organisation");
    /** At most this many values per facet key. */
    public static final int FACET_VALUES = 20;

    /** What {@link #total()} is. */
    public enum TotalRelation {
        /** Exactly the number of matches. */
        EQ("eq"),
        /** A lower bound: there are at least this many matches. */
        GTE("gte");

        private final String key;

        TotalRelation(String key) {
            this.key = key;
        }

        /** {@code eq} or {@code gte}, as in the API. */
        public String key() {
            return key;
        }
    }

    /** A result with an exact total. */
    public SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
        this(total, TotalRelation.EQ, hits, facets);
    }
}
