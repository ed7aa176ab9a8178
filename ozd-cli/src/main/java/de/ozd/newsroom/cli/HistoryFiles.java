package de.ozd.newsroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.core.json.PackageJsonException;
import de.ozd.newsroom.store.Revision;
import de.ozd.newsroom.store.RevisionInfo;
import de.ozd.newsroom.store.State;
import java.io.IOException;
import java.util.Optional;

/** The files of {@code ozd export}: one JSON file per revision, written atomically. */
final class HistoryFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HistoryFiles() {}

    static String fileName(int revision) {
        return String.format("%06d.json", revision);
    }

    static String toJson(Revision r) {
        RevisionInfo i = r.info();
        ObjectNode n = MAPPER.createObjectNode()
                .put("revision", i.revision())
                .put("createdAt", i.createdAt())
                .put("author", i.author())
                .put("kind", i.kind())
                .put("summary", i.summary())
                .put("state", i.state().key())
                .put("note", i.note().orElse(null))
                .put("text", r.text());
        n.set("package", PackageJson.toTree(r.pkg()));
        return n.toPrettyString();
    }

    static Revision fromJson(String name, String json) {
        try {
            JsonNode n = MAPPER.readTree(json);
            State state = State.byKey(n.path("state").asText())
                    .orElseThrow(() -> new UserException(
                            name + ": unbekannter Status „" + n.path("state").asText() + "“."));
            for (String f : new String[] {"revision", "createdAt", "author", "kind", "summary", "text", "package"}) {
                if (n.path(f).isMissingNode() || n.path(f).isNull()) {
                    throw new UserException(
                            name + ": das Feld „" + f + "“ fehlt; ist das eine Datei aus „ozd export“?");
                }
            }
            RevisionInfo info = new RevisionInfo(
                    n.path("revision").asInt(),
                    n.path("createdAt").asText(),
                    n.path("author").asText(),
                    n.path("kind").asText(),
                    n.path("summary").asText(),
                    state,
                    Optional.ofNullable(
                            n.path("note").isTextual() ? n.path("note").asText() : null));
            return new Revision(
                    info, PackageJson.read(n.get("package")), n.path("text").asText());
        } catch (PackageJsonException e) {
            throw new UserException(name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UserException(name + " ist kein gültiges JSON (" + e.getMessage() + ").");
        }
    }
}
