package de.ozd.newsroom.server;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.publish.HtmlCheckerTest;
import de.ozd.newsroom.publish.Site;
import de.ozd.newsroom.server.reader.AccessLog;
import de.ozd.newsroom.store.Draft;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import de.ozd.newsroom.store.TestPackages;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader site as a server: conditional requests and the page cache (ETag → 304, a save changes the ETag, a
 * retraction answers 410 at once), gzip, the security headers on every page including 404/410/500, the reader
 * search (German word forms, drafts never, XSS inert), topic pages and their feeds, „Mehr zum Thema“, health,
 * metrics and the access log. Real server on a random port, real store.
 */
class ReaderSiteServingTest {
    private static final String BRIDGE = "mainfurt-sperrt-bruecke";

    @TempDir
    Path dir;

    private Store store;
    private ApiServer server;
    private Http http;
    private final ByteArrayOutputStream accessLines = new ByteArrayOutputStream();
    private AccessLog accessLog;

    @BeforeEach
    void start() {
        store = Store.open(StoreConfig.embedded(dir.resolve("data")));
        accessLog = AccessLog.to(accessLines);
        server = ApiServer.create(
                store,
                ServerSettings.DEFAULT,
                List.of(new ReaderSite(Site.ozd().withBaseUrl(URI.create("https://www.example.de/")))
                        .withAccessLog(accessLog)));
        http = new Http(server.start(0), null);
        store.create(BRIDGE, Draft.fromText(TestPackages.bridge()), "Anna", null);
        publish(BRIDGE);
        store.create("warnstreik", Draft.fromText(TestPackages.strike()), "Anna", null);
        publish("warnstreik");
        store.create("noch-entwurf", Draft.fromText(TestPackages.bridge2()), "Anna", null);
    }

    @AfterEach
    void stop() {
        server.close();
        accessLog.close();
        store.close();
    }

    private void publish(String slug) {
        store.transition(slug, State.IN_REVIEW, null, "Anna", null);
        store.transition(slug, State.PUBLISHED, null, "Ben", null);
    }

    private Http.Response get(String path, String... headers) {
        return http.send("GET", path, null, null, null, null, headers);
    }

