package de.ozd.newsroom.store;

import java.util.Objects;

/**
 * A refusal the caller can act on: what {@link Kind} of refusal it is, a stable English {@link #code()} for
 * machines and a German message for people. The store knows nothing of HTTP; the server maps kinds to statuses.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, as far as a caller needs to know to react. */
    public enum Kind {
        /** The caller's argument is malformed (a parameter, a database address, a query). */
        BAD_ARGUMENT,
        /** No such package or revision. */
        NOT_FOUND,
        /** The package exists but was retracted: it is gone for readers. */
        GONE,
        /** The change collides with the current state (exists, stale revision, illegal transition). */
        CONFLICT,
        /** The package or request is too large for the configured limit. */
        TOO_LARGE,
        /** The package is not valid (or a required note is missing). */
        INVALID,
        /** The database or the search index cannot be reached or is locked; trying later may help. */
        UNAVAILABLE,
        /** The store failed (schema mismatch, storage error); nothing was stored. */
        FAILED
    }

    private final Kind kind;
    private final String code;

    public StoreException(Kind kind, String code, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind);
        this.code = Objects.requireNonNull(code);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public static StoreException notFound(String slug) {
        return new StoreException(Kind.NOT_FOUND, "not_found", "Ein Paket „" + slug + "“ gibt es nicht.");
    }

    public static StoreException invalid(String message) {
        return new StoreException(Kind.INVALID, "invalid_package", message);
    }
}
