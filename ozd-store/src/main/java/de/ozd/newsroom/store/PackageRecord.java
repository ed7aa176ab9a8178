package de.ozd.newsroom.store;

import de.ozd.newsroom.core.model.ArticlePackage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A stored package at its current revision (from {@link Store#findLive} and {@link Store#publicView}: at the
 * revision readers see), with the columns the store keeps beside the JSON form.
 *
 * @param text     the house text of the current revision (as it was saved, or canonical when saved as JSON)
 * @param pubDate  front matter date, else day (UTC) of publication, else of creation
 * @param correctionNote the latest correction note (all of them: {@code corrections})
 * @param liveRevision  the revision readers see; empty while the package was never published. When it is older than
 *     {@code revision}, the newer revisions are pending: they reach readers only when a Redakteur publishes them as
 *     an update or a correction ({@link Store#publishUpdate}, {@link Store#transition})
 * @param liveUpdatedAt when the live revision was published as an update („Aktualisiert am …“), if ever
 * @param corrections   every public correction, oldest first
 * @param scheduledAt   when the package is published by itself ({@link Store#schedule}), if planned
 */
public record PackageRecord(
        String slug,
        String headline,
        State state,
        int revision,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> publishedAt,
        LocalDate pubDate,
        List<String> tags,
        Entities entities,
        Optional<String> correctionNote,
        Optional<String> retractionReason,
        ArticlePackage pkg,
        String text,
        Optional<Integer> liveRevision,
        Optional<Instant> liveUpdatedAt,
        List<CorrectionNote> corrections,
        Optional<Instant> scheduledAt) {

    /**
     * The embargo the package carries (front matter {@code embargo:}): it is not published before this time. Empty
     * without one; a stored package's embargo was checked when it was saved.
     */
    public Optional<Instant> embargo() {
        return de.ozd.newsroom.store.internal.PackageRules.embargo(pkg);
    }

    /** Whether revisions newer than the live one wait to be published (an update or a correction). */
    public boolean pending() {
        return liveRevision.isPresent() && liveRevision.get() != revision;
    }
}
