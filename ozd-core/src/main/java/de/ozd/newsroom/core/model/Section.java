package de.ozd.newsroom.core.model;

import java.util.Locale;
import java.util.Optional;

/** The sections of a package in house order, each with its key in the JSON form. */
public enum Section {
    REPORT("report"),
    COMMENTARY("commentary"),
    INFOBOX("infobox"),
    ANALYSIS("analysis"),
    EXPLAINERS("explainers"),
    CREDITS("credits"),
    EXTRAS("extras");

    private final String key;

    Section(String key) {
        this.key = key;
    }

    /** The camelCase key used in JSON and in front-matter provenance lines. */
    public String key() {
        return key;
    }

    public static Optional<Section> byKey(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        for (Section s : values()) {
            if (s.key.equals(k)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
