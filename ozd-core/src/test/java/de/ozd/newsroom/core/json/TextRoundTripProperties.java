package de.ozd.newsroom.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.format.PackageWriter;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The JSON form → house text writer is total (issue 10, finding 4): random packages with arbitrary Unicode in every
 * field, sent as JSON, either come back from their house text as the very same package, or are refused with a
 * message that names a field of the JSON that exists.
 */
class TextRoundTripProperties {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final PackageParser parser = PackageParser.ozd();
    private final PackageWriter writer = PackageWriter.ozd();

    @Property(tries = 600)
    void jsonToTextToPackageIsIdentityOrRefusedNamingTheField(@ForAll("packages") ArticlePackage pkg) throws Exception {
        String json = PackageJson.write(pkg);
        ArticlePackage read = PackageJson.read(json);
        boolean accepted;
        try {
            TextRoundTrip.require(read, HouseConfig.OZD);
            accepted = true;
        } catch (PackageJsonException e) {
            accepted = false;
            assertThat(e.pointer()).startsWith("/");
            assertThat(MAPPER.readTree(json).at(e.pointer()).isMissingNode())
                    .as("the refusal names a field of the JSON: " + e.pointer())
                    .isFalse();
            assertThat(e.getMessage()).contains(e.pointer());
            Statistics.label("refused at").collect(e.pointer().replaceAll("/\\d+", "/n"));
        }
        if (accepted) {
            String text = writer.canonical(read);
            assertThat(parser.parse(text).pkg()).isEqualTo(pkg);
            // and the text saved back unchanged keeps it (GET text/plain → PUT)
            assertThat(parser.parse(writer.lossless(parser.parse(text))).pkg()).isEqualTo(pkg);
        }
        Statistics.label("accepted").collect(accepted);
        // the check must not refuse everything: most packages built from house-like words pass
        Statistics.label("accepted").coverage(c -> c.check(true).percentage(p -> p > 10));
    }

    // --- fixtures: inputs that once broke the writer (the hardening probe) --------------------------------

    private static ArticlePackage base() {
        return ArticlePackage.ofReport(new Report(List.of("Die Brücke bleibt gesperrt."), "OZD"))
                .withFrontMatter(new FrontMatter(Map.of("headline", "Brücke gesperrt")));
    }

    @Example
    void newlineInAJsonFieldCannotInjectFrontMatterOrSections() {
        ArticlePackage pkg = base().withFrontMatter(new FrontMatter(Map.of("headline", "Titel\nslug: fremder-slug")))
                .withExtras(new Extras(List.of("Absatz\n\nMini-Infobox\nFakt")));
        assertThatThrownBy(() -> TextRoundTrip.require(pkg, HouseConfig.OZD))
                .isInstanceOf(PackageJsonException.class)
                .satisfies(e -> assertThat(((PackageJsonException) e).pointer()).isEqualTo("/frontMatter/headline"));
    }

    @Example
    void lineSeparatorInAHeadlineIsRefused() {
        ArticlePackage pkg = base().withFrontMatter(new FrontMatter(Map.of("headline", "Eins\u2028Zwei")));
        assertThatThrownBy(() -> TextRoundTrip.require(pkg, HouseConfig.OZD))
                .isInstanceOf(PackageJsonException.class)
                .hasMessageContaining("/frontMatter/headline")
                .hasMessageContaining("U+2028");
    }

    @Example
    void modelNameWithSpacesIsRefusedNamingTheProvenance() {
        ArticlePackage pkg = base().withProvenance(Provenance.EMPTY.with(
                Section.REPORT, new SectionProvenance(Origin.LLM, false, Optional.of("gpt 4o mini"))));
        assertThatThrownBy(() -> TextRoundTrip.require(pkg, HouseConfig.OZD))
                .isInstanceOf(PackageJsonException.class)
                .satisfies(e -> assertThat(((PackageJsonException) e).pointer()).startsWith("/provenance/report"));
    }

    @Example
    void controlCharactersAndLoneSurrogatesAreRefused() {
        for (String bad : List.of("a\u0000b", "a\u001b[31mb", "a\uD800b", "a\uDC00", "a\u0085b")) {
            ArticlePackage pkg = ArticlePackage.ofReport(new Report(List.of("Satz " + bad + "."), "OZD"));
            assertThatThrownBy(() -> TextRoundTrip.require(pkg, HouseConfig.OZD))
                    .isInstanceOf(PackageJsonException.class)
                    .satisfies(e ->
                            assertThat(((PackageJsonException) e).pointer()).isEqualTo("/report/paragraphs/0"));
        }
    }

    @Example
    void aParagraphThatReadsAsAHeadingIsRefused() {
        ArticlePackage pkg =
                ArticlePackage.ofReport(new Report(List.of("Erster Satz.", "Mini-Infobox", "Dritter Satz."), "OZD"));
        assertThatThrownBy(() -> TextRoundTrip.require(pkg, HouseConfig.OZD))
                .isInstanceOf(PackageJsonException.class)
                .satisfies(e -> assertThat(((PackageJsonException) e).pointer()).isEqualTo("/report/paragraphs/1"));
    }

