package de.ozd.newsroom.cli;

import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.format.ParseResult;
import de.ozd.newsroom.core.json.PackageJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ozd parse FILE}: the package as JSON in the spec's shape. */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        description = {
            "Print a package as JSON (the spec's JSON form) on standard output.",
            "Structural findings go to stderr; use 'ozd check' for the full house-style check."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:parsed without errors",
            "1:parsed, but with structural errors (see stderr)",
            "2:input unreadable or command misused"
        })
final class ParseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(paramLabel = "FILE", description = "House-format file, or - for standard input.")
    String file;

    @Override
    public Integer call() {
        InputReader.Input in = input.reader().read(file);
        ParseResult result = new PackageParser(input.house()).parse(in.text());
        spec.commandLine().getOut().println(PackageJson.write(result.pkg()));
        result.diagnostics().forEach(d -> spec.commandLine().getErr().println(d.format(in.name())));
        return result.hasErrors() ? OzdCli.FINDINGS : OzdCli.OK;
    }
}
