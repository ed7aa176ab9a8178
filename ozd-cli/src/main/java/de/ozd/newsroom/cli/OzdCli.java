package de.ozd.newsroom.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Builds the configured {@link CommandLine} for {@link OzdCommand}: user errors ({@link UserException}) print one
 * German line on stderr and exit 2, never a stack trace. Tests call {@link #commandLine()} and {@code execute()}.
 */
public final class OzdCli {
    /** Exit code: no errors found. */
    public static final int OK = 0;
    /** Exit code: the check found errors. */
    public static final int FINDINGS = 1;
    /** Exit code: input unreadable or command misused. */
    public static final int USAGE = 2;

    private OzdCli() {}

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new OzdCommand());
        cli.setOut(utf8(new FileOutputStream(FileDescriptor.out)));
        cli.setErr(utf8(new FileOutputStream(FileDescriptor.err)));
        cli.setExecutionExceptionHandler(OzdCli::handle);
        cli.setParameterExceptionHandler(ParserMessages::handle);
        cli.setExitCodeExceptionMapper(e -> USAGE);
        HelpTexts.germanHeadings(cli);
        return cli;
    }

    /** Output is always UTF-8, whatever the platform's default charset (a CI box may be POSIX/ASCII). */
    private static PrintWriter utf8(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    }

    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof UserException user) {
            err.println("ozd " + cmd.getCommandName() + ": " + user.getMessage());
            err.flush();
            return user.exitCode();
        }
        err.println("ozd " + cmd.getCommandName() + ": interner Fehler ("
                + e.getClass().getSimpleName() + ": "
                + e.getMessage() + "). Bitte melden Sie ihn mit dem Befehl und der Eingabe; mit OZD_DEBUG=1 erscheint "
                + "der vollständige Stack-Trace.");
        if (System.getenv("OZD_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return 3;
    }
}
