package de.ozd.newsroom.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one way a package gets its web address: the store (import, API), {@code ozd site} and the reader site all
 * slugify and validate here, so one package never has two addresses.
 */
public final class Slugs {
    /** Longest slug made from a headline or file name (cut at a word boundary). */
    public static final int MAX_DERIVED = 80;
    /** Longest slug the store accepts (given explicitly). */
    public static final int MAX_LENGTH = 120;

    private static final Pattern VALID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0," + (MAX_LENGTH - 2) + "}[a-z0-9])?");

    private Slugs() {}

    /**
     * {@code Kim lobt Bündnis – mit Russland!} → {@code kim-lobt-buendnis-mit-russland}: lower case, ä → ae, ö → oe,
     * ü → ue, ß → ss, other accents and compatibility forms decomposed and dropped (ﬁ → fi, é → e), every other run
     * of characters one hyphen; longer than {@value #MAX_DERIVED} characters, cut after the last whole word.
     */
    public static String slugify(String text) {
        String s = text.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_DERIVED) {
            String head = s.substring(0, MAX_DERIVED + 1);
            int cut = head.lastIndexOf('-');
            s = (cut > 0 ? head.substring(0, cut) : s.substring(0, MAX_DERIVED)).replaceAll("-+$", "");
        }
        return s;
    }

    /** True for a slug the store accepts: a–z, 0–9 and inner hyphens, at most {@value #MAX_LENGTH} characters. */
    public static boolean isValid(String slug) {
        return VALID.matcher(slug).matches();
    }
}
