package de.ozd.newsroom.core.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Who took editorial responsibility for a machine-drafted section, and when (UTC, whole seconds): the person who
 * reviewed it, or the Redakteur who published it unreviewed, labelled as machine-made. {@code by} is the account
 * or API token name: one line, no surrounding spaces.
 */
public record Signoff(String by, Instant at) {
    public Signoff {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (by.isBlank()) {
            throw new IllegalArgumentException("a sign-off names who gave it");
        }
    }

    /** {@code by} at {@code at}, cut to whole seconds (what the house text keeps). */
    public static Signoff of(String by, Instant at) {
        return new Signoff(by, at.truncatedTo(ChronoUnit.SECONDS));
    }
}
