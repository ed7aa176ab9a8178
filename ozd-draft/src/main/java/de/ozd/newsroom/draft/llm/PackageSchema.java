package de.ozd.newsroom.draft.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of what the model writes: the sections of the package's JSON form (docs/format.md) that a model
 * drafts, with the same keys, plus the front matter's headline and teaser. The report, the credits and the
 * provenance are not the model's to write; the engine adds them. Every object is closed and every key required, as
 * strict structured output asks; the house limits (facts per box, points per dimension) are in the prompt and in the
 * house check, since not every server honours {@code minItems}.
 */
public final class PackageSchema {
    private static final ObjectMapper M = new ObjectMapper();

    private PackageSchema() {}

    /** The schema as a JSON object. */
    public static ObjectNode schema() {
        ObjectNode root = object();
        ObjectNode p = (ObjectNode) root.get("properties");
        p.set("frontMatter", object("headline", text(), "teaser", text()));
        p.set("commentary", object("title", text(), "paragraphs", array(text())));
        p.set("infobox", object("title", text(), "facts", array(text())));
        ObjectNode label = text();
        label.putArray("enum").add("a").add("b").add("c").add("d").add("e");
        p.set(
                "analysis",
                object(
                        "dimensions",
                        array(object("title", text(), "points", array(object("label", label, "text", text()))))));
        p.set("explainers", array(object("question", text(), "answer", text())));
        p.set("extras", object("paragraphs", array(text())));
        var required = root.putArray("required");
        p.fieldNames().forEachRemaining(required::add);
        return root;
    }

    private static ObjectNode object(Object... keyAndSchema) {
        ObjectNode n = M.createObjectNode().put("type", "object");
        ObjectNode props = n.putObject("properties");
        var required = M.createArrayNode();
        for (int i = 0; i < keyAndSchema.length; i += 2) {
            props.set((String) keyAndSchema[i], (ObjectNode) keyAndSchema[i + 1]);
            required.add((String) keyAndSchema[i]);
        }
        if (keyAndSchema.length > 0) {
            n.set("required", required);
        }
        n.put("additionalProperties", false);
        return n;
    }

    private static ObjectNode text() {
        return M.createObjectNode().put("type", "string");
    }

    private static ObjectNode array(ObjectNode items) {
        ObjectNode n = M.createObjectNode().put("type", "array");
        n.set("items", items);
        return n;
    }
}
