package de.ozd.newsroom.store;

/**
 * A refusal the caller can act on: a stable English {@link #code()} for machines and a German message for people.
 * {@link #status()} is the HTTP status the API answers with.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final int status;

    public StoreException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public static StoreException notFound(String slug) {
        return new StoreException(404, "not_found", "Ein Paket „" + slug + "“ gibt es nicht.");
    }

    public static StoreException invalid(String message) {
        return new StoreException(422, "invalid_package", message);
    }
}
