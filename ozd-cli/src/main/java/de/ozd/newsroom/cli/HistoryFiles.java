package de.ozd.newsroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.core.json.PackageJsonException;
import de.ozd.newsroom.store.Revision;
import de.ozd.newsroom.store.RevisionInfo;
import de.ozd.newsroom.store.RevisionKind;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.StoreJson;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The files of {@code ozd export}: one JSON file per revision, written atomically. */
final class HistoryFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HistoryFiles() {}

    static String fileName(int revision) {
        return String.format("%06d.json", revision);
    }

    /** The revision as the API answers it ({@link StoreJson#revision}), pretty-printed. */
    static String toJson(Revision r) {
        return StoreJson.revision(r).toPrettyString();
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
            RevisionKind kind = RevisionKind.byKey(n.path("kind").asText())
                    .orElseThrow(() -> new UserException(name + ": unbekannte Art der Revision „"
                            + n.path("kind").asText() + "“."));
            Instant createdAt;
            try {
                createdAt = Instant.parse(n.path("createdAt").asText());
            } catch (DateTimeParseException e) {
                throw new UserException(name + ": der Zeitpunkt „"
                        + n.path("createdAt").asText() + "“ (createdAt) ist keine UTC-Zeit nach ISO 8601.");
            }
            RevisionInfo info = new RevisionInfo(
                    n.path("revision").asInt(),
                    createdAt,
                    n.path("author").asText(),
                    kind,
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
