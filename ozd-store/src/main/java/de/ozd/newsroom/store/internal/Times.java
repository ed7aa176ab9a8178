package de.ozd.newsroom.store.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Timestamps as fixed-width UTC text (sortable as text in both databases): the form of the {@code created_at},
 * {@code updated_at} and {@code published_at} columns and of every timestamp in the JSON the store hands out.
 */
public final class Times {
    private static final DateTimeFormatter F =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Times() {}

    /** The newsroom's zone: front-matter times without offset are read in it, German messages written in it. */
    static final java.time.ZoneId NEWSROOM_ZONE = java.time.ZoneId.of("Europe/Berlin");

    private static final DateTimeFormatter GERMAN =
            DateTimeFormatter.ofPattern("d.M.yyyy, HH:mm 'Uhr'").withZone(NEWSROOM_ZONE);

    public static String now() {
        return F.format(Instant.now());
    }

    /** The column and JSON form of {@code at} (microseconds, UTC, fixed width). */
    public static String format(Instant at) {
        return F.format(at);
    }

    /** A timestamp column read back: ISO-8601 instant (any precision, {@code Z} or an offset). */
    public static Instant parse(String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("unreadable timestamp in database: " + text, e);
        }
    }

    /** A nullable timestamp column read back. */
    public static Instant parseOrNull(String text) {
        return text == null ? null : parse(text);
    }

    /** A {@code YYYY-MM-DD} date, or null when {@code text} is null or not such a date. */
    public static LocalDate dateOrNull(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** For German messages: {@code 5.12.2026, 06:00 Uhr} in the newsroom's zone. */
    static String german(Instant at) {
        return GERMAN.format(at);
    }
}
