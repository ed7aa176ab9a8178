package de.ozd.newsroom.server;

/**
 * Values on their way into a log line: every control character (line breaks above all) and lone surrogate is
 * written as a visible escape ({@code \n}, {@code \u001b}), so no request value, package field or exception
 * message can start a forged line or send a terminal sequence. Stateless.
 */
public final class LogSafe {
    private LogSafe() {}

    public static String text(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair =
                    Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            String escape = pair ? null : escape(c);
            if (escape != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (escape != null) {
                    b.append(escape);
                } else {
                    b.append(c);
                    if (pair) {
                        b.append(s.charAt(i + 1));
                    }
                }
            }
            if (pair) {
                i++;
            }
        }
        return b == null ? s : b.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\\' -> null;
            default ->
                Character.getType(c) == Character.CONTROL || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029'
                        ? String.format("\\u%04x", (int) c)
                        : null;
        };
    }

    /**
     * {@code e} with every message in its cause chain escaped and the stack traces kept, for a logger that prints
     * the throwable. The copies are plain exceptions named after the originals.
     */
    public static Throwable throwable(Throwable e) {
        if (e == null) {
            return null;
        }
        Throwable copy = new Escaped(e.getClass().getName() + ": " + text(e.getMessage()), throwable(e.getCause()));
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    /** One line: the class and escaped message of {@code e} (without stack trace). */
    public static String line(Throwable e) {
        return e.getClass().getSimpleName() + ": " + text(e.getMessage());
    }

    private static final class Escaped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Escaped(String message, Throwable cause) {
            super(message, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
