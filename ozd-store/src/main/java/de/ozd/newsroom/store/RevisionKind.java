package de.ozd.newsroom.store;

import java.util.Arrays;
import java.util.Optional;

/** What made a revision; {@link #key()} is the form in the database and in every JSON output. */
public enum RevisionKind {
    /** Revision 1 of a new package. */
    CREATE("create"),
    /** An edit saved by an editor or through the API. */
    SAVE("save"),
    /** A workflow transition (the text is unchanged). */
    TRANSITION("transition"),
    /** A published package's pending edits put before readers, marked „Aktualisiert am …“. */
    UPDATE("update"),
    /** An older revision's text saved again as a new revision. */
    RESTORE("restore"),
    /** Created or changed by {@code ozd import}. */
    IMPORT("import"),
    /** The package moved to a new slug (the text changes only in a front-matter {@code slug:} line). */
    RENAME("rename");

    private final String key;

    RevisionKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<RevisionKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
