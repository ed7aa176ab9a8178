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
            "Write a static site: index.html, one page per article, RSS and Atom feeds, sitemap.xml,",
            "news-sitemap.xml and ozd.css. Open OUT_DIR/index.html in a browser."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:site written", "2:input unreadable, not publishable, or command misused"})
final class SiteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "Absolute URL the site will be served under, for feeds and sitemaps "
                    + "(default: https://ozd.example/).")
    String baseUrl;

    @Parameters(index = "0", paramLabel = "OUT_DIR", description = "Folder to write into (created if missing).")
    Path outDir;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "House-format files.")
    List<String> files;

    @Override
    public Integer call() {
        var site = PublishInputs.site(baseUrl, input.house());
        var items = PublishInputs.read(input.reader(), files, site);
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
