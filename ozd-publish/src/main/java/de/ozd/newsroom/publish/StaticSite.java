package de.ozd.newsroom.publish;

import de.ozd.newsroom.publish.internal.Templates;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A static site of articles that opens from disk in a browser: {@code index.html}, one {@code <slug>.html} per
 * article, {@code feed.xml} (RSS 2.0), {@code atom.xml}, {@code sitemap.xml}, {@code news-sitemap.xml} and
 * {@code ozd.css}. All links are relative. Built in memory, so a caller can write it only once everything rendered.
 * Immutable and thread-safe.
 */
public final class StaticSite {
    public static final String STYLESHEET = "ozd.css";

    private final Renderers renderers;

    private final Site site;

    public StaticSite(Site site) {
        this.site = site;
        this.renderers = Renderers.standard(site.withStylesheet(STYLESHEET));
    }

    /**
     * The site's files by relative path, in a stable order.
     *
     * @throws PublishException if two articles share a slug (their pages would overwrite each other)
     */
    public Map<String, byte[]> build(List<Publication> items) {
        Set<String> slugs = new HashSet<>();
        for (Publication p : items) {
            if (!slugs.add(p.slug()) || reserved(p.slug())) {
                throw new PublishException("Der Kurzname „" + p.slug() + "“ ist doppelt oder reserviert: geben Sie "
                        + "einem der Artikel im Kopfbereich einen eigenen „slug:“.");
            }
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("index.html", render("index", items));
        for (Publication p : items) {
            files.put(p.slug() + ".html", render("html", List.of(p)));
        }
        if (site.hasBaseUrl()) { // feeds and sitemaps are made of absolute addresses
            files.put("feed.xml", render("rss", items));
            files.put("atom.xml", render("atom", items));
            files.put("sitemap.xml", render("sitemap", items));
            files.put("news-sitemap.xml", render("newssitemap", items));
        }
        files.put(STYLESHEET, Templates.css().getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** The site's stylesheet, the one every page of a static site and of the reader site links as {@code ozd.css}. */
    public static String stylesheet() {
        return Templates.css();
    }

    private static boolean reserved(String slug) {
        return List.of("index", "feed", "atom", "sitemap", "news-sitemap").contains(slug);
    }

    private byte[] render(String format, List<Publication> items) {
        Renderer r = renderers.get(format).orElseThrow();
        return r.render(new ArrayList<>(items)).getBytes(StandardCharsets.UTF_8);
    }
}
