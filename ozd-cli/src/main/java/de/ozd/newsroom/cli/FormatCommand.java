package de.ozd.newsroom.cli;

import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.format.PackageWriter;
import de.ozd.newsroom.core.format.ParseResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ozd format FILE [--canonical]}: the house text again, as it was or normalised. */
@Command(
        name = "format",
        mixinStandardHelpOptions = true,
        description = {
            "Gibt ein Paket im Hausformat auf der Standardausgabe aus.",
            "Ohne Optionen kommt der Text Byte für Byte zurück; --canonical normalisiert ihn",
            "(LF, kein BOM, Hausreihenfolge, ungebrochene Antworten, Überschriften mit Halbgeviertstrich)."
        })
final class FormatCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--canonical", description = "Normalisieren statt das Layout zu erhalten.")
    boolean canonical;

    @Parameters(paramLabel = "FILE", description = "Datei im Hausformat, oder - für die Standardeingabe.")
    String file;

    @Override
    public Integer call() {
        InputReader.Input in = input.reader().read(file);
        var house = input.house();
        ParseResult result = new PackageParser(house).parse(in.text());
        PackageWriter writer = new PackageWriter(house);
        PrintWriter out = spec.commandLine().getOut();
        out.print(canonical ? writer.canonical(result.pkg()) : writer.lossless(result));
        out.flush();
        result.diagnostics().forEach(d -> spec.commandLine().getErr().println(d.format(in.name())));
        return result.hasErrors() ? OzdCli.FINDINGS : OzdCli.OK;
    }
}
