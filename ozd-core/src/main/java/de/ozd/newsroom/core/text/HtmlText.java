package de.ozd.newsroom.core.text;

/**
 * The one escaping of plain text for HTML, used wherever the project builds HTML as a string: the feeds' HTML inside
 * XML, the reader site's own pages and the desk. {@code & < > " '} become entities, so the result is safe as element
 * text and as a double-quoted (or single-quoted) attribute value; control characters other than tab and line feed are
 * dropped (they are not allowed in HTML text nor in XML 1.0). Stateless.
 */
public final class HtmlText {
    private HtmlText() {}

    /** {@code plain} as HTML text; {@code null} gives the empty string. */
    public static String escape(String plain) {
        if (plain == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(plain.length() + 16);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 && c != 0x7f || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
