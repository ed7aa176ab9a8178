package de.ozd.newsroom.publish;

import java.util.Objects;

/**
 * What a {@link Renderer} produces.
 *
 * @param name      the name users type ({@code ozd render --to NAME}), lower case
 * @param mediaType the IANA media type of the output
 * @param extension the file name extension, without the dot
 * @param scope     whether the format takes one article or a list
 */
public record OutputFormat(String name, String mediaType, String extension, Scope scope) {
    /** How many publications a format takes. */
    public enum Scope {
        /** Exactly one publication (a page, an IPTC item). */
        ARTICLE,
        /** Any number of publications, newest first (a feed, a sitemap, an index page). */
        COLLECTION
    }

    public OutputFormat {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(scope, "scope");
    }
}
