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
import de.ozd.newsroom.store.RevisionInfo;
import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import de.ozd.newsroom.store.TestPackages;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's revisions pages over real HTTP with a real store: the list, the word-level comparison (changed words,
 * a moved line, line numbers of both sides), and restoring an old revision by role.
 */
class DeskRevisionsTest {
    private static final String SLUG = "mainfurt-sperrt-bruecke";

    @TempDir
    Path dir;

    private Store store;
    private ApiServer server;
    private DeskClient web;
    private String first;
    private String second;

    @BeforeEach
    void start() {
        store = Store.open(StoreConfig.embedded(dir.resolve("data")));
        store.accounts().create("r.reporter", Role.REPORTER, "reporter-passwort");
        store.accounts().create("k.redakteur", Role.REDAKTEUR, "redakteur-passwort");
        EditorialDesk desk = EditorialDesk.ozd();
        server = ApiServer.create(
                store,
                ServerSettings.DEFAULT,
                List.of(new ReaderSite(Site.ozd()), new DeskPages(desk, Site.ozd(), DeskSettings.DEFAULT)),
                desk);
        web = new DeskClient("http://127.0.0.1:" + server.start(0));
        first = TestPackages.bridge();
        store.create(null, Draft.fromText(first), "r.reporter", "erste Fassung");
        // One word changed in the report, and the first infobox fact moved below the third.
        second = first.replace("über die Nordbrücke", "über die Südbrücke")
                .replace(
                        "Erster Fakt zur Lage\nZweiter Fakt zur Lage\nDritter Fakt zur Lage\n",
                        "Zweiter Fakt zur Lage\nDritter Fakt zur Lage\nErster Fakt zur Lage\n");
        assertThat(second).isNotEqualTo(first);
        store.save(SLUG, 1, Draft.fromText(second), "k.redakteur", "Brücke berichtigt");
        first = store.revision(SLUG, 1).text();
        second = store.revision(SLUG, 2).text();
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    @Test
    void theListShowsEveryRevisionAndIsLinkedFromTheEditingView() throws Exception {
        Browser b = web.login("r.reporter", "reporter-passwort");
        Document edit = web.page(b, "/redaktion/pakete/" + SLUG);
        Element link = edit.selectFirst("a:contains(Revisionen vergleichen und wiederherstellen)");
        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo("/redaktion/pakete/" + SLUG + "/revisionen");

        HttpResponse<String> r = web.get(b, link.attr("href"));
        assertThat(r.statusCode()).isEqualTo(200);
        Document d = Jsoup.parse(r.body());
        List<Element> rows = d.select("table.history tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text()).contains("2 (aktuell)", "k.redakteur", "gespeichert", "Brücke berichtigt");
        assertThat(rows.get(1).text()).contains("r.reporter", "angelegt", "erste Fassung", "Entwurf");
        assertThat(d.selectFirst("input[name=von][checked]").val()).isEqualTo("1");
        assertThat(d.selectFirst("input[name=bis][checked]").val()).isEqualTo("2");
        Element restore = rows.get(1).selectFirst("button:contains(Diese Revision wiederherstellen)");
        assertThat(restore).isNotNull();
        Element form = d.getElementById(restore.attr("form"));
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/redaktion/pakete/" + SLUG + "/revisionen/1/wiederherstellen");
        assertThat(form.selectFirst("input[name=_csrf]").val()).isEqualTo(b.csrf());
        assertThat(rows.get(0).select("button"))
                .as("the current revision has nothing to restore")
                .isEmpty();
        assertThat(rows.get(0)
                        .selectFirst("a:contains(Änderungen gegenüber Revision 1)")
                        .attr("href"))
                .isEqualTo("/redaktion/pakete/" + SLUG + "/vergleich?von=1&bis=2");

        assertThat(web.get(b, "/redaktion/pakete/gibt-es-nicht/revisionen").statusCode())
                .isEqualTo(404);
        assertThat(web.get(null, "/redaktion/pakete/" + SLUG + "/revisionen").statusCode())
                .as("anonymous: to the login")
                .isEqualTo(302);
    }

    @Test
    void theComparisonMarksChangedAndMovedWordsWithTheLineNumbersOfBothSides() throws Exception {
        Browser b = web.login("r.reporter", "reporter-passwort");
        HttpResponse<String> r = web.get(b, "/redaktion/pakete/" + SLUG + "/vergleich?von=1&bis=2");
        assertThat(r.statusCode()).isEqualTo(200);
        Document d = Jsoup.parse(r.body());
        List<Element> rows = d.select("table.diff tbody tr");

        // The changed word: removed and added in one row, at its line in both texts.
        Element bridge = rows.stream()
                .filter(tr -> tr.select("del:not(.moved)").text().equals("Nordbrücke"))
                .findFirst()
                .orElseThrow();
        assertThat(bridge.select("ins:not(.moved)").text()).isEqualTo("Südbrücke");
        assertThat(bridge.select("td.ln").get(0).text()).isEqualTo(String.valueOf(lineOf(first, "Nordbrücke")));
        assertThat(bridge.select("td.ln").get(1).text()).isEqualTo(String.valueOf(lineOf(second, "Südbrücke")));

        // The moved fact: marked as moved on both sides, each naming the other's line.
        assertThat(d.select("table.diff del.moved").text()).isEqualTo("Erster Fakt zur Lage");
        assertThat(d.select("table.diff ins.moved").text()).isEqualTo("Erster Fakt zur Lage");
        assertThat(d.select("table.diff .move-note").eachText())
                .containsExactly(
                        "(verschoben nach Zeile " + lineOf(second, "Erster Fakt") + " der neueren Fassung)",
                        "(verschoben aus Zeile " + lineOf(first, "Erster Fakt") + " der älteren Fassung)");
        assertThat(d.selectFirst(".diff-summary").text())
                .isEqualTo("3 Stellen geändert: 5 Wörter entfernt, 5 hinzugefügt, 1 Passage verschoben.");

        // Every line of each side is numbered once, in order; the text column holds the newer text.
        List<Integer> olds = new ArrayList<>();
        List<Integer> news = new ArrayList<>();
        for (Element tr : rows) {
            String o = tr.select("td.ln").get(0).text();
            String n = tr.select("td.ln").get(1).text();
            if (!o.isEmpty()) {
                olds.add(Integer.parseInt(o));
            }
            if (!n.isEmpty()) {
                news.add(Integer.parseInt(n));
            }
        }
        assertThat(olds).isEqualTo(oneTo(lines(first)));
        assertThat(news).isEqualTo(oneTo(lines(second)));

        // Any order of the two, the same comparison; out-of-range numbers are a German 404 page.
        Document swapped = web.page(b, "/redaktion/pakete/" + SLUG + "/vergleich?von=2&bis=1");
        assertThat(swapped.select("table.diff").outerHtml())
                .isEqualTo(d.select("table.diff").outerHtml());
        HttpResponse<String> bad = web.get(b, "/redaktion/pakete/" + SLUG + "/vergleich?von=1&bis=9");
        assertThat(bad.statusCode()).isEqualTo(404);
        assertThat(bad.body()).contains("Revisionen 1 bis 2");
    }

    @Test
    void aSplitLineShowsTheNewLineBreak() throws Exception {
        String split = second.replace("gesperrt. Gutachter", "gesperrt.\nGutachter");
        store.save(SLUG, 2, Draft.fromText(split), "k.redakteur", null);
        Browser b = web.login("k.redakteur", "redakteur-passwort");
        Document d = web.page(b, "/redaktion/pakete/" + SLUG + "/vergleich?von=2&bis=3");
        assertThat(d.select("ins .sr").text()).isEqualTo("Zeilenumbruch");
        List<Element> rows = d.select("table.diff tbody tr");
        assertThat(d.select("table.diff tr.changed")).hasSize(1);
        int at = rows.indexOf(d.selectFirst("table.diff tr.changed"));
        int line = lineOf(second, "gesperrt. Gutachter");
        assertThat(rows.get(at).select("td.ln").eachText()).containsExactly(String.valueOf(line), String.valueOf(line));
        assertThat(rows.get(at + 1).select("td.ln").stream().map(Element::text).toList())
                .as("the old line goes on, a new line begins")
                .containsExactly("", String.valueOf(line + 1));
    }

    @Test
    void aReporterRestoresADraftAsANewRevisionButNotAPublishedArticle() throws Exception {
        Browser reporter = web.login("r.reporter", "reporter-passwort");
        HttpResponse<String> r = web.post(
                reporter,
                "/redaktion/pakete/" + SLUG + "/revisionen/1/wiederherstellen",
                fields("_csrf", reporter.csrf(), "basis", "2"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location"))
                .contains("/redaktion/pakete/" + SLUG + "/revisionen?wiederhergestellt=1");
        assertThat(store.get(SLUG).revision()).isEqualTo(3);
        assertThat(store.get(SLUG).text()).isEqualTo(store.revision(SLUG, 1).text());
        RevisionInfo restored = store.revisions(SLUG).get(2);
        // String.valueOf: the kind is a key today and an enum constant once the store types it.
        assertThat(String.valueOf(restored.kind()).toLowerCase(java.util.Locale.ROOT))
                .isEqualTo("restore");
        assertThat(restored.author()).isEqualTo("r.reporter");
        assertThat(store.accounts().auditLog(20, 0).items())
                .anyMatch(e -> e.actor().equals("r.reporter")
                        && e.action().equals("restore")
                        && e.target().equals(SLUG)
                        && e.detail().orElse("").equals("Revision 1 als Revision 3"));
        Document list = web.page(reporter, "/redaktion/pakete/" + SLUG + "/revisionen?wiederhergestellt=1");
        assertThat(list.selectFirst("p.notice").text())
                .isEqualTo("Revision 1 ist als neue Revision 3 wiederhergestellt.");
        assertThat(list.select("table.history tbody tr").get(0).text()).contains("wiederhergestellt", "Revision 1");

        // A stale list (based on revision 2) restores nothing and says why.
        HttpResponse<String> stale = web.post(
                reporter,
                "/redaktion/pakete/" + SLUG + "/revisionen/2/wiederherstellen",
                fields("_csrf", reporter.csrf(), "basis", "2"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(stale.body()).selectFirst("p.error").text()).contains("inzwischen geändert");
        assertThat(store.get(SLUG).revision()).isEqualTo(3);
        assertThat(web.post(
                                reporter,
                                "/redaktion/pakete/" + SLUG + "/revisionen/7/wiederherstellen",
                                fields("_csrf", reporter.csrf(), "basis", "3"))
                        .statusCode())
                .isEqualTo(404);

        // Published: the Reporter gets no button and a 403; a Redakteur restores.
        store.transition(SLUG, State.IN_REVIEW, null, "r.reporter", null);
        store.transition(SLUG, State.PUBLISHED, null, "k.redakteur", null);
        assertThat(web.page(reporter, "/redaktion/pakete/" + SLUG + "/revisionen")
                        .select("button:contains(wiederherstellen)"))
                .isEmpty();
        HttpResponse<String> refused = web.post(
                reporter,
                "/redaktion/pakete/" + SLUG + "/revisionen/2/wiederherstellen",
                fields("_csrf", reporter.csrf(), "basis", "5"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Als Reporter können Sie nur Pakete wiederherstellen");
        assertThat(store.get(SLUG).revision()).isEqualTo(5);
        Browser redakteur = web.login("k.redakteur", "redakteur-passwort");
        HttpResponse<String> ok = web.post(
                redakteur,
                "/redaktion/pakete/" + SLUG + "/revisionen/2/wiederherstellen",
                fields("_csrf", redakteur.csrf(), "basis", "5"));
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(store.get(SLUG).revision()).isEqualTo(6);
        assertThat(store.get(SLUG).text()).isEqualTo(second);
        assertThat(store.revisions(SLUG).get(5).author()).isEqualTo("k.redakteur");
        assertThat(store.get(SLUG).state()).isEqualTo(State.PUBLISHED);
    }

    /** The 1-based line of the first line holding {@code needle}. */
    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in the text");
    }

    /** How many lines a text has (a final line break ends the last line, it does not start one). */
    private static int lines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count() + (text.endsWith("\n") ? 0 : 1);
    }

    private static List<Integer> oneTo(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(i);
        }
        return out;
    }
}
