package de.ozd.newsroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PublishCommandsTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = OzdCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static String article() {
        try {
            return Path.of(PublishCommandsTest.class.getResource("/bruecke.txt").toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void rendersHtmlToStandardOutput() {
        assertThat(run("render", article(), "--to", "html", "--base-url", "https://www.example.de/"))
                .isZero();
        assertThat(out.toString()).startsWith("<!DOCTYPE html>").contains("<html lang=\"de\">");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void rendersEachArticleFormatToAFile() throws IOException {
        for (String format : new String[] {"jsonld", "ninjs", "newsml", "markdown", "html"}) {
            Path target = tmp.resolve("out." + format);
            assertThat(run(
                            "render",
                            article(),
                            "--to",
                            format,
                            "-o",
                            target.toString(),
                            "--base-url",
                            "https://www.example.de/"))
                    .as(format)
                    .isZero();
            assertThat(Files.size(target)).as(format).isGreaterThan(500);
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp")))
                    .isEmpty();
        }
    }

    @Test
    void rendersAFeedOfSeveralArticlesWithTheBaseUrl() {
        assertThat(run("render", article(), article(), "--to", "rss", "--base-url", "https://news.example.de/"))
                .isZero();
        assertThat(out.toString()).contains("<rss").contains("https://news.example.de/rheinbruecke-lindenau.html");
    }

    @Test
    void anotherHousePublishesUnderItsOwnBrandAndHeadings() throws IOException {
        Path house = Files.writeString(
                tmp.resolve("abc.json"),
                "{\"brand\": \"ABC\", \"commentaryHeading\": "
                        + "\"ABC-Meinung\", \"analysisHeading\": \"ABC-Einordnung\"}");
        Path article = Files.writeString(
                tmp.resolve("a.txt"),
                "---\ndate: 2026-03-02T09:30:00+01:00\n---\nEine Meldung. ABC\nABC-Meinung – Titel\nMeinung.\n\n"
                        + "ABC-Einordnung\nLage\na) Erstens\nb) Zweitens\n");
        // the short package lacks infobox and explainers: only --force renders it, as a preview
        assertThat(run("render", "--house", house.toString(), article.toString(), "--to", "html", "--force"))
                .isZero();
        assertThat(out.toString()).contains("Vorschau: Dieser Artikel hat Fehler in der Hausprüfung");
        assertThat(out.toString())
                .contains(
                        "<title>Titel – ABC</title>",
                        "Meinung · ABC-Meinung",
                        ">ABC-Einordnung</h2>",
                        "<span class=\"letter\">b)</span>");
    }

    @Test
    void refusesAnUnknownFormatInGerman() {
        assertThat(run("render", article(), "--to", "pdf")).isEqualTo(2);
        assertThat(err.toString()).contains("Unbekanntes Format „pdf“").doesNotContain("Exception");
    }

    @Test
    void refusesSeveralFilesForAnArticleFormat() {
        assertThat(run("render", article(), article(), "--to", "html")).isEqualTo(2);
        assertThat(err.toString()).contains("genau einen Artikel");
    }

    @Test
    void refusesABrokenPackageAndLeavesTheOldOutputWhole() throws IOException {
        Path bad = tmp.resolve("kaputt.txt");
        Files.writeString(bad, "---\ndate: gestern\n---\nEin Bericht. OZD", StandardCharsets.UTF_8);
        Path target = tmp.resolve("seite.html");
        Files.writeString(target, "alt", StandardCharsets.UTF_8);
        // --force lets the check errors through, never an unreadable date
        assertThat(run("render", bad.toString(), "--to", "html", "-o", target.toString(), "--force"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("kein ISO-8601-Datum");
        assertThat(Files.readString(target)).isEqualTo("alt");
    }

    @Test
    void refusesAMissingFile() {
        assertThat(run("render", tmp.resolve("fehlt.txt").toString(), "--to", "html"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("gibt es nicht");
    }

    @Test
    void writesAStaticSite() throws IOException {
        Path site = tmp.resolve("site");
        assertThat(run("site", site.toString(), article(), "--base-url", "https://www.example.de/"))
                .isZero();
        for (String f : new String[] {
            "index.html",
            "rheinbruecke-lindenau.html",
            "feed.xml",
            "atom.xml",
            "sitemap.xml",
            "news-sitemap.xml",
            "ozd.css"
        }) {
            assertThat(site.resolve(f)).as(f).isRegularFile();
        }
        assertThat(Files.readString(site.resolve("index.html"))).contains("href=\"rheinbruecke-lindenau.html\"");
        assertThat(Files.readString(site.resolve("rheinbruecke-lindenau.html"))).contains("href=\"ozd.css\"");
        if (site.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(site.resolve("index.html")))
                    .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
        }
    }

    @Test
    void refusesDuplicateSlugsBeforeWritingAnything() {
        Path site = tmp.resolve("site2");
        assertThat(run("site", site.toString(), article(), article())).isEqualTo(2);
        assertThat(err.toString()).contains("doppelt");
        assertThat(site).doesNotExist();
    }
}
