package de.ozd.newsroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, items 4-7 through {@code ozd render} and {@code ozd site}: dates, links and labels tell the truth, and a
 * package with check errors is published only as a marked preview.
 */
class TruthfulOutputsTest {
    private static final String BASE = "https://www.example.de/";

    @TempDir
    Path tmp;

    private static String bruecke() throws IOException {
        try (var in = TruthfulOutputsTest.class.getResourceAsStream("/bruecke.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static long count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    // item 4: dates

    @Test
    void aPackageWithoutDateIsRefusedNotDatedByItsFileOrTheClock() throws IOException {
        Path undated = write("undatiert.txt", bruecke().replace("date: 2026-03-14T10:30:00+01:00\n", ""));
        for (String format : List.of("html", "markdown", "jsonld")) {
            CliRun run = CliRun.run("render", undated.toString(), "--to", format, "--base-url", BASE);
            assertThat(run.exitCode()).as(format).isEqualTo(OzdCli.USAGE);
            assertThat(run.err()).as(format).contains("hat kein Datum").contains("date:");
            assertThat(run.out()).as(format).isEmpty();
        }
        CliRun site = CliRun.run("site", tmp.resolve("site").toString(), undated.toString(), "--base-url", BASE);
        assertThat(site.exitCode()).isEqualTo(OzdCli.USAGE);
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void timesAreWrittenAsGermanOutletsWriteThem() throws IOException {
        Path early = write("frueh.txt", bruecke().replace("2026-03-14T10:30:00+01:00", "2026-03-02T09:05:00+01:00"));
        CliRun html = CliRun.run("render", early.toString(), "--to", "html", "--base-url", BASE);
        assertThat(html.exitCode()).as(html.err()).isZero();
        assertThat(html.out())
                .contains("<time datetime=\"2026-03-02T09:05:00+01:00\">2. März 2026, 9:05 Uhr</time>")
                .doesNotContain("09:05 Uhr")
                .doesNotContain("Aktualisiert am"); // never corrected: no update line
        CliRun md = CliRun.run("render", early.toString(), "--to", "markdown");
        assertThat(md.out()).contains("*2\\. März 2026, 9:05 Uhr"); // the dot after the day escaped for Markdown
        CliRun jsonLd = CliRun.run("render", early.toString(), "--to", "jsonld", "--base-url", BASE);
        assertThat(jsonLd.out()).contains("\"datePublished\" : \"2026-03-02T09:05:00+01:00\"");
    }

    // item 5: links

    @Test
    void feedsSitemapsAndIptcFormatsRefuseToRenderWithoutABaseUrl() throws IOException {
        Path article = write("a.txt", bruecke());
        for (String format : List.of("rss", "atom", "sitemap", "newssitemap", "ninjs", "ninjs3", "newsml")) {
            CliRun run = CliRun.run("render", article.toString(), "--to", format);
            assertThat(run.exitCode()).as(format).isEqualTo(OzdCli.USAGE);
            assertThat(run.err()).as(format).contains("--to " + format + " braucht --base-url");
            assertThat(run.out()).as(format).isEmpty();
        }
    }

    @Test
    void aBaseUrlInTheHouseConfigurationServesLikeTheOption() throws IOException {
        Path house = write("haus.json", "{\"baseUrl\": \"https://zeitung.example.de/\"}");
        CliRun rss = CliRun.run(
                "render", "--house", house.toString(), write("a.txt", bruecke()).toString(), "--to", "rss");
        assertThat(rss.exitCode()).as(rss.err()).isZero();
        assertThat(rss.out())
                .contains("https://zeitung.example.de/rheinbruecke-lindenau.html")
                .doesNotContain("ozd.example");

        Path bad = write("schlecht.json", "{\"baseUrl\": \"zeitung.example.de\"}");
        CliRun refused = CliRun.run(
                "render", "--house", bad.toString(), write("b.txt", bruecke()).toString(), "--to", "rss");
        assertThat(refused.exitCode()).isEqualTo(OzdCli.USAGE);
        assertThat(refused.err()).contains("„baseUrl“ muss eine absolute http(s)-Adresse sein");
    }

    @Test
    void pagesWithoutABaseUrlWarnOnceAndCarryNoPlaceholderAddress() throws IOException {
        Path article = write("a.txt", bruecke());
        CliRun html = CliRun.run("render", article.toString(), "--to", "html");
        assertThat(html.exitCode()).isZero();
        assertThat(count(html.err(), "ohne --base-url")).isEqualTo(1);
        assertThat(html.out()).doesNotContain("ozd.example").doesNotContain("rel=\"canonical\"");

        CliRun site = CliRun.run("site", tmp.resolve("site").toString(), article.toString());
        assertThat(site.exitCode()).isZero();
        assertThat(count(site.err(), "ohne --base-url")).isEqualTo(1);
        assertThat(tmp.resolve("site/index.html")).isRegularFile();
        assertThat(tmp.resolve("site/feed.xml")).doesNotExist();
        assertThat(tmp.resolve("site/sitemap.xml")).doesNotExist();
        String index = Files.readString(tmp.resolve("site/index.html"));
        assertThat(index).doesNotContain("ozd.example").doesNotContain("feed.xml");

        CliRun withBase = CliRun.run("render", article.toString(), "--to", "html", "--base-url", BASE);
        assertThat(withBase.err()).isEmpty();
        assertThat(withBase.out()).contains("<link rel=\"canonical\" href=\"" + BASE + "rheinbruecke-lindenau.html\">");
    }

    // item 6: broken packages

    @Test
    void aPackageWithCheckErrorsIsRenderedOnlyAsAMarkedPreview() throws IOException {
        Path oneLine =
                write("kurz.txt", "---\ndate: 2026-03-02T09:30:00+01:00\n---\nEin einzelner Satz ohne Teile. OZD\n");
        Path target = tmp.resolve("seite.html");
        CliRun refused =
                CliRun.run("render", oneLine.toString(), "--to", "html", "-o", target.toString(), "--base-url", BASE);
        assertThat(refused.exitCode()).isEqualTo(OzdCli.USAGE);
        assertThat(refused.err())
                .contains("error[OZD004]")
                .contains("in der Hausprüfung")
                .contains("--force");
        assertThat(target).doesNotExist();
        CliRun siteRefused = CliRun.run("site", tmp.resolve("s").toString(), oneLine.toString(), "--base-url", BASE);
        assertThat(siteRefused.exitCode()).isEqualTo(OzdCli.USAGE);
        assertThat(tmp.resolve("s")).doesNotExist();

        CliRun forced = CliRun.run("render", oneLine.toString(), "--to", "html", "--force", "--base-url", BASE);
        assertThat(forced.exitCode()).isZero();
        assertThat(forced.out())
                .contains("Vorschau: Dieser Artikel hat Fehler in der Hausprüfung")
                .contains("<meta name=\"robots\" content=\"noindex\">");
        assertThat(forced.err()).contains("--force: 1 Paket(e) mit Fehlern");

        CliRun siteForced =
                CliRun.run("site", tmp.resolve("s").toString(), oneLine.toString(), "--force", "--base-url", BASE);
        assertThat(siteForced.exitCode()).isZero();
        assertThat(Files.readString(tmp.resolve("s/index.html"))).contains("Vorschau:");
        assertThat(Files.readString(tmp.resolve("s/kurz.html"))).contains("Vorschau:");

        // a clean package is no preview
        CliRun clean = CliRun.run("render", write("a.txt", bruecke()).toString(), "--to", "html", "--base-url", BASE);
        assertThat(clean.out()).doesNotContain("Vorschau").doesNotContain("noindex");
    }

    // item 7: labels

    @Test
    void aPlaceholderIsMarkedAsMissingTextNotAsMachineText() throws IOException {
        String text = bruecke()
                .replace("provenance.infobox:", "provenance.commentary: extractive, unreviewed\nprovenance.infobox:")
                .replace("OZD-Kommentar – Teuer, spät und trotzdem richtig", "OZD-Kommentar – [Redaktion: Titel]")
                .replaceAll("(?m)^Die Brücke kostet ein Drittel.*$", "[Redaktion: Kommentar schreiben.]");
        Path drafted = write("entwurf.txt", text);
        CliRun html = CliRun.run("render", drafted.toString(), "--to", "html", "--base-url", BASE);
        assertThat(html.exitCode()).as(html.err()).isZero();
        String page = html.out();
        String commentary = page.substring(page.indexOf("id=\"kommentar\""));
        commentary = commentary.substring(0, commentary.indexOf("</article>"));
        assertThat(commentary)
                .contains("Platzhalter: Dieser Text fehlt noch und muss von der Redaktion geschrieben werden.")
                .doesNotContain("Maschinell erstellt");
        // the infobox really is machine-selected and keeps its label
        assertThat(page).contains("Maschinell erstellt durch automatische Auswahl aus dem Bericht");
    }

    @Test
    void feedsKeepTheOpinionLabelAndTheCommentaryTitle() throws IOException {
        Path article = write("a.txt", bruecke());
        for (String format : List.of("rss", "atom")) {
            CliRun feed = CliRun.run("render", article.toString(), "--to", format, "--base-url", BASE);
            assertThat(feed.exitCode()).as(format).isZero();
            assertThat(feed.out())
                    .as(format)
                    .contains("Meinung · OZD-Kommentar")
                    .contains("Teuer, spät und trotzdem richtig");
        }
    }
}
