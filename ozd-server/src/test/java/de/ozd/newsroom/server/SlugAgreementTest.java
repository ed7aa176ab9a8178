package de.ozd.newsroom.server;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.publish.Publication;
import de.ozd.newsroom.publish.Site;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import de.ozd.newsroom.store.TestPackages;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One package, one address: a headline without a slug gets the same slug from the server (API create, reader site)
 * as from the static site's publication, umlauts, ß, accents, ligatures and long headlines included. A second slug
 * function anywhere on either path would make these differ.
 */
class SlugAgreementTest {
    @TempDir
    Path dir;

    private static final List<String> HEADLINES = List.of(
            "Große Straßenbrücke über die Möhne gesperrt",
            "Café „Fiasko“: ﬁnale Runde für Ärztinnen und Übersetzer – 2027?",
            "Überraschung in Äschach: Der Stadtrat beschließt nach zähen Verhandlungen über viele Monate endlich "
                    + "den Bau des Süßwasserbeckens");

    @Test
    void serverAndStaticSiteGiveOneHeadlineOneAddress() {
        Site site = Site.ozd().withBaseUrl(URI.create("https://www.example.de/"));
        try (Store store = Store.open(StoreConfig.embedded(dir.resolve("data")))) {
            ApiServer server = ApiServer.create(store, ServerSettings.DEFAULT, List.of(new ReaderSite(site)));
            try {
                Http http = new Http(server.start(0), store.tokens().create("slug-test"));
                for (String headline : HEADLINES) {
                    String text = TestPackages.bridge()
                            .replace("slug: mainfurt-sperrt-bruecke\n", "")
                            .replace(
                                    "headline: Mainfurt sperrt die Alte Brücke für Lastwagen", "headline: " + headline);
                    ArticlePackage pkg = PackageParser.ozd().parse(text).pkg();
                    String staticSlug =
                            Publication.of(pkg, site, "", Instant.EPOCH).slug();

                    Http.Response created = http.send(
                            "POST",
                            "/api/v1/packages",
                            text.getBytes(StandardCharsets.UTF_8),
                            "text/plain; charset=utf-8",
                            "application/json",
                            store.tokens().create("t"),
                            "X-OZD-Author",
                            "Test");
                    assertThat(created.status()).as(created.body()).isEqualTo(201);
                    String serverSlug = created.json().get("slug").asText();
                    assertThat(serverSlug).as(headline).isEqualTo(staticSlug);
                    assertThat(serverSlug).doesNotContain("ä", "ö", "ü", "ß");

                    store.transition(serverSlug, State.IN_REVIEW, null, "Test", null);
                    store.transition(serverSlug, State.PUBLISHED, null, "Test", null);
                    Http.Response page = http.get("/artikel/" + staticSlug);
                    assertThat(page.status()).as(headline).isEqualTo(200);
                    assertThat(page.body()).contains("https://www.example.de/artikel/" + staticSlug);
                }
            } finally {
                server.close();
            }
        }
    }
}
