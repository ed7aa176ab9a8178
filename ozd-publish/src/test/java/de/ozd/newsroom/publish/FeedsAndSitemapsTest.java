package de.ozd.newsroom.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FeedsAndSitemapsTest {
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final Renderers RENDERERS = Renderers.standard(TestPackages.SITE);
    private final List<Publication> items =
            TestPackages.all().stream().map(TestPackages.Named::publication).toList();

    private String render(String format) {
        return RENDERERS.get(format).orElseThrow().render(items);
    }

    /** Rome's parser, DOCTYPEs refused: it throws on anything it cannot read as the declared feed type. */
    private static SyndFeed parseFeed(String xml) throws Exception {
        SyndFeedInput input = new SyndFeedInput(true, Locale.ROOT);
        input.setAllowDoctypes(false);
        return input.build(new StringReader(xml));
    }

    @Test
    void rssFeedParsesBackWithEveryArticleNewestFirst() throws Exception {
        SyndFeed feed = parseFeed(render("rss"));
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getEntries()).hasSize(items.size());
        assertEntriesMatch(feed);
        assertThat(render("rss")).contains("<guid>https://www.example.de/"); // isPermaLink defaults to true
    }

    @Test
    void atomFeedParsesBackWithEveryArticleNewestFirst() throws Exception {
        SyndFeed feed = parseFeed(render("atom"));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertEntriesMatch(feed);
    }

    private void assertEntriesMatch(SyndFeed feed) {
        List<Publication> sorted = items.stream()
                .sorted((a, b) ->
                        b.published().toInstant().compareTo(a.published().toInstant()))
                .toList();
        for (int i = 0; i < sorted.size(); i++) {
            SyndEntry e = feed.getEntries().get(i);
            Publication p = sorted.get(i);
            assertThat(e.getTitle()).isEqualTo(p.headline());
            assertThat(e.getLink()).isEqualTo(p.url().toString());
            assertThat(e.getUri()).isEqualTo(p.url().toString());
            assertThat(e.getPublishedDate().toInstant()).isEqualTo(p.published().toInstant());
            assertThat(e.getContents().get(0).getValue())
                    .contains(p.pkg().report().paragraphs().get(0));
        }
        SyndEntry bruecke = feed.getEntries().stream()
                .filter(e -> e.getLink().endsWith("rheinbruecke-lindenau.html"))
                .findFirst()
                .orElseThrow();
        assertThat(bruecke.getContents().get(0).getValue()).contains("Maschinell erstellt");
    }

    @Test
    void correctedArticleCarriesItsNoteAndTheCorrectionAsAtomUpdate() throws Exception {
        for (String format : List.of("rss", "atom")) {
            SyndEntry entry = parseFeed(render(format)).getEntries().stream()
                    .filter(e -> e.getLink().endsWith("/hafen.html"))
                    .findFirst()
                    .orElseThrow();
            String content = entry.getContents().get(0).getValue();
            assertThat(content)
                    .as(format)
                    .startsWith("<aside class=\"correction\"><p><strong>Korrektur vom 3. Januar "
                            + "2026, 10:15 Uhr:</strong> " + TestPackages.CORRECTION.note());
            assertThat(entry.getDescription().getValue()).as(format).startsWith("Korrektur vom");
            if (format.equals("atom")) {
                assertThat(entry.getUpdatedDate().toInstant())
                        .isEqualTo(TestPackages.CORRECTION.when().toInstant());
                assertThat(entry.getPublishedDate().toInstant())
                        .isBefore(entry.getUpdatedDate().toInstant());
            }
        }
    }

    @Test
    void feedParserRejectsBrokenFeeds() {
        String atom = render("atom");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parseFeed(atom.replace("</feed>", "")))
                .isInstanceOf(com.rometools.rome.io.FeedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        parseFeed("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                                + atom.substring(atom.indexOf("<feed"))))
                .isInstanceOf(com.rometools.rome.io.FeedException.class);
    }

    /** What RFC 4287 requires of a feed and of each entry, checked on the XML itself. */
    @Test
    void atomFeedHasTheElementsRfc4287Requires() {
        Document d = Validators.parseXml(render("atom"));
        Element feed = d.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM_NS);
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(children(feed, required)).as("feed/" + required).isNotEmpty();
        }
        NodeList entries = d.getElementsByTagNameNS(ATOM_NS, "entry");
        assertThat(entries.getLength()).isEqualTo(items.size());
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "content", "link")) {
                assertThat(children(e, required)).as("entry/" + required).hasSize(1);
            }
            OffsetDateTime.parse(children(e, "updated").get(0).getTextContent());
        }
    }

    @Test
    void sitemapListsTheSiteAndEveryArticleWithItsDate() {
        Document d = Validators.parseXml(render("sitemap"));
        assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        Map<String, String> lastmod = urls(d);
        assertThat(lastmod).containsKey("https://www.example.de/");
        for (Publication p : items) {
            assertThat(OffsetDateTime.parse(lastmod.get(p.url().toString())).toInstant())
                    .isEqualTo(p.published().toInstant());
        }
    }

    @Test
    void newsSitemapNamesPublicationLanguageDateAndTitle() {
        Document d = Validators.parseXml(render("newssitemap"));
        String news = "http://www.google.com/schemas/sitemap-news/0.9";
        NodeList entries = d.getElementsByTagNameNS(news, "news");
        assertThat(entries.getLength()).isEqualTo(items.size());
        List<String> titles = all(d.getElementsByTagNameNS(news, "title"));
        assertThat(titles)
                .containsExactlyInAnyOrderElementsOf(
                        items.stream().map(Publication::headline).toList());
        assertThat(all(d.getElementsByTagNameNS(news, "name"))).containsOnly("OZD");
        assertThat(all(d.getElementsByTagNameNS(news, "language"))).containsOnly("de");
        all(d.getElementsByTagNameNS(news, "publication_date")).forEach(OffsetDateTime::parse);
    }

    @Test
    void staticSiteHasEveryPageAndRefusesDuplicateSlugs() {
        var files = new StaticSite(TestPackages.SITE).build(items);
        assertThat(files)
                .containsKeys("index.html", "feed.xml", "atom.xml", "sitemap.xml", "news-sitemap.xml", "ozd.css");
        items.forEach(p -> assertThat(files).containsKey(p.slug() + ".html"));
        Publication first = items.get(0);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> new StaticSite(TestPackages.SITE).build(List.of(first, first))))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("doppelt");
    }

    private static Map<String, String> urls(Document d) {
        NodeList urls = d.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        return java.util.stream.IntStream.range(0, urls.getLength())
                .mapToObj(i -> (Element) urls.item(i))
                .collect(Collectors.toMap(u -> text(u, "loc"), u -> text(u, "lastmod")));
    }

    private static String text(Element parent, String name) {
        NodeList l = parent.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", name);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent();
    }

    private static List<Element> children(Element parent, String name) {
        NodeList l = parent.getChildNodes();
        return java.util.stream.IntStream.range(0, l.getLength())
                .mapToObj(l::item)
                .filter(n -> n instanceof Element el
                        && ATOM_NS.equals(el.getNamespaceURI())
                        && name.equals(el.getLocalName()))
                .map(Element.class::cast)
                .toList();
    }

    private static List<String> all(NodeList l) {
        return java.util.stream.IntStream.range(0, l.getLength())
                .mapToObj(i -> l.item(i).getTextContent())
                .toList();
    }
}
