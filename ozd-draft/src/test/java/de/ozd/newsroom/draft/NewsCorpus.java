package de.ozd.newsroom.draft;

import de.ozd.newsroom.language.GermanAnalyzer;
import de.ozd.newsroom.language.Sentence;
import de.ozd.newsroom.testkit.Shared;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code shared/data/german-news-10kgnad/articles.csv} (one article per line, {@code
 * label;text}, {@code '} as quote character) and turns an article into a plain wire report: its
 * sentences, three to a paragraph, one paragraph per line.
 */
final class NewsCorpus {
    private NewsCorpus() {}

    record Article(int index, String label, String text) {}

    /**
     * The corpus beside the project; where it is absent, prints why {@code test} skips and aborts it
     * as skipped (fails it under {@code -Dozd.test.strict=true}).
     */
    static Path csvOrSkip(String test) {
        System.out.println(test + ": 10kGNAD from ../shared");
        return Shared.require("data/german-news-10kgnad/articles.csv");
    }

    /** The sample {@code ./mvnw verify} drafts: every 8th article (91 of 728), as plain reports. */
    static List<String> sampleReports(String test) {
        return read(csvOrSkip(test)).stream()
                .filter(a -> a.index() % 8 == 0)
                .map(a -> toReport(DraftTestSupport.analyzer(), a.text()))
                .toList();
    }

    static List<Article> read(Path csv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        List<Article> out = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            int semi = line.indexOf(';');
            if (semi < 0) {
                continue;
            }
            String text = line.substring(semi + 1);
            if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
                text = text.substring(1, text.length() - 1).replace("''", "'");
            }
            out.add(new Article(out.size(), line.substring(0, semi), text));
        }
        return out;
    }

    /** The article as a plain report: three sentences per paragraph. */
    static String toReport(GermanAnalyzer analyzer, String text) {
        List<Sentence> sentences = analyzer.sentences(text);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            b.append(sentences.get(i).text());
            b.append(i % 3 == 2 || i == sentences.size() - 1 ? "\n" : " ");
        }
        return b.toString();
    }
}
