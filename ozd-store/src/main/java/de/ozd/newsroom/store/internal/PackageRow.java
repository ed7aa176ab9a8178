package de.ozd.newsroom.store.internal;

import de.ozd.newsroom.store.State;

/**
 * A package row with the JSON form and house text of its current revision, as the write paths read it.
 *
 * @param json the current revision's JSON form ({@code null} for a row not yet given a revision)
 * @param text the current revision's house text ({@code null} likewise)
 * @param liveRev the revision readers see ({@code null}: never published)
 * @param corrections every public correction, oldest first, as JSON ({@code null}: none)
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
        String text,
        Integer liveRev,
        String liveUpdatedAt,
        String corrections,
        String scheduledAt,
        String scheduledBy) {

    /** The same row with the content (and number and time) of another revision, e.g. the live one. */
    PackageRow atRevision(int revision, String createdAt, String json, String text) {
        return new PackageRow(
                id,
                slug,
                state,
                revision,
                this.createdAt,
                createdAt,
                publishedAt,
                correctionNote,
                retractionReason,
                json,
                text,
                liveRev,
                liveUpdatedAt,
                corrections,
                scheduledAt,
                scheduledBy);
    }
}
