package de.ozd.newsroom.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
    private final Renderer html =
            Renderers.standard(TestPackages.SITE).get("html").orElseThrow();

    private Document page(String name) {
        return Jsoup.parse(html.render(TestPackages.resource(name)));
    }

    @Test
    void pageIsGermanAndCarriesEverySectionInItsRole() {
        Document d = page("bruecke.txt");
        assertThat(d.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(d.selectFirst("h1").text())
                .isEqualTo("Neue Rheinbrücke in Lindenau nach vier Jahren Bauzeit eröffnet");
        assertThat(d.select("#bericht > p:not(.signature):not(.machine-label)")).hasSize(3);
        assertThat(d.selectFirst("aside#infobox h2").text()).isEqualTo("Rheinbrücke Lindenau freigegeben");
        assertThat(d.select("aside#infobox li")).hasSize(3);
        assertThat(d.select("#analyse h3"))
                .extracting(Element::text)
                .containsExactly("Verkehrliche Dimension", "Finanzielle Dimension");
        assertThat(d.select("#analyse ol.points li .letter"))
                .extracting(Element::text)
                .containsExactly("a)", "b)", "c)", "a)", "b)", "c)");
        assertThat(d.select("#erklaerungen details summary"))
                .extracting(Element::text)
                .containsExactly("Warum wurde die Brücke teurer?", "Wer nutzt die Brücke?");
        assertThat(d.selectFirst("#erklaerungen details p").text())
                .isEqualTo(
                        "Die Stadt nennt gestiegene Stahlpreise und einen Wassereinbruch an einem Pfeiler im Jahr 2024.");
        assertThat(d.selectFirst("#hinweise").text()).contains("Titelbild: dpa").contains("Alle Angaben ohne Gewähr.");
        assertThat(d.selectFirst("#extras p").text()).startsWith("Die alte Fähre");
        assertThat(d.selectFirst("time").attr("datetime")).isEqualTo("2026-03-14T10:30:00+01:00");
        assertThat(d.selectFirst("time").text()).isEqualTo("14. März 2026, 10:30 Uhr");
        assertThat(d.selectFirst(".byline").text()).isEqualTo("Von Marta Beispiel (dpa)");
    }

    @Test
    void commentaryIsAnOpinionArticleApartFromTheNews() {
        Document d = page("bruecke.txt");
        Element commentary = d.selectFirst("main > article#kommentar");
        assertThat(commentary).isNotNull();
        assertThat(commentary.parent().tagName()).isEqualTo("main");
        assertThat(d.selectFirst("article.story").select("#kommentar")).isEmpty();
        assertThat(commentary.selectFirst(".opinion-flag").text()).startsWith("Meinung");
        assertThat(commentary.selectFirst("h2").text()).isEqualTo("Teuer, spät und trotzdem richtig");
    }

    @Test
    void labelsExactlyTheUnreviewedMachineSections() {
        Document d = page("bruecke.txt");
        List<String> labelled = new ArrayList<>();
        for (Element label : d.select(".machine-label")) {
            labelled.add(label.parent().id());
        }
        assertThat(labelled).containsExactly("infobox", "analyse");
        assertThat(d.selectFirst("#analyse .machine-label").text())
                .contains("Maschinell erstellt mit einem Sprachmodell (ozd-test-model-7b)")
                .contains("nicht geprüft");
        assertThat(d.selectFirst("#infobox .machine-label").text()).contains("Maschinell erstellt");
        assertThat(page("hafen.txt").select(".machine-label")).isEmpty();
    }

    @Test
    void embedsNewsArticleJsonLdWithOpinionAndQuestionParts() throws Exception {
        Document d = page("bruecke.txt");
        JsonNode ld = new ObjectMapper()
                .readTree(d.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.get("inLanguage").asText()).isEqualTo("de");
        assertThat(ld.get("author").get("name").asText()).isEqualTo("Marta Beispiel");
        assertThat(ld.get("image").get("creditText").asText()).isEqualTo("dpa");
        assertThat(ld.get("articleBody").asText())
                .startsWith("Die Stadt Lindenau")
                .endsWith("Seiten. OZD");
        List<String> types = new ArrayList<>();
        ld.get("hasPart").forEach(p -> types.add(p.get("@type").asText()));
        assertThat(types)
                .containsExactly(
                        "OpinionNewsArticle",
                        "Question",
                        "Question",
                        "WebPageElement",
                        "WebPageElement",
                        "WebPageElement");
        assertThat(ld.get("hasPart").get(1).get("acceptedAnswer").get("text").asText())
                .startsWith("Die Stadt nennt");
        assertThat(ld.get("hasPart").get(3).get("digitalSourceType").asText())
                .isEqualTo("http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia");
    }

    @Test
    void correctedPageShowsTheNoteAboveTheReportAndInJsonLd() throws Exception {
        Document d = Jsoup.parse(html.render(TestPackages.corrected(TestPackages.resource("hafen.txt"))));
        var box = d.selectFirst("article.story > aside#korrektur");
        assertThat(box).isNotNull();
        assertThat(box.previousElementSibling().tagName()).isEqualTo("header");
        assertThat(box.selectFirst("h2").text()).isEqualTo("Korrektur");
        assertThat(box.selectFirst("time").attr("datetime")).isEqualTo("2026-01-03T10:15:00+01:00");
        assertThat(box.text())
                .contains("Korrigiert am 3. Januar 2026, 10:15 Uhr")
                .contains(TestPackages.CORRECTION.note());
        JsonNode ld = new ObjectMapper()
                .readTree(d.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.path("correction").path("@type").asText()).isEqualTo("CorrectionComment");
        assertThat(ld.path("correction").path("text").asText()).isEqualTo(TestPackages.CORRECTION.note());
        assertThat(ld.path("dateModified").asText()).isEqualTo("2026-01-03T10:15:00+01:00");
        assertThat(page("hafen.txt").select("#korrektur, .correction")).isEmpty();
    }

    @Test
    void everyCorrectionStaysOnThePageAndInJsonLdAndAnUpdateIsShown() throws Exception {
        Document d =
                Jsoup.parse(html.render(TestPackages.correctedTwiceAndUpdated(TestPackages.resource("hafen.txt"))));
        var box = d.selectFirst("aside#korrektur");
        assertThat(box.selectFirst("h2").text()).isEqualTo("Korrekturen");
        assertThat(box.select(".correction-note").eachText())
                .containsExactly(TestPackages.CORRECTION.note(), TestPackages.SECOND_CORRECTION.note());
        assertThat(box.select("time").eachAttr("datetime"))
                .containsExactly("2026-01-03T10:15:00+01:00", "2026-01-04T08:00:00+01:00");
        assertThat(d.selectFirst(".meta .updated").text()).isEqualTo("Aktualisiert am 5. Januar 2026, 12:30 Uhr");
        JsonNode ld = new ObjectMapper()
                .readTree(d.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.path("correction").isArray()).isTrue();
        assertThat(ld.path("correction").findValuesAsText("text"))
                .containsExactly(TestPackages.CORRECTION.note(), TestPackages.SECOND_CORRECTION.note());
        assertThat(ld.path("dateModified").asText()).isEqualTo("2026-01-05T12:30:00+01:00");
    }

    @Test
    void packageWithoutFrontMatterFallsBackToDerivedMetadata() {
        Publication p = TestPackages.resource("hafen.txt");
        assertThat(p.slug()).isEqualTo("hafen");
        assertThat(p.headline()).isEqualTo("Rekordjahr im Hafen Nordstedt");
        assertThat(p.published().toInstant()).isEqualTo(TestPackages.FALLBACK_DATE);
        assertThat(p.url().toString()).isEqualTo("https://www.example.de/hafen.html");
    }
}
