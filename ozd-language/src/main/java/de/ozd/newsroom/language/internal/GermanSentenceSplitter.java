package de.ozd.newsroom.language.internal;

import de.ozd.newsroom.language.GermanCalendar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rule-based sentence splitter for German news text. A line break always ends a sentence (house
 * text has one paragraph per line). Inside a line, {@code . ! ?} (and {@code …}) followed by
 * closing quotes, white space and an upper-case letter, digit or opening quote ends a sentence,
 * unless the period belongs to an abbreviation („Dr.“, „z. B.“), an initial („J. R. Smith“) or an
 * ordinal in front of a month or noun („am 1. Januar“, „der 3. Platz“). Deterministic and
 * thread-safe.
 */
public final class GermanSentenceSplitter {

    /** A sentence as character offsets into the text. */
    public record Span(int begin, int end) {}

    private final GermanLexicon lexicon = GermanLexicon.get();

    /** Splits {@code text} into sentence spans, trimmed of surrounding white space. */
    public List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(out, text, start, i);
                start = i + 1;
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = endOfPunctuation(text, i);
                if (isBoundary(text, i, end)) {
                    add(out, text, start, end);
                    start = end;
                    i = end - 1;
                }
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static int endOfPunctuation(String text, int i) {
        int j = i + 1;
        while (j < text.length() && ".!?…“”\"»«’')".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j;
    }

    private boolean isBoundary(String text, int punct, int end) {
        if (end >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(end))) {
            return false;
        }
        int next = skipSpaces(text, end);
        if (next >= text.length()) {
            return true;
        }
        char first = text.charAt(next);
        boolean startsLikeSentence =
                Character.isUpperCase(first) || Character.isDigit(first) || "„\"»‚(–-".indexOf(first) >= 0;
        if (!startsLikeSentence) {
            return false;
        }
        if (text.charAt(punct) != '.' || end != punct + 1) {
            return true;
        }
        String before = wordBefore(text, punct);
        String after = wordAt(text, next);
        return !isNonFinalPeriod(before, after);
    }

    private boolean isNonFinalPeriod(String before, String after) {
        if (before.isEmpty()) {
            return false;
        }
        if (lexicon.isAbbreviation(before)) {
            return true;
        }
        if (before.length() == 1 && Character.isUpperCase(before.charAt(0))) {
            return true; // an initial
        }
        if (GermanCalendar.isRegnalNumber(before)) {
            return !lexicon.isSentenceStarter(after.toLowerCase(Locale.ROOT)); // „Elizabeth II. (89) und …“
        }
        if (before.chars().allMatch(Character::isDigit) && before.length() <= 2) {
            String a = after.toLowerCase(Locale.ROOT);
            return GermanCalendar.isMonth(a) || !lexicon.isSentenceStarter(a);
        }
        return false;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static String wordBefore(String text, int i) {
        int j = i;
        while (j > 0 && (Character.isLetterOrDigit(text.charAt(j - 1)) || text.charAt(j - 1) == '.')) {
            j--;
        }
        String w = text.substring(j, i);
        int dot = w.lastIndexOf('.');
        return dot >= 0 ? w.substring(dot + 1) : w;
    }

    private static String wordAt(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
            j++;
        }
        return text.substring(i, j);
    }

    private static void add(List<Span> out, String text, int begin, int end) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > begin) {
            out.add(new Span(begin, end));
        }
    }
}
