package de.ozd.newsroom.store.search;

import java.util.List;
import java.util.Map;

/**
 * Hits of one page, the total number of matches, and facet counts over all matches: keys {@code state},
 * {@code tag}, {@code person}, {@code place}, {@code organisation}, each value → count, largest first.
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
    public static final List<String> FACETS = List.of("state", "tag", "person", "place", "organisation");
}
