package de.ozd.newsroom.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Entity-level NER evaluation on the GermEval 2014 dev set ({@code shared/data/germeval2014}):
 * outer-level entities, types PER/LOC/ORG/OTH, exact span and type. The {@code …deriv} and {@code
 * …part} labels are counted as no entity (our analyser does not mark derived adjectives or parts
 * of compounds as names). Two systems: the CoreNLP CRF through our wrapper on the gold tokens, and
 * the whole analyser (our tokenizer, the CRF and the house rules) on the detokenised text.
 */
class GermEvalNerEvaluationIT {

    record Sent(List<String> tokens, List<String> gold) {}

    record Span(int sentence, int from, int to, String type) {}

    @Test
    void entityF1OnGermEvalDev() throws IOException {
        List<Sent> sents = read(SharedDataDir.require("germeval2014/NER-de-dev.tsv"));
        GermanAnalyzer analyzer = SharedAnalyzers.statistical();

        long t0 = System.nanoTime();
        List<String[]> crf =
                analyzer.entityLabels(sents.stream().map(Sent::tokens).toList());
        double crfSeconds = (System.nanoTime() - t0) / 1e9;
        Set<Span> gold = new HashSet<>();
        Set<Span> predictedCrf = new HashSet<>();
        for (int i = 0; i < sents.size(); i++) {
            gold.addAll(spansFromBio(i, sents.get(i).gold()));
            predictedCrf.addAll(spansFromIo(i, crf.get(i)));
        }
        t0 = System.nanoTime();
        Set<Span> predictedFull = fullAnalyser(analyzer, sents);
        double fullSeconds = (System.nanoTime() - t0) / 1e9;
        int tokens = sents.stream().mapToInt(s -> s.tokens().size()).sum();
        System.out.printf(
                "GermEval 2014 dev: %d sentences, %d tokens, %d gold entities%n", sents.size(), tokens, gold.size());
        System.out.printf("CoreNLP CRF on gold tokens: %.1f s (%.0f tokens/s)%n", crfSeconds, tokens / crfSeconds);
        report("CRF", gold, predictedCrf);
        System.out.printf("Full analyser on text: %.1f s (%.0f tokens/s)%n", fullSeconds, tokens / fullSeconds);
        Prf full = report("analyser", gold, predictedFull);
        if (Boolean.getBoolean("ozd.eval.verbose")) {
            predictedCrf.stream()
                    .filter(gold::contains)
                    .filter(x -> !predictedFull.contains(x))
                    .filter(x -> x.type().equals("PER"))
                    .limit(40)
                    .forEach(x -> System.out.println("LOST "
                            + String.join(" ", sents.get(x.sentence()).tokens().subList(x.from(), x.to())) + " | got: "
                            + predictedFull.stream()
                                    .filter(y -> y.sentence() == x.sentence() && y.from() < x.to() && x.from() < y.to())
                                    .map(y -> y.type() + ":"
                                            + String.join(
                                                    " ",
                                                    sents.get(y.sentence())
                                                            .tokens()
                                                            .subList(y.from(), y.to())))
                                    .toList()));
        }
        Prf crfAll = prf("CRF all", gold, predictedCrf, null);
        // floors 1-2 points under the figures measured on 2026-12-04 (docs/drafting.md), so a regression fails
        assertThat(crfAll.f1()).isGreaterThan(0.71); // measured 0.728
        assertThat(full.f1()).isGreaterThan(0.725); // measured 0.741
    }

    private static Prf report(String system, Set<Span> gold, Set<Span> predicted) {
        Prf all = prf(system + " all", gold, predicted, null);
        System.out.println(all);
        for (String type : List.of("PER", "LOC", "ORG", "OTH")) {
            System.out.println(prf(system + " " + type, gold, predicted, type));
        }
        return all;
    }

    private static Prf prf(String name, Set<Span> gold, Set<Span> predicted, String type) {
        Set<Span> g = new HashSet<>();
        Set<Span> p = new HashSet<>();
        gold.stream().filter(s -> type == null || s.type().equals(type)).forEach(g::add);
        predicted.stream().filter(s -> type == null || s.type().equals(type)).forEach(p::add);
        int tp = (int) p.stream().filter(g::contains).count();
        return new Prf(name, tp, p.size(), g.size());
    }

    /** Our analyser on the sentences joined by single spaces, one sentence per line. */
    private static Set<Span> fullAnalyser(GermanAnalyzer analyzer, List<Sent> sents) {
        StringBuilder text = new StringBuilder();
        List<int[]> starts = new ArrayList<>(); // per sentence: token start offsets
        for (Sent s : sents) {
            int[] st = new int[s.tokens().size() + 1];
            for (int k = 0; k < s.tokens().size(); k++) {
                if (k > 0) {
                    text.append(' ');
                }
                st[k] = text.length();
                text.append(s.tokens().get(k));
            }
            st[s.tokens().size()] = text.length();
            starts.add(st);
            text.append('\n');
        }
        TextAnalysis a = analyzer.analyze(text.toString());
        Set<Span> out = new HashSet<>();
        int sentence = 0;
        for (Entity e : a.entities()) {
            while (sentence < starts.size() - 1 && e.begin() >= starts.get(sentence)[starts.get(sentence).length - 1]) {
                sentence++;
            }
            int[] st = starts.get(sentence);
            int from = tokenAt(st, e.begin());
            int to = tokenAt(st, e.end() - 1) + 1;
            out.add(new Span(sentence, from, to, type(e.type())));
        }
        return out;
    }

    private static int tokenAt(int[] starts, int offset) {
        int k = 0;
        while (k + 1 < starts.length - 1 && starts[k + 1] <= offset) {
            k++;
        }
        return k;
    }

    private static String type(EntityType t) {
        return switch (t) {
            case PERSON -> "PER";
            case LOCATION -> "LOC";
            case ORGANISATION -> "ORG";
            case OTHER -> "OTH";
        };
    }

    private static List<Span> spansFromBio(int sentence, List<String> labels) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < labels.size()) {
            String l = labels.get(i);
            if (!l.startsWith("B-") || l.endsWith("deriv") || l.endsWith("part")) {
                i++;
                continue;
            }
            String type = l.substring(2);
            int j = i + 1;
            while (j < labels.size() && labels.get(j).equals("I-" + type)) {
                j++;
            }
            out.add(new Span(sentence, i, j, type));
            i = j;
        }
        return out;
    }

    private static List<Span> spansFromIo(int sentence, String[] labels) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < labels.length) {
            if ("O".equals(labels[i])) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < labels.length && labels[j].equals(labels[i])) {
                j++;
            }
            out.add(new Span(sentence, i, j, labels[i].equals("MISC") ? "OTH" : labels[i]));
            i = j;
        }
        return out;
    }

    private static List<Sent> read(Path file) throws IOException {
        List<Sent> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    out.add(new Sent(List.copyOf(tokens), List.copyOf(gold)));
                    tokens.clear();
                    gold.clear();
                }
                continue;
            }
            String[] cols = line.split("\t");
            tokens.add(cols[1].replaceAll("\\s", "_"));
            gold.add(cols[2]);
        }
        if (!tokens.isEmpty()) {
            out.add(new Sent(tokens, gold));
        }
        return out;
    }
}
