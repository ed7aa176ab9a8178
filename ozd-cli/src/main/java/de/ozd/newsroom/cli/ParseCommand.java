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
            "Gibt ein Paket als JSON (die JSON-Form der Spezifikation) auf der Standardausgabe aus.",
            "Strukturbefunde gehen auf stderr; die volle Hausstil-Prüfung macht 'ozd check'."
        },
        exitCodeListHeading = "%nExit-Codes:%n",
        exitCodeList = {
            "0:ohne Fehler eingelesen",
            "1:eingelesen, aber mit Strukturfehlern (siehe stderr)",
            "2:Eingabe nicht lesbar oder Aufruf falsch"
        })
final class ParseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(paramLabel = "FILE", description = "Datei im Hausformat, oder - für die Standardeingabe.")
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
