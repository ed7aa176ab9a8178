package de.ozd.newsroom.server.desk;

import static de.ozd.newsroom.server.desk.DeskClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozd.newsroom.core.DraftingSettings;
import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.model.Explainer;
import de.ozd.newsroom.draft.ExplainerLibrary;
import de.ozd.newsroom.server.ApiServer;
import de.ozd.newsroom.server.EditorialDesk;
import de.ozd.newsroom.server.ServerSettings;
import de.ozd.newsroom.server.StoreExplainerArchive;
import de.ozd.newsroom.server.desk.DeskClient.Browser;
import de.ozd.newsroom.store.Draft;
import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Explainer answers from the archive over real HTTP (issue 13, item 3), with the desk built as {@code ozd serve}
 * builds it (its archive is the server's store): {@code POST /api/v1/draft} and the desk's „Neues Paket aus einer
 * Meldung“ offer the explainer of a published package for the same name and name the package in the draft's notes
 * (the API's {@code notes}, the first revision's message); a draft's, a retracted package's and a machine's unreviewed
 * explainer are never used.
 */
class ArchiveExplainersDraftingTest {
    private static final String SPD_ANSWER = "Die SPD ist eine der großen Parteien in Deutschland.";
    private static final String REPORT = "Die SPD will bei der Landtagswahl im Mai mit Jana Kessler antreten.\n"
            + "Die CDU kritisierte die Entscheidung am Sonntag.\nDie FDP sprach von einem Fehler.\n"
            + "Die SPD stellte die 41-Jährige am Samstag in Hannover vor.\n"
            + "Die CDU und die FDP wollen am Montag reagieren.\nDie SPD liegt in Umfragen bei 27 Prozent.\n";

    @TempDir
    Path dir;

    private Store store;
    private ApiServer server;
    private String base;
    private String token;

    /** A package with one explainer; {@code provenance} is a front matter line or empty (written by a person). */
    private static String pkg(String slug, String provenance, String question, String answer) {
        return "---\nheadline: Bericht " + slug + "\nslug: " + slug + "\ndate: 2026-10-01\n" + provenance + "---\n"
                + "Die Partei stellte am Samstag ihr Programm vor. OZD\n"
                + "OZD-Kommentar – Ein Kommentar zum Thema\nDie Lage verlangt einen kühlen Kopf.\n"
                + "\nMini-Infobox\nProgramm vorgestellt\nErster Fakt zur Lage\nZweiter Fakt zur Lage\n"
                + "Dritter Fakt zur Lage\n\nErklärungen\n" + question + "\n" + answer + "\n"
                + "Alle Angaben ohne Gewähr. Titelbild OZD.";
    }

    private void publish(String slug) {
        store.transition(slug, State.IN_REVIEW, null, "k.redakteur", null);
        store.transition(slug, State.PUBLISHED, null, "k.redakteur", null);
    }

    @BeforeEach
    void start() {
        store = Store.open(StoreConfig.embedded(dir.resolve("data")));
        store.accounts().create("r.reporter", Role.REPORTER, "reporter-passwort");
        store.accounts().create("k.redakteur", Role.REDAKTEUR, "redakteur-passwort");
        store.create(null, Draft.fromText(pkg("spd-programm", "", "Was ist die SPD?", SPD_ANSWER)), "r.reporter", null);
        publish("spd-programm");
        store.create(
                null,
                Draft.fromText(pkg("cdu-entwurf", "", "Was ist die CDU?", "Die CDU ist eine Partei (Entwurf).")),
                "r.reporter",
                null);
        store.create(
                null,
                Draft.fromText(pkg("fdp-zurueck", "", "Was ist die FDP?", "Die FDP ist eine Partei (zurückgezogen).")),
                "r.reporter",
                null);
        publish("fdp-zurueck");
        store.transition("fdp-zurueck", State.RETRACTED, "Falsche Angaben.", "k.redakteur", null);
        store.create(
                null,
                Draft.fromText(pkg(
                        "cdu-maschine",
                        "provenance.explainers: extractive, unreviewed\n",
                        "Was ist die CDU?",
                        "Die CDU ist eine Partei (Maschine).")),
                "r.reporter",
                null);
        publish("cdu-maschine");
        // as ozd serve builds it: the desk's archive is the server's store
        EditorialDesk desk = new EditorialDesk(
                HouseConfig.OZD,
                ExplainerLibrary.standard(),
                new StoreExplainerArchive(store),
                DraftingSettings.NONE,
                Optional.empty());
        DeskSettings settings =
                new DeskSettings(Duration.ofMinutes(30), Duration.ofHours(12), 3, Duration.ofMinutes(15), 25, 100_000);
        server = ApiServer.create(
                store,
                ServerSettings.DEFAULT,
                List.of(new DeskPages(desk, de.ozd.newsroom.publish.Site.ozd(), settings)),
                desk);
        base = "http://127.0.0.1:" + server.start(0);
        token = store.tokens().create("redaktion", Role.REDAKTEUR);
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private static String answer(List<Explainer> explainers, String question) {
        return explainers.stream()
                .filter(e -> e.question().equals(question))
                .map(Explainer::answer)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no „" + question + "“ among " + explainers));
    }

    @Test
    void theApiDraftOffersThePublishedAnswerAndNamesItsPackage() throws Exception {
        String body = new ObjectMapper().createObjectNode().put("text", REPORT).toString();
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/draft"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode d = new ObjectMapper().readTree(r.body());
        List<Explainer> explainers = new ArrayList<>();
        d.path("package")
                .path("explainers")
                .forEach(e -> explainers.add(new Explainer(
                        e.path("question").asText(), e.path("answer").asText())));
        assertThat(answer(explainers, "Was ist die SPD?")).isEqualTo(SPD_ANSWER);
        assertThat(answer(explainers, "Was ist die CDU?")).startsWith("[Redaktion:");
        assertThat(answer(explainers, "Was ist die FDP?")).startsWith("[Redaktion:");
        List<String> notes = new ArrayList<>();
        d.path("notes").forEach(n -> notes.add(n.asText()));
        assertThat(notes)
                .containsExactly("Erklärung „Was ist die SPD?“ aus dem Archiv: spd-programm (2026-10-01) – vor"
                        + " der Veröffentlichung prüfen, ob sie noch stimmt.");
    }

    @Test
    void aPackageMadeAtTheDeskCarriesTheAnswerAndItsHistoryNamesThePackage() throws Exception {
        DeskClient web = new DeskClient(base);
        Browser reporter = web.login("r.reporter", "reporter-passwort");
        HttpResponse<String> made = web.post(
                reporter,
                "/redaktion/neu",
                fields("_csrf", reporter.csrf(), "meldung", REPORT, "slug", "spd-kandidatin"));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(303);
        List<Explainer> explainers =
                store.get("spd-kandidatin").pkg().explainers().orElseThrow().entries();
        assertThat(answer(explainers, "Was ist die SPD?")).isEqualTo(SPD_ANSWER);
        assertThat(answer(explainers, "Was ist die CDU?")).startsWith("[Redaktion:");
        assertThat(store.revisions("spd-kandidatin").get(0).summary())
                .contains("Entwurf aus Agenturmeldung")
                .contains("„Was ist die SPD?“ aus dem Archiv: spd-programm (2026-10-01)");
    }
}
