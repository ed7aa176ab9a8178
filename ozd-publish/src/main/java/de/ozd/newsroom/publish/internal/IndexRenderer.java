package de.ozd.newsroom.publish.internal;

import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.publish.OutputFormat;
import de.ozd.newsroom.publish.Publication;
import de.ozd.newsroom.publish.Renderer;
import de.ozd.newsroom.publish.Site;
import de.ozd.newsroom.publish.internal.html.Head;
import de.ozd.newsroom.publish.internal.html.IndexPage;
import java.io.Writer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The front page of a static site: every article, newest first, with a teaser. Immutable and thread-safe. */
public final class IndexRenderer implements Renderer {
    public static final OutputFormat FORMAT =
            new OutputFormat("index", "text/html; charset=utf-8", "html", OutputFormat.Scope.COLLECTION);
    private static final int TEASER_CHARS = 260;

    private final Site site;

    public IndexRenderer(Site site) {
        this.site = site;
    }

    @Override
    public OutputFormat format() {
        return FORMAT;
    }

    @Override
    public void render(List<Publication> items, Writer out) {
        List<IndexPage.Teaser> teasers =
                newestFirst(items).stream().map(this::teaser).toList();
        Head head = new Head(
                "de",
                site.name(),
                site.name() + " – Aktuelle Artikel",
                site.name() + ": Nachrichten, Analyse und Meinung – klar getrennt.",
                site.hasBaseUrl() ? site.baseUrl().toString() : null,
                site.stylesheetHref().orElse(null),
                site.stylesheetHref().isPresent() ? null : Templates.css(),
                null,
                site.links().home(),
                site.hasBaseUrl() ? site.links().rss() : null,
                site.hasBaseUrl() ? site.links().atom() : null,
                site.links().search(),
                site.preview() ? Site.PREVIEW_NOTICE : null);
        Templates.render("index.jte", new IndexPage(head, teasers), out);
    }

    /** Newest first; equal dates by slug, so the order never depends on the input order. */
    public static List<Publication> newestFirst(List<Publication> items) {
        return items.stream()
                .sorted(Comparator.comparing((Publication p) -> p.published().toInstant())
                        .reversed()
                        .thenComparing(Publication::slug))
                .toList();
    }

    private IndexPage.Teaser teaser(Publication p) {
        var tags = p.pkg().frontMatter().tags();
        String lead = p.pkg().report().paragraphs().isEmpty()
                ? ""
                : p.pkg().report().paragraphs().get(0);
        boolean unreviewed = Arrays.stream(Section.values()).anyMatch(s -> MachineLabels.machineMade(p, s));
        return new IndexPage.Teaser(
                site.links().article(p.slug()),
                p.headline(),
                tags.isEmpty() ? null : tags.get(0),
                Dates.iso(p.published()),
                Dates.german(p.published(), site.zone()),
                Slugs.teaser(lead, TEASER_CHARS),
                unreviewed ? "Enthält maschinell erstellte, von der Redaktion nicht geprüfte Abschnitte." : null,
                p.correction()
                        .map(c -> "Korrigiert am " + Dates.german(c.when(), site.zone()))
                        .orElse(null));
    }
}
