package de.ozd.newsroom.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two house texts (longest common subsequence). Packages are a few dozen lines; inputs above
 * {@link #MAX_CELLS} cells fall back to "all removed, all added" instead of using unbounded memory.
 */
public record TextDiff(int from, int to, List<Line> lines) {
    static final long MAX_CELLS = 25_000_000L;

    /** {@code op}: {@code ' '} same, {@code '-'} only in {@code from}, {@code '+'} only in {@code to}. */
    public record Line(char op, String text) {}

    public static TextDiff of(int from, String a, int to, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        List<Line> out = new ArrayList<>();
        if ((long) x.length * y.length > MAX_CELLS) {
            for (String s : x) {
                out.add(new Line('-', s));
            }
            for (String s : y) {
                out.add(new Line('+', s));
            }
            return new TextDiff(from, to, out);
        }
        int[][] lcs = new int[x.length + 1][y.length + 1];
        for (int i = x.length - 1; i >= 0; i--) {
            for (int j = y.length - 1; j >= 0; j--) {
                lcs[i][j] = x[i].equals(y[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i].equals(y[j])) {
                out.add(new Line(' ', x[i]));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Line('-', x[i++]));
            } else {
                out.add(new Line('+', y[j++]));
            }
        }
        while (i < x.length) {
            out.add(new Line('-', x[i++]));
        }
        while (j < y.length) {
            out.add(new Line('+', y[j++]));
        }
        return new TextDiff(from, to, out);
    }

    public boolean isEmpty() {
        return lines.stream().allMatch(l -> l.op() == ' ');
    }

    /** Unified-style text: every line prefixed by its op. */
    public String unified() {
        StringBuilder sb = new StringBuilder("--- Revision " + from + "\n+++ Revision " + to + "\n");
        lines.forEach(l -> sb.append(l.op()).append(l.text()).append('\n'));
        return sb.toString();
    }
}
