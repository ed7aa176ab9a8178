package de.ozd.newsroom.store;

import java.util.Objects;

/**
 * One public correction of a package: the note readers see and when it was published. A package keeps every one,
 * oldest first ({@link PackageRecord#corrections()}); a later correction never replaces an earlier note.
 *
 * @param at   UTC time of the correction (the store's fixed-width ISO-8601 text)
 * @param note the note for readers
 */
public record CorrectionNote(String at, String note) {
    public CorrectionNote {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(note, "note");
    }
}
