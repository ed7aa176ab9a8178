package de.ozd.newsroom.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** ninjs and NewsML-G2 output checked by the IPTC schemas, and the mapping checked field by field. */
class IptcFormatsTest {
    private static final Renderers RENDERERS = Renderers.standard(TestPackages.SITE);

    static Stream<TestPackages.Named> articles() {
        return TestPackages.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void ninjsIsValidAgainstTheIptcSchema(TestPackages.Named article) {
        Schema schema = Validators.ninjs("2.2");
        String json = RENDERERS.get("ninjs").orElseThrow().render(article.publication());
        assertThat(Validators.validateJson(schema, json)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void ninjs3IsValidAgainstTheIptcSchema(TestPackages.Named article) {
        Schema schema = Validators.ninjs("3.1");
        String json = RENDERERS.get("ninjs3").orElseThrow().render(article.publication());
        assertThat(json).contains("\"contentType\"").doesNotContain("\"contenttype\"");
        assertThat(Validators.validateJson(schema, json)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void newsMlIsValidAgainstTheIptcSchema(TestPackages.Named article) {
        String xml = RENDERERS.get("newsml").orElseThrow().render(article.publication());
        assertThat(Validators.validateXml(Validators.newsMl(), xml)).isEmpty();
    }

    @Test
    void schemaValidatorRejectsABrokenNinjsItem() {
        Schema schema = Validators.ninjs("2.2");
        assertThat(Validators.validateJson(schema, "{\"uri\": \"x\", \"type\": \"newspaper\", \"extra\": 1}"))
                .isNotEmpty();
    }

    @Test
    void schemaValidatorRejectsABrokenNewsItem() {
        String xml = RENDERERS
                .get("newsml")
                .orElseThrow()
                .render(TestPackages.resource("bruecke.txt"))
                .replace("<itemMeta>", "<itemMeta><bogus/>");
        assertThat(Validators.validateXml(Validators.newsMl(), xml)).isNotEmpty();
    }

    @Test
    void ninjsCarriesSectionsAsComponentsWithDigitalSourceType() throws Exception {
        JsonNode n = new ObjectMapper()
                .readTree(RENDERERS.get("ninjs").orElseThrow().render(TestPackages.resource("bruecke.txt")));
        assertThat(n.get("uri").asText()).isEqualTo("https://www.example.de/rheinbruecke-lindenau.html");
        assertThat(n.get("language").asText()).isEqualTo("de");
        assertThat(n.get("headlines").get(0).get("value").asText()).startsWith("Neue Rheinbrücke");
        assertThat(n.get("bodies").get(0).get("value").asText())
                .startsWith("Die Stadt Lindenau")
                .endsWith(" OZD");
        assertThat(n.has("digitalsourcetype")).isFalse();
        List<String> names = new ArrayList<>();
        n.get("associations").forEach(a -> names.add(a.get("name").asText()));
        assertThat(names).containsExactly("commentary", "infobox", "analysis", "explainers", "credits", "extras");
        JsonNode commentary = n.get("associations").get(0);
        assertThat(commentary.get("genres").get(0).get("uri").asText()).endsWith("/genre/Opinion");
        assertThat(commentary.has("digitalsourcetype")).isFalse();
        JsonNode infobox = n.get("associations").get(1);
        assertThat(infobox.get("digitalsourcetype").get("uri").asText())
                .isEqualTo("http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia");
        assertThat(infobox.get("descriptions").get(0).get("value").asText()).startsWith("Maschinell erstellt");
        JsonNode analysis = n.get("associations").get(2);
        assertThat(analysis.get("digitalsourcetype").get("uri").asText()).endsWith("/trainedAlgorithmicMedia");
        JsonNode explainers = n.get("associations").get(3);
        assertThat(explainers.get("digitalsourcetype").get("uri").asText()).endsWith("/trainedAlgorithmicMedia");
        assertThat(explainers.has("descriptions")).as("reviewed: no label").isFalse();
    }

    @Test
    void ninjsKeepsTheCorrectionNotesBesideTheMachineLabelOfAMachineMadeReport() throws Exception {
        String text;
        try (var in = IptcFormatsTest.class.getResourceAsStream("/packages/bruecke.txt")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("provenance.infobox:", "provenance.report: extractive, unreviewed\nprovenance.infobox:");
        }
        Publication p = TestPackages.correctedTwiceAndUpdated(TestPackages.publication(text, "bruecke"));
        JsonNode n =
                new ObjectMapper().readTree(RENDERERS.get("ninjs").orElseThrow().render(p));
        List<String> roles = new ArrayList<>();
        n.get("descriptions").forEach(d -> roles.add(d.get("role").asText()));
        assertThat(roles).containsExactly("correction", "correction", "machine-label");
        assertThat(n.get("descriptions").get(0).get("value").asText()).contains(TestPackages.CORRECTION.note());
    }

    @Test
    void newsMlNamesEachPartAndItsDigitalSourceType() throws Exception {
        Document doc =
                Validators.parseXml(RENDERERS.get("newsml").orElseThrow().render(TestPackages.resource("bruecke.txt")));
        XPath x = XPathFactory.newInstance().newXPath();
        x.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
            public String getNamespaceURI(String prefix) {
                return prefix.equals("n") ? "http://iptc.org/std/nar/2006-10-01/" : "http://www.w3.org/1999/xhtml";
            }

            public String getPrefix(String uri) {
                return null;
            }

            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        assertThat(x.evaluate("/n:newsItem/n:contentMeta/n:headline", doc)).startsWith("Neue Rheinbrücke");
        assertThat(x.evaluate("/n:newsItem/@standardversion", doc)).isEqualTo("2.35");
        NodeList parts = (NodeList) x.evaluate("/n:newsItem/n:partMeta", doc, XPathConstants.NODESET);
        assertThat(parts.getLength()).isEqualTo(7);
        assertThat(x.evaluate("/n:newsItem/n:partMeta[@contentrefs='ozd-infobox']/n:digitalSourceType/@uri", doc))
                .isEqualTo("http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia");
        assertThat(x.evaluate("/n:newsItem/n:partMeta[@contentrefs='ozd-analysis']/n:description", doc))
                .contains("Sprachmodell");
        assertThat(x.evaluate("count(//h:section[@class='analysis']/h:ul/h:li)", doc))
                .isEqualTo("6");
    }
}
