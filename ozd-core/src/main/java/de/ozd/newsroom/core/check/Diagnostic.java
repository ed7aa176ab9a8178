package de.ozd.newsroom.core.check;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding at an exact position: 1-based line and column (columns count Unicode code points, a leading BOM
 * does not count), a stable rule id such as {@code OZD012}, and a German message that tells the editor what to do.
 */
public record Diagnostic(int line, int column, Severity severity, String rule, String message) {

    /** Orders by position, then rule id, so output is stable. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator.comparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::rule);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic of(HouseRule rule, int line, int column, String message) {
        return new Diagnostic(line, column, rule.severity(), rule.id(), message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Compiler style: {@code file:12:1: error[OZD012] message}. */
    public String format(String file) {
        return file + ":" + line + ":" + column + ": " + severity.key() + "[" + rule + "] " + message;
    }
}
