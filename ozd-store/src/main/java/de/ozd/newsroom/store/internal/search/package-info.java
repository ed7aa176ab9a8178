/**
 * The two search implementations behind {@code SearchIndex}: the embedded Lucene index (German analysis, query
 * syntax, snippets, facets) and PostgreSQL text search. Implementation, not an API.
 */
package de.ozd.newsroom.store.internal.search;
