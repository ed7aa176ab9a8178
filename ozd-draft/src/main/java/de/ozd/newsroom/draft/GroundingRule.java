package de.ozd.newsroom.draft;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.Rule;
import de.ozd.newsroom.core.check.Severity;
import de.ozd.newsroom.core.format.NodePath;
import de.ozd.newsroom.core.format.ParseResult;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.draft.internal.ClaimChecker;
import de.ozd.newsroom.draft.internal.SourceIndex;
import de.ozd.newsroom.draft.internal.SourceReport;
import de.ozd.newsroom.language.GermanAnalyzer;
import de.ozd.newsroom.language.GermanCompounds;
import java.util.List;

/**
 * The grounding check, as a house-check rule: every person, place, organisation, number and date
 * in the infobox, the analysis, the explainers and the extras must be found in the source report
 * (after normalisation) or in the explainer library, else {@code OZD101} at that line with
 * the failing span. A claim that sounds surer than its source („bestätigt“, „offiziell“ where the
 * report only reports or hedges) is {@code OZD102}, and so is a claim that states as
 * done what the report says is planned, expected or possible („20 Fahrzeuge ausgeliefert“ for
 * „sollen … ausgeliefert werden“); an infobox title or fact, analysis point or extras line (each
 * timeline entry on its own) that drops the attribution or hedge its source sentence had is
 * {@code OZD103} (a warning).
 * Lines an editor still has to write ({@code [Redaktion: …]}) are skipped.
 *
 * <p>Built once per source report; immutable and thread-safe.
 */
public final class GroundingRule implements Rule {

    /** Rule id ({@link DraftRule#UNSUPPORTED}): a name, number or date that is neither in the report nor in the library. */
    public static final String UNSUPPORTED = DraftRule.UNSUPPORTED.id();
    /** Rule id ({@link DraftRule#CERTAINTY_UPGRADE}): the claim is more certain than the report. */
    public static final String CERTAINTY_UPGRADE = DraftRule.CERTAINTY_UPGRADE.id();
    /** Rule id ({@link DraftRule#ATTRIBUTION_DROPPED}): the claim drops the report's attribution or hedge. */
    public static final String ATTRIBUTION_DROPPED = DraftRule.ATTRIBUTION_DROPPED.id();

    /** Severity of a rule id of the catalogue ({@link DraftRule}); an unknown id is an error. */
    public static Severity severity(String rule) {
        return DraftRule.byId(rule).map(DraftRule::severity).orElse(Severity.ERROR);
    }

    private final GermanAnalyzer analyzer;
    private final SourceIndex source;
    private final ExplainerLibrary library;

    private GroundingRule(GermanAnalyzer analyzer, SourceIndex source, ExplainerLibrary library) {
        this.analyzer = analyzer;
        this.source = source;
        this.library = library;
    }

    /**
     * A rule for one source: a plain report (one paragraph per line) or a house package whose report
     * section is used.
     */
    public static GroundingRule forSource(
            GermanAnalyzer analyzer, String sourceText, ExplainerLibrary library, HouseConfig config) {
        SourceReport report = SourceReport.of(sourceText, config);
        if (report.paragraphs().isEmpty()) {
            throw new DraftException(
                    "Die Quelle ist leer: „--source“ braucht den Bericht, gegen den " + "geprüft wird.");
        }
        SourceIndex index = new SourceIndex(analyzer.analyze(report.text()), new GermanCompounds());
        return new GroundingRule(analyzer, index, library);
    }

    @Override
    public void check(ParseResult parsed, HouseConfig config, List<Diagnostic> out) {
        ClaimChecker checker = new ClaimChecker(analyzer, source, parsed.layout(), out);
        ArticlePackage pkg = parsed.pkg();
        pkg.infobox().ifPresent(box -> {
            // the title states the news like a fact; a list of names („… und …: die Fakten“) does not
            checker.check(box.title(), NodePath.INFOBOX_TITLE, "", !DraftLabels.isFallbackTitle(box.title()));
            for (int i = 0; i < box.facts().size(); i++) {
                checker.check(box.facts().get(i), NodePath.infoboxFact(i), "", true);
            }
        });
        pkg.analysis().ifPresent(a -> {
            for (int d = 0; d < a.dimensions().size(); d++) {
                var points = a.dimensions().get(d).points();
                for (int p = 0; p < points.size(); p++) {
                    checker.check(points.get(p).text(), NodePath.point(d, p), "", true);
                }
            }
        });
        pkg.explainers().ifPresent(e -> {
            for (int i = 0; i < e.entries().size(); i++) {
                var entry = e.entries().get(i);
                String libraryText = library.forQuestion(entry.question())
                        .map(x -> x.explainer().question() + " " + x.explainer().answer())
                        .orElse("");
                checker.check(entry.answer(), NodePath.answer(i), libraryText, false);
            }
        });
        pkg.extras().ifPresent(x -> {
            for (int i = 0; i < x.paragraphs().size(); i++) {
                checker.check(x.paragraphs().get(i), NodePath.extrasParagraph(i), "", true);
            }
        });
    }
}
