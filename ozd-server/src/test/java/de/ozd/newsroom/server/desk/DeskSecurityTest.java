package de.ozd.newsroom.server.desk;

import static de.ozd.newsroom.server.desk.DeskClient.cookie;
import static de.ozd.newsroom.server.desk.DeskClient.fields;
import static de.ozd.newsroom.server.desk.DeskClient.form;
import static de.ozd.newsroom.server.desk.DeskClient.setCookieHeader;
import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.publish.Site;
import de.ozd.newsroom.server.ApiServer;
import de.ozd.newsroom.server.EditorialDesk;
import de.ozd.newsroom.server.ReaderSite;
import de.ozd.newsroom.server.ServerSettings;
import de.ozd.newsroom.server.desk.DeskClient.Browser;
import de.ozd.newsroom.store.Draft;
import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import de.ozd.newsroom.store.TestPackages;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's security over real HTTP on a random port with a real store: CSRF, roles, session ids, login rate
 * limiting, cookie flags and inert XSS payloads in every page that shows stored text.
 */
class DeskSecurityTest {
    static final String XSS = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>'";
    private static final String SLUG = "mainfurt-sperrt-bruecke";

    @TempDir
    Path dir;

    private Store store;
    private ApiServer server;
    private String base;
    private DeskClient web;

