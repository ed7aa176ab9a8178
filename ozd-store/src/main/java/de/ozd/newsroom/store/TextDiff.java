package de.ozd.newsroom.store;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word diff of two house texts, as an editor reads it: runs of text that stayed, went or came. Joining the
 * {@code ' '} and {@code '-'} parts gives the older text, the {@code ' '} and {@code '+'} parts the newer one, to
 * the character. Tokens are words (letters and digits), single punctuation marks and runs of whitespace, so
 * „Nordbrücke“ → „Südbrücke“ is one word changed, not a line.
 *
 * <p>Two passes of Myers' algorithm in linear space (java-diff-utils), never a table of both lengths: first the
 * lines, then the words inside each changed block of lines. Memory grows with the texts' length, time with their
 * length times the number of differences. Above {@link #MAX_LINES} differing lines, or {@link #MAX_BLOCK_TOKENS}
 * tokens in one changed block, that part is shown as removed and added whole.
 */
public record TextDiff(int from, int to, List<Part> parts) {
    /** Most lines (both sides, after the common start and end) diffed line by line. */
    static final int MAX_LINES = 40_000;
    /** Most tokens (both sides) of one changed block diffed word by word. */
    static final int MAX_BLOCK_TOKENS = 40_000;

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|[^\\S\\n]+|\\n|.", Pattern.DOTALL);

    /** {@code op}: {@code ' '} same, {@code '-'} only in {@code from}, {@code '+'} only in {@code to}. */
    public record Part(char op, String text) {}

    public TextDiff {
        parts = List.copyOf(parts);
    }

    public static TextDiff of(int from, String a, int to, String b) {
        Parts out = new Parts();
        List<String> x = lines(a);
        List<String> y = lines(b);
        int start = commonStart(x, y);
        int end = commonEnd(x, y, start);
        out.same(String.join("", x.subList(0, start)));
        List<String> xm = x.subList(start, x.size() - end);
        List<String> ym = y.subList(start, y.size() - end);
        if (xm.size() + ym.size() > MAX_LINES) {
            out.changed(String.join("", xm), String.join("", ym));
        } else {
            int i = 0;
            for (Change c : changes(xm, ym)) {
                out.same(String.join("", xm.subList(i, c.startOriginal)));
                words(
                        String.join("", xm.subList(c.startOriginal, c.endOriginal)),
                        String.join("", ym.subList(c.startRevised, c.endRevised)),
                        out);
                i = c.endOriginal;
            }
            out.same(String.join("", xm.subList(i, xm.size())));
        }
        out.same(String.join("", x.subList(x.size() - end, x.size())));
        return new TextDiff(from, to, out.done());
    }

    /** The word diff of one changed block of lines. */
    private static void words(String a, String b, Parts out) {
        List<String> x = tokens(a);
        List<String> y = tokens(b);
        if (x.isEmpty() || y.isEmpty() || x.size() + y.size() > MAX_BLOCK_TOKENS) {
            out.changed(a, b);
            return;
        }
        int i = 0;
        for (Change c : changes(x, y)) {
            out.same(String.join("", x.subList(i, c.startOriginal)));
            out.changed(
                    String.join("", x.subList(c.startOriginal, c.endOriginal)),
                    String.join("", y.subList(c.startRevised, c.endRevised)));
            i = c.endOriginal;
        }
        out.same(String.join("", x.subList(i, x.size())));
    }

    /** The differences, a deletion and an insertion at the same place joined into one change. */
    private static List<Change> changes(List<String> x, List<String> y) {
        List<Change> out = new ArrayList<>();
        for (Change c : new MyersDiffWithLinearSpace<String>().computeDiff(x, y, null)) {
            int last = out.size() - 1;
            if (last >= 0
                    && out.get(last).endOriginal == c.startOriginal
                    && out.get(last).endRevised == c.startRevised) {
                out.set(
                        last,
                        new Change(
                                DeltaType.CHANGE,
                                out.get(last).startOriginal,
                                c.endOriginal,
                                out.get(last).startRevised,
                                c.endRevised));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** Lines with their line break, so that joining them gives the text back. */
    static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', start)) {
            out.add(s.substring(start, i + 1));
            start = i + 1;
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }

    /** Words, single punctuation marks, runs of blanks and line breaks: joined, the text again. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static int commonStart(List<String> x, List<String> y) {
        int n = 0;
        while (n < x.size() && n < y.size() && x.get(n).equals(y.get(n))) {
            n++;
        }
        return n;
    }

    private static int commonEnd(List<String> x, List<String> y, int start) {
        int n = 0;
        while (n < x.size() - start
                && n < y.size() - start
                && x.get(x.size() - 1 - n).equals(y.get(y.size() - 1 - n))) {
            n++;
        }
        return n;
    }

    public boolean isEmpty() {
        return parts.stream().allMatch(p -> p.op() == ' ');
    }

    /** The older text, from the parts. */
    public String older() {
        return join('-');
    }

    /** The newer text, from the parts. */
    public String newer() {
        return join('+');
    }

    private String join(char side) {
        StringBuilder sb = new StringBuilder();
        parts.stream().filter(p -> p.op() == ' ' || p.op() == side).forEach(p -> sb.append(p.text()));
        return sb.toString();
    }

    /**
     * For a terminal: a header, then the newer text with what went as {@code [-…-]} and what came as {@code {+…+}}
     * (the word-diff notation of git).
     */
    public String unified() {
        StringBuilder sb = new StringBuilder("--- Revision " + from + "\n+++ Revision " + to + "\n");
        for (Part p : parts) {
            switch (p.op()) {
                case '-' -> sb.append("[-").append(p.text()).append("-]");
                case '+' -> sb.append("{+").append(p.text()).append("+}");
                default -> sb.append(p.text());
            }
        }
        if (sb.charAt(sb.length() - 1) != '\n') {
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Collects parts: neighbours of one kind merge, and within a change everything that went comes before
     * everything that came. Blanks between two changes join the change, so „alte Brücke“ → „neue Straße“ reads as
     * one replacement, not two around a kept space.
     */
    private static final class Parts {
        private final List<Part> out = new ArrayList<>();
        private final StringBuilder gone = new StringBuilder();
        private final StringBuilder came = new StringBuilder();
        private String pendingBlank = "";

        void same(String text) {
            if (text.isEmpty()) {
                return;
            }
            if (!gone.isEmpty() || !came.isEmpty()) {
                if (text.isBlank() && !text.contains("\n") && pendingBlank.isEmpty()) {
                    pendingBlank = text;
                    return;
                }
                flush();
            }
            add(' ', text);
        }

        void changed(String a, String b) {
            if (a.isEmpty() && b.isEmpty()) {
                return;
            }
            if (!pendingBlank.isEmpty()) {
                gone.append(pendingBlank);
                came.append(pendingBlank);
                pendingBlank = "";
            }
            gone.append(a);
            came.append(b);
        }

        private void flush() {
            add('-', gone.toString());
            add('+', came.toString());
            gone.setLength(0);
            came.setLength(0);
            add(' ', pendingBlank);
            pendingBlank = "";
        }

        private void add(char op, String text) {
            if (text.isEmpty()) {
                return;
            }
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).op() == op) {
                out.set(last, new Part(op, out.get(last).text() + text));
            } else {
                out.add(new Part(op, text));
            }
        }

        List<Part> done() {
            if (!gone.isEmpty() || !came.isEmpty()) {
                flush();
            }
            return out;
        }
    }
}
