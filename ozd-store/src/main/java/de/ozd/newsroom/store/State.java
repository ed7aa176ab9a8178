package de.ozd.newsroom.store;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The workflow: {@code draft → in_review → published}, then {@code corrected} (with a public note) or
 * {@code retracted} (the page answers 410 with the reason). {@code in_review → draft} sends a package back.
 */
public enum State {
    DRAFT("draft", "Entwurf"),
    IN_REVIEW("in_review", "in Prüfung"),
    PUBLISHED("published", "veröffentlicht"),
    CORRECTED("corrected", "korrigiert"),
    RETRACTED("retracted", "zurückgezogen");

    private final String key;
    private final String german;

    State(String key, String german) {
        this.key = key;
        this.german = german;
    }

    public String key() {
        return key;
    }

    public String german() {
        return german;
    }

    /** The states this one may move to. */
    public Set<State> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_REVIEW);
            case IN_REVIEW -> EnumSet.of(DRAFT, PUBLISHED);
            case PUBLISHED -> EnumSet.of(CORRECTED, RETRACTED);
            case CORRECTED -> EnumSet.of(CORRECTED, RETRACTED);
            case RETRACTED -> EnumSet.noneOf(State.class);
        };
    }

    /** Whether readers see the package (published or corrected). */
    public boolean isPublic() {
        return this == PUBLISHED || this == CORRECTED;
    }

    public static Optional<State> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(State::key).toList());
    }
}
