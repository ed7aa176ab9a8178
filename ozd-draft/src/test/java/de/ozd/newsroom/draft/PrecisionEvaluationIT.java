package de.ozd.newsroom.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Dimension;
import de.ozd.newsroom.core.model.Infobox;
import de.ozd.newsroom.draft.internal.SourceIndex;
import de.ozd.newsroom.language.GermanCompounds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The figures of issue 13 on one part of the split of the 10kGNAD sample ({@link NewsCorpus#SPLIT_SEED}):
 * facts per infobox and the share of boxes with 3–5 facts, infobox titles that list names („X und Y:
 * die Fakten“), explainer answers that are placeholders, generic dimensions among all dimensions (an analysis
 * the drafter leaves to the editor, a placeholder, counts apart: it has no dimension), and drafts with two full
 * dimensions. The dimensions with their points go to {@code target/precision-dimensions-PART.tsv}, to judge the
 * names.
 * The part is {@code -Dozd.eval.part=test} (default), {@code dev} or {@code outside} (tuning articles outside
 * the sample, {@link NewsCorpus.Part#OUTSIDE}). Every drafted line is written with
 * its best-matching report sentence to {@code target/precision-lines-PART.tsv}, the material the judged
 * file ({@code judged/judged-lines.tsv}) was judged from. Skips with a printed reason without {@code
 * ../shared}.
 */
class PrecisionEvaluationIT {

    static final Set<String> GENERIC =
            Set.of("Politische Dimension", "Wirtschaftliche Dimension", "Gesellschaftliche Dimension");

    /**
     * The figures over the drafts of one part, added up draft by draft; the dimensions with their points are kept
     * as rows ({@code article, dimension, points}) to judge the names.
     */
    static final class Tally {
        int drafts;
        int facts;
        int threeToFive;
        int namesTitles;
        int placeholderTitles;
        int answers;
        int placeholderAnswers;
        int dimensions;
        int genericDimensions;
        int editorAnalyses;
        int twoFull;
        final List<String> dimensionsTsv = new ArrayList<>(List.of("article\tdimension\tpoints"));

        void add(String article, ArticlePackage pkg) {
            drafts++;
            Infobox box = pkg.infobox().orElseThrow();
            int n = (int) box.facts().stream()
                    .filter(f -> !DraftLabels.isPlaceholder(f))
                    .count();
            facts += n;
            threeToFive += n >= 3 && n <= 5 ? 1 : 0;
            namesTitles += DraftLabels.isFallbackTitle(box.title()) ? 1 : 0;
            placeholderTitles += DraftLabels.isPlaceholder(box.title()) ? 1 : 0;
            for (var e : pkg.explainers().map(x -> x.entries()).orElse(List.of())) {
                answers++;
                placeholderAnswers += DraftLabels.isPlaceholder(e.answer()) ? 1 : 0;
            }
            List<Dimension> drafted = pkg.analysis().map(x -> x.dimensions()).orElse(List.of());
            for (Dimension d : drafted) {
                if (DraftLabels.isPlaceholder(d.title())) {
                    editorAnalyses++; // the editor writes the analysis: no dimension, generic or not
                    continue;
                }
                dimensions++;
                genericDimensions += GENERIC.contains(d.title()) ? 1 : 0;
                dimensionsTsv.add(article + "\t" + clean(d.title()) + "\t"
                        + String.join(
                                " | ",
                                d.points().stream().map(p -> clean(p.text())).toList()));
            }
            twoFull += drafted.size() >= 2
                            && drafted.stream().allMatch(d -> d.points().size() >= 2)
                    ? 1
                    : 0;
        }

        String line(String corpusAndPart) {
            return String.format(
                    Locale.ROOT,
                    "precision figures, %s: %d drafts, %.2f facts per box, 3-5 facts %.0f %%, "
                            + "names titles %.0f %%, placeholder titles %.0f %%, placeholder explainer answers %d of %d (%.0f %%), "
                            + "generic dimensions %d of %d (%.0f %%), analyses left to the editor (no dimension) %d, "
                            + "drafts with >=2 dimensions of >=2 points %d",
                    corpusAndPart,
                    drafts,
                    (double) facts / drafts,
                    100.0 * threeToFive / drafts,
                    100.0 * namesTitles / drafts,
                    100.0 * placeholderTitles / drafts,
                    placeholderAnswers,
                    answers,
                    100.0 * placeholderAnswers / Math.max(1, answers),
                    genericDimensions,
                    dimensions,
                    100.0 * genericDimensions / Math.max(1, dimensions),
                    editorAnalyses,
                    twoFull);
        }
    }

    @Test
    void printsTheFiguresOfOnePart() throws IOException {
        NewsCorpus.Part part = NewsCorpus.partFromProperty();
        String partName = part.name().toLowerCase(Locale.ROOT);
        List<NewsCorpus.Article> articles = NewsCorpus.samplePart(part, "PrecisionEvaluationIT (10kGNAD)");
        Tally f = new Tally();
        List<String> tsv = new ArrayList<>();
        tsv.add("article\tkind\tline\tsource");
        ExplainerFigures explained = new ExplainerFigures();
        for (NewsCorpus.Article a : articles) {
            String report = NewsCorpus.toReport(DraftTestSupport.analyzer(), a.text());
            ArticlePackage pkg = DraftTestSupport.draft(report);
            f.add(String.valueOf(a.index()), pkg);
            var analysis = DraftTestSupport.analyzer().analyze(report);
            explained.add(String.valueOf(a.index()), analysis, pkg);
            SourceIndex index = new SourceIndex(analysis, new GermanCompounds());
            for (DraftedLines.Line l : DraftedLines.of(pkg)) {
                List<Integer> best = index.bestSentences(
                        DraftTestSupport.analyzer().analyze(l.text()).tokens());
                String source = best.isEmpty()
                        ? ""
                        : analysis.sentences().get(best.get(0)).text();
                tsv.add(a.index() + "\t" + l.kind() + "\t" + clean(l.text()) + "\t" + clean(source));
            }
        }
        System.out.println(f.line("10kGNAD " + partName + " part"));
        System.out.println(explained.line(partName));
        Path answersOut = Path.of("target", "explainer-answers-" + partName + ".tsv");
        Files.createDirectories(answersOut.getParent());
        Files.write(answersOut, explained.tsv, StandardCharsets.UTF_8);
        System.out.println("explainer answers (answered, with role or not): " + answersOut.toAbsolutePath());
        Path dimsOut = Path.of("target", "precision-dimensions-" + partName + ".tsv");
        Files.write(dimsOut, f.dimensionsTsv, StandardCharsets.UTF_8);
        System.out.println("analysis dimensions with their points: " + dimsOut.toAbsolutePath());
        Path out = Path.of("target", "precision-lines-" + partName + ".tsv");
        Files.createDirectories(out.getParent());
        Files.write(out, tsv, StandardCharsets.UTF_8);
        System.out.println("drafted lines with their report sentences: " + out.toAbsolutePath());
        assertThat(f.drafts)
                .isEqualTo(
                        switch (part) {
                            case TEST -> NewsCorpus.TEST_SIZE;
                            case DEV -> 91 - NewsCorpus.TEST_SIZE;
                            case OUTSIDE -> 91;
                        });
    }

    /**
     * Explainer answers for people (issue 13, item 3): of the drafts with a „Wer ist …?“ question, those whose
     * person the report names with a role, and how many of those get an answer that is not a placeholder.
     * „Named with a role“ is a rough test of its own, not the drafter's rule: a common noun right before a mention of
     * the person, or a comma after it followed by a noun or an article.
     */
    static final class ExplainerFigures {
        int withPerson;
        int withRole;
        int withRoleAnswered;
        int answeredAny;
        int withPersonAnswered;
        final List<String> tsv = new ArrayList<>(List.of("article\troled\tquestion\tanswer"));

        void add(String article, de.ozd.newsroom.language.TextAnalysis analysis, ArticlePackage pkg) {
            boolean person = false;
            boolean roled = false;
            boolean answered = false;
            boolean answeredRoled = false;
            for (var e : pkg.explainers().map(x -> x.entries()).orElse(List.of())) {
                boolean ok = !DraftLabels.isPlaceholder(e.answer());
                answeredAny += ok ? 1 : 0;
                if (!e.question().startsWith("Wer ist ")) {
                    if (ok) {
                        tsv.add(article + "\t-\t" + clean(e.question()) + "\t" + clean(e.answer()));
                    }
                    continue;
                }
                String name =
                        e.question().substring("Wer ist ".length(), e.question().length() - 1);
                boolean r = namedWithRole(analysis, name);
                person = true;
                roled |= r;
                answered |= ok;
                answeredRoled |= r && ok;
                tsv.add(article + "\t" + r + "\t" + clean(e.question()) + "\t" + clean(e.answer()));
            }
            withPerson += person ? 1 : 0;
            withRole += roled ? 1 : 0;
            withRoleAnswered += roled && answeredRoled ? 1 : 0;
            withPersonAnswered += answered ? 1 : 0;
        }

        static boolean namedWithRole(de.ozd.newsroom.language.TextAnalysis analysis, String name) {
            for (var m : analysis.entities()) {
                if (!m.canonical().equals(name)) {
                    continue;
                }
                var s = analysis.sentences().get(m.sentenceIndex()).tokens();
                for (int i = 0; i < s.size(); i++) {
                    if (s.get(i).begin() == m.begin()
                            && i > 0
                            && s.get(i - 1).pos() == de.ozd.newsroom.language.Pos.NOUN) {
                        return true;
                    }
                    if (s.get(i).end() == m.end()
                            && i + 2 < s.size()
                            && s.get(i + 1).text().equals(",")) {
                        var next = s.get(i + 2).pos();
                        if (next == de.ozd.newsroom.language.Pos.NOUN || next == de.ozd.newsroom.language.Pos.DET) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        String line(String part) {
            return String.format(
                    Locale.ROOT,
                    "explainer figures, 10kGNAD %s part: %d drafts ask „Wer ist …?“, %d of them name the person with a role, "
                            + "%d of those (%.0f %%) get an answer that is not a placeholder; %d of all %d (%.0f %%) get one for "
                            + "some person; %d non-placeholder answers in all",
                    part,
                    withPerson,
                    withRole,
                    withRoleAnswered,
                    100.0 * withRoleAnswered / Math.max(1, withRole),
                    withPersonAnswered,
                    withPerson,
                    100.0 * withPersonAnswered / Math.max(1, withPerson),
                    answeredAny);
        }
    }

    static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}
