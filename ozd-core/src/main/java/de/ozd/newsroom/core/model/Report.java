package de.ozd.newsroom.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The news report (Bericht): paragraphs, one per line in the house text, and the desk signature that ends the
 * last paragraph ({@code … Seite. OZD}). The signature is not part of {@link #paragraphs()}.
 */
public record Report(List<String> paragraphs, Optional<String> signature) {

    public Report {
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(signature, "signature");
    }

    public Report(List<String> paragraphs, String signature) {
        this(paragraphs, Optional.ofNullable(signature));
    }

    /** The report's text as one string, paragraphs separated by a line break, without the signature. */
    public String text() {
        return String.join("\n", paragraphs);
    }
}
