package de.ozd.newsroom.store;

/** A package in a listing, without its content. */
public record PackageSummary(
        String slug, String headline, State state, int revision, String updatedAt, String pubDate) {}
