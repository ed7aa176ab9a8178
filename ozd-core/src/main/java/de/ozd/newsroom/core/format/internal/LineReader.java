package de.ozd.newsroom.core.format.internal;

import de.ozd.newsroom.core.format.SourceLine;
import java.util.ArrayList;
import java.util.List;

/** Splits text into physical lines, keeping each line's terminator ({@code \n}, {@code \r\n}, {@code \r}). */
public final class LineReader {
    private LineReader() {
    }

    public static List<SourceLine> read(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = i;
                String terminator = c == '\n' ? "\n" : "\r";
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                    terminator = "\r\n";
                }
                lines.add(new SourceLine(number++, text.substring(start, end), terminator));
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(new SourceLine(number, text.substring(start), ""));
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
                default -> {
                }
            }
        }
        if (crlf > lf && crlf >= cr) {
            return "\r\n";
        }
        return cr > lf ? "\r" : "\n";
    }
}
