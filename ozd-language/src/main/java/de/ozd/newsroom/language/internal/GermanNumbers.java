package de.ozd.newsroom.language.internal;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads German number words („neun“, „einundzwanzig“, „dreihundertzwanzig“, „zweitausend“). The
 * articles „ein“/„eine“ alone are not numbers here: too many false hits. Thread-safe.
 */
public final class GermanNumbers {

    private static final Map<String, Long> UNITS = Map.ofEntries(
            Map.entry("null", 0L),
            Map.entry("eins", 1L),
            Map.entry("ein", 1L),
            Map.entry("zwei", 2L),
            Map.entry("drei", 3L),
            Map.entry("vier", 4L),
            Map.entry("fünf", 5L),
            Map.entry("sechs", 6L),
            Map.entry("sieben", 7L),
            Map.entry("acht", 8L),
            Map.entry("neun", 9L),
            Map.entry("zehn", 10L),
            Map.entry("elf", 11L),
            Map.entry("zwölf", 12L),
            Map.entry("sechzehn", 16L),
            Map.entry("siebzehn", 17L),
            Map.entry("zwanzig", 20L),
            Map.entry("dreißig", 30L),
            Map.entry("vierzig", 40L),
            Map.entry("fünfzig", 50L),
            Map.entry("sechzig", 60L),
            Map.entry("siebzig", 70L),
            Map.entry("achtzig", 80L),
            Map.entry("neunzig", 90L));

    /** Vague plurals: „tausende Soldaten“ means at least a thousand. */
    private static final Map<String, String> VAGUE = Map.of(
            "dutzende",
            "12+",
            "hunderte",
            "100+",
            "tausende",
            "1000+",
            "zehntausende",
            "10000+",
            "hunderttausende",
            "100000+",
            "millionen",
            "1000000+");

    private GermanNumbers() {}

    /** The value of a vague plural („tausende“ → „1000+“), or null. */
    public static String vague(String word) {
        return VAGUE.get(word.toLowerCase(Locale.GERMAN));
    }

    /** The value of a German cardinal number word, if it is one. */
    public static OptionalLong parse(String word) {
        String w = word.toLowerCase(Locale.GERMAN);
        if (w.equals("ein") || w.equals("eine") || w.isEmpty()) {
            return OptionalLong.empty();
        }
        long v = value(w);
        return v < 0 ? OptionalLong.empty() : OptionalLong.of(v);
    }

    private static long value(String w) {
        if (w.isEmpty()) {
            return 0;
        }
        int t = w.indexOf("tausend");
        if (t >= 0) {
            long left = t == 0 ? 1 : value(w.substring(0, t));
            long right = value(w.substring(t + "tausend".length()));
            return left < 0 || right < 0 ? -1 : left * 1000 + right;
        }
        int h = w.indexOf("hundert");
        if (h >= 0) {
            long left = h == 0 ? 1 : value(w.substring(0, h));
            long right = value(w.substring(h + "hundert".length()));
            return left < 0 || right < 0 ? -1 : left * 100 + right;
        }
        return belowHundred(w);
    }

    private static long belowHundred(String w) {
        Long direct = UNITS.get(w);
        if (direct != null) {
            return direct;
        }
        if (w.endsWith("zehn")) {
            Long unit = UNITS.get(w.substring(0, w.length() - 4));
            return unit != null && unit >= 3 && unit <= 9 ? 10 + unit : -1;
        }
        int und = w.indexOf("und");
        if (und > 0) {
            Long unit = UNITS.get(w.substring(0, und));
            Long ten = UNITS.get(w.substring(und + 3));
            if (unit != null && ten != null && unit >= 1 && unit <= 9 && ten >= 20 && ten % 10 == 0) {
                return ten + unit;
            }
        }
        return -1;
    }
}
