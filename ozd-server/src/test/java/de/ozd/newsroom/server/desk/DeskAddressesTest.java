package de.ozd.newsroom.server.desk;

import static de.ozd.newsroom.server.desk.DeskClient.fields;
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
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Addresses in the desk over real HTTP (issue 11, part 8): a slug chosen when a package is made, renaming before
 * and after publication with the reader site's 301 from the old address, and deleting a never-published draft with
 * confirmation – each state change only with the session's CSRF token, each recorded in the audit log.
 */
class DeskAddressesTest {
    private static final String SLUG = "mainfurt-sperrt-bruecke";
    private static final String REPORT = "Die Stadt Mainfurt sperrt ab Montag die Alte Mainbrücke für Lastwagen."
            + " Gutachter fanden Risse an zwei Pfeilern, teilte die Stadt am Freitag mit.";

    @TempDir
    Path dir;

    private Store store;
    private ApiServer server;
    private DeskClient web;

    @BeforeEach
    void start() {
        store = Store.open(StoreConfig.embedded(dir.resolve("data")));
        store.accounts().create("r.reporter", Role.REPORTER, "reporter-passwort");
        store.accounts().create("k.redakteur", Role.REDAKTEUR, "redakteur-passwort");
        EditorialDesk desk = EditorialDesk.ozd();
        DeskSettings settings =
                new DeskSettings(Duration.ofMinutes(30), Duration.ofHours(12), 3, Duration.ofMinutes(15), 25, 100_000);
        server = ApiServer.create(
                store,
                ServerSettings.DEFAULT,
                List.of(new ReaderSite(Site.ozd()), new DeskPages(desk, Site.ozd(), settings)),
                desk);
        web = new DeskClient("http://127.0.0.1:" + server.start(0));
        store.create(null, Draft.fromText(TestPackages.bridge()), "r.reporter", "erste Fassung");
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private List<String> audited(String action) {
        return store.accounts().auditLog(100, 0).items().stream()
                .filter(e -> e.action().equals(action))
                .map(e -> e.actor() + " " + e.target() + " " + e.detail().orElse(""))
                .toList();
    }

    @Test
    void aNewPackageTakesTheSlugTheEditorGivesElseTheDraftsProposal() throws Exception {
        Browser reporter = web.login("r.reporter", "reporter-passwort");
        Document form = web.page(reporter, "/redaktion/neu");
        assertThat(form.selectFirst("input[name=slug]")).isNotNull();
        assertThat(form.selectFirst("label[for=slug]").text()).contains("Adresse");

        HttpResponse<String> given = web.post(
                reporter,
                "/redaktion/neu",
                fields("_csrf", reporter.csrf(), "meldung", REPORT, "slug", "alte-mainbruecke-zu"));
        assertThat(given.statusCode()).as(given.body()).isEqualTo(303);
        assertThat(given.headers().firstValue("Location")).contains("/redaktion/pakete/alte-mainbruecke-zu");
        assertThat(store.sources().get("alte-mainbruecke-zu")).isPresent();

        HttpResponse<String> bad = web.post(
                reporter,
                "/redaktion/neu",
                fields("_csrf", reporter.csrf(), "meldung", REPORT, "slug", "Große Brücke"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(bad.body()).selectFirst("[role=alert]").text()).contains("kein gültiger Slug");
        assertThat(Jsoup.parse(bad.body()).selectFirst("textarea[name=meldung]").text())
                .contains("Mainbrücke");

        HttpResponse<String> proposed =
                web.post(reporter, "/redaktion/neu", fields("_csrf", reporter.csrf(), "meldung", REPORT));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(303);
        String slug = proposed.headers().firstValue("Location").orElseThrow().replaceFirst(".*/pakete/", "");
        assertThat(slug).isNotEmpty().isNotEqualTo("alte-mainbruecke-zu");
        assertThat(de.ozd.newsroom.core.text.Slugs.slugify(store.get(slug).headline()))
                .isEqualTo(slug);
    }

    @Test
    void renameBeforeAndAfterPublicationWithRedirectFromTheOldAddress() throws Exception {
        Browser reporter = web.login("r.reporter", "reporter-passwort");
        Document page = web.page(reporter, "/redaktion/pakete/" + SLUG);
        assertThat(page.selectFirst("form[action=/redaktion/pakete/" + SLUG + "/adresse]"))
                .isNotNull();

        // without the session's CSRF token nothing moves
        HttpResponse<String> forged =
                web.post(reporter, "/redaktion/pakete/" + SLUG + "/adresse", fields("slug", "gefaelscht"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(store.find(SLUG)).isPresent();
        assertThat(store.find("gefaelscht")).isEmpty();

        // a draft moves freely: no redirect is kept
        HttpResponse<String> moved = web.post(
                reporter,
                "/redaktion/pakete/" + SLUG + "/adresse",
                fields("_csrf", reporter.csrf(), "slug", "alte-bruecke-gesperrt", "basis", "1"));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(303);
        assertThat(moved.headers().firstValue("Location")).contains("/redaktion/pakete/alte-bruecke-gesperrt");
        assertThat(store.find(SLUG)).isEmpty();
        assertThat(store.redirect(SLUG)).isEmpty();
        assertThat(audited("rename")).containsExactly("r.reporter alte-bruecke-gesperrt vorher " + SLUG);

        store.transition("alte-bruecke-gesperrt", State.IN_REVIEW, null, "r.reporter", null);
        store.transition("alte-bruecke-gesperrt", State.PUBLISHED, null, "k.redakteur", null);

        // once published, only a Redakteur moves it
        assertThat(web.page(reporter, "/redaktion/pakete/alte-bruecke-gesperrt").selectFirst("form[action$=/adresse]"))
                .isNull();
        HttpResponse<String> refused = web.post(
                reporter,
                "/redaktion/pakete/alte-bruecke-gesperrt/adresse",
                fields("_csrf", reporter.csrf(), "slug", "anders"));
        assertThat(refused.statusCode()).isEqualTo(403);
        Browser editor = web.login("k.redakteur", "redakteur-passwort");
        HttpResponse<String> taken = web.post(
                editor,
                "/redaktion/pakete/alte-bruecke-gesperrt/adresse",
                fields("_csrf", editor.csrf(), "slug", "alte-bruecke-gesperrt"));
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(taken.body()).selectFirst("[role=alert]").text()).contains("schon die Adresse");
        HttpResponse<String> again = web.post(
                editor,
                "/redaktion/pakete/alte-bruecke-gesperrt/adresse",
                fields("_csrf", editor.csrf(), "slug", "mainfurt-bruecke-fuer-lkw-gesperrt"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(303);

        HttpResponse<String> old = web.get(null, "/artikel/alte-bruecke-gesperrt");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).contains("/artikel/mainfurt-bruecke-fuer-lkw-gesperrt");
        assertThat(web.get(null, "/artikel/mainfurt-bruecke-fuer-lkw-gesperrt").statusCode())
                .isEqualTo(200);
        assertThat(web.get(null, "/artikel/" + SLUG).statusCode()).isEqualTo(404);
        Document now = web.page(editor, "/redaktion/pakete/mainfurt-bruecke-fuer-lkw-gesperrt");
        assertThat(now.selectFirst("#adresse-titel").parent().text())
                .contains("frühere Adressen")
                .contains("alte-bruecke-gesperrt");
        assertThat(audited("rename"))
                .contains("k.redakteur mainfurt-bruecke-fuer-lkw-gesperrt vorher alte-bruecke-gesperrt");
    }

    @Test
    void aNeverPublishedDraftIsDeletedOnlyWithTokenAndConfirmation() throws Exception {
        store.create(null, Draft.fromText(TestPackages.strike()), "k.redakteur", null);
        String others = store.list(java.util.Optional.empty(), java.util.Optional.empty(), 1, 0)
                .items()
                .get(0)
                .slug();
        store.sources().put(SLUG, "Meldung zur Brücke");
        Browser reporter = web.login("r.reporter", "reporter-passwort");
        assertThat(web.page(reporter, "/redaktion/pakete/" + SLUG)
                        .selectFirst("form[action$=/loeschen] input[name=bestaetigt]"))
                .isNotNull();
        // a reporter's own draft only: no button and a 403 for someone else's
        assertThat(web.page(reporter, "/redaktion/pakete/" + others).selectFirst("form[action$=/loeschen]"))
                .isNull();
        HttpResponse<String> foreign = web.post(
                reporter,
                "/redaktion/pakete/" + others + "/loeschen",
                fields("_csrf", reporter.csrf(), "bestaetigt", "ja"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(store.find(others)).isPresent();

        HttpResponse<String> forged =
                web.post(reporter, "/redaktion/pakete/" + SLUG + "/loeschen", fields("bestaetigt", "ja"));
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> unconfirmed =
                web.post(reporter, "/redaktion/pakete/" + SLUG + "/loeschen", fields("_csrf", reporter.csrf()));
        assertThat(unconfirmed.statusCode()).isEqualTo(422);
        assertThat(store.find(SLUG)).isPresent();
        assertThat(audited("delete")).isEmpty();

        HttpResponse<String> deleted = web.post(
                reporter,
                "/redaktion/pakete/" + SLUG + "/loeschen",
                fields("_csrf", reporter.csrf(), "bestaetigt", "ja", "basis", "1"));
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(303);
        assertThat(deleted.headers().firstValue("Location")).contains("/redaktion/pakete");
        assertThat(store.find(SLUG)).isEmpty();
        assertThat(store.sources().get(SLUG)).isEmpty();
        assertThat(audited("delete")).containsExactly("r.reporter " + SLUG + " Revisionen: 1, nie veröffentlicht");
        assertThat(web.get(reporter, "/redaktion/pakete/" + SLUG).statusCode()).isEqualTo(404);

        // a published package has no delete button, and a forged request is refused by the store
        store.transition(others, State.IN_REVIEW, null, "k.redakteur", null);
        store.transition(others, State.PUBLISHED, null, "k.redakteur", null);
        Browser editor = web.login("k.redakteur", "redakteur-passwort");
        assertThat(web.page(editor, "/redaktion/pakete/" + others).selectFirst("form[action$=/loeschen]"))
                .isNull();
        HttpResponse<String> published = web.post(
                editor,
                "/redaktion/pakete/" + others + "/loeschen",
                fields("_csrf", editor.csrf(), "bestaetigt", "ja"));
        assertThat(published.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(published.body()).selectFirst("[role=alert]").text())
                .contains("veröffentlicht");
        assertThat(store.find(others)).isPresent();
        assertThat(audited("delete")).hasSize(1);
    }
}
