package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.draft.DraftTestSupport;
import de.ozd.newsroom.language.Sentence;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.testkit.Shared;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A tuning probe, not a test: with {@code -Dozd.probe=true} it writes, for every clause of the outside articles
 * (index ≡ 4 mod 8), the fact composed at 8, 10 and 40 words to {@code target/coverage-probe-outside.tsv}, so the
 * clauses refused only for their length (a fact at 40 words, none at 8) can be read. With {@code
 * -Dozd.probe.sentences=true} it writes instead, for every sentence, what the fragment check finds when the sentence is
 * read as a line of its own, as the drafter reads its lines and as the grounding check reads any text (a complete
 * sentence people wrote should draw none); with {@code -Dozd.probe.text=…} it prints the same for one text, with the
 * tags. Skipped otherwise.
 */
class CoverageProbe {
    @Test
    void probe() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("ozd.probe"), "tuning probe: -Dozd.probe=true");
        String single = System.getProperty("ozd.probe.text");
        if (single != null) {
            TextAnalysis analysis =
                    PronounSubjects.resolved(DraftTestSupport.analyzer().analyze(single));
            for (Sentence s : analysis.sentences()) {
                var tokens = MeaningGuard.body(s.tokens());
                System.out.println("PROBE-SENTENCE "
                        + tokens.stream()
                                .map(x -> x.text() + "/" + x.pos())
                                .collect(java.util.stream.Collectors.joining(" "))
                        + " | " + MeaningGuard.fragment(tokens, true).orElse("-") + " | "
                        + MeaningGuard.fragment(tokens, false).orElse("-"));
            }
            for (var a : analysis.attributions()) {
                System.out.println(
                        "PROBE-ATTRIBUTION " + a.kind() + " | " + a.speaker() + " | " + a.cue() + " | " + a.content());
            }
            FactComposer composer = new FactComposer(analysis);
            for (Clause c : new ClauseSplitter().split(analysis)) {
                System.out.println("PROBE " + FactComposer.join(c.tokens()) + " | "
                        + composer.compose(c, 8).map(FactComposer.Fact::text).orElse("-") + " | "
                        + composer.compose(c, 10).map(FactComposer.Fact::text).orElse("-") + " | "
                        + (composer.compose(c, 40).isPresent() ? "" : reason(composer, analysis, c)));
            }
            return;
        }
        Path csv = Shared.require("data/german-news-10kgnad/articles.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        out.add("article\tsentence\tclause\tfact8\tfact10\tfact40\treason");
        int index = -1;
        for (String raw : lines) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            int semi = line.indexOf(';');
            if (semi < 0) {
                continue;
            }
            index++;
            if (index % 8 != Integer.getInteger("ozd.probe.residue", 4)) {
                continue;
            }
            String text = line.substring(semi + 1);
            if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
                text = text.substring(1, text.length() - 1).replace("''", "'");
            }
            List<Sentence> sentences = DraftTestSupport.analyzer().sentences(text);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < sentences.size(); i++) {
                b.append(sentences.get(i).text());
                b.append(i % 3 == 2 || i == sentences.size() - 1 ? "\n" : " ");
            }
            TextAnalysis written = DraftTestSupport.analyzer().analyze(b.toString());
            // the fragment check reads sentences as written; the composer reads them as the drafter does
            TextAnalysis analysis = PronounSubjects.resolved(written);
            if (Boolean.getBoolean("ozd.probe.sentences")) {
                for (Sentence s : written.sentences()) {
                    var tokens = MeaningGuard.body(s.tokens());
                    out.add(index + "\t" + s.text() + "\t"
                            + MeaningGuard.fragment(tokens, true).orElse("-") + "\t"
                            + MeaningGuard.fragment(tokens, false).orElse("-"));
                }
                continue;
            }
            FactComposer composer = new FactComposer(analysis);
            for (Clause c : new ClauseSplitter().split(analysis)) {
                String clause = FactComposer.join(c.tokens());
                out.add(index + "\t" + c.sentence() + "\t" + clause + "\t"
                        + composer.compose(c, 8).map(FactComposer.Fact::text).orElse("-") + "\t"
                        + composer.compose(c, 10).map(FactComposer.Fact::text).orElse("-") + "\t"
                        + composer.compose(c, 40).map(FactComposer.Fact::text).orElse("-") + "\t"
                        + (composer.compose(c, 40).isPresent() ? "" : reason(composer, analysis, c)));
            }
        }
        Files.write(Path.of("target/coverage-probe-outside.tsv"), out, StandardCharsets.UTF_8);
    }

    private static Object call(Object target, String name, Object... args) throws Exception {
        for (java.lang.reflect.Method m : FactComposer.class.getDeclaredMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                m.setAccessible(true);
                return m.invoke(target, args);
            }
        }
        return Boolean.FALSE; // a check renamed or gone since the probe was written: not the reason
    }

    private static Object field(Object target, String name) throws Exception {
        java.lang.reflect.Field f = FactComposer.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }

    /** The first check of {@link FactComposer#compose} that refuses the clause, as its method name. */
    @SuppressWarnings("unchecked")
    private static String reason(FactComposer fc, TextAnalysis analysis, Clause c) throws Exception {
        if ((boolean) call(fc, "isCueClause", c)) {
            return "cueClause";
        }
        if ((boolean) call(fc, "endsInSplitScore", c)) {
            return "splitScore";
        }
        if (!((Completeness) field(fc, "completeness")).isComplete(c)) {
            return "incomplete";
        }
        String prefix = ((SpeakerPrefix) field(fc, "speaker")).of(c);
        if (prefix.equals(SpeakerPrefix.PRONOUN_SOURCE)) {
            return "pronounSource";
        }
        if (prefix.equals(de.ozd.newsroom.draft.DraftLabels.UNCONFIRMED)) {
            return "unconfirmedElsewhere";
        }
        if ((boolean) call(fc, "afterQuoteColon", c.sentence())) {
            return "afterQuoteColon";
        }
        if ((boolean) call(fc, "sourcePhraseElsewhere", c)) {
            return "sourcePhraseElsewhere";
        }
        boolean attributedFlag =
                prefix.startsWith(de.ozd.newsroom.draft.DraftLabels.SPEAKER) && !SpeakerPrefix.inClause(c, prefix);
        Phrases phrases = (Phrases) field(fc, "phrases");
        java.util.Optional<List<de.ozd.newsroom.language.Token>> body = NumberHeadline.of(
                        c, phrases, analysis.sentences().get(c.sentence()).tokens())
                .or(() -> {
                    try {
                        return (java.util.Optional<List<de.ozd.newsroom.language.Token>>)
                                call(fc, "reordered", c, 40, attributedFlag);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        if (body.isEmpty()) {
            return "noWordOrder:"
                    + c.tokens().stream()
                            .map(x -> x.text() + "/" + x.pos())
                            .collect(java.util.stream.Collectors.joining(" "));
        }
        List<de.ozd.newsroom.language.Token> b = body.get();
        if (!(boolean) call(null, "hasContent", b)) {
            return "noContent:" + FactComposer.join(b);
        }
        if (b.size() < 3) {
            return "short";
        }
        var sentence = analysis.sentences().get(c.sentence());
        String name = SpeakerPrefix.name(prefix);
        boolean attributed = prefix.startsWith(de.ozd.newsroom.draft.DraftLabels.SPEAKER)
                && !FactComposer.join(b).contains(name);
        boolean interview = (int) field(fc, "interviewFrom") <= c.sentence();
        var lost = MeaningGuard.lost(b, attributed, sentence, c.tokens(), interview);
        if (lost.isPresent()) {
            return "lost:" + lost.get();
        }
        if (!attributed && MeaningGuard.speakerDropped(b, sentence, c.tokens()).isPresent()) {
            return "speakerDropped";
        }
        var fragment = MeaningGuard.fragment(b, true);
        if (fragment.isPresent()) {
            return "fragment:" + fragment.get();
        }
        if (!attributed && b.stream().anyMatch(MeaningGuard::isConjunctiveTwo)) {
            return "conjunctiveTwo";
        }
        if (interview) {
            return "interview";
        }
        for (String check : List.of("afterSpeechColon")) {
            if ((boolean) call(fc, check, c)) {
                return check;
            }
        }
        if ((boolean) call(null, "dropsLastPhrase", c, b)) {
            return "dropsLastPhrase";
        }
        if ((boolean) call(null, "pointsBack", b)) {
            return "pointsBack";
        }
        if ((boolean) call(null, "isQuestion", sentence.tokens())) {
            return "question";
        }
        if ((boolean) call(fc, "dropsContent", c, b, attributed)) {
            return "dropsContent";
        }
        if ((boolean) call(fc, "cutsDefiningRelative", c, b)) {
            return "cutsDefiningRelative";
        }
        if ((boolean) call(null, "dropsPhraseComma", c, b)) {
            return "dropsPhraseComma";
        }
        if (!attributed && (boolean) call(fc, "isComplementClause", c)) {
            return "complementClause";
        }
        if (FactComposer.isHeadline(b) && (boolean) call(fc, "besideCoordinator", c)) {
            return "headlineBesideCoordinator";
        }
        if ((boolean) call(fc, "sharesVerbAfter", c)) {
            return "sharesVerbAfter";
        }
        if (!attributed && b.stream().anyMatch(MeaningGuard::isReportedSpeech)) {
            return "reportedSpeech";
        }
        return "other(entityCut/demnach/zwar/sondern):" + FactComposer.join(b);
    }
}
