package de.ozd.newsroom.publish.internal;

import de.ozd.newsroom.core.model.Credits;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.publish.Correction;
import de.ozd.newsroom.publish.OutputFormat;
import de.ozd.newsroom.publish.Publication;
import de.ozd.newsroom.publish.Site;
import de.ozd.newsroom.publish.internal.html.ArticlePage;
import de.ozd.newsroom.publish.internal.html.Head;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The article page: the whole package, each section in its role, the commentary apart from the news and marked as
 * opinion, schema.org JSON-LD in the head, and a visible label on every unreviewed machine-drafted section.
 * Immutable and thread-safe.
 */
public final class HtmlRenderer extends ArticleRenderer {
    public static final OutputFormat FORMAT =
            new OutputFormat("html", "text/html; charset=utf-8", "html", OutputFormat.Scope.ARTICLE);

    private final JsonLdRenderer jsonLd;
    private final ArticlePage.Headings headings;

    public HtmlRenderer(Site site) {
        super(site, FORMAT);
        this.jsonLd = new JsonLdRenderer(site);
        var h = site.house();
        this.headings = new ArticlePage.Headings(
                h.pictureCreditWord(),
                h.commentaryHeading(),
                h.analysisHeading(),
                h.explainersHeading(),
                h.extrasHeading());
    }

    @Override
    protected void write(Publication p, Writer out) {
        Templates.render("article.jte", page(p), out);
    }

    ArticlePage page(Publication p) {
        var pkg = p.pkg();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Section s : Section.values()) {
            MachineLabels.label(p, s).ifPresent(l -> labels.put(HtmlIds.of(s), l));
        }
        Credits credits = pkg.credits().orElse(new Credits((String) null, null));
        return new ArticlePage(
                head(p),
                p.headline(),
                pkg.frontMatter().tags(),
                byline(p),
                Dates.iso(p.published()),
                Dates.german(p.published(), site.zone()),
                updated(p) ? Dates.iso(p.modified()) : null,
                updated(p) ? Dates.german(p.modified(), site.zone()) : null,
                pkg.report(),
                pkg.commentary().orElse(null),
                pkg.infobox().orElse(null),
                pkg.analysis().orElse(null),
                pkg.explainers().orElse(null),
                credits.disclaimer().orElse(null),
                credits.pictureCredit().orElse(null),
                pkg.extras().orElse(null),
                labels,
                headings,
                p.corrections().stream().map(this::correction).toList());
    }

    private static boolean updated(Publication p) {
        return p.modified().isAfter(p.published());
    }

    private ArticlePage.CorrectionNote correction(Correction c) {
        return new ArticlePage.CorrectionNote(c.note(), Dates.iso(c.when()), Dates.german(c.when(), site.zone()));
    }

    private Head head(Publication p) {
        String description = Slugs.teaser(
                p.pkg().report().paragraphs().isEmpty()
                        ? p.headline()
                        : p.pkg().report().paragraphs().get(0),
                200);
        return new Head(
                p.language(),
                site.name(),
                p.headline() + " – " + site.name(),
                description,
                site.hasBaseUrl() ? p.url().toString() : null,
                site.stylesheetHref().orElse(null),
                site.stylesheetHref().isPresent() ? null : Templates.css(),
                Json.htmlSafe(jsonLd.tree(p)),
                site.links().home(),
                site.stylesheetHref().isPresent() && site.hasBaseUrl()
                        ? site.links().rss()
                        : null,
                site.stylesheetHref().isPresent() && site.hasBaseUrl()
                        ? site.links().atom()
                        : null,
                site.links().search(),
                site.preview() ? Site.PREVIEW_NOTICE : null);
    }

    private static String byline(Publication p) {
        String author = p.author().map(a -> "Von " + a).orElse(null);
        String agency = p.agency().orElse(null);
        if (author != null && agency != null) {
            return author + " (" + agency + ")";
        }
        return author != null ? author : agency;
    }
}
