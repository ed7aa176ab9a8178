package de.ozd.newsroom.server.desk;

import static de.ozd.newsroom.server.desk.DeskClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.core.model.SectionProvenance;
import de.ozd.newsroom.publish.Site;
import de.ozd.newsroom.server.ApiServer;
import de.ozd.newsroom.server.EditorialDesk;
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
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * „Abschnitt geprüft“ and the machine-label checkbox in the desk record who and when in the package's provenance
 * (the same code as the API's), and the editing view shows it; a Reporter cannot review.
 */
class DeskReviewTest {
    @TempDir
    Path dir;

    private Store store;
    private ApiServer server;
    private DeskClient web;
    private String slug;

    @BeforeEach
    void start() throws Exception {
        store = Store.open(StoreConfig.embedded(dir.resolve("data")));
        store.accounts().create("r.reporter", Role.REPORTER, "reporter-passwort");
        store.accounts().create("k.redakteur", Role.REDAKTEUR, "redakteur-passwort");
        EditorialDesk desk = EditorialDesk.ozd();
        server = ApiServer.create(
                store, ServerSettings.DEFAULT, List.of(new DeskPages(desk, Site.ozd(), DeskSettings.DEFAULT)), desk);
        web = new DeskClient("http://127.0.0.1:" + server.start(0));
        String example = Files.readString(Path.of("..", "examples", "hafen-streik.txt"), StandardCharsets.UTF_8);
        String drafted = "---\nheadline: Warnstreik legt Hafen Kielsund lahm\n"
                + "provenance.infobox: extractive, unreviewed\nprovenance.explainers: llm test-modell, unreviewed\n---\n"
                + example;
        slug = store.create("hafen", Draft.fromText(drafted), "r.reporter", null)
                .slug();
        store.transition(slug, State.IN_REVIEW, null, "r.reporter", null);
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private SectionProvenance provenance(Section s) {
        return store.get(slug).pkg().provenance().orHuman(s);
    }

    @Test
    void reviewingASectionRecordsWhoAndWhenAndTheViewShowsIt() throws Exception {
        Browser reporter = web.login("r.reporter", "reporter-passwort");
        assertThat(web.get(reporter, "/redaktion/pakete/" + slug).body()).doesNotContain(">Abschnitt geprüft<");
        HttpResponse<String> refused = web.post(
                reporter,
                "/redaktion/pakete/" + slug + "/abschnitt",
                fields("_csrf", reporter.csrf(), "abschnitt", "infobox", "basis", "2"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(provenance(Section.INFOBOX).reviewed()).isFalse();

        Browser redakteur = web.login("k.redakteur", "redakteur-passwort");
        Instant before = Instant.now().minusSeconds(2);
        HttpResponse<String> reviewed = web.post(
                redakteur,
                "/redaktion/pakete/" + slug + "/abschnitt",
                fields("_csrf", redakteur.csrf(), "abschnitt", "infobox", "basis", "2"));
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(303);
        SectionProvenance p = provenance(Section.INFOBOX);
        assertThat(p.reviewed()).isTrue();
        assertThat(p.review().orElseThrow().by()).isEqualTo("k.redakteur");
        assertThat(p.review().orElseThrow().at()).isBetween(before, Instant.now());
        assertThat(store.get(slug).text()).contains("provenance.infobox: extractive, reviewed by k.redakteur 20");
        // only the front matter changed: the editor's text is kept line for line
        assertThat(store.get(slug).text())
                .endsWith(Files.readString(Path.of("..", "examples", "hafen-streik.txt"), StandardCharsets.UTF_8));
        String view = Jsoup.parse(
                        web.get(redakteur, "/redaktion/pakete/" + slug).body())
                .select("ul.sections")
                .text();
        assertThat(view).contains("infobox – Herkunft: extractive – geprüft von k.redakteur am 20");
    }

    @Test
    void publishingWithTheMachineLabelRecordsWhoReleasedTheSections() throws Exception {
        Browser redakteur = web.login("k.redakteur", "redakteur-passwort");
        HttpResponse<String> refused = web.post(
                redakteur,
                "/redaktion/pakete/" + slug + "/status",
                fields("_csrf", redakteur.csrf(), "ziel", "published", "basis", "2"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.body()).select("div.error li").text())
                .contains("Abschnitt „infobox“ ist maschinell entworfen und noch nicht geprüft")
                .contains("Abschnitt „explainers“");
        assertThat(store.get(slug).revision()).isEqualTo(2);

        HttpResponse<String> published = web.post(
                redakteur,
                "/redaktion/pakete/" + slug + "/status",
                fields("_csrf", redakteur.csrf(), "ziel", "published", "basis", "2", "maschinell", "ja"));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
        assertThat(store.get(slug).state()).isEqualTo(State.PUBLISHED);
        for (Section s : List.of(Section.INFOBOX, Section.EXPLAINERS)) {
            SectionProvenance p = provenance(s);
            assertThat(p.needsMachineLabel()).isTrue();
            assertThat(p.machineLabel().orElseThrow().by()).isEqualTo("k.redakteur");
        }
        assertThat(store.accounts().auditLog(50, 0).items())
                .anyMatch(e ->
                        e.action().equals("publish_machine_label") && e.actor().equals("k.redakteur"));
        assertThat(web.page(redakteur, "/redaktion/pakete/" + slug)
                        .select("ul.sections")
                        .text())
                .contains("infobox – Herkunft: extractive – als maschinell gekennzeichnet veröffentlicht von "
                        + "k.redakteur am 20");
    }
}
