package de.ozd.newsroom.publish.internal;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe names and short leads. */
public final class Slugs {
    private static final int MAX_SLUG = 80;
    private static final int MAX_LEAD = 110;

    private Slugs() {}

    /** {@code Kim lobt Bündnis – mit Russland!} → {@code kim-lobt-buendnis-mit-russland}. */
    public static String slugify(String text) {
        String s = text.toLowerCase(Locale.ROOT)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_SLUG) {
            s = s.substring(0, MAX_SLUG).replaceAll("-[^-]*$", "");
        }
        return s;
    }

    /** The first sentence of a text, cut at a word boundary if long: a headline of last resort. */
    public static String lead(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        int end = t.indexOf(". ");
        if (end > 0) {
            t = t.substring(0, end + 1);
        }
        if (t.length() <= MAX_LEAD) {
            return t;
        }
        int cut = t.lastIndexOf(' ', MAX_LEAD - 1);
        return t.substring(0, cut > 40 ? cut : MAX_LEAD - 1) + "…";
    }

    /** The start of a text up to about {@code max} characters, cut at a word boundary. */
    public static String teaser(String text, int max) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return t.substring(0, cut > max / 2 ? cut : max - 1) + " …";
    }
}
