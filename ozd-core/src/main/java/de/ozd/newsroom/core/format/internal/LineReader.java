package de.ozd.newsroom.core.format.internal;

import de.ozd.newsroom.core.format.SourceLine;
import java.util.ArrayList;
import java.util.List;

/** Splits text into physical lines, keeping each line's terminator ({@code \n}, {@code \r\n}, {@code \r}). */
public final class LineReader {
    private LineReader() {}

    public static List<SourceLine> read(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int number = 1;
        // String.indexOf is vectorised; a charAt loop over the whole text was a quarter of the parse time.
        int lf = text.indexOf('\n');
        int cr = text.indexOf('\r');
        while (start < n) {
            if (lf >= 0 && lf < start) {
                lf = text.indexOf('\n', start);
            }
            if (cr >= 0 && cr < start) {
                cr = text.indexOf('\r', start);
            }
            int end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
            if (end < 0) {
                lines.add(new SourceLine(number, text.substring(start), ""));
                break;
            }
            String terminator;
            int next;
            if (end == lf) {
                terminator = "\n";
                next = end + 1;
            } else if (end + 1 < n && text.charAt(end + 1) == '\n') {
                terminator = "\r\n";
                next = end + 2;
            } else {
                terminator = "\r";
                next = end + 1;
            }
            lines.add(new SourceLine(number++, text.substring(start, end), terminator));
            start = next;
        }
        return lines;
    }

    /** The most frequent terminator, {@code \n} where there is none. */
    public static String dominantTerminator(List<SourceLine> lines) {
        int lf = 0;
        int crlf = 0;
        int cr = 0;
        for (SourceLine line : lines) {
            switch (line.terminator()) {
                case "\n" -> lf++;
                case "\r\n" -> crlf++;
                case "\r" -> cr++;
                default -> {}
            }
        }
        if (crlf > lf && crlf >= cr) {
            return "\r\n";
        }
        return cr > lf ? "\r" : "\n";
    }
}
