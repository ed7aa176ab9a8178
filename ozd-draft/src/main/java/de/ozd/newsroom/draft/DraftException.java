package de.ozd.newsroom.draft;

/**
 * A report that cannot be drafted; the message is German and tells the editor what to do. {@link
 * de.ozd.newsroom.draft.llm.ModelException} is the kind where the report is fine and the model (its server, its
 * answer) failed.
 */
public class DraftException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DraftException(String message) {
        super(message);
    }
}
