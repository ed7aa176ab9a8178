package de.ozd.newsroom.draft;

/**
 * Progress of one draft, for a command line or a page that shows it arriving. Called on the
 * drafting thread or, while a stream arrives, on the HTTP client's thread; implementations must be
 * quick, thread-safe and must not throw.
 */
public interface DraftListener {

    /** Does nothing. */
    DraftListener NONE = new DraftListener() {};

    /**
     * The engine started writing a section; {@code section} is the key of the JSON form
     * ({@code frontMatter}, {@code commentary}, {@code infobox}, {@code analysis}, {@code
     * explainers}, {@code extras}).
     */
    default void section(String section) {}

    /** Something the editor should know now (German): a retry, a fallback, a wait. */
    default void note(String message) {}
}
