package de.ozd.newsroom.server;

import de.ozd.newsroom.draft.ExplainerArchive;
import de.ozd.newsroom.store.ArchivedExplainer;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreException;
import java.util.List;

/**
 * The explainers of a store's published packages as the drafting engine's {@link ExplainerArchive}: the server's
 * desk and {@code ozd draft --data} draft with it. Thread-safe as the store is.
 */
public final class StoreExplainerArchive implements ExplainerArchive {
    /** Packages consulted per name by default: the newest answers are the ones worth offering. */
    public static final int DEFAULT_LIMIT = 3;

    private final Store store;
    private final int limit;

    public StoreExplainerArchive(Store store) {
        this(store, DEFAULT_LIMIT);
    }

    /** At most {@code limit} answers per name, newest package first. */
    public StoreExplainerArchive(Store store, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        this.store = store;
        this.limit = limit;
    }

    @Override
    public List<Answer> lookup(String name) {
        try {
            return store.archivedExplainers(name, limit).stream()
                    .map(StoreExplainerArchive::answer)
                    .toList();
        } catch (StoreException e) {
            // a draft does not fail because the archive cannot be read: the explainer falls back to the report
            return List.of();
        }
    }

    private static Answer answer(ArchivedExplainer a) {
        return new Answer(a.explainer(), a.slug(), a.pubDate());
    }
}
