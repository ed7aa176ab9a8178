/**
 * Connections (SQLite embedded, PostgreSQL pooled), transactions with retry, errors as
 * {@link de.ozd.newsroom.store.StoreException}s, and the versioned schema migrations. Implementation, not an API.
 */
package de.ozd.newsroom.store.internal.db;
