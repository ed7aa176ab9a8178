package de.ozd.newsroom.server;

/**
 * A refusal of a request (bad body, bad parameter, missing token): an HTTP status, a stable code, a German message
 * and, for a parameter or body field, the field's name. {@link ApiErrors} writes it as the JSON error body.
 */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String field;
    private final transient com.fasterxml.jackson.databind.node.ObjectNode details;

    ApiException(int status, String code, String message) {
        this(status, code, message, null);
    }

    ApiException(int status, String code, String message, String field) {
        this(status, code, message, field, null);
    }

    /** With {@code details}: further fields of the error body (the findings of a refused publication). */
    ApiException(
            int status,
            String code,
            String message,
            String field,
            com.fasterxml.jackson.databind.node.ObjectNode details) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
        this.details = details;
    }

    /** Further fields of the error body, or {@code null}. */
    com.fasterxml.jackson.databind.node.ObjectNode details() {
        return details;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    /** The field or parameter the refusal concerns, or {@code null}. */
    String field() {
        return field;
    }
}
