package de.ozd.newsroom.server;

import de.ozd.newsroom.core.text.Slugs;
import de.ozd.newsroom.publish.Correction;
import de.ozd.newsroom.publish.FramedPage;
import de.ozd.newsroom.publish.NoticePage;
import de.ozd.newsroom.publish.Publication;
import de.ozd.newsroom.publish.PublishException;
import de.ozd.newsroom.publish.Renderers;
import de.ozd.newsroom.publish.Site;
import de.ozd.newsroom.publish.StaticSite;
import de.ozd.newsroom.server.reader.AccessLog;
import de.ozd.newsroom.server.reader.CachedPageHandler;
import de.ozd.newsroom.server.reader.Html;
import de.ozd.newsroom.server.reader.Listings;
import de.ozd.newsroom.server.reader.PageCache;
import de.ozd.newsroom.server.reader.PageResponses;
import de.ozd.newsroom.server.reader.ReaderMetrics;
import de.ozd.newsroom.server.reader.RenderedPage;
import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.RevisionInfo;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreException;
import de.ozd.newsroom.store.search.SearchHit;
import de.ozd.newsroom.store.search.SearchQuery;
import de.ozd.newsroom.store.search.SearchResult;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site readers see, served from the store: the front page, article pages (with „Mehr zum Thema“), the reader
 * search, topic pages for tags, people and places (each with its own Atom feed), feeds, sitemaps and the
 * stylesheet, rendered by the same renderers and templates as {@code ozd site}, so both have one look. Only
 * published and corrected packages are shown; a corrected article carries its correction note, a retracted one
 * answers 410 with the reason, anything else 404 – as German HTML pages, never JSON, never a stack trace.
 *
 * <p>Every page comes from a bounded {@link PageCache} (emptied on every change of the store, on other instances
 * within {@link #DEFAULT_CHECK_MILLIS} ms), with a strong ETag, Last-Modified, 304 answers to conditional requests,
 * gzip where the client accepts it, and the security headers (a Content-Security-Policy without
 * {@code unsafe-inline}, nosniff, Referrer-Policy, {@code frame-ancestors 'none'}) on every page, errors included.
 * Beside the pages: {@code /health} (liveness), {@code /health/ready} (the database answers), {@code /metrics}
 * (Prometheus) and an access log in the Combined Log Format for every request (see docs/operations.md).
 *
 * <p>Routes: {@code GET /}, {@code /artikel/{slug}} (301 from an old slug of a renamed article), {@code /suche?q=}, {@code /thema/{tag}},
 * {@code /person/{name}}, {@code /ort/{name}} (each also {@code …/feed.atom}), {@code /feed.atom}, {@code /feed.rss},
 * {@code /sitemap.xml}, {@code /news-sitemap.xml}, {@code /ozd.css}, {@code /favicon.ico} (empty). Thread-safe.
 */
public final class ReaderSite implements ApiServer.Module {
    /** How many articles of each public state the front page and the feeds consider. */
    public static final int LIST_LIMIT = 50;
    /** How many articles of each public state the sitemaps consider. */
    public static final int SITEMAP_LIMIT = 5000;
    /** Search results per page. */
    public static final int SEARCH_PAGE = 10;
    /** The deepest search page offset (deep paging is a job for a narrower query). */
    public static final int SEARCH_MAX_OFFSET = 1000;
    /** The longest search query the page takes. */
    public static final int SEARCH_MAX_CHARS = 200;
    /** How many articles a topic page and its feed show. */
    public static final int TOPIC_LIMIT = 50;
    /** Page cache bounds and how often the store's change counter is compared (other instances' changes). */
    public static final int DEFAULT_CACHE_ENTRIES = 2000;

    public static final long DEFAULT_CACHE_BYTES = 64L * 1024 * 1024;
    public static final long DEFAULT_CHECK_MILLIS = 1000;

    static final String STYLESHEET = "/" + StaticSite.STYLESHEET;
    private static final Logger LOG = LoggerFactory.getLogger(ReaderSite.class);
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
    private static final String PAGE_CACHE = "public, max-age=60";
    private static final String HTML = "text/html; charset=utf-8";
    private static final String ATOM = "application/atom+xml; charset=utf-8";
    private static final String OWN_PAGE = "ozd.reader";
    private static final String ROUTE = "ozd.route";
    private static final String STARTED = "ozd.started";
    private static final String SENT_BYTES = "ozd.bytes";
    private static final String CSP_BASE = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final Site site;
    private final Renderers renderers;
    private final NoticePage notices;
    private final FramedPage frame;
    private final int cacheEntries;
    private final long cacheBytes;
    private final long checkMillis;
    private volatile BiConsumer<String, Exception> internalErrors =
            (what, e) -> LOG.error("internal error on {}", LogSafe.text(what), LogSafe.throwable(e));
    private volatile AccessLog accessLog;
    private volatile ReaderMetrics metrics;
    private volatile PageCache cache;

    /** The reader site of {@code site} (its name, base URL, zone and house words; links become server paths). */
    public ReaderSite(Site site) {
        this(site, DEFAULT_CACHE_ENTRIES, DEFAULT_CACHE_BYTES, DEFAULT_CHECK_MILLIS);
    }

    private ReaderSite(Site site, int cacheEntries, long cacheBytes, long checkMillis) {
        this.site = site.withLinks(Site.Links.SERVER).withStylesheet(STYLESHEET);
        this.renderers = Renderers.standard(this.site);
        this.notices = new NoticePage(this.site);
        this.frame = new FramedPage(this.site);
        this.cacheEntries = cacheEntries;
        this.cacheBytes = cacheBytes;
        this.checkMillis = checkMillis;
    }

    /** Where internal errors are reported (the reader sees only a German error page). */
    public ReaderSite onInternalError(BiConsumer<String, Exception> sink) {
        this.internalErrors = Objects.requireNonNull(sink);
        return this;
    }

    /** Writes the access log of every request (pages, API, health) there; off unless set. */
    public ReaderSite withAccessLog(AccessLog log) {
        this.accessLog = log;
        return this;
    }

    /** The same site with other page cache bounds and another interval for noticing other instances' changes. */
    public ReaderSite withCache(int entries, long bytes, long checkMillis) {
        if (entries < 1 || bytes < 1024 || checkMillis < 1) {
            throw new IllegalArgumentException("cache bounds must be positive");
        }
        ReaderSite copy = new ReaderSite(site, entries, bytes, checkMillis);
        copy.internalErrors = internalErrors;
        copy.accessLog = accessLog;
        return copy;
    }

    /** The metrics of the registered site ({@code null} before {@link #register}). */
    public ReaderMetrics metrics() {
        return metrics;
    }

    @Override
    public void register(Javalin app, Store store) {
        ReaderMetrics m = new ReaderMetrics();
        PageCache c = new PageCache(cacheEntries, cacheBytes, checkMillis, store::changeCounter, m);
        m.watch(c);
        this.metrics = m;
        this.cache = c;
        store.onChange(c::invalidateAll);
        AccessLog log = accessLog;
        if (log != null) {
            log.onDrop(m::accessLogDropped);
        }
        // kept pages are answered in front of Javalin; everything else runs through it
        var jetty = app.jettyServer().server();
        CachedPageHandler fast = new CachedPageHandler(c, m, log, ApiServer.BASE + "/");
        if (jetty.getHandler() != null) {
            fast.setHandler(jetty.getHandler()); // a handler set before (limits, statistics) stays inside
        }
        jetty.setHandler(fast);
        app.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        app.after(ctx -> finished(ctx, m, log));

        cached(app, "/", ctx -> listPage("html-index", store, LIST_LIMIT));
        app.before("/artikel/{slug}", ctx -> moved(ctx, store));
        cached(app, "/artikel/{slug}", ctx -> article(store, ctx.pathParam("slug")));
        cached(app, "/feed.atom", ctx -> listPage("atom", store, LIST_LIMIT));
        cached(app, "/feed.rss", ctx -> listPage("rss", store, LIST_LIMIT));
        cached(app, "/sitemap.xml", ctx -> listPage("sitemap", store, SITEMAP_LIMIT));
        cached(app, "/news-sitemap.xml", ctx -> listPage("newssitemap", store, LIST_LIMIT));
        cached(app, "/suche", ctx -> search(ctx, store));
        for (Topic t : Topic.values()) {
            cached(app, t.prefix + "/{name}", ctx -> topic(store, t, ctx.pathParam("name"), false));
            cached(app, t.prefix + "/{name}/feed.atom", ctx -> topic(store, t, ctx.pathParam("name"), true));
        }
        RenderedPage css = RenderedPage.of(
                200,
                "text/css; charset=utf-8",
                "public, max-age=3600",
                StaticSite.stylesheet(),
                Instant.now(),
                CSP_BASE + "; script-src 'none'");
        page(app, STYLESHEET, ctx -> send(ctx, css));
        // Browsers ask for it on every site; the site has no icon, and an empty answer beats a logged 404.
        page(app, "/favicon.ico", ctx -> {
            mark(ctx, "/favicon.ico");
            securityHeaders(ctx, CSP_BASE + "; script-src 'none'");
            ctx.header("Cache-Control", "public, max-age=86400").status(204);
        });
        page(app, "/health", ctx -> {
            mark(ctx, "/health");
            securityHeaders(ctx, CSP_BASE + "; script-src 'none'");
            ctx.header("Cache-Control", "no-store");
            ctx.contentType("application/json; charset=utf-8").result("{\"status\":\"up\"}");
        });
        page(app, "/health/ready", ctx -> ready(ctx, store, m));
        page(app, "/metrics", ctx -> {
            mark(ctx, "/metrics");
            securityHeaders(ctx, CSP_BASE + "; script-src 'none'");
            ctx.header("Cache-Control", "no-store");
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(m.scrape());
        });
        // A browser that follows a wrong link gets a page, not the API's JSON error (which runs first and stays
        // for API paths and for clients that do not ask for HTML).
        app.error(404, "html", ctx -> {
            if (ctx.attribute(OWN_PAGE) == null && !ctx.path().startsWith(ApiServer.BASE)) {
                send(ctx, notFoundPage());
            }
        });
    }

    /** GET and HEAD (Jetty sends no body for HEAD): feed readers and link checkers ask with HEAD. */
    private static void page(Javalin app, String path, Handler handler) {
        app.get(path, handler);
        app.head(path, handler);
    }

    /** A page from the cache, kept under its path and query string (what {@link CachedPageHandler} looks up). */
    private void cached(Javalin app, String path, java.util.function.Function<Context, RenderedPage> r) {
        page(app, path, ctx -> {
            mark(ctx, path);
            RenderedPage p;
            try {
                p = cache.get(cacheKey(ctx), path, () -> r.apply(ctx));
            } catch (RuntimeException e) {
                internalErrors.accept(ctx.method() + " " + ctx.path() + " → 500", e);
                p = errorPage();
            }
            send(ctx, p);
        });
    }

    private static String cacheKey(Context ctx) {
        String q = ctx.req().getQueryString();
        String path = ctx.req().getRequestURI();
        return q == null ? path : path + '?' + q;
    }

    private static void mark(Context ctx, String route) {
        ctx.attribute(OWN_PAGE, Boolean.TRUE);
        ctx.attribute(ApiServer.ERROR_MARK, "reader_page");
        ctx.attribute(ROUTE, route);
    }

    // --- sending -------------------------------------------------------------------------------------------

    static void securityHeaders(Context ctx, String csp) {
        PageResponses.securityHeaders(ctx::header, csp);
    }

    /** Sends a page: 304 when the client's copy is current, the gzip form where accepted. */
    private void send(Context ctx, RenderedPage p) {
        ctx.attribute(OWN_PAGE, Boolean.TRUE);
        ctx.attribute(ApiServer.ERROR_MARK, "reader_page");
        PageResponses.Decision d = PageResponses.answer(
                p,
                ctx.header("Accept-Encoding"),
                ctx.header("If-None-Match"),
                ctx.header("If-Modified-Since"),
                (name, value) -> {
                    if (name.equals("Content-Type")) {
                        ctx.contentType(value);
                    } else {
                        ctx.header(name, value);
                    }
                });
        ctx.status(d.status());
        ctx.attribute(SENT_BYTES, (long) d.body().length);
        if (d.status() != 304) {
            ctx.result(d.body());
        }
    }

    private void finished(Context ctx, ReaderMetrics m, AccessLog log) {
        Long started = ctx.attribute(STARTED);
        long nanos = started == null ? 0 : System.nanoTime() - started;
        String route = ctx.attribute(ROUTE);
        if (route == null) {
            try {
                route = ctx.endpointHandlerPath();
            } catch (RuntimeException e) {
                route = null;
            }
            if (route == null || route.isEmpty() || route.equals("*")) {
                route = "unmatched";
            }
        }
        int status = ctx.statusCode();
        m.request(route, ctx.method().name(), status, nanos);
        if (log != null) {
            Long sent = ctx.attribute(SENT_BYTES);
            long bytes = sent != null ? sent : lengthHeader(ctx);
            log.log(
                    ctx.ip(),
                    ctx.method().name(),
                    ctx.path(),
                    ctx.protocol(),
                    status,
                    bytes,
                    ctx.header("Referer"),
                    ctx.userAgent(),
                    nanos / 1000);
        }
    }

    private static long lengthHeader(Context ctx) {
        String len = ctx.res().getHeader("Content-Length");
        try {
            return len == null ? -1 : Long.parseLong(len);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void ready(Context ctx, Store store, ReaderMetrics m) {
        mark(ctx, "/health/ready");
        securityHeaders(ctx, CSP_BASE + "; script-src 'none'");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json; charset=utf-8");
        try {
            long counter = m.store("ready", store::changeCounter);
            ctx.result("{\"status\":\"ready\",\"database\":\"up\",\"changeCounter\":" + counter + "}");
        } catch (RuntimeException e) {
            internalErrors.accept("GET /health/ready (database)", e);
            ctx.status(503).result("{\"status\":\"not_ready\",\"database\":\"down\"}");
        }
    }

    // --- pages ---------------------------------------------------------------------------------------------

    private RenderedPage html(int status, String cacheControl, String text, Instant lastModified) {
        return RenderedPage.of(status, HTML, cacheControl, text, lastModified, cspFor(text));
    }

    /** The policy for one page: inline scripts (the article's print helper) allowed by their hash, nothing else. */
    static String cspFor(String html) {
        Set<String> hashes = new LinkedHashSet<>();
        Matcher m = INLINE_SCRIPT.matcher(html);
        while (m.find()) {
            try {
                byte[] d =
                        MessageDigest.getInstance("SHA-256").digest(m.group(1).getBytes(StandardCharsets.UTF_8));
                hashes.add("'sha256-" + Base64.getEncoder().encodeToString(d) + "'");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return CSP_BASE + "; script-src " + (hashes.isEmpty() ? "'none'" : String.join(" ", hashes));
    }

    private RenderedPage notFoundPage() {
        return html(
                404,
                "no-store",
                notices.render(
                        "Seite nicht gefunden",
                        List.of(
                                "Unter dieser Adresse gibt es keinen Artikel – vielleicht ist er noch nicht veröffentlicht oder die "
                                        + "Adresse ist falsch geschrieben.")),
                Instant.now());
    }

    private RenderedPage errorPage() {
        return html(
                500,
                "no-store",
                notices.render(
                        "Interner Fehler",
                        List.of(
                                "Diese Seite lässt sich gerade nicht anzeigen. Bitte versuchen Sie es später noch einmal.")),
                Instant.now());
    }

    private RenderedPage listPage(String format, Store store, int limit) {
        List<Publication> items = publicArticles(store, limit);
        String fmt = format.equals("html-index") ? "index" : format;
        String body = render(fmt, items);
        Instant now = Instant.now();
        return switch (format) {
            case "html-index" -> html(200, PAGE_CACHE, body, now);
            case "atom" -> RenderedPage.of(200, ATOM, PAGE_CACHE, body, now, CSP_BASE + "; script-src 'none'");
            case "rss" ->
                RenderedPage.of(
                        200,
                        "application/rss+xml; charset=utf-8",
                        PAGE_CACHE,
                        body,
                        now,
                        CSP_BASE + "; script-src 'none'");
            default ->
                RenderedPage.of(
                        200, "application/xml; charset=utf-8", PAGE_CACHE, body, now, CSP_BASE + "; script-src 'none'");
        };
    }

    /**
     * An old address of an article renamed after publication: 301 to its current address, kept by browsers and
     * proxies for an hour only (the slug could be given back to its package later). Never cached here: it is
     * looked up before the page cache is asked, and only for pages not yet kept.
     */
    private void moved(Context ctx, Store store) {
        String slug = ctx.pathParam("slug");
        if (!Slugs.isValid(slug)) {
            return;
        }
        Optional<String> to = metrics.store("redirect", () -> store.redirect(slug));
        if (to.isEmpty()) {
            return;
        }
        mark(ctx, "/artikel/{slug}");
        securityHeaders(ctx, CSP_BASE + "; script-src 'none'");
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.header("Location", site.links().article(to.get()));
        ctx.status(301);
        ctx.skipRemainingHandlers();
    }

    private RenderedPage article(Store store, String slug) {
        Optional<PackageRecord> found =
                Slugs.isValid(slug) ? metrics.store("find", () -> store.findLive(slug)) : Optional.empty();
        if (found.isEmpty() || !(found.get().state().isPublic() || found.get().state() == State.RETRACTED)) {
            return notFoundPage();
        }
        PackageRecord rec = found.get();
        if (rec.state() == State.RETRACTED) {
            return html(
                    410,
                    "public, max-age=300",
                    notices.render(
                            "Artikel zurückgezogen",
                            List.of(
                                    "Die Redaktion hat diesen Artikel zurückgezogen.",
                                    "Begründung: " + rec.retractionReason().orElse("ohne Angabe von Gründen"))),
                    rec.updatedAt());
        }
        String page = render("html", List.of(publication(store, rec)));
        String related = Listings.related(relatedItems(store, rec), topicLinks(rec));
        int main = page.lastIndexOf("</main>");
        if (main >= 0) {
            page = page.substring(0, main) + related + page.substring(main);
        }
        return html(200, PAGE_CACHE, page, rec.updatedAt());
    }

    private List<Listings.Item> relatedItems(Store store, PackageRecord rec) {
        List<SearchHit> hits;
        try {
            hits = metrics.store("related", () -> store.related(rec.slug(), 8));
        } catch (StoreException e) {
            internalErrors.accept("„Mehr zum Thema“ für " + rec.slug(), e);
            return List.of();
        }
        List<Listings.Item> out = new ArrayList<>();
        for (SearchHit h : hits) {
            if (isPublic(h.state()) && !h.slug().equals(rec.slug()) && out.size() < 5) {
                out.add(new Listings.Item(
                        site.links().article(h.slug()),
                        h.headline(),
                        java.util.Objects.toString(h.date(), null),
                        null));
            }
        }
        return out;
    }

    private static boolean isPublic(State state) {
        return state != null && state.isPublic();
    }

    private Map<String, List<Listings.Link>> topicLinks(PackageRecord rec) {
        Map<String, List<Listings.Link>> out = new LinkedHashMap<>();
        out.put("Themen", links(Topic.TAG, rec.tags()));
        out.put("Personen", links(Topic.PERSON, rec.entities().persons()));
        out.put("Orte", links(Topic.PLACE, rec.entities().places()));
        return out;
    }

    private static List<Listings.Link> links(Topic t, List<String> names) {
        return names.stream()
                .filter(n -> validName(n))
                .distinct()
                .limit(12)
                .map(n -> new Listings.Link(t.href(n), n, -1, false))
                .toList();
    }

    static boolean validName(String n) {
        return n != null
                && !n.isBlank()
                && n.length() <= 100
                && n.chars().noneMatch(c -> c < 0x20 || c == '/' || c == '\\' || c == 0x7f);
    }

    /** Tag, person and place pages: their prefix and heading. */
    enum Topic {
        TAG("/thema", "Thema"),
        PERSON("/person", "Person"),
        PLACE("/ort", "Ort");

        final String prefix;
        final String label;

        Topic(String prefix, String label) {
            this.prefix = prefix;
            this.label = label;
        }

        String href(String name) {
            return prefix + "/" + Html.url(name);
        }

        SearchQuery filter(SearchQuery q, String name) {
            return switch (this) {
                case TAG -> q.withTag(name);
                case PERSON -> q.withPerson(name);
                case PLACE -> q.withPlace(name);
            };
        }
    }

    private RenderedPage topic(Store store, Topic t, String name, boolean feed) {
        if (!validName(name)) {
            return notFoundPage();
        }
        SearchQuery q =
                t.filter(SearchQuery.of(""), name).withState(SearchQuery.PUBLIC).withPage(TOPIC_LIMIT, 0);
        SearchResult result = metrics.store("search", () -> store.search(q));
        List<Publication> pubs = new ArrayList<>();
        for (SearchHit h : result.hits()) {
            if (!isPublic(h.state())) {
                continue;
            }
            metrics.store("find", () -> store.findLive(h.slug()))
                    .filter(r -> r.state().isPublic())
                    .ifPresent(r -> {
                        try {
                            pubs.add(publication(store, r));
                        } catch (PublishException e) {
                            internalErrors.accept("Artikel „" + r.slug() + "“ auf der Themenseite", e);
                        }
                    });
        }
        if (pubs.isEmpty()) {
            return notFoundPage();
        }
        pubs.sort(newestFirst());
        Instant now = Instant.now();
        if (feed) {
            return RenderedPage.of(200, ATOM, PAGE_CACHE, render("atom", pubs), now, CSP_BASE + "; script-src 'none'");
        }
        List<Listings.Item> items = pubs.stream()
                .map(p -> new Listings.Item(
                        site.links().article(p.slug()),
                        p.headline(),
                        p.published().toLocalDate().toString(),
                        Html.text(lead(p))))
                .toList();
        String feedHref = t.href(name) + "/feed.atom";
        String body = Listings.topicBody(t.label, name, feedHref, items);
        String page = frame.render(
                t.label + ": " + name,
                "Artikel zu " + name + " bei " + site.name(),
                site.baseUrl().resolve(t.href(name).substring(1)).toString(),
                feedHref,
                false,
                "topic",
                body);
        return html(200, PAGE_CACHE, page, now);
    }

    private static String lead(Publication p) {
        List<String> paras = p.pkg().report().paragraphs();
        if (paras.isEmpty()) {
            return "";
        }
        String first = paras.get(0);
        return first.length() <= 240 ? first : first.substring(0, first.lastIndexOf(' ', 240) + 1) + "…";
    }

    private RenderedPage search(Context ctx, Store store) {
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        String thema = Optional.ofNullable(ctx.queryParam("thema"))
                .filter(ReaderSite::validName)
                .orElse(null);
        Listings.Period period = Listings.Period.byKey(
                Optional.ofNullable(ctx.queryParam("zeit")).orElse(""));
        int pageNo = 1;
        try {
            pageNo = Math.max(
                    1,
                    Integer.parseInt(
                            Optional.ofNullable(ctx.queryParam("seite")).orElse("1")));
        } catch (NumberFormatException e) {
            pageNo = 1;
        }
        int offset = (int) Math.min((long) (pageNo - 1) * SEARCH_PAGE, SEARCH_MAX_OFFSET);
        pageNo = offset / SEARCH_PAGE + 1;
        Instant now = Instant.now();
        String problem = null;
        if (q.isEmpty()) {
            problem = "Geben Sie einen Suchbegriff ein, zum Beispiel einen Ort, eine Person oder ein Thema.";
        } else if (q.length() > SEARCH_MAX_CHARS) {
            problem = "Die Suchanfrage ist " + q.length() + " Zeichen lang; bitte höchstens " + SEARCH_MAX_CHARS + ".";
        }
        SearchResult result = null;
        List<Listings.Item> items = List.of();
        List<Listings.Link> topics = List.of();
        List<Listings.Link> dates = List.of();
        List<Listings.Link> suggestions = List.of();
        String prev = null;
        String next = null;
        if (problem == null) {
            LocalDate today = LocalDate.now(site.zone());
            SearchQuery base = SearchQuery.of(q).withState(SearchQuery.PUBLIC).withTag(thema);
            SearchQuery query = (period == null
                            ? base
                            : base.withDates(today.minusDays(period.days).toString(), null))
                    .withPage(SEARCH_PAGE, offset);
            try {
                result = metrics.store("search", () -> store.search(query));
            } catch (StoreException e) {
                if (e.kind() != StoreException.Kind.BAD_ARGUMENT) {
                    throw e;
                }
                problem = "Diese Suchanfrage lässt sich nicht lesen: " + e.getMessage();
            }
            if (result != null) {
                items = result.hits().stream()
                        .filter(h -> isPublic(h.state()))
                        .map(h -> Listings.item(h, site.links().article(h.slug())))
                        .toList();
                List<Listings.Link> t = new ArrayList<>();
                if (thema != null) {
                    t.add(new Listings.Link(searchHref(q, null, period, 1), "Alle Themen", -1, false));
                }
                for (Map.Entry<String, Long> e :
                        result.facets().getOrDefault("tag", Map.of()).entrySet()) {
                    boolean current = thema != null && e.getKey().equalsIgnoreCase(thema);
                    t.add(new Listings.Link(searchHref(q, e.getKey(), period, 1), e.getKey(), e.getValue(), current));
                    if (t.size() >= 12) {
                        break;
                    }
                }
                topics = t;
                if (result.total() > 0 || period != null) {
                    List<Listings.Link> d = new ArrayList<>();
                    d.add(new Listings.Link(searchHref(q, thema, null, 1), "Jederzeit", -1, period == null));
                    // filter links without counts: a count per period would cost a search each (measured:
                    // four searches per page instead of one under load; docs/benchmarks.md)
                    for (Listings.Period p : Listings.Period.values()) {
                        d.add(new Listings.Link(searchHref(q, thema, p, 1), p.label, -1, p == period));
                    }
                    dates = d;
                }
                if (offset > 0) {
                    prev = searchHref(q, thema, period, pageNo - 1);
                }
                if (offset + SEARCH_PAGE < result.total() && offset + SEARCH_PAGE <= SEARCH_MAX_OFFSET) {
                    next = searchHref(q, thema, period, pageNo + 1);
                }
                if (result.total() == 0) {
                    suggestions = suggestions(store, q);
                }
            }
        }
        String body =
                Listings.searchBody(q, result, items, topics, dates, prev, next, offset + 1, problem, suggestions);
        String title = q.isEmpty() ? "Suche" : "Suche: " + (q.length() > 80 ? q.substring(0, 80) + "…" : q);
        String page = frame.render(title, "Artikel durchsuchen", null, null, true, "search", body);
        return html(200, "public, max-age=30", page, now);
    }

    private String searchHref(String q, String thema, Listings.Period period, int page) {
        StringBuilder b = new StringBuilder("/suche?q=").append(Html.url(q));
        if (thema != null) {
            b.append("&thema=").append(Html.url(thema));
        }
        if (period != null) {
            b.append("&zeit=").append(period.key);
        }
        if (page > 1) {
            b.append("&seite=").append(page);
        }
        return b.toString();
    }

    /** For „Keine Treffer“: each word alone, the words as prefixes, and the most frequent topics. */
    private List<Listings.Link> suggestions(Store store, String q) {
        List<Listings.Link> out = new ArrayList<>();
        String[] words = q.replaceAll("[\"*()+-]", " ").trim().split("\\s+");
        List<String> tries = new ArrayList<>();
        if (words.length > 1) {
            for (String w : words) {
                if (w.length() > 2) {
                    tries.add(w);
                }
            }
        }
        StringBuilder prefixes = new StringBuilder();
        for (String w : words) {
            if (w.length() > 2) {
                prefixes.append(w, 0, Math.max(3, w.length() - 2)).append("* ");
            }
        }
        if (prefixes.length() > 0) {
            tries.add(prefixes.toString().trim());
        }
        for (String t : tries.stream().distinct().limit(4).toList()) {
            try {
                long n = metrics.store(
                                "search",
                                () -> store.search(SearchQuery.of(t)
                                        .withState(SearchQuery.PUBLIC)
                                        .withPage(1, 0)))
                        .total();
                if (n > 0) {
                    out.add(new Listings.Link(
                            searchHref(t, null, null, 1), "Suche nach „" + t + "“ (" + n + ")", n, false));
                }
            } catch (StoreException e) {
                // a suggestion that cannot be searched is no suggestion
            }
        }
        SearchResult all = metrics.store(
                "search",
                () -> store.search(
                        SearchQuery.of("").withState(SearchQuery.PUBLIC).withPage(1, 0)));
        all.facets().getOrDefault("tag", Map.of()).keySet().stream()
                .filter(ReaderSite::validName)
                .limit(6)
                .forEach(tag -> out.add(new Listings.Link(Topic.TAG.href(tag), "Thema „" + tag + "“", -1, false)));
        return out;
    }

    private String render(String format, List<Publication> items) {
        return renderers.get(format).orElseThrow().render(items);
    }

    private static Comparator<Publication> newestFirst() {
        return Comparator.comparing((Publication p) -> p.published().toInstant())
                .reversed()
                .thenComparing(Publication::slug);
    }

    /**
     * The newest public packages (published and corrected, up to {@code limit} of each), newest first. A package
     * that cannot be rendered (a broken date in its front matter) is left out and reported.
     */
    List<Publication> publicArticles(Store store, int limit) {
        List<Publication> out = new ArrayList<>();
        for (State state : List.of(State.PUBLISHED, State.CORRECTED)) {
            for (var summary : metrics.store("list", () -> store.list(Optional.of(state), Optional.empty(), limit, 0))
                    .items()) {
                metrics.store("find", () -> store.findLive(summary.slug()))
                        .filter(r -> r.state().isPublic())
                        .ifPresent(rec -> {
                            try {
                                out.add(publication(store, rec));
                            } catch (PublishException e) {
                                internalErrors.accept("Artikel „" + rec.slug() + "“ auf der Leserseite", e);
                            }
                        });
            }
        }
        out.sort(newestFirst());
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /**
     * A stored package as a publication at its store slug, with every correction note and the time of its last
     * update (pass the package at its live revision: {@link Store#findLive}). Without a
     * {@code date:} it is dated by its first publication (never by its creation or import time).
     */
    Publication publication(Store store, PackageRecord rec) {
        Instant firstPublished = rec.publishedAt().orElseGet(() -> firstPublicRevision(store, rec));
        Publication p;
        try {
            p = Publication.of(rec.pkg(), site, rec.slug(), firstPublished);
        } catch (PublishException e) {
            // a date the renderers cannot read (stored before the store refused such dates): shown as unknown, that
            // is, dated by the first publication, instead of an error page and a log line per reader
            p = Publication.of(withoutDate(rec.pkg()), site, rec.slug(), firstPublished);
        }
        if (!p.slug().equals(rec.slug())) {
            p = p.withSlug(rec.slug(), site);
        }
        for (var c : rec.corrections()) {
            p = p.withCorrection(new Correction(c.note(), c.at().atOffset(ZoneOffset.UTC)));
        }
        if (rec.liveUpdatedAt().isPresent()) {
            p = p.withUpdate(rec.liveUpdatedAt().get().atOffset(ZoneOffset.UTC));
        }
        return p;
    }

    /** When the package first became public according to its history, or {@code null} if it never did. */
    private static Instant firstPublicRevision(Store store, PackageRecord rec) {
        for (RevisionInfo r : store.revisions(rec.slug())) {
            if (r.state().isPublic()) {
                return r.createdAt();
            }
        }
        return null;
    }

    private static de.ozd.newsroom.core.model.ArticlePackage withoutDate(
            de.ozd.newsroom.core.model.ArticlePackage pkg) {
        java.util.Map<String, String> fields =
                new java.util.LinkedHashMap<>(pkg.frontMatter().fields());
        fields.remove("date");
        return pkg.withFrontMatter(new de.ozd.newsroom.core.model.FrontMatter(fields));
    }
}
