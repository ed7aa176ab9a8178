package de.ozd.newsroom.draft;

import de.ozd.newsroom.testkit.Shared;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A third source of reports (issue 13, thirteenth round): the news sentences of the GermEval 2014 NER development
 * set in {@code ../shared/data/germeval2014/} (every sentence whose source address is not Wikipedia: some forty German
 * news sites, 2009–2010), each drafted as a report of its own. Split once, in file order: the first
 * {@link #TUNE_SIZE} news sentences are the tuning part, the rest the test part, read only to judge.
 */
final class GermEvalCorpus {
    private GermEvalCorpus() {}

    /** News sentences of the tuning part; the test part is every news sentence after them. */
    static final int TUNE_SIZE = 540;

    /** One news sentence: its number among the news sentences, its source address and its text. */
    record Sentence(int index, String source, String text) {
        /** The sentence as a one-paragraph report. */
        String report() {
            return text + "\n";
        }
    }

    /**
     * The news sentences of one part ({@code tune} or {@code test}), or with {@code wiki} the set's Wikipedia sentences
     * (more tuning material, not news); skips (or fails strictly) without the set.
     */
    static List<Sentence> read(String part, String test) {
        System.out.println(test + ": GermEval 2014 from ../shared");
        Path tsv = Shared.require("data/germeval2014/NER-de-dev.tsv");
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
        List<Sentence> out = new ArrayList<>();
        int index = 0;
        for (String[] s : sentences(lines)) {
            if (s[0].contains("wikipedia.org")) {
                if (part.equals("wiki")) {
                    out.add(new Sentence(out.size(), s[0], s[1]));
                }
                continue;
            }
            if (part.equals("wiki")) {
                continue;
            }
            int i = index++;
            if (part.equals("tune") == i < TUNE_SIZE) {
                out.add(new Sentence(i, s[0], s[1]));
            }
        }
        return out;
    }

    /** The part named by {@code -Dozd.germeval.part}: {@code tune} (the default), {@code test} or {@code wiki}. */
    static String partFromProperty() {
        String part = System.getProperty("ozd.germeval.part", "tune");
        return part.equals("test") || part.equals("wiki") ? part : "tune";
    }

    /** The sentences of the set as {source address, text}, the text joined from its tokens. */
    static List<String[]> sentences(List<String> lines) {
        List<String[]> out = new ArrayList<>();
        String source = "";
        List<String> tokens = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#")) {
                String[] f = line.split("\t");
                source = f.length > 1 ? f[1] : "";
            } else if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    out.add(new String[] {source, join(tokens)});
                    tokens.clear();
                }
            } else {
                String[] cols = line.split("\t");
                if (cols.length > 1) {
                    tokens.add(cols[1]);
                }
            }
        }
        if (!tokens.isEmpty()) {
            out.add(new String[] {source, join(tokens)});
        }
        return out;
    }

    /** Tokens as running text: no space before closing punctuation, straight quotes as „…“ in pairs. */
    static String join(List<String> tokens) {
        StringBuilder b = new StringBuilder();
        boolean open = false;
        boolean glue = true;
        for (String t : tokens) {
            String w = t;
            boolean closing = w.matches("[,.;:!?)\\]%]");
            if (w.equals("\"")) {
                open = !open;
                w = open ? "„" : "“";
                closing = !open;
            }
            if (b.length() > 0 && !closing && !glue) {
                b.append(' ');
            }
            b.append(w);
            glue = w.equals("„") || w.equals("(") || w.equals("[");
        }
        return b.toString();
    }
}
