package de.ozd.newsroom.publish.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/** JSON output. The writers are immutable and thread-safe. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    /** Pretty-printing into a writer the caller owns: leaves it open. */
    private static final ObjectWriter PRETTY =
            MAPPER.writerWithDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private static final ObjectWriter HTML_SAFE;

    static {
        ObjectMapper m = new ObjectMapper();
        m.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
        HTML_SAFE = m.writerWithDefaultPrettyPrinter();
    }

    private Json() {}

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * Writes {@code node} pretty-printed (two-space indentation, Jackson's default printer) straight into {@code out},
     * which is left open; no intermediate string of the whole document.
     */
    public static void pretty(Object node, Writer out) throws IOException {
        PRETTY.writeValue(out, node);
    }

    /**
     * JSON that is safe inside an HTML {@code <script>} element: {@code <}, {@code >}, {@code &}, {@code '} and the
     * line separators U+2028/U+2029 are written as {@code \}{@code uXXXX}, so no {@code </script>} or
     * {@code <!--} can end or confuse the element.
     */
    public static String htmlSafe(Object node) {
        try {
            return HTML_SAFE.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON tree could not be written", e);
        }
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] table;

        HtmlSafeEscapes() {
            table = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                table[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028 || ch == 0x2029) {
                return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