    static void assertSecurityHeaders(Http.Response r, String what) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as(what + " CSP").contains("frame-ancestors 'none'").contains("default-src 'none'");
        assertThat(csp).as(what + " CSP").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).as(what).hasValue("strict-origin-when-cross-origin");
    }

    @Test
    void secondRequestWithTheEtagIsNotModifiedAndASaveChangesTheEtag() {
        Http.Response first = get("/artikel/" + BRIDGE);
        assertThat(first.status()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{24}\"");
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        // RFC 9110 IMF-fixdate: the day has two digits ("Fri, 04 Dec 2026 …")
        assertThat(lastModified).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");

        Http.Response again = get("/artikel/" + BRIDGE, "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertSecurityHeaders(again, "304");
        assertThat(get("/artikel/" + BRIDGE, "If-Modified-Since", lastModified).status())
                .isEqualTo(304);
        assertThat(get("/artikel/" + BRIDGE, "If-None-Match", "\"anders\"").status())
                .isEqualTo(200);

        int rev = store.get(BRIDGE).revision();
        store.save(
                BRIDGE,
                rev,
                Draft.fromText(TestPackages.bridge().replace("Umleitungen führen", "Umleitungen führen ab sofort")),
                "Anna",
                "ergänzt");
        // a save is pending: readers see no change until it is published as an update
        assertThat(get("/artikel/" + BRIDGE, "If-None-Match", etag).status()).isEqualTo(304);
        store.publishUpdate(BRIDGE, "Ben", null);
        Http.Response changed = get("/artikel/" + BRIDGE, "If-None-Match", etag);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body()).contains("ab sofort");
        assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);

        // feeds and the front page are conditional too
        for (String path : List.of("/", "/feed.atom", "/feed.rss", "/sitemap.xml", "/thema/Verkehr")) {
            Http.Response r = get(path);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Last-Modified")).as(path).isPresent();
            String tag = r.headers().firstValue("ETag").orElseThrow();
            assertThat(get(path, "If-None-Match", tag).status()).as(path).isEqualTo(304);
        }
    }

    @Test
    void aRetractionAnswers410AtOnceEvenWithTheOldPageCached() {
        assertThat(get("/artikel/" + BRIDGE).status()).isEqualTo(200);
        assertThat(get("/").body()).contains("/artikel/" + BRIDGE);
        store.transition(BRIDGE, State.RETRACTED, "Die Risse waren nicht belegt.", "Anna", null);
        Http.Response gone = get("/artikel/" + BRIDGE);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.body()).contains("Die Risse waren nicht belegt.");
        assertThat(get("/").body()).doesNotContain("/artikel/" + BRIDGE);
        assertThat(get("/suche?q=Brücke").body()).doesNotContain("/artikel/" + BRIDGE);
    }

    @Test
    void gzipWhereAcceptedWithItsOwnEtag() {
        Http.Response plain = get("/artikel/" + BRIDGE);
        Http.Response gz = get("/artikel/" + BRIDGE, "Accept-Encoding", "gzip, deflate");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gz.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gz.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(gz.headers().firstValue("ETag")).isNotEqualTo(plain.headers().firstValue("ETag"));
        String gzTag = gz.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/artikel/" + BRIDGE, "Accept-Encoding", "gzip", "If-None-Match", gzTag)
                        .status())
                .isEqualTo(304);
    }

    @Test
    void securityHeadersOnEveryPageIncludingErrors() {
        store.create("zurueck", Draft.fromText(TestPackages.satellite()), "Anna", null);
        publish("zurueck");
        store.transition("zurueck", State.RETRACTED, "Falsch.", "Anna", null);
        for (String path : List.of(
                "/",
                "/artikel/" + BRIDGE,
                "/artikel/zurueck",
                "/artikel/gibt-es-nicht",
                "/suche?q=Brücke",
                "/suche",
                "/thema/Verkehr",
                "/thema/Verkehr/feed.atom",
                "/thema/gibt-es-nicht",
                "/person/Helga%20Brandt",
                "/ort/Mainfurt",
                "/feed.atom",
                "/feed.rss",
                "/sitemap.xml",
                "/news-sitemap.xml",
                "/ozd.css",
                "/health",
                "/health/ready",
                "/metrics")) {
            assertSecurityHeaders(get(path), path);
        }
        assertSecurityHeaders(http.get("/gibt/es/nicht", "text/html"), "html 404");
        assertThat(get("/artikel/zurueck").status()).isEqualTo(410);
        assertThat(get("/artikel/gibt-es-nicht").status()).isEqualTo(404);
        // the article's only inline script (open explainers before printing) is allowed by its hash
        Http.Response article = get("/artikel/" + BRIDGE);
        String csp = article.headers().firstValue("Content-Security-Policy").orElseThrow();
        if (Jsoup.parse(article.body()).select("script:not([type])").isEmpty()) {
            assertThat(csp).contains("script-src 'none'");
        } else {
            assertThat(csp).containsPattern("script-src 'sha256-[A-Za-z0-9+/=]{44}'");
        }
    }

    @Test
    void aFailingStoreGivesA500PageWithTheHeaders() {
        Store other = Store.open(StoreConfig.embedded(dir.resolve("other")));
        ApiServer broken = ApiServer.create(other, ServerSettings.DEFAULT, List.of(new ReaderSite(Site.ozd())));
        try {
            Http h = new Http(broken.start(0), null);
            other.close();
            Http.Response r = h.get("/suche?q=Brücke");
            assertThat(r.status()).isEqualTo(500);
            assertThat(r.body()).contains("Interner Fehler").doesNotContain("Exception");
            assertSecurityHeaders(r, "500");
            assertThat(h.get("/health/ready").status()).isEqualTo(503);
            assertThat(h.get("/health").status()).isEqualTo(200);
        } finally {
            broken.close();
        }
    }

    @Test
    void searchFindsGermanWordFormsButNeverDrafts() throws Exception {
        Http.Response r = get("/suche?q=Br%C3%BCcken");
        assertThat(r.status()).isEqualTo(200);
        Document d = Jsoup.parse(r.body());
        assertThat(d.select(".search-hits h2 a").eachAttr("href")).containsExactly("/artikel/" + BRIDGE);
        assertThat(d.select(".search-hits mark").eachText())
                .isNotEmpty()
                .allMatch(t -> t.startsWith("Brücke") || t.startsWith("Mainbrücke") || t.startsWith("Nordbrücke"));
        assertThat(r.body()).doesNotContain("noch-entwurf").doesNotContain("Kielsund saniert");
        assertThat(d.select(".facets a").eachText()).contains("Verkehr", "Letzte 12 Monate");
        assertThat(d.selectFirst("#suche-q").attr("value")).isEqualTo("Brücken");
        assertThat(d.selectFirst(".masthead form[role=search]").attr("action")).isEqualTo("/suche");
        assertThat(HtmlCheckerTest.errors(r.body())).isEmpty();

        // only the draft mentions the Baudezernent: no hit, suggestions instead
        Http.Response none = get("/suche?q=Baudezernent");
        Document n = Jsoup.parse(none.body());
        assertThat(n.selectFirst(".search-summary").text()).isEqualTo("Keine Treffer für „Baudezernent“.");
        assertThat(n.select(".search-hits")).isEmpty();
        assertThat(n.select(".topic-links a").eachAttr("href")).isNotEmpty();
        assertThat(none.body()).doesNotContain("noch-entwurf");
        assertThat(HtmlCheckerTest.errors(none.body())).isEmpty();
        // a topic filter narrows, paging stays within the results
        Document filtered =
                Jsoup.parse(get("/suche?q=Br%C3%BCcke&thema=Verkehr&seite=1").body());
        assertThat(filtered.select(".search-hits h2 a").eachAttr("href")).containsExactly("/artikel/" + BRIDGE);
        assertThat(Jsoup.parse(get("/suche?q=Br%C3%BCcke&seite=5").body()).select(".search-hits"))
                .isEmpty();
    }

    @Test
    void hostileQueriesStayInert() throws Exception {
        String evil = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
        Http.Response r = get("/suche?q=" + java.net.URLEncoder.encode(evil, StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(200);
        Document d = Jsoup.parse(r.body());
        assertThat(d.select("img")).isEmpty();
        assertThat(d.select("script:not([type])").size())
                .isEqualTo(Jsoup.parse(get("/suche?q=x").body())
                        .select("script:not([type])")
                        .size());
        assertThat(d.selectFirst("#suche-q").attr("value")).isEqualTo(evil);
        assertThat(r.body()).doesNotContain("<script>alert").doesNotContain("<img src=x");
        assertThat(HtmlCheckerTest.errors(r.body())).isEmpty();
        assertThat(get("/suche?q=" + "a".repeat(300)).body()).contains("höchstens 200");
        assertThat(get("/suche?q=%22offen").status()).isEqualTo(200);
    }

    @Test
    void topicPersonAndPlacePagesWithFeedsAndMoreOnTheTopic() throws Exception {
        store.create("zweite-bruecke", Draft.fromText(TestPackages.bridge2()), "Anna", null);
        publish("zweite-bruecke");
        Http.Response topic = get("/thema/Verkehr");
        assertThat(topic.status()).isEqualTo(200);
        Document t = Jsoup.parse(topic.body());
        assertThat(t.selectFirst("h1").text()).isEqualTo("Thema: Verkehr");
        assertThat(t.select(".topic-hits h2 a").eachAttr("href"))
                .containsExactly("/artikel/" + BRIDGE, "/artikel/zweite-bruecke");
        assertThat(t.selectFirst("link[type=application/atom+xml]").attr("href"))
                .isEqualTo("/thema/Verkehr/feed.atom");
        assertThat(HtmlCheckerTest.errors(topic.body())).isEmpty();
        Http.Response feed = get("/thema/Verkehr/feed.atom");
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        assertThat(feed.body()).contains("/artikel/zweite-bruecke").doesNotContain("noch-entwurf");
        assertThat(Jsoup.parse(get("/person/Helga%20Brandt").body())
                        .select(".topic-hits h2 a")
                        .eachAttr("href"))
                .containsExactly("/artikel/" + BRIDGE);
        assertThat(Jsoup.parse(get("/ort/Kielsund").body())
                        .select(".topic-hits h2 a")
                        .eachAttr("href"))
                .containsExactlyInAnyOrder("/artikel/zweite-bruecke", "/artikel/warnstreik");
        assertThat(get("/thema/Streik-gibt-es-nicht").status()).isEqualTo(404);

        Document article = Jsoup.parse(get("/artikel/" + BRIDGE).body());
        var related = article.selectFirst("section.related");
        assertThat(related.selectFirst("h2").text()).isEqualTo("Mehr zum Thema");
        assertThat(related.select("ul").first().select("a").eachAttr("href")).contains("/artikel/zweite-bruecke");
        assertThat(related.select("a").eachAttr("href"))
                .contains("/thema/Verkehr", "/person/Helga%20Brandt", "/ort/Mainfurt")
                .doesNotContain("/artikel/noch-entwurf");
        assertThat(HtmlCheckerTest.errors(article.outerHtml())).isEmpty();
    }

    @Test
    void healthMetricsAndAccessLog() throws Exception {
        assertThat(get("/health").body()).contains("\"up\"");
        assertThat(get("/health/ready").body()).contains("\"database\":\"up\"");
        get("/artikel/" + BRIDGE);
        get("/artikel/" + BRIDGE);
        get("/suche?q=Br%C3%BCcke");
        Http.Response m = get("/metrics");
        assertThat(m.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(m.body())
                .containsPattern("http_server_requests_seconds_count\\{method=\"GET\",route=\"/artikel/\\{slug}\","
                        + "status=\"200\"} 2")
                .containsPattern("ozd_page_cache_requests_total\\{result=\"hit\"} [1-9]")
                .containsPattern("ozd_page_cache_requests_total\\{result=\"miss\"} [1-9]")
                .contains("ozd_store_seconds_count{op=\"search\"}")
                .contains("ozd_store_seconds_count{op=\"find\"}")
                .contains("jvm_memory_used_bytes");
        server.close();
        accessLog.close();
        String log = accessLines.toString(StandardCharsets.UTF_8);
        assertThat(log.lines().filter(l -> l.contains("GET /artikel/" + BRIDGE + " HTTP/1.1\" 200 ")))
                .hasSize(2)
                .allMatch(l -> l.matches("127\\.0\\.0\\.1 - - \\[\\d{2}/\\w{3}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000] "
                        + "\"GET /artikel/\\S+ HTTP/1\\.1\" 200 \\d+ \"-\" \"[^\"]*\" \\d+"));
        assertThat(log).contains("GET /suche HTTP/1.1").doesNotContain("Br%C3%BCcke");
    }
}
