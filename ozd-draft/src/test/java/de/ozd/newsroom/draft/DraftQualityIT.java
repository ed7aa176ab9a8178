package de.ozd.newsroom.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseChecker;
import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.format.PackageWriter;
import de.ozd.newsroom.core.format.ParseResult;
import de.ozd.newsroom.core.model.Analysis;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Dimension;
import de.ozd.newsroom.core.model.Infobox;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures how full the drafts are, not only that they are grounded: facts per infobox, share of
 * drafts with 3–5 facts, share with at least two dimensions of at least two points each, share
 * without house warnings, and grounding errors (must stay 0). Two corpora: our own five reports
 * ({@code reports/quality/}) and the 10kGNAD sample of {@link DraftRobustnessIT} (every 8th
 * article; skipped with a printed reason when {@code shared/data} is absent).
 *
 * <p>A fact counts when it keeps the house limit of eight words (OZD011): the drafts before this
 * work filled short infoboxes with facts of up to ten words. The floors sit below the figures
 * measured when they were set and above those before (docs/drafting.md has both): own reports
 * 1.20 → 2.60 facts, 0 → 60 % with 3–5 facts, 0 → 80 % with two full dimensions, 0 → 60 %
 * without house warnings; 10kGNAD sample 2.92 → 4.18, 58 → 87 %, 5 → 88 %, 4 → 76 %. The
 * fact-completeness work then refused fragments and distortions (FragmentEvaluationIT counts
 * them) and the news sample fell to 3.45 facts, 71 %, 77 %, 63 %: fewer facts beat fragments.
 * Refusing demonstratives that point back („Diese Effekte lassen sich beobachten“), kept particle
 * verbs and comparisons then gave 3.40 facts, 70 %, 71 %, 58 %; repairing the tagger's sentence-initial nouns
 * („Gutachter“ as an adjective) and genitive subjects 3.52, 74 %, 78 %, 64 %.
 * With {@code -Dozd.eval.verbose=true} every draft's infobox and analysis are printed.
 */
class DraftQualityIT {

    static final List<String> OWN = List.of("lehrerstellen", "busstreik", "klinikfusion", "rathaus-hack", "pokalsieg");

    /** Figures over one corpus. */
    record Figures(
            int drafts,
            int facts,
            int shortFacts,
            int withThreeToFive,
            int withTwoFullDimensions,
            int withoutHouseWarnings,
            int groundingErrors,
            int groundingWarnings) {

        /** Facts of at most eight words (the house limit, OZD011) per infobox. */
        double averageFacts() {
            return (double) shortFacts / drafts;
        }

        double share(int n) {
            return (double) n / drafts;
        }

        String line(String name) {
            return String.format(
                    java.util.Locale.ROOT,
                    "%s: %d drafts, %.2f facts of <=8 words "
                            + "per infobox (%.2f of any length), 3-5 such facts %.0f %%, >=2 dimensions with >=2 "
                            + "points %.0f %%, no house warning %.0f %%, grounding errors %d, grounding warnings %d",
                    name,
                    drafts,
                    averageFacts(),
                    (double) facts / drafts,
                    100 * share(withThreeToFive),
                    100 * share(withTwoFullDimensions),
                    100 * share(withoutHouseWarnings),
                    groundingErrors,
                    groundingWarnings);
        }
    }

