/**
 * The store's implementation, not an API: package rows and their SQL ({@code PackageRows}), writing revisions
 * ({@code RevisionWriter}), the workflow's rules and transactions ({@code PackageRules}, {@code Workflow}), bulk
 * import, and keeping the Lucene index in step with the database ({@code IndexSync}). Only
 * {@link de.ozd.newsroom.store.Store} and {@link de.ozd.newsroom.store.Tokens} use it.
 */
package de.ozd.newsroom.store.internal;
