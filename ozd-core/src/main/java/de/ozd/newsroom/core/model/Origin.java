package de.ozd.newsroom.core.model;

import java.util.Locale;
import java.util.Optional;

/** Who wrote a section: a person, the offline extractive engine, or a language model. */
public enum Origin {
    HUMAN,
    EXTRACTIVE,
    LLM;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a machine drafted the section. */
    public boolean isMachine() {
        return this != HUMAN;
    }

    public static Optional<Origin> byKey(String key) {
        for (Origin o : values()) {
            if (o.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
