package de.ozd.newsroom.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One public correction of a package: the note readers see and when it was published. A package keeps every one,
 * oldest first ({@link PackageRecord#corrections()}); a later correction never replaces an earlier note.
 *
 * @param at   when the correction was published
 * @param note the note for readers
 */
public record CorrectionNote(Instant at, String note) {
    public CorrectionNote {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(note, "note");
    }
}
