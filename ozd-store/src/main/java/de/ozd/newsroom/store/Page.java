package de.ozd.newsroom.store;

import java.util.List;

/** One page of a listing and the total number of matches. */
public record Page<T>(long total, int limit, int offset, List<T> items) {}
