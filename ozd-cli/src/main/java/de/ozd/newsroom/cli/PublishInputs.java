package de.ozd.newsroom.cli;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseChecker;
import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.format.ParseResult;
import de.ozd.newsroom.publish.Publication;
import de.ozd.newsroom.publish.PublishException;
import de.ozd.newsroom.publish.Site;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads house-format files into publications for {@code render} and {@code site}; refuses bad input (exit 2). */
final class PublishInputs {
    private PublishInputs() {}

    /**
     * The site to publish for: its base URL from {@code --base-url}, else from the house configuration, else none
     * (then feeds, sitemaps and IPTC items are refused and pages carry no absolute address).
     */
    static Site site(String baseUrl, HouseConfig house) {
        if (baseUrl == null) {
            baseUrl = house.baseUrl().orElse(null);
        }
        if (baseUrl == null) {
            return Site.ozd().withHouse(house);
        }
        try {
            URI uri = new URI(baseUrl);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new URISyntaxException(baseUrl, "not http(s)");
            }
            return Site.ozd().withHouse(house).withBaseUrl(uri);
        } catch (URISyntaxException e) {
            throw new UserException("--base-url „" + baseUrl + "“ ist keine http(s)-Adresse: geben Sie z. B. "
                    + "--base-url https://www.example.de/ an.");
        }
    }

    /**
     * Reads and checks every file first; the first package with a house-check error (the errors of {@code ozd
     * check}) stops everything before anything is written. With {@code force} packages with check errors (but
     * not unparsable ones) are let through: the caller then renders a preview. A package without {@code date:}
     * is refused either way: a file has no first publication time, and no other time would be true.
     *
     * @param forced set to how many packages were let through with check errors
     */
    static List<Publication> read(InputReader reader, List<String> files, Site site, boolean force, int[] forced) {
        List<Publication> out = new ArrayList<>();
        PackageParser parser = new PackageParser(site.house());
        HouseChecker checker = new HouseChecker(site.house(), HouseChecker.defaultRules());
        for (String file : files) {
            InputReader.Input in = reader.read(file);
            ParseResult result = parser.parse(in.text());
            Optional<Diagnostic> structural =
                    result.diagnostics().stream().filter(Diagnostic::isError).findFirst();
            if (structural.isPresent()) {
                throw new UserException(structural.get().format(in.name()) + " – das Paket wird nicht "
                        + "veröffentlicht; beheben Sie die Fehler (ozd check " + in.name() + ").");
            }
            List<Diagnostic> errors = checker.check(in.text()).stream()
                    .filter(Diagnostic::isError)
                    .toList();
            if (!errors.isEmpty()) {
                if (!force) {
                    throw new UserException(errors.get(0).format(in.name()) + " – "
                            + (errors.size() == 1 ? "ein Fehler" : errors.size() + " Fehler")
                            + " in der Hausprüfung: das Paket wird nicht veröffentlicht; beheben Sie "
                            + (errors.size() == 1 ? "ihn" : "sie") + " (ozd check " + in.name() + ") oder "
                            + "erzeugen Sie mit --force eine als Vorschau gekennzeichnete Ausgabe.");
                }
                forced[0]++;
            }
            try {
                out.add(Publication.of(result.pkg(), site, fallbackSlug(file), null));
            } catch (PublishException e) {
                throw new UserException(in.name() + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static String fallbackSlug(String file) {
        if (file.equals("-")) {
            return "artikel";
        }
        String name = Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
