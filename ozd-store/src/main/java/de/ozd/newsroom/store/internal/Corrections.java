package de.ozd.newsroom.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import de.ozd.newsroom.store.CorrectionNote;
import java.util.ArrayList;
import java.util.List;

/** The package row's list of public corrections: a JSON array of {@code {"at": …, "note": …}}, oldest first. */
final class Corrections {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Corrections() {}

    static List<CorrectionNote> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            List<CorrectionNote> out = new ArrayList<>();
            for (JsonNode n : JSON.readTree(json)) {
                out.add(new CorrectionNote(
                        java.time.Instant.parse(n.path("at").asText()),
                        n.path("note").asText()));
            }
            return List.copyOf(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrections column is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** {@code json} with one more correction at its end. */
    static String append(String json, String at, String note) {
        ArrayNode list = JSON.createArrayNode();
        for (CorrectionNote c : read(json)) {
            list.addObject().put("at", Times.format(c.at())).put("note", c.note());
        }
        list.addObject().put("at", at).put("note", note);
        return list.toString();
    }
}
