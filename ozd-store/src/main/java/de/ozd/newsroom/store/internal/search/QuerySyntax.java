package de.ozd.newsroom.store.internal.search;

import de.ozd.newsroom.store.StoreException;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's query language, the same for both setups: words (all must match), {@code "a phrase"},
 * {@code prefix*} and {@code -excluded}. Anything else (brackets, colons, operators) is plain text; a query
 * never fails to parse, so no user input can reach a backend's own query syntax.
 */
public final class QuerySyntax {
    public static final int MAX_CLAUSES = 32;

    private QuerySyntax() {}

    public enum Kind {
        WORD,
        PREFIX,
        PHRASE
    }

    /** One part of a query; {@code words} are the letters-and-digits words of it. */
    public record Clause(Kind kind, List<String> words, boolean excluded) {
        public String joined() {
            return String.join(" ", words);
        }
    }

    public static List<Clause> parse(String text) {
        List<Clause> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                excluded = true;
                i++;
                c = text.charAt(i);
            }
            if (c == '"' || c == '„' || c == '“') {
                int end = i + 1;
                while (end < n && text.charAt(end) != '"' && text.charAt(end) != '“' && text.charAt(end) != '”') {
                    end++;
                }
                List<String> words = words(text.substring(i + 1, end));
                if (!words.isEmpty()) {
                    out.add(new Clause(words.size() == 1 ? Kind.WORD : Kind.PHRASE, words, excluded));
                }
                i = Math.min(n, end + 1);
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            String token = text.substring(i, end);
            boolean prefix = token.endsWith("*");
            List<String> words = words(token);
            for (int w = 0; w < words.size(); w++) {
                boolean last = w == words.size() - 1;
                out.add(new Clause(prefix && last ? Kind.PREFIX : Kind.WORD, List.of(words.get(w)), excluded));
            }
            i = end;
        }
        if (out.size() > MAX_CLAUSES) {
            throw new StoreException(
                    StoreException.Kind.BAD_ARGUMENT,
                    "query_too_long",
                    "Die Suchanfrage hat " + out.size() + " Teile; erlaubt sind " + MAX_CLAUSES + ".");
        }
        return out;
    }

    /** Letters and digits only (any script); everything else separates words. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                w.appendCodePoint(cp);
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        });
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }
}
