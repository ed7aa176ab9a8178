package de.ozd.newsroom.store;

import java.util.Locale;
import java.util.Optional;

/**
 * What a person (desk account) may do, each role including the one before it: a {@link #REPORTER} creates and edits
 * drafts and sends them to review; a {@link #REDAKTEUR} also reviews, publishes, corrects and retracts; an
 * {@link #ADMIN} also manages accounts and API tokens.
 */
public enum Role {
    REPORTER("reporter", "Reporter"),
    REDAKTEUR("redakteur", "Redakteur"),
    ADMIN("admin", "Admin");

    private final String key;
    private final String label;

    Role(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The stored and command-line form: {@code reporter}, {@code redakteur}, {@code admin}. */
    public String key() {
        return key;
    }

    /** The German name shown to people. */
    public String label() {
        return label;
    }

    /** Whether this role includes everything {@code other} may do. */
    public boolean atLeast(Role other) {
        return ordinal() >= other.ordinal();
    }

    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String k = text.strip().toLowerCase(Locale.ROOT);
        for (Role r : values()) {
            if (r.key.equals(k)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
