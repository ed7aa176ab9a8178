package de.ozd.newsroom.draft.llm;

import de.ozd.newsroom.draft.DraftException;

/**
 * The report is fine, the model failed: its server cannot be reached, refuses, times out, or gave no usable
 * package within the retries. The message is German and never carries the API key. {@code --engine auto} falls back
 * to extraction on this, and the API answers 502 or 504 instead of blaming the report.
 */
public final class ModelException extends DraftException {
    private static final long serialVersionUID = 1L;

    private final boolean timeout;

    ModelException(String message) {
        this(message, false);
    }

    ModelException(String message, boolean timeout) {
        super(message);
        this.timeout = timeout;
    }

    /** Whether the model did not answer in time (a gateway timeout rather than a bad gateway). */
    public boolean isTimeout() {
        return timeout;
    }
}
