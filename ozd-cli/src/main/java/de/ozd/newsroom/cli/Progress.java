package de.ozd.newsroom.cli;

import java.io.PrintWriter;

/** A progress bar on stderr: redrawn in place on a terminal, a line every few seconds otherwise. */
final class Progress {
    private final PrintWriter err;
    private final String what;
    private final long total;
    private final boolean tty = System.console() != null;
    private final long start = System.nanoTime();
    private long lastDraw;
    private long lastDone = -1;

    Progress(PrintWriter err, String what, long total) {
        this.err = err;
        this.what = what;
        this.total = total;
    }

    void update(long done) {
        long now = System.nanoTime();
        if (done == lastDone || done < total && now - lastDraw < (tty ? 100_000_000L : 5_000_000_000L)) {
            return;
        }
        lastDraw = now;
        lastDone = done;
        int width = 30;
        int filled = total == 0 ? width : (int) (width * done / total);
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        String line = String.format(
                "[%s%s] %d/%d %s (%.0f/s)",
                "#".repeat(filled), ".".repeat(width - filled), done, total, what, done / seconds);
        if (tty) {
            err.print("\r" + line + (done >= total ? "\n" : ""));
        } else {
            err.println(line);
        }
        err.flush();
    }
}
