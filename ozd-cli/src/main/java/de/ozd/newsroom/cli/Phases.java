package de.ozd.newsroom.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a command's slow steps on stderr: a line when a phase starts („Sprachmodelle werden geladen …“) and one
 * when it ends, with the seconds it took, so that no wait over a second or two is silent. Nothing with
 * {@code --quiet}. Standard output stays the command's result alone.
 */
final class Phases {
    private final PrintWriter err;
    private final String command;
    private final boolean quiet;
    private String current;
    private long start;

    Phases(PrintWriter err, String command, boolean quiet) {
        this.err = err;
        this.command = command;
        this.quiet = quiet;
    }

    /** Ends the running phase (if any) and starts the next one. */
    void start(String phase) {
        end();
        current = phase;
        start = System.nanoTime();
        if (!quiet) {
            err.println(command + ": " + phase + " …");
            err.flush();
        }
    }

    /** Ends the running phase: one line saying how long it took. */
    void end() {
        if (current == null) {
            return;
        }
        if (!quiet) {
            err.println(String.format(
                    Locale.GERMAN, "%s: %s – fertig (%.1f s)", command, current, (System.nanoTime() - start) / 1e9));
            err.flush();
        }
        current = null;
    }
}
