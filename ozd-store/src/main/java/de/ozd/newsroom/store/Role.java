package de.ozd.newsroom.store;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an API token may do. Each role includes the ones before it: a {@code reporter} creates and edits packages
 * and sends them to review; a {@code redakteur} also reviews, publishes, corrects, retracts and restores; an
 * {@code admin} also manages tokens.
 */
public enum Role {
    REPORTER("reporter"),
    REDAKTEUR("redakteur"),
    ADMIN("admin");

    /** The role of a new token when none is named. */
    public static final Role DEFAULT = REPORTER;

    private final String key;

    Role(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Whether this role includes everything {@code other} may do. */
    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    public static Optional<Role> byKey(String key) {
        return key == null
                ? Optional.empty()
                : Arrays.stream(values())
                        .filter(r -> r.key.equals(key.strip().toLowerCase(Locale.ROOT)))
                        .findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Role::key).toList();
    }
}
