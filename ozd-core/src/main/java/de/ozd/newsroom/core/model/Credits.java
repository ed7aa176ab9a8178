package de.ozd.newsroom.core.model;

import java.util.Objects;
import java.util.Optional;

/** The credits line: the disclaimer ({@code Alle Angaben ohne Gewähr.}) and the picture credit ({@code AFP}). */
public record Credits(Optional<String> disclaimer, Optional<String> pictureCredit) {
    public Credits {
        Objects.requireNonNull(disclaimer, "disclaimer");
        Objects.requireNonNull(pictureCredit, "pictureCredit");
    }

    public Credits(String disclaimer, String pictureCredit) {
        this(Optional.ofNullable(disclaimer), Optional.ofNullable(pictureCredit));
    }
}
