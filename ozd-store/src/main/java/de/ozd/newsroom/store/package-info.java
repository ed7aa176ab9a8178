/**
 * The newsroom store's public API: {@link de.ozd.newsroom.store.Store} keeps article packages with their full
 * history (every change a new {@link de.ozd.newsroom.store.Revision}), moves them through the workflow
 * ({@link de.ozd.newsroom.store.State}), diffs revisions ({@link de.ozd.newsroom.store.TextDiff}) and manages API
 * tokens ({@link de.ozd.newsroom.store.Tokens}). What it hands out are values (records such as
 * {@link de.ozd.newsroom.store.PackageRecord} and {@link de.ozd.newsroom.store.RevisionInfo}); a refusal is a
 * {@link de.ozd.newsroom.store.StoreException} with a {@link de.ozd.newsroom.store.StoreException.Kind}, never an
 * HTTP status. Search queries and results are in {@link de.ozd.newsroom.store.search}.
 *
 * <p>Everything under {@code de.ozd.newsroom.store.internal} is the implementation (SQL, migrations, the Lucene
 * and PostgreSQL search, the workflow rules): public only because Java packages need it, not an API; other modules
 * do not use it.
 */
package de.ozd.newsroom.store;
