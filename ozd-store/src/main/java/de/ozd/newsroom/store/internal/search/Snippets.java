package de.ozd.newsroom.store.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Highlighted snippets, the same on both setups: up to two sentences of the body with the most matches, in text
 * order, HTML-escaped, each match in {@code <mark>…</mark>}; where nothing in the body matches (a headline or tag
 * match), the body's start. A word matches when the embedded setup's analyzer turns it into a term of the query
 * (a word, a word of a phrase in sequence, or a prefix). So the PostgreSQL setup marks the hits PostgreSQL found
 * as the embedded one would; where PostgreSQL's Snowball stemmer and Lucene's light German stemmer disagree on a
 * form, the snippet is the body's start.
 *
 * <p>Only words that start like a query term (first two letters, umlauts folded) are analyzed, one by one, and a
 * word is analyzed once per search: highlighting ten hits costs a fraction of analyzing their texts, which is what
 * Lucene's highlighter did, and what {@code ts_headline} does on the database server. One instance serves one
 * search (one thread).
 */
final class Snippets {
    private static final int PASSAGES = 2;
    private static final int START_CHARS = 200;
    private static final int MAX_PASSAGE_CHARS = 320;
    private static final int BEFORE_MATCH_CHARS = 60;

    private final Analyzer analyzer;
    private final Set<String> words = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();
    /** Phrases as terms by position; null where the analyzer dropped a word (a stop word matches any word). */
    private final List<List<String>> phrases = new ArrayList<>();

    private final Set<String> keys = new HashSet<>();
    private final Map<String, String> analyzed = new HashMap<>();

    private Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The snippet maker of one search: the query's words, phrases and prefixes (exclusions are not marked). */
    static Snippets forQuery(Analyzer analyzer, String query) {
        Snippets s = new Snippets(analyzer);
        for (QuerySyntax.Clause c : QuerySyntax.parse(query)) {
            if (c.excluded()) {
                continue;
            }
            switch (c.kind()) {
                case WORD -> s.add(s.words, s.analyze(c.joined()));
                case PREFIX -> {
                    String p = analyzer.normalize("body", c.joined()).utf8ToString();
                    s.prefixes.add(p);
                    s.keys.add(key(p));
                }
                case PHRASE -> s.addPhrase(c.joined());
            }
        }
        return s;
    }

    private void add(Set<String> into, List<String> terms) {
        for (String t : terms) {
            if (t != null) {
                into.add(t);
                keys.add(key(t));
            }
        }
    }

    private void addPhrase(String text) {
        List<String> terms = analyze(text);
        while (!terms.isEmpty() && terms.get(0) == null) {
            terms.remove(0);
        }
        if (terms.stream().anyMatch(t -> t != null)) {
            phrases.add(terms);
            terms.stream().filter(t -> t != null).forEach(t -> keys.add(key(t)));
        }
    }

    /** The terms of {@code text} by position, null for each position the analyzer left out. */
    private List<String> analyze(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                for (int gap = 1; gap < inc.getPositionIncrement(); gap++) {
                    out.add(null);
                }
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The term one word of the text turns into, or null (a stop word, or a word no query term starts like). */
    private String term(String word) {
        String key = key(word);
        if (!keys.contains(key) && !keys.contains(key.substring(0, Math.min(1, key.length())))) {
            return null;
        }
        return analyzed.computeIfAbsent(word, w -> {
            List<String> t = analyze(w);
            return t.size() == 1 ? t.get(0) : null;
        });
    }

    /**
     * The first two letters as the German normalization leaves them: lower case, ä/ö/ü as a/o/u, ß as ss, and ae,
     * oe, ue at the start as a, o, u. A word can only analyze to a term (or prefix) that starts with its key.
     */
    static String key(String s) {
        StringBuilder b = new StringBuilder(3);
        for (int i = 0; i < s.length() && b.length() < 3; i++) {
            char c = Character.toLowerCase(s.charAt(i));
            switch (c) {
                case 'ä' -> b.append('a');
                case 'ö' -> b.append('o');
                case 'ü' -> b.append('u');
                case 'ß' -> b.append("ss");
                default -> b.append(c);
            }
        }
        if (b.length() >= 2 && b.charAt(1) == 'e' && "aou".indexOf(b.charAt(0)) >= 0) {
            b.deleteCharAt(1);
        }
        return b.length() > 2 ? b.substring(0, 2) : b.toString();
    }

    /** The snippet of {@code body}: its best sentences with the matches marked, or its start. */
    String of(String body) {
        List<int[]> spans = words(body);
        List<int[]> marks = matches(body, spans);
        if (marks.isEmpty()) {
            return start(body);
        }
        List<int[]> sentences = sentences(body);
        int[] count = new int[sentences.size()];
        int s = 0;
        for (int[] m : marks) {
            while (sentences.get(s)[1] <= m[0]) {
                s++;
            }
            count[s]++;
        }
        List<Integer> best = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (count[i] > 0) {
                best.add(i);
            }
        }
        best.sort((a, b) -> count[b] != count[a] ? count[b] - count[a] : a - b);
        List<Integer> chosen = new ArrayList<>(best.subList(0, Math.min(PASSAGES, best.size())));
        chosen.sort(null);
        StringBuilder out = new StringBuilder();
        for (int i : chosen) {
            if (out.length() > 0) {
                out.append(" … ");
            }
            passage(body, sentences.get(i), marks, out);
        }
        return out.toString().replace('\n', ' ');
    }

