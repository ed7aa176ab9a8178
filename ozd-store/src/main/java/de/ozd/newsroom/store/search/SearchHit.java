package de.ozd.newsroom.store.search;

import de.ozd.newsroom.store.State;
import java.time.LocalDate;

/**
 * One ranked hit; {@code date} is the package's date ({@link de.ozd.newsroom.store.PackageRecord#pubDate()}, null
 * when unknown), {@code snippet} is HTML-escaped text with the matches in {@code <mark>…</mark>}.
 */
public record SearchHit(String slug, String headline, State state, LocalDate date, double score, String snippet) {}
