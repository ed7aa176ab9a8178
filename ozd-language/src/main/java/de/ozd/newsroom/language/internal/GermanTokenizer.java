package de.ozd.newsroom.language.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule-based tokenizer for one German sentence. Quotes („ “ » « " ‚ ‘) and other punctuation are
 * tokens of their own; words keep inner hyphens and apostrophes („Ukraine-Krieg“, „120-tägigen“);
 * so does a dash typed without spaces („Düren–Euskirchen“, „1.500–1.600“) and a superscript („km²“);
 * a trailing hyphen before „und“/„oder“/„beziehungsweise“ stays on the word („Energie- und …“); numbers keep
 * decimal commas and thousands points („1.000“, „3,5“); a period stays on an abbreviation, an
 * initial or an ordinal unless it ends the sentence. Thread-safe.
 */
public final class GermanTokenizer {

    /** A raw token: text and offsets relative to the sentence start. */
    public record Raw(String text, int begin, int end) {}

    private final GermanLexicon lexicon = GermanLexicon.get();

    /** Tokenises one sentence. */
    public List<Raw> tokenize(String s) {
        List<Raw> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(s, i);
                end = attachPeriod(s, i, end);
                out.add(new Raw(s.substring(i, end), i, end));
                i = end;
            } else {
                int end = i + Character.charCount(s.codePointAt(i));
                if (c == '.' && s.startsWith("...", i)) {
                    end = i + 3;
                }
                out.add(new Raw(s.substring(i, end), i, end));
                i = end;
            }
        }
        return out;
    }

    private static int wordEnd(String s, int i) {
        int j = i;
        int n = s.length();
        while (j < n) {
            char c = s.charAt(j);
            if (Character.isLetterOrDigit(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || j > i && Character.getType(c) == Character.OTHER_NUMBER) {
                j++; // „km²“: a superscript stays on its unit
            } else if ((c == '-' || c == '–' || c == '\'' || c == '’' || c == '/')
                    && j + 1 < n
                    && Character.isLetterOrDigit(s.charAt(j + 1))) {
                j++;
            } else if ((c == ',' || c == '.')
                    && j > i
                    && Character.isDigit(s.charAt(j - 1))
                    && j + 1 < n
                    && Character.isDigit(s.charAt(j + 1))) {
                j++;
            } else if (c == ':' && isScoreCompound(s, i, j)) {
                j++; // „4:1-Heimerfolg“, „19:16-Führung“: a score before a hyphen is part of the compound
            } else if (c == '.' && innerPeriod(s, i, j)) {
                j++; // „ver.di“, „e.on“: a name with a period inside, not two words
            } else if (c == '-'
                    && j + 1 < n
                    && Character.isWhitespace(s.charAt(j + 1))
                    && followedByConjunction(s, j + 1)) {
                j++;
                break;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * A period between two lower-case letters inside a word, followed by at least two more letters
     * and then no further letter-period pattern of a web address („ver.di“, not „derstandard.at/…“
     * nor a sentence end written without a space, which has a capital after the period).
     */
    private static boolean innerPeriod(String s, int begin, int j) {
        int n = s.length();
        if (j == begin || j + 2 >= n) {
            return false;
        }
        char before = s.charAt(j - 1);
        char after = s.charAt(j + 1);
        String head = s.substring(begin, j).toLowerCase(java.util.Locale.ROOT);
        if ((head.equals("www") || head.startsWith("www.")) && Character.isLetterOrDigit(after)) {
            return true; // „www.bilderbergmeetings.org“: a web address is one token
        }
        if (!Character.isLowerCase(before) || !Character.isLowerCase(after)) {
            return false;
        }
        int k = j + 1;
        while (k < n && Character.isLetter(s.charAt(k))) {
            k++;
        }
        String tail = s.substring(j + 1, k);
        boolean domainEnd = (k >= n || s.charAt(k) != '.' || k + 1 >= n || !Character.isLetter(s.charAt(k + 1)))
                && tail.matches("at|de|ch|com|org|net|eu|info");
        if (domainEnd) {
            return true; // „hc-strache.at“, „beispiel.de“: a web address without „www.“ is one token too
        }
        boolean shortHead = j - begin <= 4;
        boolean shortTail = k - (j + 1) >= 2 && k - (j + 1) <= 4;
        return shortHead
                && shortTail
                && (k >= n || s.charAt(k) != '.' || k + 1 >= n || !Character.isLetter(s.charAt(k + 1)));
    }

    /**
     * True if the colon at {@code j} stands between the digits of a score that a hyphenated noun follows
     * („4:1-Heimerfolg“): the word began at {@code begin} with digits only, and digits, a hyphen and a letter come
     * after the colon. A score on its own („mit 2:1“) and a time („19:30 Uhr“) stay three tokens.
     */
    private static boolean isScoreCompound(String s, int begin, int j) {
        if (j == begin || !s.substring(begin, j).chars().allMatch(Character::isDigit)) {
            return false;
        }
        int k = j + 1;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k > j + 1 && k + 1 < s.length() && s.charAt(k) == '-' && Character.isLetter(s.charAt(k + 1));
    }

    private static boolean followedByConjunction(String s, int i) {
        String rest = s.substring(i).stripLeading();
        return rest.startsWith("und ")
                || rest.startsWith("oder ")
                || rest.startsWith("bis ")
                || rest.startsWith("sowie ")
                || rest.startsWith("beziehungsweise ")
                || rest.startsWith("bzw. ")
                || rest.startsWith("noch ")
                || rest.startsWith("als auch ");
    }

    private int attachPeriod(String s, int begin, int end) {
        if (end >= s.length() || s.charAt(end) != '.') {
            return end;
        }
        boolean lastInSentence = s.substring(end + 1).isBlank()
                || s.substring(end + 1)
                        .chars()
                        .allMatch(ch -> "“”\"»«’')".indexOf(ch) >= 0 || Character.isWhitespace(ch));
        if (lastInSentence) {
            return end;
        }
        String word = s.substring(begin, end);
        boolean ordinal = word.chars().allMatch(Character::isDigit) && word.length() <= 2;
        boolean initial = word.length() == 1 && Character.isLetter(word.charAt(0));
        if (ordinal || initial || lexicon.isAbbreviation(word)) {
            return end + 1;
        }
        return end;
    }
}
