package de.ozd.newsroom.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseChecker;
import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.core.model.Analysis;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Commentary;
import de.ozd.newsroom.core.model.Credits;
import de.ozd.newsroom.core.model.Dimension;
import de.ozd.newsroom.core.model.Explainer;
import de.ozd.newsroom.core.model.Explainers;
import de.ozd.newsroom.core.model.Extras;
import de.ozd.newsroom.core.model.FrontMatter;
import de.ozd.newsroom.core.model.Infobox;
import de.ozd.newsroom.core.model.Origin;
import de.ozd.newsroom.core.model.Point;
import de.ozd.newsroom.core.model.Provenance;
import de.ozd.newsroom.core.model.Report;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.core.model.SectionProvenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the house format over random packages and random text. */
class FormatProperties {
    private static final java.util.Set<String> HEADINGS =
            java.util.Set.of("Mini-Infobox", "OZD-Analyse", "Erklärungen", "OZD-Extras");

    private final PackageParser parser = PackageParser.ozd();
    private final PackageWriter writer = PackageWriter.ozd();

    @Property(tries = 300)
    void randomPackageSurvivesWriteAndParse(@ForAll("packages") ArticlePackage pkg) {
        String text = writer.canonical(pkg);
        ParseResult parsed = parser.parse(text);
        assertThat(parsed.pkg()).isEqualTo(pkg);
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(writer.lossless(parsed)).isEqualTo(text);
    }

    @Property(tries = 300)
    void randomPackageSurvivesJson(@ForAll("packages") ArticlePackage pkg) {
        assertThat(PackageJson.read(PackageJson.write(pkg))).isEqualTo(pkg);
    }

    @Property(tries = 1000)
    void anyTextParsesWithoutExceptionAndRoundTrips(@ForAll("houseLikeText") String text) {
        ParseResult parsed = parser.parse(text);
        assertThat(writer.lossless(parsed)).isEqualTo(text);
        // the canonical text parses back losslessly, and for a package without errors it is a fixed point
        // (invalid packages for which it is not: src/test/resources/pathological/README.md)
        String once = writer.canonical(parsed.pkg());
        ParseResult again = parser.parse(once);
        assertThat(writer.lossless(again)).isEqualTo(once);
        if (HouseChecker.ozd().check(parsed).stream().noneMatch(Diagnostic::isError)) {
            assertThat(writer.canonical(again.pkg())).isEqualTo(once);
        }
    }

    @Property(tries = 500)
    void arbitraryUnicodeNeverThrows(@ForAll String text) {
        assertThat(writer.lossless(parser.parse(text))).isEqualTo(text);
    }

    // --- generators ----------------------------------------------------------------------------------------

    private static Arbitrary<String> word() {
        return Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyzäöüßÄÖÜABCDEFGHKLMNRSTZ0123456789-")
                .ofMinLength(1)
                .ofMaxLength(9)
                .filter(w -> Character.isLetterOrDigit(w.charAt(0)));
    }

    private static Arbitrary<String> words(int min, int max) {
        return word().list().ofMinSize(min).ofMaxSize(max).map(ws -> String.join(" ", ws));
    }

    private static Arbitrary<String> sentence() {
        return Combinators.combine(words(1, 12), Arbitraries.of(".", "!", "…", ".“"), Arbitraries.of(true, false))
                .as((w, end, quoted) -> (quoted ? "Er sagte: „" + w + "“" : w) + (end.equals(".“") ? "." : end));
    }

    private static Arbitrary<String> title() {
        return words(1, 6)
                .filter(t -> !t.matches("[a-z]\\).*")
                        && !HEADINGS.contains(t)
                        && !t.startsWith("Titelbild ")
                        && !t.startsWith("OZD-Kommentar")
                        && !t.equals("---"));
    }

