package de.ozd.newsroom.store.internal.search;

import de.ozd.newsroom.store.search.SearchHit;
import de.ozd.newsroom.store.search.SearchQuery;
import de.ozd.newsroom.store.search.SearchResult;
import java.util.List;

/** Search over the current revision of every package; the database is always the master copy. */
public interface SearchIndex extends AutoCloseable {
    SearchResult search(SearchQuery query);

    /** Packages about the same things as {@code slug} ("more like this"), without itself. */
    List<SearchHit> related(String slug, int limit);

    /** After a bulk import: brings the index into the state searches are fastest in, where that is a step of its own. */
    default void settle() {}

    @Override
    void close();
}