    @BeforeEach
    void start() {
        store = Store.open(StoreConfig.embedded(dir.resolve("data")));
        store.accounts().create("r.reporter", Role.REPORTER, "reporter-passwort");
        store.accounts().create("k.redakteur", Role.REDAKTEUR, "redakteur-passwort");
        store.accounts().create("admin", Role.ADMIN, "admin-passwort");
        EditorialDesk desk = EditorialDesk.ozd();
        DeskSettings settings =
                new DeskSettings(Duration.ofMinutes(30), Duration.ofHours(12), 3, Duration.ofMinutes(15), 25, 100_000);
        DeskPages pages = new DeskPages(desk, Site.ozd(), settings);
        server = ApiServer.create(store, ServerSettings.DEFAULT, List.of(new ReaderSite(Site.ozd()), pages), desk);
        base = "http://127.0.0.1:" + server.start(0);
        web = new DeskClient(base);
        store.create(null, Draft.fromText(TestPackages.bridge()), "r.reporter", "erste Fassung");
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    @Test
    void anonymousVisitorsAreSentToLoginAndCannotChangeAnything() throws Exception {
        HttpResponse<String> root = web.get(null, "/redaktion");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).contains("/redaktion/login");
        assertThat(web.get(null, "/redaktion/pakete").headers().firstValue("Location"))
                .contains("/redaktion/login");
        HttpResponse<String> save = web.post(null, "/redaktion/pakete/" + SLUG, fields("text", "kaputt", "basis", "1"));
        assertThat(save.statusCode()).isEqualTo(403);
        assertThat(save.body()).contains("Bitte melden Sie sich an");
        assertThat(store.get(SLUG).revision()).isEqualTo(1);
        HttpResponse<String> neu = web.post(null, "/redaktion/neu", fields("meldung", "Eine Meldung."));
        assertThat(neu.statusCode()).isEqualTo(403);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void missingOrWrongCsrfTokenIsRefusedAndNothingStored() throws Exception {
        Browser b = web.login("r.reporter", "reporter-passwort");
        String text = store.get(SLUG).text().replace("kühlen Kopf", "ruhigen Kopf");
        HttpResponse<String> none = web.post(b, "/redaktion/pakete/" + SLUG, fields("text", text, "basis", "1"));
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(none.body()).contains("CSRF");
        HttpResponse<String> wrong =
                web.post(b, "/redaktion/pakete/" + SLUG, fields("_csrf", "A".repeat(43), "text", text, "basis", "1"));
        assertThat(wrong.statusCode()).isEqualTo(403);
        HttpResponse<String> fetch = web.send(HttpRequest.newBuilder(URI.create(base + "/redaktion/pakete/" + SLUG))
                .header("Cookie", DeskPages.COOKIE + "=" + b.cookie())
                .header("X-CSRF-Token", "falsch")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields("text", text, "basis", "1")))));
        assertThat(fetch.statusCode()).isEqualTo(403);
        assertThat(store.get(SLUG).revision()).isEqualTo(1);
        assertThat(store.accounts().auditLog(50, 0).items())
                .noneMatch(e -> e.action().equals("save"));

        HttpResponse<String> ok =
                web.post(b, "/redaktion/pakete/" + SLUG, fields("_csrf", b.csrf(), "text", text, "basis", "1"));
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(store.get(SLUG).revision()).isEqualTo(2);
        assertThat(store.get(SLUG).text()).contains("ruhigen Kopf");
        assertThat(store.revisions(SLUG).get(1).author()).isEqualTo("r.reporter");

        // The check endpoint (fetch) needs the header too.
        HttpResponse<String> check = web.send(HttpRequest.newBuilder(URI.create(base + "/redaktion/pruefen"))
                .header("Cookie", DeskPages.COOKIE + "=" + b.cookie())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}")));
        assertThat(check.statusCode()).isEqualTo(403);
        HttpResponse<String> checked = web.send(HttpRequest.newBuilder(URI.create(base + "/redaktion/pruefen"))
                .header("Cookie", DeskPages.COOKIE + "=" + b.cookie())
                .header("X-CSRF-Token", b.csrf())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Nur ein Satz ohne Kürzel.\"}")));
        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(checked.body()).contains("OZD002");
    }

    @Test
    void staleSaveShowsBothVersionsAndLosesNeither() throws Exception {
        Browser b = web.login("r.reporter", "reporter-passwort");
        String mine = store.get(SLUG).text().replace("kühlen Kopf", "MEINE FASSUNG");
        store.save(
                SLUG,
                1,
                Draft.fromText(store.get(SLUG).text().replace("kühlen Kopf", "IHRE FASSUNG")),
                "k.redakteur",
                null);
        HttpResponse<String> r =
                web.post(b, "/redaktion/pakete/" + SLUG, fields("_csrf", b.csrf(), "text", mine, "basis", "1"));
        assertThat(r.statusCode()).isEqualTo(409);
        Document d = Jsoup.parse(r.body());
        assertThat(d.selectFirst("#mine").val()).contains("MEINE FASSUNG");
        assertThat(d.selectFirst("#theirs").val()).contains("IHRE FASSUNG");
        assertThat(d.selectFirst("form input[name=basis]").val()).isEqualTo("2");
        assertThat(store.get(SLUG).revision()).isEqualTo(2);
    }

    @Test
    void reporterCannotPublishByPageOrApiButRedakteurCanAfterTheGate() throws Exception {
        store.transition(SLUG, State.IN_REVIEW, null, "r.reporter", null);
        Browser reporter = web.login("r.reporter", "reporter-passwort");
        HttpResponse<String> page = web.post(
                reporter,
                "/redaktion/pakete/" + SLUG + "/status",
                fields("_csrf", reporter.csrf(), "ziel", "published", "basis", "2"));
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Als Reporter können Sie nicht");
        assertThat(web.get(reporter, "/redaktion/pakete/" + SLUG).body()).doesNotContain(">Veröffentlichen<");
        HttpResponse<String> api = web.send(
                HttpRequest.newBuilder(URI.create(base + ApiServer.BASE + "/packages/" + SLUG + "/transitions"))
                        .header("Cookie", DeskPages.COOKIE + "=" + reporter.cookie())
                        .header("X-CSRF-Token", reporter.csrf())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"published\"}")));
        assertThat(api.statusCode())
                .as("the API takes the desk session, with the Reporter's role: " + api.body())
                .isEqualTo(403);
        assertThat(store.get(SLUG).state()).isEqualTo(State.IN_REVIEW);

        // A complete package (an example) with a placeholder left in: refused, with the finding listed.
        String complete = Files.readString(Path.of("..", "examples", "hafen-streik.txt"), StandardCharsets.UTF_8);
        String slug = store.create("hafen", Draft.fromText(complete), "r.reporter", null)
                .slug();
        store.transition(slug, State.IN_REVIEW, null, "r.reporter", null);
        String lastLine = complete.strip().lines().reduce((x, y) -> y).orElseThrow();
        String withPlaceholder = complete.replace(lastLine, "[Redaktion: Zitat einholen]\n" + lastLine);
        store.save(slug, 2, Draft.fromText(withPlaceholder), "r.reporter", null);
        Browser redakteur = web.login("k.redakteur", "redakteur-passwort");
        HttpResponse<String> refused = web.post(
                redakteur,
                "/redaktion/pakete/" + slug + "/status",
                fields("_csrf", redakteur.csrf(), "ziel", "published", "basis", "3"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.body()).select("div.error li").text())
                .contains("(OZD025): Platzhalter „[Redaktion: Zitat einholen]“");
        assertThat(store.get(slug).state()).isEqualTo(State.IN_REVIEW);

        store.save(slug, 3, Draft.fromText(complete), "k.redakteur", null);
        HttpResponse<String> published = web.post(
                redakteur,
                "/redaktion/pakete/" + slug + "/status",
                fields("_csrf", redakteur.csrf(), "ziel", "published", "basis", "4"));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
        assertThat(store.get(slug).state()).isEqualTo(State.PUBLISHED);
        assertThat(store.accounts().auditLog(50, 0).items())
                .anyMatch(e -> e.actor().equals("k.redakteur")
                        && e.action().equals("transition:published")
                        && e.target().equals(slug));
    }

    @Test
    void sessionIdChangesAtLoginAndCookieFlagsAreSet() throws Exception {
        HttpResponse<String> first = web.postLogin("r.reporter", "reporter-passwort", null, null);
        String a = cookie(first, DeskPages.COOKIE);
        String header = setCookieHeader(first, DeskPages.COOKIE);
        assertThat(header).contains("HttpOnly", "SameSite=Lax", "Path=/").doesNotContain("Secure");
        HttpResponse<String> second = web.postLogin("k.redakteur", "redakteur-passwort", a, "https");
        String b = cookie(second, DeskPages.COOKIE);
        assertThat(b).isNotEqualTo(a).hasSize(43);
        assertThat(setCookieHeader(second, DeskPages.COOKIE)).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(web.get(new Browser(a, null), "/redaktion/pakete").statusCode())
                .as("the old session ended at the new login")
                .isEqualTo(302);
        assertThat(web.get(new Browser(b, null), "/redaktion/pakete").body()).contains("k.redakteur (Redakteur)");

        Browser c = web.login("r.reporter", "reporter-passwort");
        assertThat(web.post(c, "/redaktion/logout", fields("_csrf", c.csrf())).statusCode())
                .isEqualTo(303);
        assertThat(web.get(c, "/redaktion/pakete").statusCode()).isEqualTo(302);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccount() throws Exception {
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = web.postLogin("k.redakteur", "falsch-" + i, null, null);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(cookie(r, DeskPages.COOKIE)).isNull();
        }
        HttpResponse<String> locked = web.postLogin("k.redakteur", "redakteur-passwort", null, null);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("Zu viele Fehlversuche");
        assertThat(cookie(locked, DeskPages.COOKIE)).isNull();
        assertThat(web.postLogin("r.reporter", "reporter-passwort", null, null).statusCode())
                .as("another account from the same address still gets in")
                .isEqualTo(303);
        assertThat(store.accounts().auditLog(50, 0).items())
                .anyMatch(e -> e.action().equals("login_locked"));
    }

    @Test
    void loginWithoutItsFormTokenIsRefused() throws Exception {
        HttpResponse<String> r = web.send(HttpRequest.newBuilder(URI.create(base + "/redaktion/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        form(Map.of("name", "r.reporter", "passwort", "reporter-passwort")))));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(cookie(r, DeskPages.COOKIE)).isNull();
    }

    @Test
    void xssPayloadsStayInertInDeskEditingConflictAndAuditPages() throws Exception {
        String hostile = hostilePackage();
        store.create("boese", Draft.fromText(hostile), "r.reporter", "Notiz " + XSS);
        web.postLogin(XSS, "falsch-falsch", null, null); // a hostile name in the audit log
        Browser admin = web.login("admin", "admin-passwort");
        List<String> pages = new ArrayList<>();
        pages.add(web.get(admin, "/redaktion/pakete").body());
        pages.add(web.get(admin, "/redaktion/pakete?q=" + URLEncoder.encode(XSS, StandardCharsets.UTF_8))
                .body());
        pages.add(web.get(admin, "/redaktion/pakete/boese").body());
        pages.add(web.get(admin, "/redaktion/protokoll").body());
        HttpResponse<String> conflict = web.post(
                admin, "/redaktion/pakete/boese", fields("_csrf", admin.csrf(), "text", hostile + XSS, "basis", "0"));
        assertThat(conflict.statusCode()).isEqualTo(409);
        pages.add(conflict.body());
        pages.forEach(DeskSecurityTest::assertInert);
        assertThat(Jsoup.parse(pages.get(0)).text()).contains("Titel " + XSS);
        assertThat(Jsoup.parse(pages.get(3)).text()).contains(XSS);
    }

    @Test
    void restoreWithoutOrWithWrongCsrfTokenIsRefusedAndNothingStored() throws Exception {
        store.save(
                SLUG,
                1,
                Draft.fromText(store.get(SLUG).text().replace("kühlen Kopf", "ruhigen Kopf")),
                "r.reporter",
                null);
        Browser b = web.login("r.reporter", "reporter-passwort");
        String path = "/redaktion/pakete/" + SLUG + "/revisionen/1/wiederherstellen";
        HttpResponse<String> none = web.post(b, path, fields("basis", "2"));
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(none.body()).contains("CSRF");
        assertThat(web.post(b, path, fields("_csrf", "A".repeat(43), "basis", "2"))
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> otherSession = web.post(
                b,
                path,
                fields("_csrf", web.login("k.redakteur", "redakteur-passwort").csrf(), "basis", "2"));
        assertThat(otherSession.statusCode()).as("another session's token").isEqualTo(403);
        assertThat(web.post(null, path, fields("basis", "2")).statusCode()).isEqualTo(403);
        assertThat(store.get(SLUG).revision()).isEqualTo(2);
        assertThat(store.get(SLUG).text()).contains("ruhigen Kopf");
        assertThat(store.accounts().auditLog(50, 0).items())
                .noneMatch(e -> e.action().equals("restore"));

        assertThat(web.post(b, path, fields("_csrf", b.csrf(), "basis", "2")).statusCode())
                .isEqualTo(303);
        assertThat(store.get(SLUG).revision()).isEqualTo(3);
        assertThat(store.get(SLUG).text()).contains("kühlen Kopf");
    }

    @Test
    void xssPayloadsStayInertInRevisionsAndComparisonPages() throws Exception {
        String hostile = hostilePackage();
        store.create("boese", Draft.fromText(hostile), XSS, "Notiz " + XSS);
        String changed = hostile.replace("Ein Kommentar zum Thema", "Kommentar " + XSS)
                .replace("Erster Fakt zur Lage", "Fakt " + XSS)
                .replace(" im Text.", " im Text. </td></tr></table><script>alert(3)</script>");
        store.save("boese", 1, Draft.fromText(changed), XSS, "Speichernotiz " + XSS);
        store.transition("boese", State.IN_REVIEW, null, XSS, null);
        store.transition("boese", State.PUBLISHED, null, "k.redakteur", null);
        store.transition("boese", State.CORRECTED, "Korrekturhinweis " + XSS, "k.redakteur", null);
        Browser admin = web.login("admin", "admin-passwort");
        List<String> pages = new ArrayList<>();
        pages.add(web.get(admin, "/redaktion/pakete/boese/revisionen").body());
        pages.add(
                web.get(admin, "/redaktion/pakete/boese/vergleich?von=1&bis=2").body());
        pages.add(
                web.get(admin, "/redaktion/pakete/boese/vergleich?von=2&bis=5").body());
        assertThat(web.post(
                                admin,
                                "/redaktion/pakete/boese/revisionen/1/wiederherstellen",
                                fields("_csrf", admin.csrf(), "basis", "5"))
                        .statusCode())
                .isEqualTo(303);
        pages.add(web.get(
                        admin,
                        "/redaktion/pakete/boese/revisionen?wiederhergestellt="
                                + URLEncoder.encode(XSS, StandardCharsets.UTF_8))
                .body());
        pages.add(web.get(admin, "/redaktion/protokoll").body());
        for (String html : pages) {
            assertInert(html);
            assertThat(Jsoup.parse(html).select("table")).hasSizeLessThanOrEqualTo(1);
        }
        Document list = Jsoup.parse(pages.get(0));
        assertThat(list.select("table.history tbody tr")).hasSize(5);
        assertThat(list.select("table.history tbody tr").get(4).text()).contains(XSS, "Notiz " + XSS);
        assertThat(list.text()).contains("Speichernotiz " + XSS, "Korrekturhinweis " + XSS, "Titel " + XSS);
        Document diff = Jsoup.parse(pages.get(1));
        assertThat(diff.select("table.diff ins").text()).contains(XSS, "</td></tr></table><script>alert(3)</script>");
        assertThat(diff.select("table.diff tbody tr"))
                .allMatch(tr -> tr.select("td").size() == 3);
        assertThat(diff.text()).contains("Titel " + XSS);
        assertThat(Jsoup.parse(pages.get(2)).select("table.diff")).hasSize(1);
        assertThat(Jsoup.parse(pages.get(3)).selectFirst("p.notice"))
                .as("only a number is taken from the address")
                .isNull();
        assertThat(Jsoup.parse(pages.get(4)).text()).contains("restore");
    }

    @Test
    void onlyAdminsSeeTheAuditLogAndAccounts() throws Exception {
        Browser reporter = web.login("r.reporter", "reporter-passwort");
        assertThat(web.get(reporter, "/redaktion/protokoll").statusCode()).isEqualTo(403);
        assertThat(web.get(reporter, "/redaktion/konten").statusCode()).isEqualTo(403);
        assertThat(web.post(
                                reporter,
                                "/redaktion/konten",
                                fields("_csrf", reporter.csrf(), "name", "x.y", "rolle", "admin"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(store.accounts().find("x.y")).isEmpty();
        Browser admin = web.login("admin", "admin-passwort");
        HttpResponse<String> added = web.post(
                admin, "/redaktion/konten", fields("_csrf", admin.csrf(), "name", "n.neu", "rolle", "redakteur"));
        assertThat(added.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("Passwort \\(wird nur jetzt gezeigt\\): ([A-Za-z0-9]{16})")
                .matcher(added.body());
        assertThat(m.find()).isTrue();
        assertThat(store.accounts().authenticate("n.neu", m.group(1)))
                .map(a -> a.role())
                .isEqualTo(Optional.of(Role.REDAKTEUR));

        // times shown in minutes, UTC, from the store's Instant
        String created =
                store.accounts().find("n.neu").orElseThrow().createdAt().toString();
        String shown = created.substring(0, 10) + " " + created.substring(11, 16) + " UTC";
        assertThat(web.page(admin, "/redaktion/konten")
                        .select("table.accounts tr")
                        .eachText())
                .anySatisfy(row -> assertThat(row).startsWith("n.neu Redakteur " + shown));
        assertThat(web.page(admin, "/redaktion/protokoll")
                        .select("table.audit tbody tr td")
                        .first()
                        .text())
                .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC");
    }

    @Test
    void withoutRequiredTokensTheApiStillRefusesAnonymousChanges() throws Exception {
        try (ApiServer demo = ApiServer.create(store, ServerSettings.DEFAULT.withAuthRequired(false))) {
            String api = "http://127.0.0.1:" + demo.start(0) + ApiServer.BASE;
            assertThat(web.send(HttpRequest.newBuilder(URI.create(api + "/packages/" + SLUG)))
                            .statusCode())
                    .isEqualTo(200);
            HttpResponse<String> write =
                    web.send(HttpRequest.newBuilder(URI.create(api + "/packages/" + SLUG + "/transitions"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"in_review\"}")));
            assertThat(write.statusCode()).isEqualTo(401);
            HttpResponse<String> check = web.send(HttpRequest.newBuilder(URI.create(api + "/check"))
                    .header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString("Ein Satz. OZD")));
            assertThat(check.statusCode()).isEqualTo(200);
        }
        assertThat(store.get(SLUG).state()).isEqualTo(State.DRAFT);
    }

    /** A package with {@link #XSS} in its headline, a tag and the report. */
    private static String hostilePackage() {
        return TestPackages.text(
                "boese",
                "Titel " + XSS,
                "2026-11-12T09:30:00+01:00",
                "Tag " + XSS,
                "",
                "Bericht mit " + XSS + " im Text.");
    }

    /** No script but the desk's own file, no event handler, no injected image: stored text stayed text. */
    private static void assertInert(String html) {
        Document d = Jsoup.parse(html);
        for (Element s : d.select("script")) {
            assertThat(s.attr("src")).isEqualTo("/redaktion/static/desk.js");
            assertThat(s.data()).isEmpty();
        }
        assertThat(d.select("[onerror], img")).isEmpty();
        // The preview frame's document is escaped into srcdoc; parsed on its own it must be inert as well.
        for (Element f : d.select("iframe[srcdoc]")) {
            Document inner = Jsoup.parse(f.attr("srcdoc"));
            assertThat(inner.select("script[src!=''], [onerror], img[src=x]")).isEmpty();
            assertThat(inner.select("script")).allMatch(s -> s.attr("type").equals("application/ld+json"));
        }
    }
}
