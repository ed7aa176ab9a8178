package de.ozd.newsroom.language;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The German names of months and weekdays, in any case ({@code März}, {@code märz}); Austrian {@code Jänner} and
 * northern {@code Sonnabend} included. One list for the sentence splitter, the entity rules, the date extractor and
 * the drafting engine, so a word is a date to all of them or to none.
 */
public final class GermanCalendar {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1),
            Map.entry("jänner", 1),
            Map.entry("februar", 2),
            Map.entry("märz", 3),
            Map.entry("april", 4),
            Map.entry("mai", 5),
            Map.entry("juni", 6),
            Map.entry("juli", 7),
            Map.entry("august", 8),
            Map.entry("september", 9),
            Map.entry("oktober", 10),
            Map.entry("november", 11),
            Map.entry("dezember", 12));
    private static final Set<String> WEEKDAYS =
            Set.of("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag");

    private GermanCalendar() {}

    /** The month's number (1 to 12) if {@code word} names a month. */
    public static OptionalInt month(String word) {
        Integer m = MONTHS.get(word.toLowerCase(Locale.GERMAN));
        return m == null ? OptionalInt.empty() : OptionalInt.of(m);
    }

    public static boolean isMonth(String word) {
        return MONTHS.containsKey(word.toLowerCase(Locale.GERMAN));
    }

    public static boolean isWeekday(String word) {
        return WEEKDAYS.contains(word.toLowerCase(Locale.GERMAN));
    }

    /** A year written in four digits (1800–2199): „1958“, „2028“. */
    public static boolean isYear(String word) {
        if (word.length() != 4 || !word.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int y = Integer.parseInt(word);
        return y >= 1800 && y <= 2199;
    }

    /** A regnal number in Roman numerals after a name („Elizabeth II“, „Leo XIV“); „I“ and „V“ are too short to tell. */
    public static boolean isRegnalNumber(String word) {
        return word.matches("II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI");
    }

    /** A month or a weekday. */
    public static boolean isDayOrMonth(String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        return MONTHS.containsKey(lower) || WEEKDAYS.contains(lower);
    }
}
