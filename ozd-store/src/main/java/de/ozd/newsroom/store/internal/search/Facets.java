package de.ozd.newsroom.store.internal.search;

import de.ozd.newsroom.store.search.SearchResult;
import java.util.LinkedHashMap;
import java.util.Map;

/** Facet counts in result order, the same for both search implementations. */
final class Facets {
    private Facets() {}

    /** Largest first, ties by value; the first {@link SearchResult#FACET_VALUES} of each key. */
    static Map<String, Map<String, Long>> top(Map<String, Map<String, Long>> counts) {
        Map<String, Map<String, Long>> sorted = new LinkedHashMap<>();
        for (String f : SearchResult.FACETS) {
            Map<String, Long> s = new LinkedHashMap<>();
            counts.getOrDefault(f, Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(SearchResult.FACET_VALUES)
                    .forEach(e -> s.put(e.getKey(), e.getValue()));
            sorted.put(f, s);
        }
        return sorted;
    }
}
