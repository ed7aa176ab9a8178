package de.ozd.newsroom.publish;

import de.ozd.newsroom.publish.internal.CleanText;
import de.ozd.newsroom.publish.internal.Templates;
import de.ozd.newsroom.publish.internal.html.Head;
import de.ozd.newsroom.publish.internal.html.NoticeView;
import java.io.StringWriter;
import java.util.List;
import java.util.Objects;

/**
 * A short page in the site's look for what a reader meets instead of an article: a retracted article (with the
 * reason), an address that leads nowhere, a server error. Texts are plain, cleaned of characters no HTML may carry
 * and escaped by the template; the page is
 * marked {@code noindex}. Immutable and thread-safe.
 */
public final class NoticePage {
    private final Site site;

    public NoticePage(Site site) {
        this.site = Objects.requireNonNull(site, "site");
    }

    /**
     * The page as HTML.
     *
     * @param rawHeading the page's heading, also its title
     * @param paragraphs the message, one plain-text paragraph each
     */
    public String render(String rawHeading, List<String> paragraphs) {
        String heading = CleanText.clean(rawHeading);
        List<String> text = paragraphs.stream().map(CleanText::clean).toList();
        Head head = new Head(
                "de",
                site.name(),
                heading + " – " + site.name(),
                heading,
                null,
                site.stylesheetHref().orElse(null),
                site.stylesheetHref().isPresent() ? null : Templates.css(),
                null,
                site.links().home(),
                site.links().rss(),
                site.links().atom(),
                site.links().search());
        StringWriter out = new StringWriter();
        Templates.render("notice.jte", new NoticeView(head, heading, text), out);
        return out.toString();
    }
}
