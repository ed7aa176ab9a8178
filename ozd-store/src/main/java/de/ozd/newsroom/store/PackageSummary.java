package de.ozd.newsroom.store;

import java.time.Instant;
import java.time.LocalDate;

/** A package in a listing, without its content ({@code pubDate} as in {@link PackageRecord}). */
public record PackageSummary(
        String slug, String headline, State state, int revision, Instant updatedAt, LocalDate pubDate) {}
