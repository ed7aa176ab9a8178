package de.ozd.newsroom.publish.internal.html;

/**
 * What every page's {@code <head>} and masthead need. {@code stylesheetHref} or {@code inlineCss} is set, not both;
 * {@code jsonLd} is already safe inside a script element (or {@code null}); {@code searchHref} puts a search box in
 * the masthead (or {@code null}); {@code preview} is the notice of a preview page, or {@code null}.
 */
public record Head(
        String lang,
        String siteName,
        String title,
        String description,
        String canonical,
        String stylesheetHref,
        String inlineCss,
        String jsonLd,
        String homeHref,
        String rssHref,
        String atomHref,
        String searchHref,
        String preview) {
    /** A page that is not a preview. */
    public Head(
            String lang,
            String siteName,
            String title,
            String description,
            String canonical,
            String stylesheetHref,
            String inlineCss,
            String jsonLd,
            String homeHref,
            String rssHref,
            String atomHref,
            String searchHref) {
        this(
                lang,
                siteName,
                title,
                description,
                canonical,
                stylesheetHref,
                inlineCss,
                jsonLd,
                homeHref,
                rssHref,
                atomHref,
                searchHref,
                null);
    }
}
