package de.ozd.newsroom.draft;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Commentary;
import de.ozd.newsroom.core.model.Credits;
import de.ozd.newsroom.core.model.FrontMatter;
import de.ozd.newsroom.core.model.Origin;
import de.ozd.newsroom.core.model.Provenance;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.core.model.SectionProvenance;
import de.ozd.newsroom.draft.internal.DimensionLexicon;
import de.ozd.newsroom.draft.internal.Drafter;
import de.ozd.newsroom.draft.internal.ReportSection;
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
 * ExplainerLibrary}, the report's own roles and appositions or, when given, the {@link ExplainerArchive} of published
 * packages (named in a note of the outcome), else they are marked placeholders, never invented text.
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
    private final ExplainerArchive archive;
    private final DimensionLexicon dimensions;
    private final HouseConfig config;

    private ExtractiveDraftEngine(Builder b) {
        this.analyzer = Objects.requireNonNull(b.analyzer, "analyzer");
        this.library = b.library;
        this.archive = b.archive;
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
        return drafted(request).pkg();
    }

    /**
     * The package with a note for each explainer answer taken from the archive (which package, to be checked); the
     * notes also go to {@code listener}.
     */
    @Override
    public DraftOutcome draft(DraftRequest request, DraftListener listener) {
        DraftOutcome outcome = drafted(request);
        outcome.notes().forEach(listener::note);
        return outcome;
    }

    private DraftOutcome drafted(DraftRequest request) {
        SourceReport source = SourceReport.of(request.reportText(), config);
        if (source.paragraphs().isEmpty()) {
            throw new DraftException(
                    "Der Bericht ist leer: „ozd draft“ braucht den Text einer Meldung, " + "einen Absatz pro Zeile.");
        }
        TextAnalysis analysis = analyzer.analyze(source.text());
        Drafter.Sections sections =
                new Drafter(analysis, library, archive, dimensions, compounds, config.limits()).draft();
        String credit =
                request.pictureCredit().or(request::agency).orElse(DraftLabels.placeholder("Bildnachweis ergänzen"));
        FrontMatter front =
                request.agency().map(a -> FrontMatter.EMPTY.with("agency", a)).orElse(FrontMatter.EMPTY);
        ArticlePackage pkg = ArticlePackage.ofReport(ReportSection.of(source.paragraphs(), config))
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
        ReportSection.requireSurvives(pkg, source, config);
        return new DraftOutcome(pkg, List.of(), sections.notes(), name(), java.util.Optional.empty());
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

    /** Options for the engine. */
    public static final class Builder {
        private final GermanAnalyzer analyzer;
        private ExplainerLibrary library = ExplainerLibrary.standard();
        private ExplainerArchive archive = ExplainerArchive.NONE;
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

        /**
         * Explainers of published packages, offered where the library has no entry (see {@code ExplainerDrafter} for
         * the order of the sources); none by default.
         */
        public Builder archive(ExplainerArchive value) {
            this.archive = Objects.requireNonNull(value);
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
