package de.ozd.newsroom.store.search;

import de.ozd.newsroom.store.State;

/** One ranked hit; {@code snippet} is HTML-escaped text with the matches in {@code <mark>…</mark>}. */
public record SearchHit(String slug, String headline, State state, String date, double score, String snippet) {}
