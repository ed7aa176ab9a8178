package de.ozd.newsroom.draft;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.format.PackageWriter;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Commentary;
import de.ozd.newsroom.core.model.Credits;
import de.ozd.newsroom.core.model.FrontMatter;
import de.ozd.newsroom.core.model.Origin;
import de.ozd.newsroom.core.model.Provenance;
import de.ozd.newsroom.core.model.Report;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.core.model.SectionProvenance;
import de.ozd.newsroom.draft.internal.DimensionLexicon;
import de.ozd.newsroom.draft.internal.Drafter;
import de.ozd.newsroom.draft.internal.SourceReport;
import de.ozd.newsroom.language.GermanAnalyzer;
import de.ozd.newsroom.language.GermanCompounds;
import de.ozd.newsroom.language.TextAnalysis;
import java.util.List;
import java.util.Objects;

/**
 * The offline drafting engine: every drafted line is taken or compressed from the report's own
 * words, keeps the report's attribution, and is marked {@code extractive, unreviewed}. No network,
 * no randomness: the same report gives the same package, byte for byte. The commentary is left as a
 * marked placeholder (opinion is an editor's job); explainers come from the {@link
 * ExplainerLibrary} or are marked placeholders, never invented text.
 *
 * <p>Immutable and thread-safe once built; the analyser it holds is expensive, so build one engine
 * and share it.
 */
public final class ExtractiveDraftEngine implements DraftEngine {

    /** Marks every line an editor must still write ({@link DraftLabels#PLACEHOLDER}). */
    public static final String PLACEHOLDER_PREFIX = DraftLabels.PLACEHOLDER;

    private final GermanAnalyzer analyzer;
    private final GermanCompounds compounds;
    private final ExplainerLibrary library;
    private final DimensionLexicon dimensions;
    private final HouseConfig config;

    private ExtractiveDraftEngine(Builder b) {
        this.analyzer = Objects.requireNonNull(b.analyzer, "analyzer");
        this.library = b.library;
        this.dimensions = b.dimensions;
        this.config = b.config;
        this.compounds = new GermanCompounds();
    }

    public static Builder builder(GermanAnalyzer analyzer) {
        return new Builder(analyzer);
    }

    @Override
    public String name() {
        return "extractive";
    }

    @Override
    public ArticlePackage draft(DraftRequest request) {
        SourceReport source = SourceReport.of(request.reportText(), config);
        if (source.paragraphs().isEmpty()) {
            throw new DraftException(
                    "Der Bericht ist leer: „ozd draft“ braucht den Text einer Meldung, " + "einen Absatz pro Zeile.");
        }
        TextAnalysis analysis = analyzer.analyze(source.text());
        Drafter.Sections sections = new Drafter(analysis, library, dimensions, compounds, config.limits()).draft();
        String credit =
                request.pictureCredit().or(request::agency).orElse(DraftLabels.placeholder("Bildnachweis ergänzen"));
        FrontMatter front =
                request.agency().map(a -> FrontMatter.EMPTY.with("agency", a)).orElse(FrontMatter.EMPTY);
        ArticlePackage pkg = ArticlePackage.ofReport(report(source.paragraphs()))
                .withFrontMatter(front)
                .withCommentary(new Commentary(
                        DraftLabels.placeholder("Titel"),
                        List.of(DraftLabels.placeholder(
                                "Kommentar schreiben. Meinung ist Sache der Redaktion; der Entwurf enthält bewusst "
                                        + "keinen."))))
                .withInfobox(sections.infobox())
                .withAnalysis(sections.analysis())
                .withExplainers(sections.explainers())
                .withCredits(new Credits(config.disclaimer(), credit))
                .withExtras(sections.extras().orElse(null));
        pkg = pkg.withProvenance(provenance(pkg));
        requireReportSurvives(pkg, source);
        return pkg;
    }

    /**
     * The report with the desk signature. The house signature follows the end of a sentence („…
     * Seite. OZD“); a report whose last paragraph ends otherwise (a results table, a dateline) gets
     * the signature on a line of its own, so the report's own text stays untouched. In the model
     * that line is the last paragraph (and the signature field is empty): the canonical writer
     * would otherwise join it to the paragraph, where the parser no longer sees a signature.
     */
    private Report report(List<String> paragraphs) {
        if (endsSentence(paragraphs)) {
            return new Report(paragraphs, config.brand());
        }
        List<String> withLine = new java.util.ArrayList<>(paragraphs);
        withLine.add(config.brand());
        return new Report(withLine, java.util.Optional.empty());
    }

    private static boolean endsSentence(List<String> paragraphs) {
        String last = paragraphs.get(paragraphs.size() - 1);
        return !last.isEmpty() && ".!?…“”\"»«)".indexOf(last.charAt(last.length() - 1)) >= 0;
    }

    private static Provenance provenance(ArticlePackage pkg) {
        Provenance p = Provenance.EMPTY;
        for (Section s :
                List.of(Section.COMMENTARY, Section.INFOBOX, Section.ANALYSIS, Section.EXPLAINERS, Section.EXTRAS)) {
            if (pkg.has(s)) {
                p = p.with(s, SectionProvenance.drafted(Origin.EXTRACTIVE, null));
            }
        }
        return p;
    }

    /** A report line that reads like a house heading would break the package: say so. */
    private void requireReportSurvives(ArticlePackage pkg, SourceReport source) {
        String text = new PackageWriter(config).canonical(pkg);
        List<String> back = new PackageParser(config).parse(text).pkg().report().paragraphs();
        if (!back.equals(source.paragraphs())) {
            int i = 0;
            while (i < back.size()
                    && i < source.paragraphs().size()
                    && back.get(i).equals(source.paragraphs().get(i))) {
                i++;
            }
            String line = i < source.paragraphs().size() ? source.paragraphs().get(i) : "";
            throw new DraftException("Absatz " + (i + 1) + " des Berichts („" + abbreviate(line)
                    + "“) sieht aus wie eine Überschrift des Hausformats: formulieren Sie ihn um oder "
                    + "verbinden Sie ihn mit dem Absatz davor.");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }

    /** Options for the engine. */
    public static final class Builder {
        private final GermanAnalyzer analyzer;
        private ExplainerLibrary library = ExplainerLibrary.standard();
        private DimensionLexicon dimensions = DimensionLexicon.standard();
        private HouseConfig config = HouseConfig.OZD;

        private Builder(GermanAnalyzer analyzer) {
            this.analyzer = analyzer;
        }

        /** The explainer library; the bundled one by default. */
        public Builder library(ExplainerLibrary value) {
            this.library = Objects.requireNonNull(value);
            return this;
        }

        /** A dimension lexicon file replacing the bundled one. */
        public Builder dimensions(java.nio.file.Path file) {
            this.dimensions = DimensionLexicon.load(file);
            return this;
        }

        /** The house; OZD by default. */
        public Builder config(HouseConfig value) {
            this.config = Objects.requireNonNull(value);
            return this;
        }

        public ExtractiveDraftEngine build() {
            return new ExtractiveDraftEngine(this);
        }
    }
}
