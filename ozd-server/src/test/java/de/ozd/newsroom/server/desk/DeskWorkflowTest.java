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
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's publishing buttons over real HTTP: pending edits published as an update, corrections with their
 * notes, planned publication; by role, with CSRF, in the audit log.
 */
class DeskWorkflowTest {
    private static final String SLUG = "hafen";
    private static final String ADDED = "nach Angaben beider Seiten";

    @TempDir
    Path dir;

    private Store store;
    private ApiServer server;
    private DeskClient web;
    private String text;

    @BeforeEach
    void start() throws Exception {
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
        // a complete example (it passes the publish gate), dated before the test runs: an update within the second
        // of the first publication would not be later than it
        text = "---\ndate: 2026-11-30T08:00:00+01:00\n---\n"
                + Files.readString(Path.of("..", "examples", "hafen-streik.txt"), StandardCharsets.UTF_8);
        store.create(SLUG, Draft.fromText(text), "r.reporter", null);
        store.transition(SLUG, State.IN_REVIEW, null, "r.reporter", null);
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private String edited() {
        return text.replace(
                "Die nächste Verhandlungsrunde ist für", "Die nächste Verhandlungsrunde ist " + ADDED + " für");
    }

    private String readerPage() throws Exception {
        HttpResponse<String> r = web.get(null, "/artikel/" + SLUG);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private Document editPage(Browser b) throws Exception {
        return web.page(b, "/redaktion/pakete/" + SLUG);
    }

    private boolean audited(String actor, String action) {
        return store.accounts().auditLog(100, 0).items().stream()
                .anyMatch(e -> e.actor().equals(actor)
                        && e.action().equals(action)
                        && e.target().equals(SLUG));
    }

    @Test
    void anEditOfAPublishedArticleWaitsUntilARedakteurPublishesItAsAnUpdate() throws Exception {
        store.transition(SLUG, State.PUBLISHED, null, "k.redakteur", null);
        Browser reporter = web.login("r.reporter", "reporter-passwort");
        HttpResponse<String> saved = web.post(
                reporter,
                "/redaktion/pakete/" + SLUG,
                fields("_csrf", reporter.csrf(), "text", edited(), "basis", "3"));
        assertThat(saved.statusCode()).isEqualTo(303);

        Document asReporter = editPage(reporter);
        assertThat(asReporter.selectFirst(".live-hint").text())
                .contains("Die Leserseite zeigt Revision 3; Sie bearbeiten Revision 4.");
        assertThat(asReporter.text()).doesNotContain("Als Aktualisierung veröffentlichen");
        assertThat(readerPage()).doesNotContain(ADDED);
        HttpResponse<String> forbidden = web.post(
                reporter,
                "/redaktion/pakete/" + SLUG + "/aktualisieren",
                fields("_csrf", reporter.csrf(), "basis", "4"));
        assertThat(forbidden.statusCode()).isEqualTo(403);
        HttpResponse<String> noCsrf = web.post(
                web.login("k.redakteur", "redakteur-passwort"),
                "/redaktion/pakete/" + SLUG + "/aktualisieren",
                fields("basis", "4"));
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(store.get(SLUG).pending()).isTrue();

        Browser redakteur = web.login("k.redakteur", "redakteur-passwort");
        assertThat(web.get(redakteur, "/redaktion/pakete").body()).contains("Änderung nicht veröffentlicht");
        assertThat(editPage(redakteur)
                        .select("form[action$=/aktualisieren] button")
                        .text())
                .isEqualTo("Als Aktualisierung veröffentlichen");
        HttpResponse<String> updated = web.post(
                redakteur,
                "/redaktion/pakete/" + SLUG + "/aktualisieren",
                fields("_csrf", redakteur.csrf(), "basis", "4"));

        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(303);
        Document page = Jsoup.parse(readerPage());
        assertThat(page.text()).contains(ADDED);
        assertThat(page.selectFirst(".meta .updated").text()).startsWith("Aktualisiert am ");
        assertThat(audited("k.redakteur", "publish_update")).isTrue();
        assertThat(editPage(redakteur).selectFirst(".live-hint").text())
                .contains("Die Leserseite zeigt diese Revision (5)");
    }

    @Test
    void aCorrectionNeedsANoteAndEveryNoteStaysOnThePage() throws Exception {
        store.transition(SLUG, State.PUBLISHED, null, "k.redakteur", null);
        Browser redakteur = web.login("k.redakteur", "redakteur-passwort");
        assertThat(editPage(redakteur).select("form.transition button").eachText())
                .contains("Als Korrektur veröffentlichen");
        HttpResponse<String> noNote = web.post(
                redakteur,
                "/redaktion/pakete/" + SLUG + "/status",
                fields("_csrf", redakteur.csrf(), "ziel", "corrected", "basis", "3"));
        assertThat(noNote.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(noNote.body()).contains("braucht einen Korrekturhinweis");
        assertThat(store.get(SLUG).state()).isEqualTo(State.PUBLISHED);

        for (String note : List.of("Erste Korrektur: elf, nicht zwölf Schiffe.", "Zweite Korrektur: Dienstag.")) {
            HttpResponse<String> r = web.post(
                    redakteur,
                    "/redaktion/pakete/" + SLUG + "/status",
                    fields("_csrf", redakteur.csrf(), "ziel", "corrected", "notiz", note));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        }

        assertThat(Jsoup.parse(readerPage())
                        .select("#korrektur .correction-note")
                        .eachText())
                .containsExactly("Erste Korrektur: elf, nicht zwölf Schiffe.", "Zweite Korrektur: Dienstag.");
        assertThat(audited("k.redakteur", "transition:corrected")).isTrue();
    }

    @Test
    void aRedakteurPlansAPublicationAndItGoesOutWhenItIsDue() throws Exception {
        Browser redakteur = web.login("k.redakteur", "redakteur-passwort");
        assertThat(editPage(redakteur).select("form[action$=/planen] button").text())
                .isEqualTo("Veröffentlichung planen");
        HttpResponse<String> noTime = web.post(
                redakteur, "/redaktion/pakete/" + SLUG + "/planen", fields("_csrf", redakteur.csrf(), "zeit", ""));
        assertThat(noTime.statusCode()).isEqualTo(422);
        Instant at = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
        String local = LocalDateTime.ofInstant(at, ZoneId.of("Europe/Berlin")).toString();

        HttpResponse<String> planned = web.post(
                redakteur,
                "/redaktion/pakete/" + SLUG + "/planen",
                fields("_csrf", redakteur.csrf(), "zeit", local, "basis", "2"));

        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(303);
        assertThat(store.get(SLUG).scheduledAt()).contains(at);
        assertThat(editPage(redakteur).selectFirst(".live-hint").text()).contains("Veröffentlichung geplant für");
        assertThat(audited("k.redakteur", "schedule")).isTrue();
        assertThat(web.get(null, "/artikel/" + SLUG).statusCode()).isEqualTo(404);

        assertThat(server.scheduler().runOnce(at.plusSeconds(1))).containsExactly(SLUG);

        assertThat(readerPage()).contains("Warnstreik");
        assertThat(store.get(SLUG).state()).isEqualTo(State.PUBLISHED);
        assertThat(audited("zeitplan", "transition:published")).isTrue();
    }
}
