package de.ozd.newsroom.publish;

import de.ozd.newsroom.publish.internal.CleanText;
import de.ozd.newsroom.publish.internal.Templates;
import de.ozd.newsroom.publish.internal.html.FramedView;
import de.ozd.newsroom.publish.internal.html.Head;
import java.io.StringWriter;
import java.util.Objects;

/**
 * A page in the site's look – the same head, masthead (with the search box where the site has one) and footer as
 * the article pages – around a body its caller builds: the reader site's search results and topic pages. The body
 * is inserted as it is, so the caller escapes every text in it; title and description are cleaned and escaped here.
 * Immutable and thread-safe.
 */
public final class FramedPage {
    private final Site site;

    public FramedPage(Site site) {
        this.site = Objects.requireNonNull(site, "site");
    }

    /**
     * The page as HTML.
     *
     * @param rawTitle    the page title (plain text; the site's name is appended)
     * @param description the meta description (plain text)
     * @param canonical   the page's absolute address, or {@code null}
     * @param atomHref    the page's own Atom feed (else the site's)
     * @param noindex     whether search engines should leave the page out (search results)
     * @param mainClass   a class for {@code <main>} (letters, digits, hyphens)
     * @param body        the content of {@code <main>}, already escaped HTML
     */
    public String render(
            String rawTitle,
            String description,
            String canonical,
            String atomHref,
            boolean noindex,
            String mainClass,
            String body) {
        if (!mainClass.matches("[a-z0-9-]*")) {
            throw new IllegalArgumentException("class names only: " + mainClass);
        }
        Head head = new Head(
                "de",
                site.name(),
                CleanText.clean(rawTitle) + " – " + site.name(),
                CleanText.clean(description),
                canonical,
                site.stylesheetHref().orElse(null),
                site.stylesheetHref().isPresent() ? null : Templates.css(),
                null,
                site.links().home(),
                site.links().rss(),
                atomHref != null ? atomHref : site.links().atom(),
                site.links().search());
        StringWriter out = new StringWriter();
        Templates.render("page.jte", new FramedView(head, mainClass, noindex, body), out);
        return out.toString();
    }
}
