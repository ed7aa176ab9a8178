package de.ozd.newsroom.cli;

import de.ozd.newsroom.core.format.PackageWriter;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.text.GermanTypography;
import de.ozd.newsroom.draft.DraftException;
import de.ozd.newsroom.draft.DraftRequest;
import de.ozd.newsroom.draft.ExtractiveDraftEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ozd draft REPORT}: a complete package drafted offline from a wire report. */
@Command(
        name = "draft",
        mixinStandardHelpOptions = true,
        description = {
            "Draft a complete OZD package from a wire report (plain text, one paragraph per "
                    + "line), offline and reproducibly: the report verbatim with the desk signature, a "
                    + "Mini-Infobox, an analysis and explainers drawn from the report, extras where the report "
                    + "names a first or a timeline, and a placeholder for the commentary.",
            "Every drafted section is marked 'extractive, unreviewed'. Check it with",
            "  ozd check --source REPORT DRAFT"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:drafted", "2:the report could not be read or drafted"})
final class DraftCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(paramLabel = "REPORT", description = "The wire report, or - for standard input.")
    String report;

    @Option(
            names = "--agency",
            paramLabel = "NAME",
            description = "The news agency (front matter; picture credit unless --picture-credit).")
    String agency;

    @Option(names = "--picture-credit", paramLabel = "NAME", description = "The picture credit.")
    String pictureCredit;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the package to FILE instead of standard output.")
    Path output;

    @Option(
            names = "--typography",
            description = "Set the report in house typography („…“ quotes, – dashes, "
                    + "… ellipsis, single spaces) before drafting; without it the report is kept verbatim.")
    boolean typography;

    @Option(
            names = "--explainers",
            paramLabel = "FILE",
            description = "Explainer library file (default: the bundled one).")
    Path explainers;

    @Option(
            names = "--dimensions",
            paramLabel = "FILE",
            description = "Lexicon of analysis dimensions (default: the bundled one).")
    Path dimensions;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress lines on stderr (loading the language models takes a few seconds).")
    boolean quiet;

    @Override
    public Integer call() {
        InputReader.Input in = input.reader().read(report);
        Phases phases = new Phases(spec.commandLine().getErr(), "ozd draft", quiet);
        phases.start("Sprachmodelle werden geladen");
        ExtractiveDraftEngine.Builder builder = ExtractiveDraftEngine.builder(LanguageTools.analyzer())
                .library(LanguageTools.library(explainers))
                .config(input.house());
        phases.start("Entwurf wird erstellt");
        String text;
        try {
            if (dimensions != null) {
                builder.dimensions(dimensions);
            }
            String reportText = typography ? GermanTypography.normaliseLines(in.text()) : in.text();
            ArticlePackage pkg = builder.build()
                    .draft(new DraftRequest(
                            reportText, Optional.ofNullable(agency), Optional.ofNullable(pictureCredit)));
            text = new PackageWriter(input.house()).canonical(pkg);
            phases.end();
        } catch (DraftException e) {
            throw new UserException(in.name() + ": " + e.getMessage());
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        } else {
            AtomicFiles.write(output, text);
            spec.commandLine()
                    .getErr()
                    .println("ozd draft: Entwurf in " + output + " geschrieben "
                            + "(extraktiv, ungeprüft) – prüfen mit: ozd check --source " + in.name() + " " + output);
        }
        return OzdCli.OK;
    }
}
