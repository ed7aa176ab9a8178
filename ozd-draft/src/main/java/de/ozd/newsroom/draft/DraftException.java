package de.ozd.newsroom.draft;

/** A report that cannot be drafted; the message is German and tells the editor what to do. */
public final class DraftException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DraftException(String message) {
        super(message);
    }
}
