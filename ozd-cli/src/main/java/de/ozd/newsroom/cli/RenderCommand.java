package de.ozd.newsroom.cli;

import de.ozd.newsroom.publish.OutputFormat;
import de.ozd.newsroom.publish.Publication;
import de.ozd.newsroom.publish.Renderer;
import de.ozd.newsroom.publish.Renderers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ozd render FILE... --to FORMAT}: one package as a page or IPTC item, or several as a feed or sitemap. */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        description = {
            "Gibt Pakete für Leser und Partnersysteme aus.",
            "Ein FILE: --to html|jsonld|ninjs|ninjs3|newsml|markdown. Ein oder mehrere FILEs: --to rss|atom|sitemap|newssitemap."
        },
        exitCodeListHeading = "%nExit-Codes:%n",
        exitCodeList = {"0:ausgegeben", "2:Eingabe nicht lesbar, nicht veröffentlichbar oder Aufruf falsch"})
final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "FORMAT",
            description =
                    "html, jsonld, ninjs (2.2), ninjs3 (3.1), newsml, markdown, rss, atom, sitemap oder newssitemap.")
    String to;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description =
                    "Nach OUT schreiben (als Ganzes ersetzt, nie halb geschrieben) statt auf die Standardausgabe.")
    Path output;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "Absolute Adresse, unter der die Artikel erscheinen (oder baseUrl in der Hauskonfiguration). "
                    + "Nötig für rss, atom, sitemap, newssitemap, ninjs, ninjs3 und newsml; Seiten ohne sie "
                    + "haben keinen kanonischen Link.")
    String baseUrl;

    @Option(
            names = "--force",
            description =
                    "Auch Pakete mit Fehlern der Hausstil-Prüfung ausgeben; die Seiten weisen sich als Vorschau aus.")
    boolean force;

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            description = "Dateien im Hausformat, oder - für die Standardeingabe.")
    List<String> files;

    @Override
    public Integer call() {
        var site = PublishInputs.site(baseUrl, input.house());
        Renderers renderers = Renderers.standard(site);
        Renderer renderer = renderers
                .get(to)
                .filter(r -> !r.format().name().equals("index"))
                .orElseThrow(() -> new UserException("Unbekanntes Format „" + to + "“: erlaubt sind "
                        + String.join(
                                ", ",
                                renderers.names().stream()
                                        .filter(n -> !n.equals("index"))
                                        .toList())
                        + "."));
        if (renderer.format().scope() == OutputFormat.Scope.ARTICLE && files.size() != 1) {
            throw new UserException("--to " + to + " gibt genau einen Artikel aus, nicht " + files.size()
                    + ": rufen Sie den Befehl je Datei auf, oder nutzen Sie ozd site für viele Artikel.");
        }
        if (Renderers.NEEDS_BASE_URL.contains(to) && !site.hasBaseUrl()) {
            throw new UserException("--to " + to + " braucht --base-url: Feeds, Sitemaps und IPTC-Formate "
                    + "enthalten absolute Links, z. B. --base-url https://www.example.de/ (oder „baseUrl“ in der "
                    + "Hauskonfiguration, --house).");
        }
        int[] forced = {0};
        List<Publication> items = PublishInputs.read(input.reader(), files, site, force, forced);
        if (forced[0] > 0) {
            site = site.asPreview();
            renderer = Renderers.standard(site).get(to).orElseThrow();
            spec.commandLine()
                    .getErr()
                    .println("ozd render: --force: " + forced[0] + " Paket(e) mit Fehlern in der Hausprüfung, "
                            + "als Vorschau gekennzeichnet – nicht veröffentlichen.");
        }
        if (!site.hasBaseUrl()) {
            spec.commandLine()
                    .getErr()
                    .println("ozd render: Hinweis: ohne --base-url hat die Ausgabe keinen kanonischen Link und keine "
                            + "absolute Adresse.");
        }
        String text;
        try {
            text = renderer.render(items);
        } catch (de.ozd.newsroom.publish.PublishException e) {
            throw new UserException(e.getMessage());
        }
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.write(output, text.getBytes(StandardCharsets.UTF_8));
        }
        return OzdCli.OK;
    }
}
