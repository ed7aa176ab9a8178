package de.ozd.newsroom.core.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per-section provenance. A section without an entry was written by a person ({@link SectionProvenance#human()}).
 */
public record Provenance(Map<Section, SectionProvenance> sections) {

    public static final Provenance EMPTY = new Provenance(Map.of());

    public Provenance {
        EnumMap<Section, SectionProvenance> copy = new EnumMap<>(Section.class);
        copy.putAll(sections);
        sections = Collections.unmodifiableMap(copy);
    }

    public Optional<SectionProvenance> of(Section section) {
        return Optional.ofNullable(sections.get(section));
    }

    /** The provenance of a section, {@code human} where none is recorded. */
    public SectionProvenance orHuman(Section section) {
        return of(section).orElseGet(SectionProvenance::human);
    }

    public Provenance with(Section section, SectionProvenance value) {
        EnumMap<Section, SectionProvenance> copy = new EnumMap<>(Section.class);
        copy.putAll(sections);
        copy.put(section, value);
        return new Provenance(copy);
    }

    public boolean isEmpty() {
        return sections.isEmpty();
    }
}
