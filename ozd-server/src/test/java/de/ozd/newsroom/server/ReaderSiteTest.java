package de.ozd.newsroom.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import de.ozd.newsroom.publish.HtmlCheckerTest;
import de.ozd.newsroom.publish.Site;
import de.ozd.newsroom.store.Draft;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import de.ozd.newsroom.store.TestPackages;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader site over HTTP on a random port, with the API beside it: what readers see of each workflow state,
 * checked with the W3C Nu checker, jsoup and Rome's feed parser.
 */
class ReaderSiteTest {
    /** Hostile text for the correction note and the retraction reason. */
    static final String EVIL = "<script>alert(\"x&y\")</script> ]]> </title><!-- & Ende";

    static final String NOTE = "In einer früheren Fassung stand „Montag“; richtig ist Dienstag.";

    @TempDir
    Path dir;

    private Store store;
    private ApiServer server;
    private Http http;

    @BeforeEach
    void start() {
        store = Store.open(StoreConfig.embedded(dir.resolve("data")));
        server = ApiServer.create(
                store,
                ServerSettings.DEFAULT,
                List.of(new ReaderSite(Site.ozd().withBaseUrl(URI.create("https://www.example.de/")))));
        http = new Http(
                server.start(0),
                store.tokens()
                        .create(
                                "leser-test",
                                de.ozd.newsroom.store.Role.REDAKTEUR)); // the JSON API needs one; pages do not
        create(TestPackages.bridge(), "mainfurt-sperrt-bruecke");
        publish("mainfurt-sperrt-bruecke");
        create(TestPackages.strike(), "warnstreik");
        publish("warnstreik");
        store.transition("warnstreik", State.CORRECTED, NOTE, "Anna", null);
        create(TestPackages.satellite(), "satellit");
        publish("satellit");
        store.transition(
                "satellit", State.RETRACTED, "Die Startverschiebung war nicht bestätigt " + EVIL, "Anna", null);
        create(TestPackages.bridge2(), "noch-entwurf");
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private void create(String text, String slug) {
        store.create(slug, Draft.fromText(text), "Anna", "erste Fassung");
    }

    private void publish(String slug) {
        store.transition(slug, State.IN_REVIEW, null, "Anna", null);
        store.transition(slug, State.PUBLISHED, null, "Ben", null);
    }

    /** The Content-Type without spaces, lower case (Jetty writes {@code text/html;charset=utf-8}). */
    private static String contentType(Http.Response r) {
        return r.headers()
                .firstValue("Content-Type")
                .orElse("")
                .replace(" ", "")
                .toLowerCase(Locale.ROOT);
    }

    private static void assertHtml(Http.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(contentType(r)).isEqualTo("text/html;charset=utf-8");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.body())
                .startsWith("<!DOCTYPE html>")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void indexListsExactlyThePublicArticlesAndPassesTheHtmlChecker() throws Exception {
        Http.Response r = http.get("/", "text/html");
        assertHtml(r, 200);
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        Document d = Jsoup.parse(r.body());
        assertThat(d.select(".teaser h2 a").eachAttr("href"))
                .containsExactlyInAnyOrder("/artikel/mainfurt-sperrt-bruecke", "/artikel/warnstreik");
        assertThat(d.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/ozd.css");
        assertThat(d.select(".correction-flag").eachText())
                .singleElement()
                .asString()
                .startsWith("Korrigiert am");
        assertThat(HtmlCheckerTest.errors(r.body())).isEmpty();
    }

    @Test
    void publishedPageIsTheRenderedArticleAndPassesTheHtmlChecker() throws Exception {
        Http.Response r = http.get("/artikel/mainfurt-sperrt-bruecke");
        assertHtml(r, 200);
        Document d = Jsoup.parse(r.body());
        assertThat(d.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(d.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://www.example.de/artikel/mainfurt-sperrt-bruecke");
        assertThat(d.select("#bericht p")).isNotEmpty();
        assertThat(d.select("#korrektur")).isEmpty();
        assertThat(d.selectFirst("link[type=application/atom+xml]").attr("href"))
                .isEqualTo("/feed.atom");
        assertThat(HtmlCheckerTest.errors(r.body())).isEmpty();
    }

    @Test
    void correctedPageShowsTheNoteAtTheTop() throws Exception {
        Http.Response r = http.get("/artikel/warnstreik");
        assertHtml(r, 200);
        Document d = Jsoup.parse(r.body());
        var box = d.selectFirst("article.story > header + aside#korrektur");
        assertThat(box).isNotNull();
        assertThat(box.selectFirst("h2").text()).isEqualTo("Korrektur");
        assertThat(box.selectFirst(".correction-note").text()).isEqualTo(NOTE);
        assertThat(box.selectFirst("time").attr("datetime")).isNotBlank();
        assertThat(d.selectFirst("script[type=application/ld+json]").data()).contains("\"CorrectionComment\"");
        assertThat(HtmlCheckerTest.errors(r.body())).isEmpty();
    }

    @Test
    void retractedPageAnswers410WithTheReasonEscaped() throws Exception {
        Http.Response r = http.get("/artikel/satellit");
        assertHtml(r, 410);
        Document d = Jsoup.parse(r.body());
        assertThat(d.selectFirst("h1").text()).isEqualTo("Artikel zurückgezogen");
        assertThat(d.select("main p").eachText())
                .anyMatch(t -> t.startsWith(
                        "Begründung: Die Startverschiebung " + "war nicht bestätigt <script>alert(\"x&y\")</script>"));
        assertThat(d.select("script")).isEmpty();
        assertThat(HtmlCheckerTest.errors(r.body())).isEmpty();
    }

    @Test
    void unknownDraftAndMalformedSlugsAreGerman404Pages() throws Exception {
        for (String path : List.of(
                "/artikel/gibt-es-nicht",
                "/artikel/noch-entwurf",
                "/artikel/%3Cscript%3E",
                "/artikel/" + "a".repeat(300))) {
            Http.Response r = http.get(path);
            assertHtml(r, 404);
            assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(Jsoup.parse(r.body()).selectFirst("h1").text()).isEqualTo("Seite nicht gefunden");
            assertThat(HtmlCheckerTest.errors(r.body())).as(path).isEmpty();
        }
        assertThat(http.get("/artikel/noch-entwurf").body()).doesNotContain("Mainfurt");
    }

    @Test
    void browsersGetAnHtml404ElsewhereWhileTheApiKeepsJsonErrors() {
        Http.Response page = http.get("/gibt/es/nicht", "text/html,application/xhtml+xml");
        assertHtml(page, 404);
        Http.Response api = http.get("/api/v1/gibt-es-nicht", "text/html");
        assertThat(api.status()).isIn(401, 404);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        Http.Response machine = http.get("/gibt/es/nicht", "application/json");
        assertThat(machine.status()).isEqualTo(404);
        assertThat(machine.json().path("code").asText()).isEqualTo("no_route");
    }

    @Test
    void feedsParseAndCarryTheCorrectionNote() throws Exception {
        for (String path : List.of("/feed.atom", "/feed.rss")) {
            Http.Response r = http.get(path);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith(path.endsWith("atom") ? "application/atom+xml" : "application/rss+xml");
            SyndFeedInput in = new SyndFeedInput(true, Locale.ROOT);
            in.setAllowDoctypes(false);
            SyndFeed feed = in.build(new StringReader(r.body()));
            assertThat(feed.getEntries())
                    .extracting(SyndEntry::getLink)
                    .containsExactlyInAnyOrder(
                            "https://www.example.de/artikel/mainfurt-sperrt-bruecke",
                            "https://www.example.de/artikel/warnstreik");
            SyndEntry corrected = feed.getEntries().stream()
                    .filter(e -> e.getLink().endsWith("/warnstreik"))
                    .findFirst()
                    .orElseThrow();
            Document content =
                    Jsoup.parseBodyFragment(corrected.getContents().get(0).getValue());
            assertThat(content.selectFirst("aside.correction").text())
                    .as(path)
                    .startsWith("Korrektur vom")
                    .endsWith(NOTE);
            if (path.endsWith("atom")) {
                assertThat(corrected.getUpdatedDate()).isAfter(corrected.getPublishedDate());
            }
        }
    }

    @Test
    void sitemapsListThePublicArticlesAndTheStylesheetIsServed() {
        for (String path : List.of("/sitemap.xml", "/news-sitemap.xml")) {
            Http.Response r = http.get(path);
            assertThat(r.status()).isEqualTo(200);
            assertThat(contentType(r)).isEqualTo("application/xml;charset=utf-8");
            assertThat(r.body())
                    .contains("https://www.example.de/artikel/warnstreik")
                    .doesNotContain("satellit")
                    .doesNotContain("noch-entwurf");
        }
        Http.Response head = http.send("HEAD", "/ozd.css", null, null, null);
        assertThat(head.status()).isEqualTo(200);
        assertThat(contentType(head)).isEqualTo("text/css;charset=utf-8");
        assertThat(head.body()).isEmpty();
        Http.Response css = http.get("/ozd.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(contentType(css)).isEqualTo("text/css;charset=utf-8");
        assertThat(css.body()).contains(".correction");
    }

    @Test
    void publicJsonApiAgreesWithThePage() {
        JsonNode j = http.get("/api/v1/public/packages/warnstreik").json();
        assertThat(j.path("correctionNote").asText()).isEqualTo(NOTE);
    }
}
