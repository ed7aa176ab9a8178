package de.ozd.newsroom.store.search;

/** One ranked hit; {@code snippet} is HTML-escaped text with the matches in {@code <mark>…</mark>}. */
public record SearchHit(String slug, String headline, String state, String date, double score, String snippet) {}
