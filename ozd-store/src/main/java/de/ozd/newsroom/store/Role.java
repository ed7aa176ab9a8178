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

    /** The role of a new API token when none is named (the same as on branch h4-harden). */
    public static final Role DEFAULT = REPORTER;

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

    /** The same as {@link #atLeast} (the name branch h4-harden uses for API tokens). */
    public boolean includes(Role other) {
        return atLeast(other);
    }

    /** The same as {@link #parse} (the name branch h4-harden uses). */
    public static Optional<Role> byKey(String key) {
        return parse(key);
    }

    public static java.util.List<String> keys() {
        return java.util.Arrays.stream(values()).map(Role::key).toList();
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
