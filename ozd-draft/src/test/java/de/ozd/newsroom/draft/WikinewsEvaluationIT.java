package de.ozd.newsroom.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.draft.internal.SourceIndex;
import de.ozd.newsroom.language.GermanCompounds;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The drafting engine on a second source it was not tuned on before: German Wikinews articles with gold quotations
 * ({@link WikinewsCorpus}; {@code -Dozd.wikinews.split=dev}, the default, to tune, {@code test} to report).
 *
 * <p>Prints the box figures of {@link PrecisionEvaluationIT.Tally} and one check that needs no judge: a drafted line
 * whose words come from inside a gold quotation (someone's words, reported or quoted) and that names neither the
 * quotation's speaker nor a source („laut …“, „nach Angaben …“) has <em>lost its speaker</em>. Such lines are
 * counted by quotation type; the style allows a body's announcement of its own doing without source, so not every
 * counted line is wrong, and each is written to {@code target/wikinews-lines-SPLIT.tsv} to read. The test fails
 * when more lines lose their speaker than {@link #SPEAKERLESS_CEILING} allows for the split (the count measured
 * when the ceiling was set), so a change that drafts more of them is seen.
 */
class WikinewsEvaluationIT {

    /**
     * Lines whose words come from a quotation without its speaker, as measured when the ceiling was set (engine
     * c3ed6d6, 2026-12-05: dev 11 of 271 drafted lines, test 9 of 299). The test split's tenth (issue 13,
     * twenty-second round) is a line whose gold speaker is the pronoun „Er“ and whose subject is the person it stands
     * for („Til möchte … umziehen“ of „Er möchte …“): the count cannot see that the speaker is named; the line is
     * judged in {@code judged/wikinews-judged-lines.tsv}.
     */
    static final Map<String, Integer> SPEAKERLESS_CEILING = Map.of("dev", 11, "test", 10);

    private static final Set<Pos> CONTENT = EnumSet.of(Pos.NOUN, Pos.PROPN, Pos.VERB, Pos.ADJ, Pos.NUM);

    private static final Pattern SOURCE_NAMED =
            Pattern.compile("(?i)\\blaut\\b|\\bnach Angaben\\b|\\bzufolge\\b|\\bsagt\\b|\\bsagte\\b");

    /** Capitalised words of a speaker phrase that name nobody. */
    private static final Set<String> NOT_A_NAME = Set.of(
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines", "sie", "wir",
            "ihr", "ich", "dies", "diese", "dieser", "demnach", "laut");

    @Test
    void draftsTheSplitAndCountsLinesThatLoseTheirSpeaker() throws IOException {
        String split = WikinewsCorpus.splitFromProperty();
        List<WikinewsCorpus.Article> articles = WikinewsCorpus.read(split, "WikinewsEvaluationIT");
        PrecisionEvaluationIT.Tally tally = new PrecisionEvaluationIT.Tally();
        PrecisionEvaluationIT.ExplainerFigures explained = new PrecisionEvaluationIT.ExplainerFigures();
        List<String> tsv = new ArrayList<>(List.of("article\tkind\tline\tsource\tquotation\tspeaker\tverdict"));
        Map<String, Integer> lostByType = new TreeMap<>();
        int lines = 0;
        int fromQuotes = 0;
        int lost = 0;
        for (WikinewsCorpus.Article a : articles) {
            ArticlePackage pkg = DraftTestSupport.draft(a.text());
            tally.add(a.id(), pkg);
            TextAnalysis analysis = DraftTestSupport.analyzer().analyze(a.text());
            explained.add(a.id(), analysis, pkg);
            SourceIndex index = new SourceIndex(analysis, new GermanCompounds());
            for (DraftedLines.Line l : DraftedLines.of(pkg)) {
                if (l.kind() == DraftedLines.Kind.QUESTION) {
                    continue;
                }
                lines++;
                List<Token> claim =
                        DraftTestSupport.analyzer().analyze(l.text()).tokens();
                List<Integer> best = index.bestSentences(claim);
                String source = "";
                Optional<WikinewsCorpus.Quote> quote = Optional.empty();
                if (!best.isEmpty()) {
                    List<Token> sentence = analysis.sentences().get(best.get(0)).tokens();
                    source = analysis.sentences().get(best.get(0)).text();
                    quote = quoteHolding(claim, sentence, a.quotes());
                }
                String verdict = "";
                if (quote.isPresent()) {
                    fromQuotes++;
                    if (!keepsSpeaker(l.text(), quote.get())) {
                        lost++;
                        lostByType.merge(quote.get().type(), 1, Integer::sum);
                        verdict = "speaker lost";
                    }
                }
                tsv.add(a.id() + "\t" + l.kind() + "\t" + PrecisionEvaluationIT.clean(l.text()) + "\t"
                        + PrecisionEvaluationIT.clean(source) + "\t"
                        + quote.map(WikinewsCorpus.Quote::type).orElse("") + "\t"
                        + quote.map(q -> PrecisionEvaluationIT.clean(q.speaker()))
                                .orElse("") + "\t" + verdict);
            }
        }
        System.out.println(tally.line("Wikinews " + split));
        System.out.printf(
                Locale.ROOT,
                "speakers, Wikinews %s: %d drafted lines, %d of them from inside a gold quotation, %d of those "
                        + "(%.1f %% of all lines) name neither its speaker nor a source; by type %s%n",
                split,
                lines,
                fromQuotes,
                lost,
                100.0 * lost / Math.max(1, lines),
                lostByType);
        Path out = Path.of("target", "wikinews-lines-" + split + ".tsv");
        Files.createDirectories(out.getParent());
        Files.write(out, tsv, StandardCharsets.UTF_8);
        System.out.println("drafted lines with their report sentences and quotations: " + out.toAbsolutePath());
        Path dims = Path.of("target", "wikinews-dimensions-" + split + ".tsv");
        Files.write(dims, tally.dimensionsTsv, StandardCharsets.UTF_8);
        // every „Wer ist …?“ answer and every „Was ist …?“ answer that is not a placeholder, to read
        Files.write(
                Path.of("target", "wikinews-explainer-answers-" + split + ".tsv"),
                explained.tsv,
                StandardCharsets.UTF_8);
        assertThat(tally.drafts).isEqualTo(split.equals("dev") ? 150 : 148);
        assertThat(lost)
                .as("drafted lines that lose the speaker of the quotation they come from (%s)", out)
                .isLessThanOrEqualTo(SPEAKERLESS_CEILING.get(split));
    }

    /**
     * The gold quotation that holds most of the claim's content words, where it holds at least half of those found
     * in the sentence: each content word of the claim is looked up once in the sentence by lemma or word.
     */
    static Optional<WikinewsCorpus.Quote> quoteHolding(
            List<Token> claim, List<Token> sentence, List<WikinewsCorpus.Quote> quotes) {
        List<Integer> offsets = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (Token c : claim) {
            if (!CONTENT.contains(c.pos())) {
                continue;
            }
            for (int i = 0; i < sentence.size(); i++) {
                Token s = sentence.get(i);
                if (!used.contains(i) && (same(s.lemma(), c.lemma()) || same(s.text(), c.text()))) {
                    used.add(i);
                    offsets.add(s.begin());
                    break;
                }
            }
        }
        WikinewsCorpus.Quote bestQuote = null;
        long bestCount = 0;
        for (WikinewsCorpus.Quote q : quotes) {
            long n = offsets.stream().filter(q::covers).count();
            if (n > bestCount || (n == bestCount && n > 0 && bestQuote.speaker().isEmpty())) {
                bestQuote = q;
                bestCount = n;
            }
        }
        return bestCount > 0 && 2 * bestCount >= offsets.size() ? Optional.of(bestQuote) : Optional.empty();
    }

    /** The line names a source, or one of the content words of the quotation's speaker. */
    static boolean keepsSpeaker(String line, WikinewsCorpus.Quote quote) {
        if (SOURCE_NAMED.matcher(line).find()) {
            return true;
        }
        Set<String> words = words(line);
        for (String w : quote.speaker().split("[\\s,;()„“\"]+")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.length() >= 3
                    && Character.isUpperCase(w.charAt(0))
                    && !NOT_A_NAME.contains(lower)
                    && words.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String line) {
        Set<String> out = new HashSet<>();
        for (String w : line.split("[^\\p{L}\\p{N}-]+")) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }
}
