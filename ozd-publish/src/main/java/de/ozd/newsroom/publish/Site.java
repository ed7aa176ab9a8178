package de.ozd.newsroom.publish;

import de.ozd.newsroom.core.HouseConfig;
import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and under which name articles are published. Immutable.
 *
 * @param name          the publisher's name, shown in the masthead and used in feeds and IPTC items
 * @param baseUrl       the absolute URL the site is served under; article pages are at {@link #articleUrl}
 * @param zone          the newsroom's time zone: dates without an offset are read in it, and pages show it
 * @param stylesheetHref where article pages link their CSS; empty means the CSS is inlined (a self-contained page)
 * @param house          the house words used as section headings ({@code OZD-Analyse}, {@code Erklärungen} …)
 * @param links          where pages link to each other: relative files for a static site, server paths for the
 *                       reader site
 * @param preview        pages rendered although their packages fail the house check ({@code ozd render --force}):
 *                       every page says it is a preview and asks search engines not to index it
 */
public record Site(
        String name,
        URI baseUrl,
        ZoneId zone,
        Optional<String> stylesheetHref,
        HouseConfig house,
        Links links,
        boolean preview) {
    /**
     * The placeholder base URL of {@link #ozd()}: not an address anyone serves. A site with it has no base URL
     * ({@link #hasBaseUrl()}): feeds, sitemaps and IPTC items refuse to render, pages leave out their canonical link.
     */
    public static final URI DEFAULT_BASE_URL = URI.create("https://ozd.example/");

    public Site {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(stylesheetHref, "stylesheetHref");
        Objects.requireNonNull(house, "house");
        Objects.requireNonNull(links, "links");
        if (!baseUrl.isAbsolute()) {
            throw new IllegalArgumentException("base URL must be absolute: " + baseUrl);
        }
        if (!baseUrl.getPath().endsWith("/")) {
            baseUrl = URI.create(baseUrl + "/");
        }
    }

    /** A site laid out as files ({@link Links#FILES}). */
    public Site(String name, URI baseUrl, ZoneId zone, Optional<String> stylesheetHref, HouseConfig house) {
        this(name, baseUrl, zone, stylesheetHref, house, Links.FILES, false);
    }

    /** A site with the given links, not a preview. */
    public Site(
            String name, URI baseUrl, ZoneId zone, Optional<String> stylesheetHref, HouseConfig house, Links links) {
        this(name, baseUrl, zone, stylesheetHref, house, links, false);
    }

    /** The notice every page of a preview shows. */
    public static final String PREVIEW_NOTICE = "Vorschau: Dieser Artikel hat Fehler in der Hausprüfung und ist "
            + "nicht zur Veröffentlichung freigegeben.";

    /** A copy whose pages say they are a preview (packages with check errors, rendered on request). */
    public Site asPreview() {
        return new Site(name, baseUrl, zone, stylesheetHref, house, links, true);
    }

    /**
     * How pages link to each other and where articles live. Article addresses are {@code articlePrefix + slug +
     * articleSuffix}, resolved against the base URL for absolute URLs; the other hrefs are used as written.
     *
     * @param home          the front page, as linked from every page
     * @param rss           the RSS feed, as linked from every page
     * @param atom          the Atom feed, as linked from every page
     * @param articlePrefix what precedes the slug in an article's address
     * @param articleSuffix what follows it
     * @param search        the reader search every masthead offers ({@code null}: no search box, as on the static site)
     */
    public record Links(
            String home, String rss, String atom, String articlePrefix, String articleSuffix, String search) {
        /** The static site: {@code index.html}, {@code feed.xml}, {@code atom.xml}, {@code <slug>.html}, all relative. */
        public static final Links FILES = new Links("index.html", "feed.xml", "atom.xml", "", ".html");
        /**
         * The reader site of {@code ozd serve}: {@code /}, {@code /feed.rss}, {@code /feed.atom},
         * {@code /artikel/<slug>}, search at {@code /suche}.
         */
        public static final Links SERVER = new Links("/", "/feed.rss", "/feed.atom", "/artikel/", "", "/suche");

        /** Links without a search box. */
        public Links(String home, String rss, String atom, String articlePrefix, String articleSuffix) {
            this(home, rss, atom, articlePrefix, articleSuffix, null);
        }

        public Links {
            Objects.requireNonNull(home, "home");
            Objects.requireNonNull(rss, "rss");
            Objects.requireNonNull(atom, "atom");
            Objects.requireNonNull(articlePrefix, "articlePrefix");
            Objects.requireNonNull(articleSuffix, "articleSuffix");
        }

        /** The href of an article page as linked from other pages. */
        public String article(String slug) {
            return articlePrefix + slug + articleSuffix;
        }
    }

    /** The OZD site at {@link #DEFAULT_BASE_URL}, Berlin time, CSS inlined. */
    public static Site ozd() {
        return new Site("OZD", DEFAULT_BASE_URL, ZoneId.of("Europe/Berlin"), Optional.empty(), HouseConfig.OZD);
    }

    public Site withBaseUrl(URI value) {
        return new Site(name, value, zone, stylesheetHref, house, links, preview);
    }

    public Site withStylesheet(String href) {
        return new Site(name, baseUrl, zone, Optional.ofNullable(href), house, links, preview);
    }

    /** Another layout of links (the reader site's server paths, say). */
    public Site withLinks(Links value) {
        return new Site(name, baseUrl, zone, stylesheetHref, house, value, preview);
    }

    /** Another house (another outlet): its heading words, and its brand as the publisher's name. */
    public Site withHouse(HouseConfig value) {
        return new Site(value.brand(), baseUrl, zone, stylesheetHref, value, links, preview);
    }

    /** Whether the site knows the real address it is served under (anything but {@link #DEFAULT_BASE_URL}). */
    public boolean hasBaseUrl() {
        return !baseUrl.equals(DEFAULT_BASE_URL);
    }

    /**
     * Refuses an output that needs real absolute addresses (feeds, sitemaps, IPTC items) on a site without a base
     * URL, rather than write links to the placeholder host.
     *
     * @throws PublishException if the site has no base URL
     */
    public void requireBaseUrl(String format) {
        if (!hasBaseUrl()) {
            throw new PublishException("„" + format + "“ braucht die Adresse, unter der die Artikel erscheinen: "
                    + "Feeds, Sitemaps und IPTC-Formate enthalten absolute Links. Geben Sie sie mit --base-url an "
                    + "(z. B. --base-url https://www.example.de/) oder als „baseUrl“ in der Hauskonfiguration.");
        }
    }

    /** The absolute URL of an article page. */
    public URI articleUrl(String slug) {
        String path = links.article(slug);
        return baseUrl.resolve(path.startsWith("/") ? path.substring(1) : path);
    }
}