    /** Texts whose front matter holds nothing readable once made the parser throw (found by the property). */
    @Example
    void frontMatterWithNothingReadableParsesAndStaysLossless() {
        for (String text : List.of(
                "---\nfoo bar\n---\nText. OZD\n",
                "---\nprovenance.credits: human a b, reviewed\n---\nText. OZD",
                "---\n---\nText. OZD\n",
                "---\nfoo bar\n---\n")) {
            var parsed = parser.parse(text);
            assertThat(writer.lossless(parsed)).isEqualTo(text);
            assertThat(parsed.pkg().frontMatter().isEmpty()).isTrue();
        }
    }

    @Example
    void anOrdinaryPackageWithAiProvenancePasses() {
        ArticlePackage pkg = base().withProvenance(Provenance.EMPTY.with(
                Section.REPORT, new SectionProvenance(Origin.LLM, false, Optional.of("gpt-4o-mini"))));
        TextRoundTrip.require(pkg, HouseConfig.OZD);
        assertThat(parser.parse(writer.canonical(pkg)).pkg()).isEqualTo(pkg);
    }

    // --- generators ----------------------------------------------------------------------------------------

    /** Half house-like words, half arbitrary Unicode (surrogates, controls, line separators included). */
    private static Arbitrary<String> text() {
        Arbitrary<String> word = Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyzäöüßÄÖÜABCDEFGHKLMNRSTZ0123456789-")
                .ofMinLength(1)
                .ofMaxLength(9);
        Arbitrary<String> sentence = word.list().ofMinSize(1).ofMaxSize(8).map(ws -> String.join(" ", ws) + ".");
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(24);
        Arbitrary<String> tricky = Arbitraries.of(
                "Mini-Infobox",
                "---",
                "OZD",
                " führendes Leerzeichen",
                "",
                "Satz.\u2028Zweiter",
                "a) Punkt",
                "Alle Angaben ohne Gewähr.",
                "Frage?",
                "Titel\nslug: x",
                "\u001b[2J",
                "\uD83D\uDE00 Emoji");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(80, sentence),
                net.jqwik.api.Tuple.of(2, any),
                net.jqwik.api.Tuple.of(1, tricky));
    }

    private static Arbitrary<List<String>> texts() {
        return text().list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<ArticlePackage> packages() {
        Arbitrary<Report> report = Combinators.combine(
                        text().list().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.frequencyOf(
                                        net.jqwik.api.Tuple.of(8, Arbitraries.of("OZD", "OZD/AFP")),
                                        net.jqwik.api.Tuple.of(1, text()))
                                .optional())
                .as(Report::new);
        Arbitrary<Commentary> commentary = Combinators.combine(text(), texts()).as(Commentary::new);
        Arbitrary<Infobox> infobox = Combinators.combine(text(), texts()).as(Infobox::new);
        Arbitrary<Dimension> dimension = Combinators.combine(
                        text(), texts(), Arbitraries.integers().between(0, 9), text())
                .as((title, texts, k, odd) -> {
                    List<Point> points = new java.util.ArrayList<>();
                    for (int i = 0; i < texts.size(); i++) {
                        // now and then a label the text cannot hold in that place
                        points.add(new Point(k == 0 && i == 0 ? odd : Point.labelFor(i), texts.get(i)));
                    }
                    return new Dimension(title, points);
                });
        Arbitrary<Analysis> analysis =
                dimension.list().ofMinSize(1).ofMaxSize(3).map(Analysis::new);
        Arbitrary<Explainers> explainers = Combinators.combine(
                        Arbitraries.oneOf(text().map(q -> q + "?"), text()), text())
                .as(Explainer::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(Explainers::new);
        Arbitrary<Credits> credits = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(
                        8, Arbitraries.of("AFP", "dpa", "OZD").map(c -> new Credits("Alle Angaben ohne Gewähr.", c))),
                net.jqwik.api.Tuple.of(
                        1,
                        Combinators.combine(text().optional(), text().optional())
                                .as(Credits::new)));
        Arbitrary<Extras> extras = texts().map(Extras::new);
        Arbitrary<FrontMatter> frontMatter = Arbitraries.maps(
                        Arbitraries.frequencyOf(
                                net.jqwik.api.Tuple.of(9, Arbitraries.of("headline", "slug", "date", "author", "tags")),
                                net.jqwik.api.Tuple.of(1, text())),
                        text())
                .ofMaxSize(3)
                .map(m -> new FrontMatter(new LinkedHashMap<>(m)));
        Arbitrary<Provenance> provenance = Arbitraries.maps(
                        Arbitraries.of(Section.values()),
                        Combinators.combine(
                                        Arbitraries.of(Origin.values()),
                                        Arbitraries.of(true, false),
                                        Arbitraries.frequencyOf(
                                                        net.jqwik.api.Tuple.of(9, Arbitraries.just("gpt-4o-mini")),
                                                        net.jqwik.api.Tuple.of(1, text()))
                                                .optional(),
                                        Arbitraries.frequencyOf(
                                                        net.jqwik.api.Tuple.of(5, Arbitraries.just("k.redakteur")),
                                                        net.jqwik.api.Tuple.of(1, text().filter(t -> !t.isBlank())))
                                                .optional())
                                .as((o, r, m, by) -> new SectionProvenance(
                                        o,
                                        r,
                                        m,
                                        by.map(b -> new de.ozd.newsroom.core.model.Signoff(
                                                b, java.time.Instant.parse("2026-12-04T16:00:07.250Z"))))))
                .ofMaxSize(2)
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
}
