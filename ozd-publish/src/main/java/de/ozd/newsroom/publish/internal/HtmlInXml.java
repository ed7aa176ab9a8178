package de.ozd.newsroom.publish.internal;

/**
 * The one way plain text enters HTML that travels inside XML: an RSS {@code <description>} (which feed readers
 * render as HTML after XML decoding), an Atom {@code summary type="html"} and the correction note in them. The XML
 * writer escapes once for XML; this escapes once more for the HTML inside, so {@code <svg onload=…>} in a package
 * arrives at the reader as the text {@code <svg onload=…>}, never as markup. Whole sections in feeds
 * ({@code content:encoded}, Atom {@code content}) are XHTML from {@link XhtmlSections}, whose StAX writer escapes
 * every text the same way. Stateless.
 */
public final class HtmlInXml {
    private HtmlInXml() {}

    /** {@code plain} as HTML text: {@code & < > " '} escaped, everything else (already cleaned) unchanged. */
    public static String text(String plain) {
        StringBuilder b = new StringBuilder(plain.length() + 16);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
