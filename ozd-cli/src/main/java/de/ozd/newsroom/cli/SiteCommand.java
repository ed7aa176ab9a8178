package de.ozd.newsroom.cli;

import de.ozd.newsroom.publish.PublishException;
import de.ozd.newsroom.publish.StaticSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ozd site OUT_DIR FILE...}: a static site that opens from disk in a browser. */
@Command(
        name = "site",
        mixinStandardHelpOptions = true,
        description = {
            "Schreibt eine statische Website: index.html, eine Seite je Artikel, RSS- und Atom-Feeds, sitemap.xml,",
            "news-sitemap.xml und ozd.css. OUT_DIR/index.html im Browser öffnen."
        },
        exitCodeListHeading = "%nExit-Codes:%n",
        exitCodeList = {"0:Website geschrieben", "2:Eingabe nicht lesbar, nicht veröffentlichbar oder Aufruf falsch"})
final class SiteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "Absolute Adresse, unter der die Website erscheint (oder baseUrl in der Hauskonfiguration); "
                    + "ohne sie hat die Website nur Seiten, keine Feeds und Sitemaps.")
    String baseUrl;

    @Option(
            names = "--force",
            description =
                    "Auch Pakete mit Fehlern der Hausstil-Prüfung aufnehmen; jede Seite weist sich dann als Vorschau aus.")
    boolean force;

    @Parameters(index = "0", paramLabel = "OUT_DIR", description = "Zielordner (wird bei Bedarf angelegt).")
    Path outDir;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Dateien im Hausformat.")
    List<String> files;

    @Override
    public Integer call() {
        var site = PublishInputs.site(baseUrl, input.house());
        int[] forced = {0};
        var items = PublishInputs.read(input.reader(), files, site, force, forced);
        var err = spec.commandLine().getErr();
        if (forced[0] > 0) {
            site = site.asPreview();
            err.println("ozd site: --force: " + forced[0] + " Paket(e) mit Fehlern in der Hausprüfung; jede Seite "
                    + "ist als Vorschau gekennzeichnet – nicht veröffentlichen.");
        }
        if (!site.hasBaseUrl()) {
            err.println("ozd site: Hinweis: ohne --base-url nur Seiten, keine Feeds und Sitemaps (sie brauchen "
                    + "absolute Adressen) und keine kanonischen Links.");
        }
        Map<String, byte[]> pages;
        try {
            pages = new StaticSite(site).build(items);
        } catch (PublishException e) {
            throw new UserException(e.getMessage());
        }
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new UserException(outDir + " ist eine Datei, kein Verzeichnis: wählen Sie ein anderes Ziel.");
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new UserException(outDir + " kann nicht angelegt werden (" + e.getMessage() + ").");
        }
        pages.forEach((name, bytes) -> AtomicFiles.write(outDir.resolve(name), bytes));
        spec.commandLine()
                .getOut()
                .println(items.size() + " Artikel, " + pages.size() + " Dateien in " + outDir + " – öffnen Sie "
                        + outDir.resolve("index.html") + " im Browser.");
        return OzdCli.OK;
    }
}
