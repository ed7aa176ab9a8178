package de.ozd.newsroom.cli;

/** Entry point of the {@code ozd} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(OzdCli.commandLine().execute(args));
    }
}
