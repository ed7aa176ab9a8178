package de.ozd.newsroom.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.format.PackageWriter;
import de.ozd.newsroom.core.model.ArticlePackage;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Makes the JSON form → house text writer total: a package is accepted only if its canonical house text reads back
 * as the very same package. What the text cannot hold is refused with a {@link PackageJsonException} that names the
 * field (a JSON pointer) and says why, in German:
 *
 * <ul>
 *   <li>control characters (C0, DEL, C1; line breaks and tabs included) and lone surrogates in any value or key;
 *   <li>anything else the parser would read differently: a paragraph that looks like a heading, surrounding spaces,
 *       an empty paragraph, a provenance model id with spaces, a front-matter key that is not {@code [A-Za-z][A-Za-z0-9_.-]*}
 *       … found by writing the text, parsing it and comparing the two JSON trees.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class TextRoundTrip {
    private TextRoundTrip() {}

    /** Throws {@link PackageJsonException} naming the first field that would not survive the house text. */
    public static void require(ArticlePackage pkg, HouseConfig config) {
        JsonNode tree = PackageJson.toTree(pkg);
        characters(tree, "");
        String text = new PackageWriter(config).canonical(pkg);
        ArticlePackage back = new PackageParser(config).parse(text).pkg();
        if (back.equals(pkg)) {
            return;
        }
        String at = firstDifference(tree, PackageJson.toTree(back), "");
        throw new PackageJsonException(
                at == null ? "" : at,
                "Der Wert an " + (at == null || at.isEmpty() ? "oberster Ebene" : at)
                        + " lässt sich im Haustext nicht so schreiben, dass er unverändert zurückgelesen wird "
                        + "(etwa ein Absatz, der wie eine Überschrift oder ein Kürzel aussieht, Leerzeichen am Anfang "
                        + "oder Ende, ein leerer Absatz, eine Modellkennung mit Leerzeichen). Bitte ändern Sie ihn.");
    }

    /** Refuses control characters and lone surrogates in every string value and object key. */
    private static void characters(JsonNode n, String at) {
        if (n.isTextual()) {
            check(n.textValue(), at);
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                characters(n.get(i), at + "/" + i);
            }
        } else if (n.isObject()) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                check(key, at + "/" + key);
                characters(n.get(key), at + "/" + key);
            }
        }
    }

    private static void check(String s, String at) {
        String problem = problem(s);
        if (problem != null) {
            throw new PackageJsonException(at, "Der Wert an " + at + " enthält " + problem + ".");
        }
    }

    /**
     * What in {@code s} no single-line value may hold, as a German phrase ("ein Steuerzeichen (U+001B) an Zeichen
     * 4"), or null. Line breaks (LF, CR, U+2028, U+2029, U+0085) are reported as such.
     */
    public static String problem(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "ein einzelnes Ersatzzeichen (" + hex(c) + ") an Zeichen " + i + ", kein gültiges Unicode";
            } else if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return "einen Zeilenumbruch (" + hex(c) + ") an Zeichen " + i
                        + "; jeder Wert steht im Haustext auf einer Zeile";
            } else if (Character.getType(c) == Character.CONTROL) {
                return "ein Steuerzeichen (" + hex(c) + ") an Zeichen " + i;
            }
        }
        return null;
    }

    private static String hex(char c) {
        return String.format("U+%04X", (int) c);
    }

    /** The JSON pointer of the first value in {@code a} that {@code b} does not have the same; null if equal. */
    static String firstDifference(JsonNode a, JsonNode b, String at) {
        if (a.equals(b)) {
            return null;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                JsonNode x = a.get(k);
                JsonNode y = b.get(k);
                if (x == null || y == null) {
                    return at + "/" + k;
                }
                String d = firstDifference(x, y, at + "/" + k);
                if (d != null) {
                    return d;
                }
            }
            return at;
        }
        if (a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                if (i >= a.size()) {
                    return a.isEmpty() ? at : at + "/" + (a.size() - 1); // read back with more: the last one split
                }
                if (i >= b.size()) {
                    return at + "/" + i;
                }
                String d = firstDifference(a.get(i), b.get(i), at + "/" + i);
                if (d != null) {
                    return d;
                }
            }
            return at;
        }
        return at;
    }
}
