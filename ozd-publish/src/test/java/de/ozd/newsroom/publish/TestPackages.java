package de.ozd.newsroom.publish;

import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.format.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The packages the publishing tests render: our own test packages, the repository's examples, the seed. */
final class TestPackages {
    /** A site with a real base URL: feeds, sitemaps and IPTC items refuse the placeholder host. */
    static final Site SITE = Site.ozd().withBaseUrl(java.net.URI.create("https://www.example.de/"));
    /** Fallback date for packages without front matter: fixed, so outputs are reproducible. */
    static final Instant FALLBACK_DATE = Instant.parse("2026-01-02T08:00:00Z");

    private TestPackages() {}

    /** A named package. */
    record Named(String name, Publication publication) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Publication resource(String name) {
        try (InputStream in = TestPackages.class.getResourceAsStream("/packages/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test package " + name);
            }
            return publication(new String(in.readAllBytes(), StandardCharsets.UTF_8), name.replace(".txt", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Publication publication(String text, String fallbackSlug) {
        ParseResult r = PackageParser.ozd().parse(text);
        if (r.hasErrors()) {
            throw new IllegalArgumentException(fallbackSlug + " has parse errors: " + r.diagnostics());
        }
        return Publication.of(r.pkg(), SITE, fallbackSlug, FALLBACK_DATE);
    }

    /** The correction every validator test sees on one of our articles. */
    static final Correction CORRECTION = new Correction(
            "In einer früheren Fassung hieß es, der Umschlag sei um "
                    + "neun Prozent gestiegen; richtig sind sieben Prozent.",
            OffsetDateTime.parse("2026-01-03T10:15:00+01:00"));

    static Publication corrected(Publication p) {
        return p.withCorrection(CORRECTION);
    }

    /** A second correction, a day after the first, and an update after both. */
    static final Correction SECOND_CORRECTION = new Correction(
            "Der Hafen gehört der Stadt, nicht dem Land.", OffsetDateTime.parse("2026-01-04T08:00:00+01:00"));

    /** hafen.txt a day earlier under its own slug, corrected twice and updated: every output shows both notes. */
    static Publication twiceCorrectedCopy() {
        Publication h = resource("hafen.txt");
        return correctedTwiceAndUpdated(new Publication(
                h.pkg(), "hafen-zweimal", h.headline(), h.published().minusDays(1), SITE.articleUrl("hafen-zweimal")));
    }

    static Publication correctedTwiceAndUpdated(Publication p) {
        return p.withCorrection(CORRECTION)
                .withCorrection(SECOND_CORRECTION)
                .withUpdate(OffsetDateTime.parse("2026-01-05T12:30:00+01:00"));
    }

    /** Every article the validator tests must pass: ours, examples/*.txt of the repository, and the seed if present. */
    static List<Named> all() {
        List<Named> all = new ArrayList<>();
        all.add(new Named("bruecke.txt", resource("bruecke.txt")));
        all.add(new Named("hafen.txt, korrigiert", corrected(resource("hafen.txt"))));
        all.add(new Named("hafen.txt, zweimal korrigiert, aktualisiert", twiceCorrectedCopy()));
        examplesDir().ifPresent(dir -> {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.toString().endsWith(".txt"))
                        .sorted()
                        .forEach(f -> all.add(new Named(
                                "examples/" + f.getFileName(),
                                publication(read(f), f.getFileName().toString().replace(".txt", "")))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        de.ozd.newsroom.testkit.Shared.findOrLeaveOut("seed/ozd-article-kim-putin.txt")
                .ifPresent(seed -> all.add(new Named("seed", publication(read(seed), "kim-putin"))));
        return all;
    }

    static java.util.Optional<Path> examplesDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples")) && Files.exists(dir.resolve("ozd-core"))) {
                return java.util.Optional.of(dir.resolve("examples"));
            }
        }
        return java.util.Optional.empty();
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }
}
