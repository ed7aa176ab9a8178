package de.ozd.newsroom.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one section came from and whether an editor reviewed it; {@code model} names the LLM for {@code llm}.
 * {@code signoff} says who decided about a machine-drafted section and when: for a reviewed section its reviewer,
 * for an unreviewed one the Redakteur who published it labelled as machine-made (see {@link #review()} and {@link
 * #machineLabel()}). Packages written before sign-offs were recorded have none.
 */
public record SectionProvenance(Origin origin, boolean reviewed, Optional<String> model, Optional<Signoff> signoff) {
    public SectionProvenance {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(signoff, "signoff");
    }

    /** Without a sign-off (as every package before review times were recorded). */
    public SectionProvenance(Origin origin, boolean reviewed, Optional<String> model) {
        this(origin, reviewed, model, Optional.empty());
    }

    public static SectionProvenance human() {
        return new SectionProvenance(Origin.HUMAN, true, Optional.empty());
    }

    public static SectionProvenance drafted(Origin origin, String model) {
        return new SectionProvenance(origin, false, Optional.ofNullable(model));
    }

    /** A machine-drafted section that no editor has reviewed: publishing must label it. */
    public boolean needsMachineLabel() {
        return origin.isMachine() && !reviewed;
    }

    public SectionProvenance markReviewed() {
        return new SectionProvenance(origin, true, model);
    }

    /** Reviewed by {@code by} at {@code at} (whole seconds). */
    public SectionProvenance markReviewed(String by, Instant at) {
        return new SectionProvenance(origin, true, model, Optional.of(Signoff.of(by, at)));
    }

    /** Still unreviewed, published labelled as machine-made by {@code by} at {@code at} (whole seconds). */
    public SectionProvenance markLabelled(String by, Instant at) {
        return new SectionProvenance(origin, false, model, Optional.of(Signoff.of(by, at)));
    }

    /** Who reviewed the section and when, where that was recorded. */
    public Optional<Signoff> review() {
        return reviewed ? signoff : Optional.empty();
    }

    /** Who published the unreviewed section labelled as machine-made, and when, where that was recorded. */
    public Optional<Signoff> machineLabel() {
        return reviewed ? Optional.empty() : signoff;
    }
}
