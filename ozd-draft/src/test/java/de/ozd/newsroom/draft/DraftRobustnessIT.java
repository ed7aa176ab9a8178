package de.ozd.newsroom.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseChecker;
import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.format.PackageWriter;
import de.ozd.newsroom.core.format.ParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Drafts news articles of 10kGNAD (turned into plain reports): no exception, every draft parses
 * without errors, passes its own grounding check without errors, and is identical on a second run.
 *
 * <p>{@code ./mvnw verify} runs a fixed sample, every 8th article (91 of 728), to keep the build
 * within its time budget; {@code -Dozd.robustness.all=true} (used by {@code bench/robustness.sh})
 * runs all of them.
 */
class DraftRobustnessIT {

    @Test
    void draftsEveryArticleOfTheSampleCleanlyAndReproducibly() {
        Path csv = NewsCorpus.csvOrSkip("DraftRobustnessIT");
        boolean all = Boolean.getBoolean("ozd.robustness.all");
        List<NewsCorpus.Article> articles = NewsCorpus.read(csv).stream()
                .filter(a -> all || a.index() % 8 == 0)
                .toList();
        List<String> failures = new ArrayList<>();
        int warnings = 0;
        long start = System.nanoTime();
        for (NewsCorpus.Article a : articles) {
            String report = NewsCorpus.toReport(DraftTestSupport.analyzer(), a.text());
            try {
                warnings += check(a, report, failures);
            } catch (RuntimeException e) {
                failures.add("article " + a.index() + ": " + e);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "10kGNAD robustness: %d articles (%s), %d failures, %d grounding warnings, "
                        + "%.1f s (%.0f ms per article incl. grounding check and second draft)%n",
                articles.size(),
                all ? "all" : "every 8th",
                failures.size(),
                warnings,
                seconds,
                1000 * seconds / Math.max(1, articles.size()));
        failures.forEach(System.out::println);
        assertThat(articles).hasSizeGreaterThanOrEqualTo(all ? 700 : 90);
        assertThat(failures).isEmpty();
    }

    private static int check(NewsCorpus.Article a, String report, List<String> failures) {
        ExtractiveDraftEngine engine = DraftTestSupport.engine();
        String first = PackageWriter.ozd().canonical(DraftTestSupport.draft(report));
        String second = PackageWriter.ozd().canonical(engine.draft(DraftRequest.of(report)));
        if (!first.equals(second)) {
            failures.add("article " + a.index() + ": second draft differs");
        }
        ParseResult parsed = PackageParser.ozd().parse(first);
        if (parsed.hasErrors()) {
            failures.add("article " + a.index() + ": draft does not parse: " + parsed.diagnostics());
        }
        GroundingRule rule = GroundingRule.forSource(
                DraftTestSupport.analyzer(), report, ExplainerLibrary.standard(), HouseConfig.OZD);
        List<Diagnostic> found = HouseChecker.ozd().with(rule).check(parsed).stream()
                .filter(d -> d.rule().startsWith("OZD1"))
                .toList();
        found.stream()
                .filter(Diagnostic::isError)
                .forEach(d -> failures.add("article " + a.index() + ": " + d.format("draft") + "\n" + first));
        if (Boolean.getBoolean("ozd.eval.verbose")) {
            List<String> lines = first.lines().toList();
            found.stream()
                    .filter(d -> !d.isError())
                    .forEach(d -> System.out.println(
                            "WARN article " + a.index() + ": " + lines.get(d.line() - 1) + " | " + d.message()));
        }
        return (int) found.stream().filter(d -> !d.isError()).count();
    }
}
