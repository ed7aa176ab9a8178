package de.ozd.newsroom.cli;

import de.ozd.newsroom.core.DraftingSettings;
import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.format.PackageWriter;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.core.text.GermanTypography;
import de.ozd.newsroom.draft.DraftEngine;
import de.ozd.newsroom.draft.DraftException;
import de.ozd.newsroom.draft.DraftListener;
import de.ozd.newsroom.draft.DraftOutcome;
import de.ozd.newsroom.draft.DraftRequest;
import de.ozd.newsroom.draft.ExplainerLibrary;
import de.ozd.newsroom.draft.ExtractiveDraftEngine;
import de.ozd.newsroom.draft.llm.DraftEngines;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ozd draft REPORT}: a complete package drafted from a wire report, offline or with a language model. */
@Command(
        name = "draft",
        mixinStandardHelpOptions = true,
        description = {
            "Draft a complete OZD package from a wire report (plain text, one paragraph per line).",
            "--engine extractive (default): offline and reproducibly, every line taken from the report, a "
                    + "placeholder for the commentary; sections marked 'extractive, unreviewed'.",
            "--engine llm: every section written by a model behind any OpenAI-compatible API (--llm-url, --model; "
                    + "the key in OZD_LLM_API_KEY), house-checked and grounding-checked; the findings follow the "
                    + "package on standard error; sections marked 'llm <model>, unreviewed'.",
            "--engine auto: the model where one is configured and answers, else extractive with a note.",
            "Check a draft with",
            "  ozd check --source REPORT DRAFT"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:drafted", "2:the report could not be read or drafted"})
final class DraftCommand implements Callable<Integer> {

    private static final Map<String, String> SECTION_NAMES = Map.of(
            "frontMatter", "Kopf (Titel, Teaser)",
            "commentary", "Kommentar",
            "infobox", "Mini-Infobox",
            "analysis", "Analyse",
            "explainers", "Erklärungen",
            "extras", "Extras");

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

    @Mixin
    DraftingOptions drafting;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress lines on stderr (loading the language models takes a few seconds).")
    boolean quiet;

    @Override
    public Integer call() {
        InputReader.Input in = input.reader().read(report);
        HouseConfig house = input.house();
        PrintWriter err = spec.commandLine().getErr();
        DraftingSettings settings = DraftEngines.merge(drafting.settings(), input.drafting());
        ExplainerLibrary library = LanguageTools.library(explainers);
        Phases phases = new Phases(err, "ozd draft", quiet);
        phases.start("Sprachmodelle werden geladen");
        LanguageTools.analyzer();
        phases.start("Entwurf wird erstellt");
        String text;
        DraftOutcome outcome;
        try {
            DraftEngine chosen = DraftEngines.create(
                    settings,
                    DraftingOptions.apiKey(),
                    LanguageTools::analyzer,
                    library,
                    house,
                    () -> extractive(library, house));
            if (!quiet
                    && !chosen.name().equals("extractive")
                    && settings.llmUrl().isPresent()
                    && settings.model().isPresent()) {
                err.println("ozd draft: frage das Modell " + settings.model().get() + " unter "
                        + settings.llmUrl().get() + " …");
                err.flush();
            }
            String reportText = typography ? GermanTypography.normaliseLines(in.text()) : in.text();
            outcome = chosen.draft(
                    new DraftRequest(reportText, Optional.ofNullable(agency), Optional.ofNullable(pictureCredit)),
                    quiet ? DraftListener.NONE : progress(err));
            text = new PackageWriter(house).canonical(outcome.pkg());
            phases.end();
        } catch (DraftException e) {
            throw new UserException(in.name() + ": " + e.getMessage());
        }
        String where = output == null ? "<stdout>" : output.toString();
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        } else {
            AtomicFiles.write(output, text);
            err.println("ozd draft: Entwurf in " + output + " geschrieben (" + origin(outcome) + ", ungeprüft) – "
                    + "prüfen mit: ozd check --source " + in.name() + " " + output);
        }
        report(err, outcome, where);
        return OzdCli.OK;
    }

    private ExtractiveDraftEngine extractive(ExplainerLibrary library, HouseConfig house) {
        ExtractiveDraftEngine.Builder builder = ExtractiveDraftEngine.builder(LanguageTools.analyzer())
                .library(library)
                .config(house);
        if (dimensions != null) {
            builder.dimensions(dimensions);
        }
        return builder.build();
    }

    private static String origin(DraftOutcome outcome) {
        return outcome.pkg()
                .provenance()
                .of(Section.INFOBOX)
                .map(p -> (p.origin() == de.ozd.newsroom.core.model.Origin.EXTRACTIVE
                                ? "extraktiv"
                                : p.origin().key())
                        + p.model().map(m -> " " + m).orElse(""))
                .orElse(outcome.engine());
    }

    private static DraftListener progress(PrintWriter err) {
        return new DraftListener() {
            @Override
            public void section(String section) {
                err.println("ozd draft: " + SECTION_NAMES.getOrDefault(section, section) + " …");
                err.flush();
            }

            @Override
            public void note(String message) {
                err.println("ozd draft: " + message);
                err.flush();
            }
        };
    }

    /** After the package: the engine's own findings, then time and tokens as the last line. */
    private static void report(PrintWriter err, DraftOutcome outcome, String where) {
        if (!outcome.findings().isEmpty()) {
            for (Diagnostic d : outcome.findings()) {
                err.println(d.format(where));
            }
            long errors =
                    outcome.findings().stream().filter(Diagnostic::isError).count();
            err.println("ozd draft: Prüfung des Entwurfs: " + errors + " Fehler, "
                    + (outcome.findings().size() - errors)
                    + " Warnungen (Belege gegen den Bericht: OZD1xx) – der Entwurf ist vollständig, die Befunde sind "
                    + "für die Redaktion.");
        }
        outcome.usage().ifPresent(u -> err.println("ozd draft: " + u.summary()));
        err.flush();
    }
}
