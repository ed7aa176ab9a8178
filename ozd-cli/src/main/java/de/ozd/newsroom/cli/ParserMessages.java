package de.ozd.newsroom.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line's own complaints (an unknown option, a missing parameter, a value of the wrong type) in German:
 * one line naming the problem, one line pointing to the command's help, exit 2. picocli's English messages never
 * reach the user.
 */
final class ParserMessages {
    private ParserMessages() {}

    static int handle(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = qualifiedName(cmd);
        err.println(name + ": " + german(ex));
        err.println("Hilfe: " + name + " --help");
        err.flush();
        return OzdCli.USAGE;
    }

    /** The German message for a parser complaint. */
    static String german(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            List<String> suggestions = u.getSuggestions();
            String hint = suggestions.isEmpty() ? "" : " – meinten Sie " + or(suggestions) + "?";
            if (first.startsWith("-") && first.length() > 1) {
                String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
                return "Unbekannte Option „" + option + "“" + hint;
            }
            if (!u.getCommandLine().getSubcommands().isEmpty()) {
                return "Unbekannter Befehl „" + first + "“" + hint;
            }
            return (unmatched.size() == 1
                            ? "Überzähliges Argument „" + first + "“"
                            : "Überzählige Argumente „" + String.join(" ", unmatched) + "“")
                    + hint;
        }
        if (ex instanceof MissingParameterException m) {
            if (ex.getMessage() != null && ex.getMessage().startsWith("Missing required parameter for option")) {
                return "Der Option " + label(m.getMissing().get(0)) + " fehlt ihr Wert.";
            }
            List<ArgSpec> missing = m.getMissing();
            boolean options = missing.stream().allMatch(ArgSpec::isOption);
            boolean one = missing.size() == 1;
            String what = options
                    ? (one ? "Pflichtoption fehlt: " : "Pflichtoptionen fehlen: ")
                    : (one ? "Pflichtparameter fehlt: " : "Pflichtparameter fehlen: ");
            return what + missing.stream().map(ParserMessages::label).collect(Collectors.joining(", ")) + ".";
        }
        if (ex instanceof OverwrittenOptionException o) {
            return "Die Option " + label(o.getOverwritten()) + " ist mehrfach angegeben; sie gilt nur einmal.";
        }
        if (ex instanceof MaxValuesExceededException) {
            return "Zu viele Argumente.";
        }
        if (ex instanceof MutuallyExclusiveArgsException) {
            return "Diese Optionen schließen einander aus; geben Sie nur eine an.";
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            ArgSpec spec = ex.getArgSpec();
            return "Ungültiger Wert „" + ex.getValue() + "“ für " + label(spec) + expected(spec) + ".";
        }
        return "Der Aufruf ist so nicht verständlich.";
    }

    private static String or(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " oder " + words.get(words.size() - 1);
    }

    private static String expected(ArgSpec spec) {
        Class<?> type = spec.type();
        if (type.isEnum()) {
            return " (erlaubt: "
                    + java.util.Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "))
                    + ")";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return " (erwartet: eine ganze Zahl)";
        }
        return "";
    }

    private static String label(ArgSpec spec) {
        if (spec instanceof OptionSpec o) {
            return o.longestName() + (o.typeInfo().isBoolean() ? "" : " " + o.paramLabel());
        }
        return ((PositionalParamSpec) spec).paramLabel();
    }

    private static String qualifiedName(CommandLine cmd) {
        StringBuilder name = new StringBuilder(cmd.getCommandName());
        for (CommandLine p = cmd.getParent(); p != null; p = p.getParent()) {
            name.insert(0, p.getCommandName() + " ");
        }
        return name.toString();
    }
}
