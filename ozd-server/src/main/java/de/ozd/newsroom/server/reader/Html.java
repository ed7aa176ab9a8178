package de.ozd.newsroom.server.reader;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping for the HTML the reader site builds itself (search results, topic pages, „Mehr zum Thema“). */
public final class Html {
    private Html() {}

    /** Text for an element or an attribute value ({@link de.ozd.newsroom.core.text.HtmlText}, the one escaping). */
    public static String text(String s) {
        return de.ozd.newsroom.core.text.HtmlText.escape(s);
    }

    /** A query-string or path value, percent-encoded (spaces as {@code %20}). */
    public static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * A store snippet (escaped text with {@code <mark>} around matches) made safe however it was built: the two mark
     * tags are kept, any other {@code <} or {@code >} is escaped.
     */
    public static String snippet(String s) {
        if (s == null) {
            return "";
        }
        String open = "\u0000o\u0000";
        String close = "\u0000c\u0000";
        String kept = s.replace("<mark>", open).replace("</mark>", close);
        StringBuilder b = new StringBuilder(kept.length() + 16);
        for (int i = 0; i < kept.length(); i++) {
            char c = kept.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        String out = b.toString().replace(open, "<mark>").replace(close, "</mark>");
        // an '&' not starting an entity the store wrote
        return out.replaceAll("&(?![a-zA-Z]{2,8};|#[0-9]{1,6};|#x[0-9a-fA-F]{1,6};)", "&amp;")
                .replace("\u0000", "");
    }
}
