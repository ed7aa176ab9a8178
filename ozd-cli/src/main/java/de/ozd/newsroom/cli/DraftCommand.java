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
import de.ozd.newsroom.draft.ExplainerArchive;
import de.ozd.newsroom.draft.ExplainerLibrary;
import de.ozd.newsroom.draft.ExtractiveDraftEngine;
import de.ozd.newsroom.draft.llm.DraftEngines;
import de.ozd.newsroom.server.StoreExplainerArchive;
import de.ozd.newsroom.store.Store;
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
            "Entwirft aus einer Agenturmeldung (reiner Text, ein Absatz je Zeile) ein vollständiges OZD-Paket.",
            "--engine extractive (Vorgabe): offline und reproduzierbar, jede Zeile aus der Meldung, ein "
                    + "Platzhalter für den Kommentar; Abschnitte markiert als 'extractive, unreviewed'.",
            "--engine llm: jeder Abschnitt von einem Modell hinter einer OpenAI-kompatiblen API geschrieben (--llm-url, "
                    + "--model; Schlüssel in OZD_LLM_API_KEY), gegen Hausstil und Meldung geprüft; die Befunde folgen "
                    + "dem Paket auf der Standardfehlerausgabe; Abschnitte markiert als 'llm <model>, unreviewed'.",
            "--engine auto: das Modell, wenn eines eingerichtet ist und antwortet, sonst extractive mit Hinweis.",
            "--data DIR oder --db URL: Erklärungen veröffentlichter Pakete dieses Speichers für dieselben Namen "
                    + "anbieten (nur von Menschen geschriebene oder geprüfte; jede mit einem Hinweis auf ihr Paket).",
            "Einen Entwurf prüfen mit",
            "  ozd check --source REPORT DRAFT"
        },
        exitCodeListHeading = "%nExit-Codes:%n",
        exitCodeList = {"0:Entwurf geschrieben", "2:die Meldung war nicht lesbar oder nicht zu entwerfen"})
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

    @Parameters(paramLabel = "REPORT", description = "Die Agenturmeldung, oder - für die Standardeingabe.")
    String report;

    @Option(
            names = "--agency",
            paramLabel = "NAME",
            description = "Die Nachrichtenagentur (Kopfdaten; auch Bildnachweis, wenn --picture-credit fehlt).")
    String agency;

    @Option(names = "--picture-credit", paramLabel = "NAME", description = "Der Bildnachweis.")
    String pictureCredit;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Das Paket nach FILE schreiben statt auf die Standardausgabe.")
    Path output;

    @Option(
            names = "--typography",
            description =
                    "Die Meldung vor dem Entwurf in Haustypografie setzen („…“-Anführungszeichen, Halbgeviertstriche, "
                            + "Auslassungspunkte …, einfache Leerzeichen); ohne diese Option bleibt sie wörtlich.")
    boolean typography;

    @Option(
            names = "--explainers",
            paramLabel = "FILE",
            description = "Datei der Erklärbibliothek (Vorgabe: die mitgelieferte).")
    Path explainers;

    @Option(
            names = "--dimensions",
            paramLabel = "FILE",
            description = "Lexikon der Analysedimensionen (Vorgabe: das mitgelieferte).")
    Path dimensions;

    @Mixin
    DraftingOptions drafting;

    /** The store whose published explainers the draft may offer; used only when --data or --db is given. */
    @Mixin
    StoreOptions storeOptions;

    @Option(
            names = {"-q", "--quiet"},
            description = "Keine Fortschrittszeilen auf stderr (das Laden der Sprachmodelle dauert einige Sekunden).")
    boolean quiet;

    @Override
    public Integer call() {
        InputReader.Input in = input.reader().read(report);
        HouseConfig house = input.house();
        PrintWriter err = spec.commandLine().getErr();
        DraftingSettings settings = DraftEngines.merge(drafting.settings(), input.drafting());
        ExplainerLibrary library = LanguageTools.library(explainers);
        var parsed = spec.commandLine().getParseResult();
        // the archive only when a store is named on the command line: a draft never opens ./data by surprise
        try (Store store = parsed.hasMatchedOption("--data") || parsed.hasMatchedOption("--db")
                ? storeOptions.open(true, false, false)
                : null) {
            return draft(in, house, err, settings, library, store);
        }
    }

    private Integer draft(
            InputReader.Input in,
            HouseConfig house,
            PrintWriter err,
            DraftingSettings settings,
            ExplainerLibrary library,
            Store store) {
        ExplainerArchive archive = store == null ? ExplainerArchive.NONE : new StoreExplainerArchive(store);
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
                    () -> extractive(library, archive, house));
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
        report(err, outcome, where, quiet);
        return OzdCli.OK;
    }

    private ExtractiveDraftEngine extractive(ExplainerLibrary library, ExplainerArchive archive, HouseConfig house) {
        ExtractiveDraftEngine.Builder builder = ExtractiveDraftEngine.builder(LanguageTools.analyzer())
                .library(library)
                .archive(archive)
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
    private static void report(PrintWriter err, DraftOutcome outcome, String where, boolean quiet) {
        if (quiet) {
            // the progress listener printed them otherwise; an answer from the archive must not pass unnoticed
            outcome.notes().forEach(n -> err.println("ozd draft: " + n));
        }
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
