package de.ozd.newsroom.core.model;

import java.util.Objects;
import java.util.Optional;

/** Where one section came from and whether an editor reviewed it; {@code model} names the LLM for {@code llm}. */
public record SectionProvenance(Origin origin, boolean reviewed, Optional<String> model) {
    public SectionProvenance {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(model, "model");
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
}
