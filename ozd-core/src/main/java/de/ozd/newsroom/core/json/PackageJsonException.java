package de.ozd.newsroom.core.json;

/** The JSON given is not a package in the spec's shape; the message (German) names the field and the fix. */
public final class PackageJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pointer;

    public PackageJsonException(String pointer, String message) {
        super(message);
        this.pointer = pointer;
    }

    /** JSON pointer of the offending value, e.g. {@code /infobox/facts/2}. */
    public String pointer() {
        return pointer;
    }
}
