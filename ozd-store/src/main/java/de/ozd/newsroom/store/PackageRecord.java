package de.ozd.newsroom.store;

import de.ozd.newsroom.core.model.ArticlePackage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A stored package at its current revision, with the columns the store keeps beside the JSON form.
 *
 * @param text     the house text of the current revision (as it was saved, or canonical when saved as JSON)
 * @param pubDate  front matter date, else day (UTC) of publication, else of creation
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
        String text) {}
