package de.ozd.newsroom.publish.internal;

/** Short leads and teasers (slugs: {@link de.ozd.newsroom.core.text.Slugs}). */
public final class Slugs {
    private static final int MAX_LEAD = 110;

    private Slugs() {}

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
