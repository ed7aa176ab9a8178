package de.ozd.newsroom.store.internal;

import de.ozd.newsroom.store.State;

/**
 * A package row with the JSON form and house text of its current revision, as the write paths read it.
 *
 * @param json the current revision's JSON form ({@code null} for a row not yet given a revision)
 * @param text the current revision's house text ({@code null} likewise)
 */
public record PackageRow(
        long id,
        String slug,
        State state,
        int rev,
        String createdAt,
        String updatedAt,
        String publishedAt,
        String correctionNote,
        String retractionReason,
        String json,
        String text) {}
