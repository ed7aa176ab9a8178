package de.ozd.newsroom.cli;

/** A problem the user can fix (bad input, misuse); its German message is printed as is, without a stack trace. */
public final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public UserException(String message) {
        this(message, OzdCli.USAGE);
    }

    public UserException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
