package de.ozd.newsroom.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.draft.internal.MeaningGuard;
import de.ozd.newsroom.language.Sentence;
import de.ozd.newsroom.language.TextAnalysis;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The grounding check's fragment rule (`MeaningGuard.fragment`, as it reads any text) on sentences people wrote: every
 * sentence of the 10kGNAD test part, each taken as a line of its own. A finding on such a sentence is right where the
 * sentence, standing alone, is what the finding says (a heading run into the text, an opening „Und“ or „Damit“, an
 * elliptic or cut sentence) and false where it is a complete sentence. The judged file ({@code
 * judged/written-sentences.tsv}) holds every sentence that drew a finding at the start of the twenty-first round of
 * issue 13 or since, judged by hand, with a hash of the sentence, not its text.
 *
 * <p>It fails if a sentence judged right no longer draws a finding (the check lost a true finding) or if more
 * sentences judged false draw one than {@link #MAX_FALSE}. It prints the counts now and at the start, and writes
 * {@code target/written-sentences-next.tsv} (the judged file with one {@code UNJUDGED} row per sentence nobody has
 * judged) and {@code target/written-sentences-readable.tsv} (the findings with their sentences, to read). Skips with a
 * printed reason without ../shared.
 */
class WrittenSentencesIT {

    /** False findings on the test part, measured on the round's final engine (docs/drafting.md, twenty-first round). */
    static final int MAX_FALSE = 47;

    record Judgement(String verdict, boolean atStart, String note) {}

    /** The judged file's lines, header included. */
    static List<String> judgedFile() throws IOException {
        try (InputStream in = WrittenSentencesIT.class.getResourceAsStream("/judged/written-sentences.tsv")) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }

    static Map<String, Judgement> judged(List<String> file) {
        Map<String, Judgement> out = new HashMap<>();
        for (String line : file) {
            if (line.startsWith("#") || line.startsWith("article\t") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.put(f[0] + "\t" + f[1], new Judgement(f[2], f[3].equals("yes"), f.length > 4 ? f[4] : ""));
        }
        return out;
    }

    @Test
    void sentencesPeopleWroteAreRarelyCalledFragments() throws IOException {
        List<NewsCorpus.Article> articles = NewsCorpus.samplePart(NewsCorpus.Part.TEST, "WrittenSentencesIT (10kGNAD)");
        List<String> file = judgedFile();
        Map<String, Judgement> judged = judged(file);
        int sentences = 0;
        int right = 0;
        int wrong = 0;
        List<String> unjudged = new ArrayList<>();
        List<String> readable = new ArrayList<>();
        Set<String> flagged = new HashSet<>();
        for (NewsCorpus.Article a : articles) {
            TextAnalysis analysis =
                    DraftTestSupport.analyzer().analyze(NewsCorpus.toReport(DraftTestSupport.analyzer(), a.text()));
            for (Sentence s : analysis.sentences()) {
                sentences++;
                var finding = MeaningGuard.fragment(MeaningGuard.body(s.tokens()), false);
                if (finding.isEmpty()) {
                    continue;
                }
                String key = a.index() + "\t" + JudgedLinesIT.sha(s.text());
                if (!flagged.add(key)) {
                    continue; // the same sentence twice in one report
                }
                Judgement j = judged.get(key);
                String verdict = j == null ? "UNJUDGED" : j.verdict();
                switch (verdict) {
                    case "right" -> right++;
                    case "false" -> wrong++;
                    default -> unjudged.add(key + "\tUNJUDGED\tno\t" + finding.get() + " | " + s.text());
                }
                readable.add(key + "\t" + verdict + "\t" + finding.get() + "\t" + s.text());
            }
        }
        List<String> lost = judged.entrySet().stream()
                .filter(e -> e.getValue().verdict().equals("right") && !flagged.contains(e.getKey()))
                .map(e -> e.getKey() + " " + e.getValue().note())
                .toList();
        long startFlagged = judged.values().stream().filter(Judgement::atStart).count();
        long startRight = judged.values().stream()
                .filter(j -> j.atStart() && j.verdict().equals("right"))
                .count();
        System.out.printf(
                Locale.ROOT,
                "written sentences, 10kGNAD test part: %d sentences; findings now %d (%.1f %%): right %d, false %d,"
                        + " unjudged %d; at the start of round 21: %d (right %d, false %d)%n",
                sentences,
                flagged.size(),
                100.0 * flagged.size() / Math.max(1, sentences),
                right,
                wrong,
                unjudged.size(),
                startFlagged,
                startRight,
                startFlagged - startRight);
        lost.forEach(l -> System.out.println("LOST right finding: " + l));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "written-sentences-readable.tsv"), readable, StandardCharsets.UTF_8);
        List<String> next = new ArrayList<>(file);
        next.addAll(unjudged);
        Files.write(Path.of("target", "written-sentences-next.tsv"), next, StandardCharsets.UTF_8);

        assertThat(sentences).as("sentences of the test part").isGreaterThan(500);
        assertThat(lost)
                .as("sentences judged right that no longer draw a finding")
                .isEmpty();
        assertThat(wrong).as("complete sentences called fragments").isLessThanOrEqualTo(MAX_FALSE);
    }
}
