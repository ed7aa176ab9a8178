package de.ozd.newsroom.publish.internal;

import de.ozd.newsroom.publish.OutputFormat;
import de.ozd.newsroom.publish.Publication;
import de.ozd.newsroom.publish.Renderer;
import de.ozd.newsroom.publish.Site;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The common part of the renderers of {@link OutputFormat.Scope#ARTICLE} scope: the site and format they were built
 * for, the XHTML sections most of them embed, and the check that they were given exactly one article. Subclasses are
 * immutable and thread-safe.
 */
abstract class ArticleRenderer implements Renderer {
    protected final Site site;
    protected final XhtmlSections xhtml;
    private final OutputFormat format;

    ArticleRenderer(Site site, OutputFormat format) {
        this.site = site;
        this.format = format;
        this.xhtml = new XhtmlSections(site.house(), site.zone());
    }

    @Override
    public final OutputFormat format() {
        return format;
    }

    @Override
    public final void render(List<Publication> items, Writer out) throws IOException {
        if (items.size() != 1) {
            throw new IllegalArgumentException(format.name() + " renders exactly one article, got " + items.size());
        }
        write(items.get(0), out);
    }

    /** Writes the whole document of one article. */
    protected abstract void write(Publication p, Writer out) throws IOException;
}
