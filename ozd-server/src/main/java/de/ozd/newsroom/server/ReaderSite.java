package de.ozd.newsroom.server;

import de.ozd.newsroom.publish.Correction;
import de.ozd.newsroom.publish.NoticePage;
import de.ozd.newsroom.publish.Publication;
import de.ozd.newsroom.publish.PublishException;
import de.ozd.newsroom.publish.Renderers;
import de.ozd.newsroom.publish.Site;
import de.ozd.newsroom.publish.StaticSite;
import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.RevisionInfo;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site readers see, served from the store: the front page, article pages, feeds, sitemaps and the stylesheet,
 * rendered by the same renderers and templates as {@code ozd site}, so both have one look. Only published and
 * corrected packages are shown; a corrected article carries its correction note, a retracted one answers 410 with
 * the reason, anything else 404 – as German HTML pages, never JSON, never a stack trace.
 *
 * <p>Routes: {@code GET /}, {@code /artikel/{slug}}, {@code /feed.atom}, {@code /feed.rss}, {@code /sitemap.xml},
 * {@code /news-sitemap.xml}, {@code /ozd.css}, {@code /favicon.ico} (empty). Lists take the {@value #LIST_LIMIT}
 * most recently changed packages of each public state (the sitemap {@value #SITEMAP_LIMIT}) and show them newest
 * first by article date. Immutable apart from the error sink; thread-safe.
 */
public final class ReaderSite implements ApiServer.Module {
    /** How many articles of each public state the front page and the feeds consider. */
    public static final int LIST_LIMIT = 50;
    /** How many articles of each public state the sitemaps consider. */
    public static final int SITEMAP_LIMIT = 5000;

    static final String STYLESHEET = "/" + StaticSite.STYLESHEET;
    private static final Logger LOG = LoggerFactory.getLogger(ReaderSite.class);
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?");
    private static final String PAGE_CACHE = "public, max-age=60";
    private static final String HTML = "text/html; charset=utf-8";
    private static final String OWN_PAGE = "ozd.reader";

    private final Site site;
    private final Renderers renderers;
    private final NoticePage notices;
    private volatile BiConsumer<String, Exception> internalErrors =
            (what, e) -> LOG.error("internal error on {}", LogSafe.text(what), LogSafe.throwable(e));

    /** The reader site of {@code site} (its name, base URL, zone and house words; links become server paths). */
    public ReaderSite(Site site) {
        this.site = site.withLinks(Site.Links.SERVER).withStylesheet(STYLESHEET);
        this.renderers = Renderers.standard(this.site);
        this.notices = new NoticePage(this.site);
    }

    /** Where internal errors are reported (the reader sees only a German error page). */
    public ReaderSite onInternalError(BiConsumer<String, Exception> sink) {
        this.internalErrors = Objects.requireNonNull(sink);
        return this;
    }

    @Override
    public void register(Javalin app, Store store) {
        page(
                app,
                "/",
                ctx -> guarded(
                        ctx, () -> send(ctx, HTML, PAGE_CACHE, render("index", publicArticles(store, LIST_LIMIT)))));
        page(app, "/artikel/{slug}", ctx -> guarded(ctx, () -> article(ctx, store, ctx.pathParam("slug"))));
        page(
                app,
                "/feed.atom",
                ctx -> guarded(
                        ctx,
                        () -> send(
                                ctx,
                                "application/atom+xml; charset=utf-8",
                                PAGE_CACHE,
                                render("atom", publicArticles(store, LIST_LIMIT)))));
        page(
                app,
                "/feed.rss",
                ctx -> guarded(
                        ctx,
                        () -> send(
                                ctx,
                                "application/rss+xml; charset=utf-8",
                                PAGE_CACHE,
                                render("rss", publicArticles(store, LIST_LIMIT)))));
        page(
                app,
                "/sitemap.xml",
                ctx -> guarded(
                        ctx,
                        () -> send(
                                ctx,
                                "application/xml; charset=utf-8",
                                PAGE_CACHE,
                                render("sitemap", publicArticles(store, SITEMAP_LIMIT)))));
        page(
                app,
                "/news-sitemap.xml",
                ctx -> guarded(
                        ctx,
                        () -> send(
                                ctx,
                                "application/xml; charset=utf-8",
                                PAGE_CACHE,
                                render("newssitemap", publicArticles(store, LIST_LIMIT)))));
        page(
                app,
                STYLESHEET,
                ctx -> send(ctx, "text/css; charset=utf-8", "public, max-age=3600", StaticSite.stylesheet()));
        // Browsers ask for it on every site; the site has no icon, and an empty answer beats a logged 404.
        page(app, "/favicon.ico", ctx -> {
            ctx.attribute(OWN_PAGE, Boolean.TRUE);
            ctx.attribute(ApiServer.ERROR_MARK, "reader_page");
            ctx.header("Cache-Control", "public, max-age=86400").status(204);
        });
        // A browser that follows a wrong link gets a page, not the API's JSON error (which runs first and stays
        // for API paths and for clients that do not ask for HTML).
        app.error(404, "html", ctx -> {
            if (ctx.attribute(OWN_PAGE) == null && !ctx.path().startsWith(ApiServer.BASE)) {
                notFound(ctx);
            }
        });
    }

    /** GET and HEAD (Jetty sends no body for HEAD): feed readers and link checkers ask with HEAD. */
    private static void page(Javalin app, String path, Handler handler) {
        app.get(path, handler);
        app.head(path, handler);
    }

    private void article(Context ctx, Store store, String slug) {
        Optional<PackageRecord> found = SLUG.matcher(slug).matches() ? store.find(slug) : Optional.empty();
        if (found.isEmpty() || !(found.get().state().isPublic() || found.get().state() == State.RETRACTED)) {
            notFound(ctx);
            return;
        }
        PackageRecord rec = found.get();
        if (rec.state() == State.RETRACTED) {
            ctx.status(410);
            send(
                    ctx,
                    HTML,
                    "public, max-age=300",
                    notices.render(
                            "Artikel zurückgezogen",
                            List.of(
                                    "Die Redaktion hat diesen Artikel zurückgezogen.",
                                    "Begründung: " + rec.retractionReason().orElse("ohne Angabe von Gründen"))));
            return;
        }
        send(ctx, HTML, PAGE_CACHE, render("html", List.of(publication(store, rec))));
    }

    private void notFound(Context ctx) {
        ctx.status(404);
        send(
                ctx,
                HTML,
                "no-store",
                notices.render(
                        "Seite nicht gefunden",
                        List.of(
                                "Unter dieser Adresse gibt es keinen Artikel – vielleicht ist er noch nicht veröffentlicht oder die "
                                        + "Adresse ist falsch geschrieben.")));
    }

    /** Runs a page handler; an unexpected failure becomes a German 500 page and a report, never a stack trace. */
    private void guarded(Context ctx, Runnable page) {
        try {
            page.run();
        } catch (RuntimeException e) {
            internalErrors.accept(ctx.method() + " " + ctx.path() + " → 500", e);
            ctx.status(500);
            send(
                    ctx,
                    HTML,
                    "no-store",
                    notices.render(
                            "Interner Fehler",
                            List.of(
                                    "Diese Seite lässt sich gerade nicht anzeigen. Bitte versuchen Sie es später noch einmal.")));
        }
    }

    private static void send(Context ctx, String contentType, String cache, String body) {
        ctx.attribute(OWN_PAGE, Boolean.TRUE);
        ctx.attribute(ApiServer.ERROR_MARK, "reader_page");
        ctx.header("Cache-Control", cache);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(contentType).result(body);
    }

    private String render(String format, List<Publication> items) {
        return renderers.get(format).orElseThrow().render(items);
    }

    /**
     * The newest public packages (published and corrected, up to {@code limit} of each), newest first. A package
     * that cannot be rendered (a broken date in its front matter) is left out and reported.
     */
    List<Publication> publicArticles(Store store, int limit) {
        List<Publication> out = new ArrayList<>();
        for (State state : List.of(State.PUBLISHED, State.CORRECTED)) {
            for (var summary :
                    store.list(Optional.of(state), Optional.empty(), limit, 0).items()) {
                store.find(summary.slug()).filter(r -> r.state().isPublic()).ifPresent(rec -> {
                    try {
                        out.add(publication(store, rec));
                    } catch (PublishException e) {
                        internalErrors.accept("Artikel „" + rec.slug() + "“ auf der Leserseite", e);
                    }
                });
            }
        }
        out.sort(Comparator.comparing((Publication p) -> p.published().toInstant())
                .reversed()
                .thenComparing(Publication::slug));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** A stored package as a publication at its store slug, with its correction note when corrected. */
    Publication publication(Store store, PackageRecord rec) {
        Instant fallback = instant(rec.publishedAt().orElse(rec.createdAt()));
        Publication p;
        try {
            p = Publication.of(rec.pkg(), site, rec.slug(), fallback);
        } catch (PublishException e) {
            // a date the renderers cannot read (stored before the store refused such dates): shown as unknown, that
            // is, replaced by the publication time, instead of an error page and a log line per reader
            p = Publication.of(withoutDate(rec.pkg()), site, rec.slug(), fallback);
        }
        if (!p.slug().equals(rec.slug())) {
            p = p.withSlug(rec.slug(), site);
        }
        if (rec.state() == State.CORRECTED && rec.correctionNote().isPresent()) {
            p = p.withCorrection(new Correction(rec.correctionNote().get(), correctedAt(store, rec)));
        }
        return p;
    }

    private static de.ozd.newsroom.core.model.ArticlePackage withoutDate(
            de.ozd.newsroom.core.model.ArticlePackage pkg) {
        java.util.Map<String, String> fields =
                new java.util.LinkedHashMap<>(pkg.frontMatter().fields());
        fields.remove("date");
        return pkg.withFrontMatter(new de.ozd.newsroom.core.model.FrontMatter(fields));
    }

    /** When the latest correction was made: the newest revision that moved the package to „korrigiert“. */
    private static OffsetDateTime correctedAt(Store store, PackageRecord rec) {
        List<RevisionInfo> history = store.revisions(rec.slug());
        for (int i = history.size() - 1; i >= 0; i--) {
            RevisionInfo r = history.get(i);
            if (r.state() == State.CORRECTED && r.kind().equals("transition")) {
                return instant(r.createdAt()).atOffset(ZoneOffset.UTC);
            }
        }
        return instant(rec.updatedAt()).atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(String storeTime) {
        try {
            return Instant.parse(storeTime);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("store time is not ISO-8601: " + storeTime, e);
        }
    }
}
