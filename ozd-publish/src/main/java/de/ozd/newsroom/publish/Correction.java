package de.ozd.newsroom.publish;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A public correction of a published article: the note readers see and when the correction was made. Every output
 * shows it (the page in a box headed „Korrektur“, JSON-LD as schema.org {@code correction}, feeds in the entry
 * content with the correction as the entry's update date, ninjs and NewsML-G2 as documented in
 * docs/publishing.md). Immutable.
 *
 * @param note the note for readers, plain text (cleaned like every other text by {@link Publication#withCorrection})
 * @param when when the correction was published
 */
public record Correction(String note, OffsetDateTime when) {
    public Correction {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(when, "when");
        if (note.isBlank()) {
            throw new IllegalArgumentException("a correction needs a note for readers");
        }
    }
}
