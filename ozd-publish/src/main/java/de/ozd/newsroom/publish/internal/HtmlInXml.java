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

    /** {@code plain} as HTML text, by the project's one HTML escaping ({@link de.ozd.newsroom.core.text.HtmlText}). */
    public static String text(String plain) {
        return de.ozd.newsroom.core.text.HtmlText.escape(plain);
    }
}