    /** Letter-and-digit runs: the words, as start and end offsets. */
    private static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }

    /** The spans of the words that match: words and prefixes alone, phrases word by word in sequence. */
    private List<int[]> matches(String body, List<int[]> spans) {
        String[] terms = new String[spans.size()];
        boolean[] marked = new boolean[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            int[] w = spans.get(i);
            terms[i] = term(body.substring(w[0], w[1]));
            if (terms[i] != null
                    && (words.contains(terms[i]) || prefixes.stream().anyMatch(terms[i]::startsWith))) {
                marked[i] = true;
            }
        }
        for (List<String> phrase : phrases) {
            for (int i = 0; i + phrase.size() <= spans.size(); i++) {
                boolean all = true;
                for (int j = 0; j < phrase.size() && all; j++) {
                    all = phrase.get(j) == null || phrase.get(j).equals(terms[i + j]);
                }
                for (int j = 0; all && j < phrase.size(); j++) {
                    marked[i + j] |= phrase.get(j) != null;
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            if (marked[i]) {
                out.add(spans.get(i));
            }
        }
        return out;
    }

    /** Sentences: up to and including . ! ? before white space, or a line. */
    private static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = c == '\n'
                    || ((c == '.' || c == '!' || c == '?')
                            && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1))));
            if (end) {
                out.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(new int[] {start, n});
        }
        return out;
    }

    /** One sentence, escaped, matches marked; a long one cut around its first match. */
    private static void passage(String body, int[] sentence, List<int[]> marks, StringBuilder out) {
        int from = sentence[0];
        int to = sentence[1];
        int firstMark = -1;
        for (int[] m : marks) {
            if (m[0] >= from && m[1] <= to) {
                firstMark = m[0];
                break;
            }
        }
        if (to - from > MAX_PASSAGE_CHARS) {
            from = Math.max(from, firstMark - BEFORE_MATCH_CHARS);
            while (from > sentence[0] && Character.isLetterOrDigit(body.charAt(from - 1))) {
                from--;
            }
            to = Math.min(to, from + MAX_PASSAGE_CHARS);
            while (to < sentence[1] && Character.isLetterOrDigit(body.charAt(to))) {
                to++;
            }
        }
        StringBuilder p = new StringBuilder(from > sentence[0] ? "… " : "");
        int at = from;
        for (int[] m : marks) {
            if (m[0] >= from && m[1] <= to) {
                p.append(escape(body.substring(at, m[0])))
                        .append("<mark>")
                        .append(escape(body.substring(m[0], m[1])))
                        .append("</mark>");
                at = m[1];
            }
        }
        p.append(escape(body.substring(at, to)));
        out.append(p.toString().strip()).append(to < sentence[1] ? " …" : "");
    }

    /** The body's first 200 characters, escaped. */
    static String start(String body) {
        return escape(body.length() > START_CHARS ? body.substring(0, START_CHARS) + " …" : body)
                .replace('\n', ' ');
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
