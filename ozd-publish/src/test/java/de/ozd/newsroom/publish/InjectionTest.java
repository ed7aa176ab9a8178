package de.ozd.newsroom.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import de.ozd.newsroom.core.model.Analysis;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Commentary;
import de.ozd.newsroom.core.model.Credits;
import de.ozd.newsroom.core.model.Dimension;
import de.ozd.newsroom.core.model.Explainer;
import de.ozd.newsroom.core.model.Explainers;
import de.ozd.newsroom.core.model.Extras;
import de.ozd.newsroom.core.model.FrontMatter;
import de.ozd.newsroom.core.model.Infobox;
import de.ozd.newsroom.core.model.Origin;
import de.ozd.newsroom.core.model.Point;
import de.ozd.newsroom.core.model.Provenance;
import de.ozd.newsroom.core.model.Report;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.core.model.SectionProvenance;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Every text field holds markup, quotes, ampersands, CDATA ends, a closing title and control characters. Every
 * output must keep it as text (escaped), stay valid for its validator, and carry no control character.
 */
class InjectionTest {
    /** What an attacker or a broken wire feed might send. */
    static final String EVIL = "<script>alert(\"x&y\")</script> ]]> </title></script><!-- 'q' & &amp; "
            + "\u0001\u0008\u000B\u001F\u007F\u0085\uFFFE\uD800 Ende";
    /** The same text once the characters no output may carry are gone. */
    static final String CLEAN = "<script>alert(\"x&y\")</script> ]]> </title></script><!-- 'q' & &amp;  Ende";

    private static final Renderers RENDERERS = Renderers.standard(TestPackages.SITE);

    static Publication evilPublication() {
        Map<String, String> fm = new LinkedHashMap<>();
        fm.put("headline", EVIL);
        fm.put("author", EVIL);
        fm.put("agency", EVIL);
        fm.put("tags", EVIL + ", zweites");
        fm.put("slug", "<script>");
        fm.put("date", "2026-05-01T12:00:00+02:00");
        Provenance prov = Provenance.EMPTY
                .with(Section.INFOBOX, new SectionProvenance(Origin.LLM, false, Optional.of("m<script>&\"")))
                .with(Section.EXTRAS, SectionProvenance.drafted(Origin.EXTRACTIVE, null));
        ArticlePackage pkg = ArticlePackage.ofReport(new Report(List.of(EVIL, EVIL), EVIL))
                .withFrontMatter(new FrontMatter(fm))
                .withCommentary(new Commentary(EVIL, List.of(EVIL)))
                .withInfobox(new Infobox(EVIL, List.of(EVIL, EVIL, EVIL)))
                .withAnalysis(new Analysis(List.of(new Dimension(EVIL, List.of(new Point("a", EVIL))))))
                .withExplainers(new Explainers(List.of(new Explainer(EVIL + "?", EVIL))))
                .withCredits(new Credits(EVIL, EVIL))
                .withExtras(new Extras(List.of(EVIL)))
                .withProvenance(prov);
        return Publication.of(pkg, TestPackages.SITE, "x", TestPackages.FALLBACK_DATE);
    }

    private static String render(String format) {
        String out = RENDERERS.get(format).orElseThrow().render(List.of(evilPublication()));
        assertThat(out.chars()
                        .filter(c -> (c < 0x20 && c != '\n' && c != '\t' && c != '\r')
                                || (c >= 0x7F && c <= 0x9F)
                                || c == 0xFFFE
                                || Character.isSurrogate((char) c)))
                .as(format + ": no control characters")
                .isEmpty();
        return out;
    }

    @Test
    void publicationIsCleanedAndSlugIsSafe() {
        Publication p = evilPublication();
        assertThat(p.headline()).isEqualTo(CLEAN);
        assertThat(p.slug()).isEqualTo("script");
    }

    @Test
    void htmlKeepsEveryFieldAsTextAndRunsNoScript() throws Exception {
        String html = render("html");
        Document d = Jsoup.parse(html);
        assertThat(d.select("script")).hasSize(2);
        assertThat(d.selectFirst("script").attr("type")).isEqualTo("application/ld+json");
        assertThat(d.select("script").get(1).data()).doesNotContain("alert").contains("beforeprint");
        assertThat(d.title()).isEqualTo(CLEAN.replace("  ", " ") + " – OZD");
        assertThat(d.selectFirst("h1").text()).isEqualTo(CLEAN.replace("  ", " "));
        assertThat(d.select("#infobox li").eachText()).containsOnly(CLEAN.replace("  ", " "));
        assertThat(d.selectFirst("#infobox .machine-label").text()).contains("(m<script>&\")");
        assertThat(d.select("[onerror], [onload], img, iframe")).isEmpty();
        JsonNode ld = new ObjectMapper().readTree(d.selectFirst("script").data());
        assertThat(ld.get("headline").asText()).isEqualTo(CLEAN);
        assertThat(d.selectFirst("script").data()).doesNotContain("<").doesNotContain("</script");
    }

