package de.ozd.newsroom.store.search;

import java.util.List;

/** Search over the current revision of every package; the database is always the master copy. */
public interface SearchIndex extends AutoCloseable {
    SearchResult search(SearchQuery query);

    /** Packages about the same things as {@code slug} ("more like this"), without itself. */
    List<SearchHit> related(String slug, int limit);

    @Override
    void close();
}
