package de.ozd.newsroom.publish.internal;

import de.ozd.newsroom.publish.OutputFormat;
import de.ozd.newsroom.publish.Publication;
import de.ozd.newsroom.publish.Renderer;
import de.ozd.newsroom.publish.Site;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code sitemap.xml} (sitemaps.org 0.9) or a Google news sitemap (the same plus {@code news:news} per article).
 * The news variant lists every article it is given; pick the last two days' articles for a search engine that
 * wants only those. Immutable and thread-safe.
 */
public final class SitemapRenderer implements Renderer {
    public static final OutputFormat SITEMAP =
            new OutputFormat("sitemap", "application/xml", "xml", OutputFormat.Scope.COLLECTION);
    public static final OutputFormat NEWS_SITEMAP =
            new OutputFormat("newssitemap", "application/xml", "xml", OutputFormat.Scope.COLLECTION);
    public static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private final Site site;
    private final OutputFormat format;

    private SitemapRenderer(Site site, OutputFormat format) {
        this.site = site;
        this.format = format;
    }

    public static SitemapRenderer sitemap(Site site) {
        return new SitemapRenderer(site, SITEMAP);
    }

    public static SitemapRenderer news(Site site) {
        return new SitemapRenderer(site, NEWS_SITEMAP);
    }

    @Override
    public OutputFormat format() {
        return format;
    }

    @Override
    public void render(List<Publication> items, Writer out) throws IOException {
        boolean news = format == NEWS_SITEMAP;
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP_NS);
            if (news) {
                w.writeNamespace("news", NEWS_NS);
            } else {
                startUrl(w, site.baseUrl().toString());
                w.writeEndElement();
            }
            for (Publication p : IndexRenderer.newestFirst(items)) {
                startUrl(w, p.url().toString());
                text(w, "lastmod", Dates.iso(p.published()));
                if (news) {
                    newsElement(w, p);
                }
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("sitemap writer failed", e);
        }
        out.write('\n');
    }

    /** Opens a {@code url} element with its {@code loc}; the caller closes it. */
    private static void startUrl(XMLStreamWriter w, String loc) throws XMLStreamException {
        w.writeCharacters("\n");
        w.writeStartElement("url");
        text(w, "loc", loc);
    }

    private void newsElement(XMLStreamWriter w, Publication p) throws XMLStreamException {
        w.writeStartElement("news", "news", NEWS_NS);
        w.writeStartElement("news", "publication", NEWS_NS);
        w.writeStartElement("news", "name", NEWS_NS);
        w.writeCharacters(site.name());
        w.writeEndElement();
        w.writeStartElement("news", "language", NEWS_NS);
        w.writeCharacters(p.language());
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("news", "publication_date", NEWS_NS);
        w.writeCharacters(Dates.iso(p.published()));
        w.writeEndElement();
        w.writeStartElement("news", "title", NEWS_NS);
        w.writeCharacters(p.headline());
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
