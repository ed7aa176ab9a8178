package de.ozd.newsroom.store;

import de.ozd.newsroom.core.model.ArticlePackage;
import java.util.List;
import java.util.Optional;

/**
 * A stored package at its current revision, with the columns the store keeps beside the JSON form.
 *
 * @param text     the house text of the current revision (as it was saved, or canonical when saved as JSON)
 * @param pubDate  {@code YYYY-MM-DD}: front matter date, else day of publication, else day of creation
 */
public record PackageRecord(
        String slug,
        String headline,
        State state,
        int revision,
        String createdAt,
        String updatedAt,
        Optional<String> publishedAt,
        String pubDate,
        List<String> tags,
        Entities entities,
        Optional<String> correctionNote,
        Optional<String> retractionReason,
        ArticlePackage pkg,
        String text) {}
