/**
 * Search as the store's callers see it: a {@link de.ozd.newsroom.store.search.SearchQuery} in, a
 * {@link de.ozd.newsroom.store.search.SearchResult} of {@link de.ozd.newsroom.store.search.SearchHit}s and facet
 * counts out, the same for the embedded (Lucene) and the PostgreSQL setup.
 */
package de.ozd.newsroom.store.search;