    @Provide
    Arbitrary<ArticlePackage> packages() {
        // paragraphs that end no sentence (a table row) must keep their signature too
        Arbitrary<Report> report = Arbitraries.oneOf(sentence(), sentence(), title())
                .list()
                .ofMinSize(1)
                .ofMaxSize(5)
                .map(p -> new Report(p, Optional.of("OZD")));
        Arbitrary<Commentary> commentary = Combinators.combine(
                        title(), sentence().list().ofMinSize(1).ofMaxSize(3))
                .as(Commentary::new);
        Arbitrary<Infobox> infobox = Combinators.combine(
                        title(), title().list().ofMinSize(1).ofMaxSize(5))
                .as(Infobox::new);
        Arbitrary<Dimension> dimension = Combinators.combine(
                        title(), words(1, 6).list().ofMinSize(1).ofMaxSize(5))
                .as((t, ps) -> {
                    List<Point> points = new ArrayList<>();
                    for (int i = 0; i < ps.size(); i++) {
                        points.add(new Point(Point.labelFor(i), ps.get(i)));
                    }
                    return new Dimension(t, points);
                });
        Arbitrary<Analysis> analysis =
                dimension.list().ofMinSize(1).ofMaxSize(4).map(Analysis::new);
        Arbitrary<Explainer> explainer = Combinators.combine(
                        words(1, 6), sentence().list().ofMinSize(1).ofMaxSize(3))
                .as((q, a) -> new Explainer(q + "?", String.join(" ", a)));
        Arbitrary<Explainers> explainers =
                explainer.list().ofMinSize(1).ofMaxSize(4).map(Explainers::new);
        Arbitrary<Credits> credits = Arbitraries.of("AFP", "dpa", "OZD", "Reuters/OZD")
                .map(c -> new Credits("Alle Angaben ohne Gewähr.", c));
        Arbitrary<Extras> extras = sentence().list().ofMinSize(1).ofMaxSize(3).map(Extras::new);
        Arbitrary<FrontMatter> frontMatter = Arbitraries.maps(
                        Arbitraries.of("headline", "slug", "date", "author", "tags", "agency"), words(1, 4))
                .ofMaxSize(4)
                .map(m -> new FrontMatter(new LinkedHashMap<>(m)));
        Arbitrary<Provenance> provenance = Arbitraries.maps(
                        Arbitraries.of(Section.values()),
                        Combinators.combine(
                                        Arbitraries.of(Origin.values()),
                                        Arbitraries.of(true, false),
                                        Arbitraries.of("", "gpt-4o-mini", "llama-3.1-8b"),
                                        Arbitraries.of("", "k.redakteur", "Anna Beck, dpa"),
                                        Arbitraries.longs().between(0, 4_000_000_000L))
                                .as((o, r, m, by, at) -> new SectionProvenance(
                                        o,
                                        r,
                                        o == Origin.LLM && !m.isEmpty() ? Optional.of(m) : Optional.empty(),
                                        by.isEmpty()
                                                ? Optional.empty()
                                                : Optional.of(new de.ozd.newsroom.core.model.Signoff(
                                                        by, java.time.Instant.ofEpochSecond(at))))))
                .ofMaxSize(3)
                .map(m -> new Provenance(Map.copyOf(m)));
        return Combinators.combine(
                        report,
                        commentary.optional(),
                        infobox.optional(),
                        analysis.optional(),
                        explainers.optional(),
                        credits.optional(),
                        extras.optional(),
                        frontMatter)
                .as((r, c, i, a, e, cr, x, fm) -> new ArticlePackage(fm, r, c, i, a, e, cr, x, Provenance.EMPTY))
                .flatMap(p -> provenance.map(p::withProvenance));
    }

    @Provide
    Arbitrary<String> houseLikeText() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of(
                        "OZD-Kommentar – Titel",
                        "OZD-Kommentar - Titel",
                        "OZD-Kommentar",
                        "Mini-Infobox",
                        "OZD-Analyse",
                        "Erklärungen",
                        "OZD-Extras",
                        "Alle Angaben ohne Gewähr. Titelbild AFP.",
                        "Titelbild dpa.",
                        "---",
                        "slug: x",
                        "provenance.infobox: llm m, reviewed",
                        "",
                        "  ",
                        "OZD",
                        "a) Punkt",
                        "d) Punkt",
                        "a)",
                        "Wer ist X?",
                        "Text. OZD",
                        "„offen",
                        "zu“",
                        "\"gerade\""),
                sentence(),
                words(1, 4).map(w -> w + "?"),
                Arbitraries.strings().ofMaxLength(20));
        Arbitrary<String> terminator = Arbitraries.of("\n", "\n", "\n", "\r\n", "\r");
        return Combinators.combine(line, terminator)
                .as(String::concat)
                .list()
                .ofMaxSize(40)
                .map(ls -> String.join("", ls))
                .flatMap(t -> Arbitraries.of("", "\uFEFF")
                        .flatMap(b -> Arbitraries.of(true, false)
                                .map(trim -> b + (trim && !t.isEmpty() ? t.substring(0, t.length() - 1) : t))));
    }
}
