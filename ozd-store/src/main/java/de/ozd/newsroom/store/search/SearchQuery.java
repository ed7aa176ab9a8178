package de.ozd.newsroom.store.search;

import de.ozd.newsroom.store.internal.search.QuerySyntax;
import java.util.Optional;

/**
 * A search: free text in the {@link QuerySyntax} (words, "phrases", prefix*, -excluded) plus filters. Every filter
 * is optional; tag and entity filters match case-insensitively. Dates are {@code YYYY-MM-DD}, both ends inclusive.
 */
/*
 * The state filter takes a state key or {@link #PUBLIC} (published or corrected: what readers may see).
 */
public record SearchQuery(
        String text,
        Optional<String> state,
        Optional<String> tag,
        Optional<String> person,
        Optional<String> place,
        Optional<String> organisation,
        Optional<String> dateFrom,
        Optional<String> dateTo,
        int limit,
        int offset) {

    /** State filter value for what readers may see: published or corrected. */
    public static final String PUBLIC = "public";

    public static SearchQuery of(String text) {
        return new SearchQuery(
                text,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                10,
                0);
    }

    public SearchQuery withState(String value) {
        return new SearchQuery(
                text, Optional.ofNullable(value), tag, person, place, organisation, dateFrom, dateTo, limit, offset);
    }

    public SearchQuery withTag(String value) {
        return new SearchQuery(
                text, state, Optional.ofNullable(value), person, place, organisation, dateFrom, dateTo, limit, offset);
    }

    public SearchQuery withPerson(String value) {
        return new SearchQuery(
                text, state, tag, Optional.ofNullable(value), place, organisation, dateFrom, dateTo, limit, offset);
    }

    public SearchQuery withPlace(String value) {
        return new SearchQuery(
                text, state, tag, person, Optional.ofNullable(value), organisation, dateFrom, dateTo, limit, offset);
    }

    public SearchQuery withOrganisation(String value) {
        return new SearchQuery(
                text, state, tag, person, place, Optional.ofNullable(value), dateFrom, dateTo, limit, offset);
    }

    public SearchQuery withDates(String from, String to) {
        return new SearchQuery(
                text,
                state,
                tag,
                person,
                place,
                organisation,
                Optional.ofNullable(from),
                Optional.ofNullable(to),
                limit,
                offset);
    }

    public SearchQuery withPage(int newLimit, int newOffset) {
        return new SearchQuery(text, state, tag, person, place, organisation, dateFrom, dateTo, newLimit, newOffset);
    }
}
