package de.ozd.newsroom.language.internal;

import de.ozd.newsroom.language.GermanCalendar;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Quantity;
import de.ozd.newsroom.language.QuantityKind;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers, quantities and dates in one sentence: digits („1.000“, „3,5“), number words („neun“),
 * vague plurals („tausende“), numbers bound into adjectives („120-tägigen“), percentages and sums
 * of money, years, „1. Januar“, months and seasons with their preposition („im April“, „im
 * Sommer“) and weekdays. Stateless and thread-safe.
 */
public final class QuantityExtractor {

    private static final List<String> SEASONS = List.of("frühjahr", "frühling", "sommer", "herbst", "winter");
    private static final List<String> DATE_PREPOSITIONS =
            List.of("im", "am", "seit", "bis", "ab", "anfang", "ende", "mitte", "vom", "zum");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?");
    private static final Pattern BOUND = Pattern.compile("(\\d+(?:,\\d+)?)-\\p{L}.*");
    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,2})\\.");

    /** Quantities in one sentence's tokens. */
    public List<Quantity> extract(List<Token> tokens, int sentenceIndex) {
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int next = match(tokens, i, sentenceIndex, out);
            i = Math.max(next, i + 1);
        }
        return out;
    }

    private int match(List<Token> t, int i, int s, List<Quantity> out) {
        String w = t.get(i).text();
        String lower = w.toLowerCase(Locale.GERMAN);
        Matcher ord = ORDINAL.matcher(w);
        if (ord.matches() && i + 1 < t.size() && GermanCalendar.isMonth(lower(t, i + 1))) {
            int end = i + 2;
            String value = "day:" + Integer.parseInt(ord.group(1)) + "."
                    + GermanCalendar.month(lower(t, i + 1)).getAsInt();
            out.add(q(t, i, end, QuantityKind.DATE, value, s));
            if (end < t.size() && GermanCalendar.isYear(t.get(end).text())) {
                out.add(q(
                        t, end, end + 1, QuantityKind.YEAR, "year:" + t.get(end).text(), s));
                end++;
            }
            return end;
        }
        if (GermanCalendar.isMonth(lower) && t.get(i).isCapitalised()) {
            int from = i > 0 && DATE_PREPOSITIONS.contains(lower(t, i - 1)) ? i - 1 : i;
            out.add(q(
                    t,
                    from,
                    i + 1,
                    QuantityKind.DATE,
                    "month:" + GermanCalendar.month(lower).getAsInt(),
                    s));
            return i + 1;
        }
        if ((SEASONS.contains(lower) || GermanCalendar.isWeekday(lower))
                && i > 0
                && DATE_PREPOSITIONS.contains(lower(t, i - 1))) {
            String kind = SEASONS.contains(lower) ? "season:" : "weekday:";
            out.add(q(t, i - 1, i + 1, QuantityKind.DATE, kind + lower, s));
            return i + 1;
        }
        if (GermanCalendar.isYear(w) && !followedByUnit(t, i)) {
            int from = i > 0 && DATE_PREPOSITIONS.contains(lower(t, i - 1)) ? i - 1 : i;
            out.add(q(t, from, i + 1, QuantityKind.YEAR, "year:" + w, s));
            return i + 1;
        }
        if (DIGITS.matcher(w).matches()) {
            return number(t, i, normaliseDigits(w), s, out);
        }
        Matcher bound = BOUND.matcher(w);
        if (bound.matches()) {
            out.add(q(t, i, i + 1, QuantityKind.MEASURE, normaliseDigits(bound.group(1)), s));
            return i + 1;
        }
        String vague = GermanNumbers.vague(w);
        if (vague != null) {
            out.add(q(t, i, i + 1, QuantityKind.NUMBER, vague, s));
            return i + 1;
        }
        OptionalLong word = GermanNumbers.parse(w);
        boolean nounFollows = i + 1 < t.size()
                && (t.get(i + 1).pos() == Pos.NOUN || t.get(i + 1).pos() == Pos.ADJ);
        if (word.isPresent() && (!t.get(i).isCapitalised() || i == 0 || nounFollows)) {
            return number(t, i, Long.toString(word.getAsLong()), s, out);
        }
        return i + 1;
    }

    private int number(List<Token> t, int i, String value, int s, List<Quantity> out) {
        int end = i + 1;
        QuantityKind kind = QuantityKind.NUMBER;
        if (end < t.size() && isScale(lower(t, end))) {
            end++;
        }
        if (end < t.size()
                && (lower(t, end).equals("prozent") || t.get(end).text().equals("%"))) {
            kind = QuantityKind.PERCENT;
            end++;
        } else if (end < t.size() && isCurrency(lower(t, end))) {
            kind = QuantityKind.MONEY;
            end++;
        }
        out.add(q(t, i, end, kind, value, s));
        return end;
    }

    private static boolean isScale(String w) {
        return w.startsWith("million")
                || w.startsWith("milliarde")
                || w.equals("mio.")
                || w.equals("mrd.")
                || w.equals("tausend")
                || w.equals("hundert");
    }

    private static boolean isCurrency(String w) {
        return w.equals("euro")
                || w.equals("dollar")
                || w.equals("franken")
                || w.equals("€")
                || w.equals("$")
                || w.equals("pfund")
                || w.equals("rubel")
                || w.equals("yuan");
    }

    private static boolean followedByUnit(List<Token> t, int i) {
        return i + 1 < t.size()
                && (isCurrency(lower(t, i + 1)) || lower(t, i + 1).equals("prozent") || isScale(lower(t, i + 1)));
    }

    static String normaliseDigits(String w) {
        String v = w;
        if (v.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
            v = v.replace(".", "");
        }
        return v.replace(',', '.');
    }

    private static String lower(List<Token> t, int i) {
        return t.get(i).text().toLowerCase(Locale.GERMAN);
    }

    private static Quantity q(List<Token> t, int from, int to, QuantityKind k, String v, int s) {
        Token first = t.get(from);
        Token last = t.get(to - 1);
        return new Quantity(null, first.begin(), last.end(), k, v, s);
    }
}