    @Test
    void ownReportsGiveFullDrafts() throws IOException {
        List<String> reports = new ArrayList<>();
        for (String name : OWN) {
            try (InputStream in = getClass().getResourceAsStream("/reports/quality/" + name + ".txt")) {
                reports.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        Figures f = measure(reports);
        System.out.println(f.line("draft quality, own reports"));
        assertThat(f.groundingErrors()).isZero();
        assertThat(f.averageFacts()).isGreaterThanOrEqualTo(OWN_MIN_FACTS);
        assertThat(f.share(f.withThreeToFive())).isGreaterThanOrEqualTo(OWN_MIN_THREE_TO_FIVE);
        assertThat(f.share(f.withTwoFullDimensions())).isGreaterThanOrEqualTo(OWN_MIN_DIMENSIONS);
        assertThat(f.share(f.withoutHouseWarnings())).isGreaterThanOrEqualTo(OWN_MIN_CLEAN);
    }

    @Test
    void newsSampleGivesFullDrafts() {
        List<String> reports = NewsCorpus.sampleReports("DraftQualityIT (10kGNAD)");
        Figures f = measure(reports);
        System.out.println(f.line("draft quality, 10kGNAD every 8th"));
        assertThat(f.drafts()).isGreaterThanOrEqualTo(90);
        assertThat(f.groundingErrors()).isZero();
        assertThat(f.averageFacts()).isGreaterThanOrEqualTo(NEWS_MIN_FACTS);
        assertThat(f.share(f.withThreeToFive())).isGreaterThanOrEqualTo(NEWS_MIN_THREE_TO_FIVE);
        assertThat(f.share(f.withTwoFullDimensions())).isGreaterThanOrEqualTo(NEWS_MIN_DIMENSIONS);
        assertThat(f.share(f.withoutHouseWarnings())).isGreaterThanOrEqualTo(NEWS_MIN_CLEAN);
    }

    // floors a small margin under the figures measured on 2026-12-04 (see the class comment); with five
    // own reports a share moves in steps of 20 points, so 0.58 means "at least three of five"
    // issue 13, second precision round (whole clause or nothing, no place, object or genitive dropped): measured 2.00,
    // 0.20, 0.40, 0.20 on 2026-12-04; JudgedLinesIT shows what it bought (wrong lines on the test part 29 → 17 %)
    static final double OWN_MIN_FACTS = 1.95; // measured 2.00
    static final double OWN_MIN_THREE_TO_FIVE = 0.18; // measured 0.20
    // issue 13 (precision first) refuses lines that drop a condition, referent, approximator or speaker, and fragments:
    // one own report lost its second full dimension (measured 0.60 after, 0.80 before). Then the analysis dropped its
    // generic fill and its repeats of the infobox (issue 13: dimensions named from the report, no point repeating a box
    // line word for word): the points left beside the box rarely make two dimensions of two, and where none fits the
    // analysis is a placeholder for the editor, which the house check also warns about (OZD014: one dimension, one
    // point). Measured 0.60 → 0.00 with two full dimensions and 0.60 → 0.00 without house warnings.
    static final double OWN_MIN_DIMENSIONS = 0.0; // measured 0.00
    static final double OWN_MIN_CLEAN = 0.0; // measured 0.00
    // the fact-completeness work lowered these: fragments („Verdi hat … aufgerufen“) and facts that
    // open with a demonstrative pointing back („Dieser Anteil sinkt“) no longer count
    // issue 13 lowered them again: wrong lines refused cost fullness (before → after: 3.52 → 2.68 facts, 74 → 45 %,
    // 78 → 54 %, 64 → 36 %); JudgedLinesIT measures what that bought (wrong lines on the test part 40 → 29 %)
    // second precision round: 2.68 → 1.71 facts, 45 → 24 %; fourth (bound words, asides, speakers, speech tags): 1.52,
    // 20 %; fifth (appositions, pronouns, comparatives, decided-before-colon): 1.40
    // eighth (speech runs, announcing colons, labels, restrictive relatives, lone „werden“): 1.35 → 1.32, 18 → 16 %
    // ninth (pronoun speakers, fronted chains, results without their whole, title figures not repeated): 1.32 → 1.30,
    // 16 → 15 %: the box no longer repeats its title's figure, and lines that need the sentence before went
    static final double NEWS_MIN_FACTS = 1.28; // measured 1.30
    static final double NEWS_MIN_THREE_TO_FIVE = 0.14; // measured 0.15
    // the analysis without generic fill and without repeats of the infobox (see OWN_MIN_DIMENSIONS): 0.54 → 0.04 with
    // two full dimensions, 0.36 → 0.04 without house warnings (OZD014 at the analyses left to the editor); with the
    // second precision round beside it (fewer clauses become lines at all, so fewer are left for the analysis) 0.01 and
    // 0.01 (one draft of 91 each), measured 2026-12-04 on the merged engine
    // fourth precision round with the nominal points of the analysis round: one draft of 91 each (2026-12-04)
    static final double NEWS_MIN_DIMENSIONS = 0.01; // measured 0.011
    static final double NEWS_MIN_CLEAN = 0.01; // measured 0.011

    static Figures measure(List<String> reports) {
        int facts = 0;
        int shortFacts = 0;
        int three = 0;
        int dims = 0;
        int clean = 0;
        int errors = 0;
        int warnings = 0;
        boolean verbose = Boolean.getBoolean("ozd.eval.verbose");
        for (String report : reports) {
            ArticlePackage pkg = DraftTestSupport.draft(report);
            String text = PackageWriter.ozd().canonical(pkg);
            ParseResult parsed = PackageParser.ozd().parse(text);
            GroundingRule rule = GroundingRule.forSource(
                    DraftTestSupport.analyzer(), report, ExplainerLibrary.standard(), HouseConfig.OZD);
            List<Diagnostic> found = HouseChecker.ozd().with(rule).check(parsed);
            Infobox box = pkg.infobox().orElseThrow();
            facts += (int) box.facts().stream()
                    .filter(s -> !s.startsWith("[Redaktion:"))
                    .count();
            int n = (int) box.facts().stream()
                    .filter(s -> !s.startsWith("[Redaktion:") && s.strip().split("\\s+").length <= 8)
                    .count();
            shortFacts += n;
            three += n >= 3 && n <= 5 ? 1 : 0;
            Analysis analysis = pkg.analysis().orElseThrow();
            long full = analysis.dimensions().stream()
                    .filter(d -> d.points().size() >= 2)
                    .count();
            dims += analysis.dimensions().size() >= 2
                            && full == analysis.dimensions().size()
                    ? 1
                    : 0;
            // the placeholders a draft leaves for the editor (OZD025, the commentary) are by design, not a flaw
            clean += found.stream()
                            .noneMatch(d -> d.rule().startsWith("OZD0")
                                    && !d.rule().equals(de.ozd.newsroom.core.check.HouseRule.PLACEHOLDER.id()))
                    ? 1
                    : 0;
            errors += (int) found.stream()
                    .filter(d -> d.rule().startsWith("OZD1") && d.isError())
                    .count();
            warnings += (int) found.stream()
                    .filter(d -> d.rule().startsWith("OZD1") && !d.isError())
                    .count();
            if (verbose) {
                System.out.println("---\n" + box.title());
                box.facts().forEach(s -> System.out.println("  " + s));
                for (Dimension d : analysis.dimensions()) {
                    System.out.println(" " + d.title());
                    d.points().forEach(p -> System.out.println("   " + p.label() + ") " + p.text()));
                }
                found.forEach(d -> System.out.println(" ! " + d.rule() + " " + d.message()));
            }
        }
        return new Figures(reports.size(), facts, shortFacts, three, dims, clean, errors, warnings);
    }
}
