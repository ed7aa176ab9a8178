package de.ozd.newsroom.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.draft.internal.FragmentDetector;
import de.ozd.newsroom.language.TextAnalysis;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Counts drafted lines (infobox title and facts, analysis points, timeline entries, explainer
 * questions) that {@link FragmentDetector} rejects as fragments or distortions of their report
 * sentence, over our own reports and the 10kGNAD sample of {@link DraftRobustnessIT} (every 8th
 * article; skipped with a printed reason when {@code shared/data} is absent). The ceilings sit
 * just above the counts measured after the fact-completeness work (docs/drafting.md has the
 * figures before and after). With {@code -Dozd.eval.verbose=true} every rejected line is printed
 * with its reasons.
 */
class FragmentEvaluationIT {

    static final List<String> OWN = List.of(
            "quality/lehrerstellen",
            "quality/busstreik",
            "quality/klinikfusion",
            "quality/rathaus-hack",
            "quality/pokalsieg",
            "werft-auftrag",
            "hochwasser-talheim",
            "wasserstoffbusse");

    /** Lines and rejected lines over one corpus. */
    record Count(
            int drafts,
            int lines,
            int rejected,
            Map<FragmentDetector.Reason, Integer> reasons,
            Map<DraftedLines.Kind, int[]> byKind) {

        String line(String name) {
            StringBuilder b = new StringBuilder(String.format(
                    java.util.Locale.ROOT,
                    "fragments, %s: %d drafts, %d drafted lines, %d rejected (%.1f %%)",
                    name,
                    drafts,
                    lines,
                    rejected,
                    100.0 * rejected / Math.max(1, lines)));
            byKind.forEach((k, v) -> b.append(String.format(" | %s %d/%d", k, v[1], v[0])));
            b.append(" | reasons ").append(reasons);
            return b.toString();
        }
    }

    @Test
    void ownReportsGiveFewFragments() throws IOException {
        List<String> reports = new ArrayList<>();
        for (String name : OWN) {
            try (InputStream in = getClass().getResourceAsStream("/reports/" + name + ".txt")) {
                reports.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        Count c = count(reports);
        System.out.println(c.line("own reports"));
        // enough lines to measure: 66 since the analysis no longer repeats the infobox's lines as points (issue 13),
        // 59 with the whole-clause rule of the second precision round beside it (measured 2026-12-04, merged engine),
        // 55 after the fourth round (bound words, asides, speakers that do not govern the clause)
        assertThat(c.lines()).isGreaterThan(50);
        assertThat(c.rejected()).isLessThanOrEqualTo(OWN_MAX_REJECTED);
    }

    @Test
    void newsSampleGivesFewFragments() {
        List<String> reports = NewsCorpus.sampleReports("FragmentEvaluationIT (10kGNAD)");
        Count c = count(reports);
        System.out.println(c.line("10kGNAD every 8th"));
        assertThat(c.drafts()).isGreaterThanOrEqualTo(90);
        assertThat(c.rejected()).isLessThanOrEqualTo(NEWS_MAX_REJECTED);
    }

    // ceilings about one point above the counts measured on 2026-12-04 (see the class comment)
    // issue 13, second round: the test-side detector flags 3 of 85 lines of the own reports (was 1 of 102)
    static final int OWN_MAX_REJECTED = 3;
    static final int NEWS_MAX_REJECTED = 70; // measured 60 of 1,087 lines (5.5 %)

    static Count count(List<String> reports) {
        boolean verbose = Boolean.getBoolean("ozd.eval.verbose");
        int lines = 0;
        int rejected = 0;
        Map<FragmentDetector.Reason, Integer> reasons = new EnumMap<>(FragmentDetector.Reason.class);
        Map<DraftedLines.Kind, int[]> byKind = new EnumMap<>(DraftedLines.Kind.class);
        for (String report : reports) {
            ArticlePackage pkg = DraftTestSupport.draft(report);
            TextAnalysis source = DraftTestSupport.analyzer()
                    .analyze(String.join("\n", pkg.report().paragraphs()));
            FragmentDetector detector = new FragmentDetector(DraftTestSupport.analyzer(), source);
            for (DraftedLines.Line l : DraftedLines.of(pkg)) {
                Set<FragmentDetector.Reason> found = l.kind() == DraftedLines.Kind.QUESTION
                        ? detector.checkQuestion(l.text())
                        : detector.check(l.text());
                int[] k = byKind.computeIfAbsent(l.kind(), x -> new int[2]);
                k[0]++;
                lines++;
                if (!found.isEmpty()) {
                    k[1]++;
                    rejected++;
                    found.forEach(r -> reasons.merge(r, 1, Integer::sum));
                    if (verbose) {
                        System.out.println("REJECT " + l.kind() + " " + found + ": " + l.text());
                    }
                }
            }
        }
        return new Count(reports.size(), lines, rejected, reasons, byKind);
    }
}