    @Test
    void jsonLdAndNinjsKeepTheTextExactly() throws Exception {
        ObjectMapper m = new ObjectMapper();
        assertThat(m.readTree(render("jsonld")).get("articleBody").asText())
                .isEqualTo(CLEAN + "\n" + CLEAN + " " + CLEAN);
        JsonNode ninjs = m.readTree(render("ninjs"));
        assertThat(ninjs.get("headlines").get(0).get("value").asText()).isEqualTo(CLEAN);
        assertThat(ninjs.get("by").asText()).isEqualTo(CLEAN);
        String richtext = ninjs.get("bodies").get(1).get("value").asText();
        assertThat(Jsoup.parseBodyFragment(richtext).select("script")).isEmpty();
    }

    @Test
    void ninjsStaysValidAgainstBothSchemas() {
        assertThat(Validators.validateJson(Validators.ninjs("2.2"), render("ninjs")))
                .isEmpty();
        assertThat(Validators.validateJson(Validators.ninjs("3.1"), render("ninjs3")))
                .isEmpty();
    }

    @Test
    void newsMlStaysValidAndKeepsTheText() {
        String xml = render("newsml");
        assertThat(Validators.validateXml(Validators.newsMl(), xml)).isEmpty();
        var doc = Validators.parseXml(xml);
        assertThat(doc.getElementsByTagNameNS("http://iptc.org/std/nar/2006-10-01/", "headline")
                        .item(0)
                        .getTextContent())
                .isEqualTo(CLEAN);
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "script")
                        .getLength())
                .isZero();
    }

    @Test
    void feedsParseBackWithTheTextIntact() throws Exception {
        for (String format : List.of("rss", "atom")) {
            SyndFeedInput in = new SyndFeedInput(true, Locale.ROOT);
            in.setAllowDoctypes(false);
            SyndFeed feed = in.build(new StringReader(render(format)));
            assertThat(feed.getEntries().get(0).getTitle()).as(format).isEqualTo(CLEAN);
            String content = feed.getEntries().get(0).getContents().get(0).getValue();
            assertThat(Jsoup.parseBodyFragment(content).select("script"))
                    .as(format)
                    .isEmpty();
            assertThat(Jsoup.parseBodyFragment(content).selectFirst("p").text())
                    .as(format)
                    .isEqualTo(CLEAN.replace("  ", " "));
        }
    }

    @Test
    void sitemapsStayWellFormed() {
        var doc = Validators.parseXml(render("newssitemap"));
        assertThat(doc.getElementsByTagNameNS("http://www.google.com/schemas/sitemap-news/0.9", "title")
                        .item(0)
                        .getTextContent())
                .isEqualTo(CLEAN);
        Validators.parseXml(render("sitemap"));
    }

    /** The hostile package, corrected with a hostile note. */
    static Publication evilCorrected() {
        return evilPublication()
                .withCorrection(new Correction(EVIL, OffsetDateTime.parse("2026-05-02T09:00:00+02:00")));
    }

    private static String renderCorrected(String format) {
        String out = RENDERERS.get(format).orElseThrow().render(List.of(evilCorrected()));
        assertThat(out.chars()
                        .filter(c -> (c < 0x20 && c != '\n' && c != '\t' && c != '\r')
                                || (c >= 0x7F && c <= 0x9F)
                                || c == 0xFFFE
                                || Character.isSurrogate((char) c)))
                .as(format + " (corrected): no control characters")
                .isEmpty();
        return out;
    }

    @Test
    void correctionNoteIsCleanedAndStaysTextInEveryFormat() throws Exception {
        assertThat(evilCorrected().correction().orElseThrow().note()).isEqualTo(CLEAN.strip());
        Document d = Jsoup.parse(renderCorrected("html"));
        assertThat(d.select("script")).hasSize(2);
        assertThat(d.selectFirst("#korrektur .correction-note").text()).isEqualTo(CLEAN.replace("  ", " "));
        JsonNode ld = new ObjectMapper().readTree(d.selectFirst("script").data());
        assertThat(ld.path("correction").path("text").asText()).isEqualTo(CLEAN);
        assertThat(d.selectFirst("script").data()).doesNotContain("<");

        JsonNode ninjs = new ObjectMapper().readTree(renderCorrected("ninjs"));
        assertThat(ninjs.path("descriptions").get(0).path("value").asText()).endsWith(CLEAN);
        assertThat(Validators.validateJson(Validators.ninjs("2.2"), renderCorrected("ninjs")))
                .isEmpty();
        assertThat(Validators.validateJson(Validators.ninjs("3.1"), renderCorrected("ninjs3")))
                .isEmpty();

        String xml = renderCorrected("newsml");
        assertThat(Validators.validateXml(Validators.newsMl(), xml)).isEmpty();
        assertThat(Validators.parseXml(xml)
                        .getElementsByTagNameNS("http://iptc.org/std/nar/2006-10-01/", "edNote")
                        .item(0)
                        .getTextContent())
                .endsWith(CLEAN);

        for (String format : List.of("rss", "atom")) {
            SyndFeedInput in = new SyndFeedInput(true, Locale.ROOT);
            in.setAllowDoctypes(false);
            SyndFeed feed = in.build(new StringReader(renderCorrected(format)));
            String content = feed.getEntries().get(0).getContents().get(0).getValue();
            Document c = Jsoup.parseBodyFragment(content);
            assertThat(c.select("script")).as(format).isEmpty();
            assertThat(c.selectFirst("aside.correction").text())
                    .as(format)
                    .endsWith(CLEAN.replace("  ", " ").strip());
        }
    }

    /** The markup of the hardening probe (issue 10, finding 1): each once arrived live in the RSS description. */
    static final List<String> FEED_MARKUP = List.of(
            "<svg onload=alert(1)>",
            "<iframe src=\"https://example.invalid/\"></iframe>",
            "<a href=\"javascript:alert(1)\">klick</a>",
            "<base href=\"https://example.invalid/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://example.invalid/\">",
            "<img src=x onerror=alert(1)>");

    @Test
    void feedDescriptionsCarryMarkupOnlyAsTextAfterXmlDecoding() throws Exception {
        for (String markup : FEED_MARKUP) {
            ArticlePackage pkg = ArticlePackage.ofReport(new Report(List.of("Vorher " + markup + " nachher."), "OZD"))
                    .withFrontMatter(new FrontMatter(Map.of("headline", "Titel", "date", "2026-05-01T12:00:00+02:00")));
            Publication p = Publication.of(pkg, TestPackages.SITE, "x", TestPackages.FALLBACK_DATE)
                    .withCorrection(
                            new Correction("Hinweis " + markup, OffsetDateTime.parse("2026-05-02T09:00:00+02:00")));
            for (String format : List.of("rss", "atom")) {
                String xml = RENDERERS.get(format).orElseThrow().render(List.of(p));
                SyndFeedInput in = new SyndFeedInput(true, Locale.ROOT);
                in.setAllowDoctypes(false);
                SyndFeed feed = in.build(new StringReader(xml));
                // what a feed reader gets after XML decoding, and renders as HTML
                String description = feed.getEntries().get(0).getDescription().getValue();
                Document d = Jsoup.parseBodyFragment(description);
                assertThat(d.body().children()).as(format + ": " + description).isEmpty();
                assertThat(d.body().text())
                        .as(format)
                        .contains("Hinweis " + markup)
                        .contains("Vorher " + markup + " nachher.");
                String content = feed.getEntries().get(0).getContents().get(0).getValue();
                assertThat(Jsoup.parseBodyFragment(content).select("svg, iframe, a, base, meta, img"))
                        .as(format)
                        .isEmpty();
            }
        }
    }

    @Test
    void markdownKeepsMarkupAsText() {
        String md = render("markdown");
        String html =
                HtmlRenderer.builder().build().render(Parser.builder().build().parse(md));
        Document d = Jsoup.parse(html);
        assertThat(html).doesNotContain("<script").doesNotContain("<!--").doesNotContain("</title");
        assertThat(d.select("script, a, img")).isEmpty();
        assertThat(d.selectFirst("h1").text()).isEqualTo(CLEAN.replace("  ", " "));
    }
}
