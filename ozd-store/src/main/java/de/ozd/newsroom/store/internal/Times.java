package de.ozd.newsroom.store.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Timestamps as fixed-width UTC text (sortable as text in both databases). */
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

    public static String format(Instant at) {
        return F.format(at);
    }

    /** For German messages: {@code 5.12.2026, 06:00 Uhr} in the newsroom's zone. */
    static String german(Instant at) {
        return GERMAN.format(at);
    }
}
