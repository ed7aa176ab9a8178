package de.ozd.newsroom.draft.llm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Strict reading of a model's answer against {@link PackageSchema}: one JSON object (a Markdown code fence around it
 * is the only wrapping accepted), exactly the schema's keys, text where text belongs, no empty text, no line break
 * inside a value (a line break would write new lines, even new sections, into the house text). What is wrong is
 * listed in German, in a form the retry feeds back to the model.
 */
final class ModelOutput {
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ModelOutput() {}

    /** The answer as a JSON object of the schema, or the list of what is wrong with it. */
    record Read(ObjectNode value, List<String> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    static Read read(String content) {
        String s = unfence(content.strip());
        JsonNode root;
        try {
            root = STRICT.readTree(s);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null || at.getLineNr() < 0
                    ? ""
                    : " (Zeile " + at.getLineNr() + ", Spalte " + at.getColumnNr() + ")";
            return new Read(
                    null, List.of("Die Antwort ist kein gültiges JSON" + where + ": " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            return new Read(null, List.of("Die Antwort ist kein JSON-Objekt."));
        }
        List<String> problems = new ArrayList<>();
        check(root, PackageSchema.schema(), "", problems);
        return new Read(problems.isEmpty() ? (ObjectNode) root : null, List.copyOf(problems));
    }

    private static String unfence(String s) {
        if (s.startsWith("```") && s.endsWith("```") && s.length() > 6) {
            int firstLine = s.indexOf('\n');
            if (firstLine > 0) {
                return s.substring(firstLine + 1, s.length() - 3).strip();
            }
        }
        return s;
    }

    /** Checks {@code n} against the small subset of JSON Schema that {@link PackageSchema} uses. */
    private static void check(JsonNode n, JsonNode schema, String at, List<String> problems) {
        String where = at.isEmpty() ? "die Antwort" : "„" + at + "“";
        switch (schema.get("type").asText()) {
            case "object" -> {
                if (!n.isObject()) {
                    problems.add(where + " muss ein Objekt sein.");
                    return;
                }
                JsonNode props = schema.get("properties");
                Iterator<String> names = n.fieldNames();
                while (names.hasNext()) {
                    String k = names.next();
                    if (!props.has(k)) {
                        problems.add("Unbekannter Schlüssel „" + path(at, k) + "“: erlaubt sind " + keys(props) + ".");
                    }
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode v = n.get(e.getKey());
                    if (v == null || v.isNull()) {
                        problems.add("„" + path(at, e.getKey()) + "“ fehlt.");
                    } else {
                        check(v, e.getValue(), path(at, e.getKey()), problems);
                    }
                }
            }
            case "array" -> {
                if (!n.isArray()) {
                    problems.add(where + " muss eine Liste sein.");
                    return;
                }
                if (n.isEmpty()) {
                    problems.add(where + " ist leer.");
                }
                for (int i = 0; i < n.size(); i++) {
                    check(n.get(i), schema.get("items"), at + "/" + i, problems);
                }
            }
            case "string" -> {
                if (!n.isTextual()) {
                    problems.add(where + " muss ein Text sein.");
                    return;
                }
                String t = n.textValue();
                if (t.isBlank()) {
                    problems.add(where + " ist leer.");
                } else if (t.chars().anyMatch(c -> c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85)) {
                    problems.add(where + " enthält einen Zeilenumbruch: jede Angabe ist eine einzige Zeile.");
                } else if (t.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
                    problems.add(where + " enthält ein Steuerzeichen.");
                }
                JsonNode allowed = schema.get("enum");
                if (allowed != null) {
                    boolean found = false;
                    for (JsonNode a : allowed) {
                        found |= a.asText().equals(t);
                    }
                    if (!found) {
                        problems.add(where + " ist „" + t + "“, erlaubt sind " + allowed + ".");
                    }
                }
            }
            default -> throw new IllegalStateException("schema type " + schema.get("type"));
        }
    }

    private static String path(String at, String key) {
        return at.isEmpty() ? key : at + "/" + key;
    }

    private static List<String> keys(JsonNode props) {
        List<String> k = new ArrayList<>();
        props.fieldNames().forEachRemaining(k::add);
        return k;
    }
}
