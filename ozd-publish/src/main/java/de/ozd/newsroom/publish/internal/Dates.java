package de.ozd.newsroom.publish.internal;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as readers (German: „2. März 2026, 9:30 Uhr“) and machines (ISO 8601, RFC 822) read them. */
public final class Dates {
    private static final DateTimeFormatter GERMAN =
            DateTimeFormatter.ofPattern("d. MMMM yyyy, H:mm 'Uhr'", Locale.GERMAN);

    private Dates() {}

    public static String german(OffsetDateTime t, ZoneId zone) {
        return t.atZoneSameInstant(zone).format(GERMAN);
    }

    public static String iso(OffsetDateTime t) {
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
