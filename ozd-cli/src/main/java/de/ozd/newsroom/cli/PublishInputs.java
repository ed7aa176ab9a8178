package de.ozd.newsroom.cli;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.format.ParseResult;
import de.ozd.newsroom.publish.Publication;
import de.ozd.newsroom.publish.PublishException;
import de.ozd.newsroom.publish.Site;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads house-format files into publications for {@code render} and {@code site}; refuses bad input (exit 2). */
final class PublishInputs {
    private PublishInputs() {}

    static Site site(String baseUrl, HouseConfig house) {
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

    /** Parses every file first; the first structural error stops everything before anything is written. */
    static List<Publication> read(InputReader reader, List<String> files, Site site) {
        List<Publication> out = new ArrayList<>();
        PackageParser parser = new PackageParser(site.house());
        for (String file : files) {
            InputReader.Input in = reader.read(file);
            ParseResult result = parser.parse(in.text());
            result.diagnostics().stream()
                    .filter(Diagnostic::isError)
                    .findFirst()
                    .ifPresent(d -> {
                        throw new UserException(d.format(in.name()) + " – das Paket wird nicht veröffentlicht; "
                                + "beheben Sie die Fehler (ozd check " + in.name() + ").");
                    });
            try {
                out.add(Publication.of(result.pkg(), site, fallbackSlug(file), fallbackDate(file)));
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

    /** Packages without a {@code date:} are dated by their file's modification time (standard input: now). */
    private static Instant fallbackDate(String file) {
        if (file.equals("-")) {
            return Instant.now();
        }
        try {
            return Files.getLastModifiedTime(Path.of(file)).toInstant();
        } catch (IOException e) {
            return Instant.now();
        }
    }
}
