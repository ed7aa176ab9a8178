package de.ozd.newsroom.publish;

/** A package cannot be published as it is (e.g. an unreadable date); the German message says what to fix. */
public final class PublishException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PublishException(String message) {
        super(message);
    }
}
