package de.ozd.newsroom.publish.internal;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.publish.OutputFormat;
import de.ozd.newsroom.publish.Publication;
import de.ozd.newsroom.publish.Renderer;
import de.ozd.newsroom.publish.Site;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * RSS 2.0 or Atom 1.0 through Rome: one entry per article, newest first, with the full package as HTML content
 * (machine labels included), the page URL as permanent id, and the article date. A corrected article carries its
 * correction note first in content and summary, and the correction's time as Atom {@code updated}. The feed's own date is the newest
 * article's, so the same articles give the same feed. Immutable and thread-safe (Rome objects are made per call).
 */
public final class FeedRenderer implements Renderer {
    public static final OutputFormat RSS =
            new OutputFormat("rss", "application/rss+xml", "xml", OutputFormat.Scope.COLLECTION);
    public static final OutputFormat ATOM =
            new OutputFormat("atom", "application/atom+xml", "xml", OutputFormat.Scope.COLLECTION);
    private static final int TEASER_CHARS = 300;

    private final Site site;
    private final OutputFormat format;
    private final XhtmlSections xhtml;

    private FeedRenderer(Site site, OutputFormat format) {
        this.site = site;
        this.format = format;
        this.xhtml = new XhtmlSections(site.house(), site.zone());
    }

    public static FeedRenderer rss(Site site) {
        return new FeedRenderer(site, RSS);
    }

    public static FeedRenderer atom(Site site) {
        return new FeedRenderer(site, ATOM);
    }

    @Override
    public OutputFormat format() {
        return format;
    }

    @Override
    public void render(List<Publication> items, Writer out) throws IOException {
        List<Publication> sorted = IndexRenderer.newestFirst(items);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format == RSS ? "rss_2.0" : "atom_1.0");
        feed.setTitle(site.name() + " – Aktuelle Artikel");
        feed.setDescription(site.name() + ": Nachrichten, Analyse und Meinung");
        feed.setLink(site.baseUrl().toString());
        feed.setUri(site.baseUrl().toString());
        feed.setLanguage("de");
        if (format == ATOM) {
            // Atom requires a feed author; in RSS the same field would become managingEditor, which must be an
            // e-mail address, so RSS goes without.
            SyndPerson publisher = new SyndPersonImpl();
            publisher.setName(site.name());
            feed.setAuthors(List.of(publisher));
        }
        feed.setCopyright("© " + site.name());
        // the feed changed when its most recently changed entry did (a correction counts): Atom's feed-level
        // <updated> is the newest entry <updated>, never the time of rendering
        Instant newest = sorted.stream()
                .map(p -> p.modified().toInstant())
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        feed.setPublishedDate(Date.from(newest));
        feed.setEntries(sorted.stream().map(this::entry).toList());
        try {
            new SyndFeedOutput().output(feed, out, true);
        } catch (FeedException e) {
            throw new IOException("Rome could not write the " + format.name() + " feed", e);
        }
    }

    private SyndEntry entry(Publication p) {
        SyndEntry e = new SyndEntryImpl();
        e.setTitle(p.headline());
        e.setLink(p.url().toString());
        if (format == ATOM) {
            e.setUri(p.url().toString()); // atom:id; in RSS, Rome makes the link a permalink guid without it
        }
        e.setPublishedDate(Date.from(p.published().toInstant()));
        e.setUpdatedDate(Date.from(p.modified().toInstant())); // Atom's updated; RSS 2.0 has no such element
        e.setAuthor(p.author().orElse(site.name()));
        // readers render an RSS description as HTML: the plain teaser (and the correction note) is escaped for it
        e.setDescription(content(
                "html",
                HtmlInXml.text((p.corrections().isEmpty() ? "" : xhtml.correctionLeads(p) + " – ") + teaser(p))));
        e.setContents(List.of(content("html", xhtml.fragment(p, XhtmlSections.present(p)))));
        List<SyndCategory> categories = p.pkg().frontMatter().tags().stream()
                .map(t -> {
                    SyndCategory c = new SyndCategoryImpl();
                    c.setName(t);
                    return c;
                })
                .toList();
        e.setCategories(categories);
        return e;
    }

    private static String teaser(Publication p) {
        var paras = p.pkg().report().paragraphs();
        String t = Slugs.teaser(paras.isEmpty() ? p.headline() : paras.get(0), TEASER_CHARS);
        boolean machine = XhtmlSections.present(p).stream().anyMatch((Section s) -> MachineLabels.machineMade(p, s));
        return machine ? t + " [Enthält maschinell erstellte, nicht redaktionell geprüfte Abschnitte.]" : t;
    }

    private static SyndContent content(String type, String value) {
        SyndContent c = new SyndContentImpl();
        c.setType(type);
        c.setValue(value);
        return c;
    }
}
