package de.ozd.newsroom.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.ozd.newsroom.core.check.CheckMode;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseChecker;
import de.ozd.newsroom.core.check.HouseRule;
import de.ozd.newsroom.core.check.Severity;
import de.ozd.newsroom.draft.DraftRule;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ozd check FILE...}: house-style findings, compiler style or JSON. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Prüft Pakete gegen den Hausstil; eine Zeile je Befund:",
            "  FILE:LINE:COLUMN: error[OZD012] message",
            "danach eine Zusammenfassung. Die Regelkennungen stehen in docs/format.md."
        },
        exitCodeListHeading = "%nExit-Codes:%n",
        exitCodeList = {
            "0:keine Fehler (Warnungen möglich)",
            "1:Fehler gefunden",
            "2:eine Eingabe war nicht lesbar oder der Aufruf falsch"
        })
final class CheckCommand implements Callable<Integer> {
    enum OutputFormat {
        text,
        json
    }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(
            names = "--format",
            paramLabel = "text|json",
            defaultValue = "text",
            description = "Ausgabeformat: text (Vorgabe) oder json (ein Array der Befunde).")
    OutputFormat format;

    @Option(
            names = "--rules",
            description =
                    "Die Regeln auflisten (Kennung, Schwere, Kurzbeschreibung): Hausregeln, Quellenabgleich und Rechtschreibung; dann beenden.")
    boolean listRules;

    @Parameters(
            paramLabel = "FILE",
            arity = "0..*",
            description = "Dateien im Hausformat, oder - für die Standardeingabe.")
    List<String> files;

    @Option(
            names = "--source",
            paramLabel = "REPORT",
            description =
                    "Zusätzlich jeden Namen, jede Zahl und jedes Datum der entworfenen Abschnitte gegen diese Meldung "
                            + "prüfen (reiner Text oder ein Paket, dessen Meldung dient): OZD101-OZD108, siehe docs/drafting.md.")
    String source;

    @Option(
            names = "--spelling",
            description = "Zusätzlich Rechtschreibung und Grammatik jedes Abschnitts mit LanguageTool prüfen (offline; "
                    + "die erste Prüfung dauert 20-30 s): Warnungen OZD201/OZD202, siehe docs/drafting.md.")
    boolean spelling;

    @Option(
            names = "--explainers",
            paramLabel = "FILE",
            description = "Erklärbibliothek, die der Quellenabgleich akzeptiert (Vorgabe: die mitgelieferte).")
    java.nio.file.Path explainers;

    @Option(
            names = "--publication",
            description = "Prüfen wie vor dem Veröffentlichen: übrige Platzhalter [Redaktion: …] (OZD025) sind dann "
                    + "Fehler statt Warnungen.")
    boolean publication;

    @Option(
            names = {"-q", "--quiet"},
            description = "Keine Fortschrittszeilen auf stderr (--source und --spelling laden zuerst Sprachmodelle).")
    boolean quiet;

    private void printRule(String id, Severity severity, String summary, String when) {
        spec.commandLine().getOut().println(id + "  " + String.format("%-7s", severity.key()) + "  " + summary + when);
    }

    @Override
    public Integer call() {
        if (listRules) {
            for (HouseRule rule : HouseRule.values()) {
                printRule(
                        rule.id(),
                        rule.severity(),
                        rule.summary(),
                        rule.severity(CheckMode.PUBLICATION) != rule.severity()
                                ? " (mit --publication: "
                                        + rule.severity(CheckMode.PUBLICATION).key() + ")"
                                : "");
            }
            for (DraftRule rule : DraftRule.values()) {
                printRule(
                        rule.id(),
                        rule.severity(),
                        rule.summary(),
                        rule.id().startsWith("OZD1") ? " (mit --source)" : " (mit --spelling)");
            }
            return OzdCli.OK;
        }
        if (files == null || files.isEmpty()) {
            throw new UserException("Keine Datei angegeben: ozd check DATEI… (oder - für die Standardeingabe).");
        }
        HouseChecker checker = new HouseChecker(
                input.house(), HouseChecker.defaultRules(), publication ? CheckMode.PUBLICATION : CheckMode.DRAFTING);
        InputReader reader = input.reader();
        // only the language checks are slow enough to need progress lines; the house check alone is instant
        boolean slow = source != null || spelling;
        Phases phases = new Phases(spec.commandLine().getErr(), "ozd check", quiet || !slow);
        if (source != null) {
            phases.start("Sprachmodelle werden geladen");
            checker = checker.with(GroundingChecks.rule(reader.read(source), explainers, input.house()));
        }
        if (spelling) {
            phases.start("Rechtschreibprüfung (LanguageTool) wird geladen");
            checker = checker.with(new de.ozd.newsroom.draft.SpellingRule(LanguageTools.speller()));
        }
        List<Finding> findings = new ArrayList<>();
        boolean unreadable = false;
        int checked = 0;
        PrintWriter err = spec.commandLine().getErr();
        for (String file : files) {
            try {
                InputReader.Input in = reader.read(file);
                if (files.size() > 1) {
                    phases.start("Prüfe " + in.name() + " (" + (checked + 1) + " von " + files.size() + ")");
                } else {
                    phases.start("Prüfe " + in.name());
                }
                checker.check(in.text()).forEach(d -> findings.add(new Finding(in.name(), d)));
                checked++;
            } catch (UserException e) {
                err.println("ozd check: " + e.getMessage());
                unreadable = true;
            }
        }
        phases.end();
        if (checked > 0) {
            print(findings, checked);
        }
        if (unreadable) {
            return OzdCli.USAGE;
        }
        return findings.stream().anyMatch(f -> f.diagnostic().isError()) ? OzdCli.FINDINGS : OzdCli.OK;
    }

    record Finding(String file, Diagnostic diagnostic) {}

    private void print(List<Finding> findings, int checked) {
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (Finding f : findings) {
                Diagnostic d = f.diagnostic();
                array.addObject()
                        .put("file", f.file())
                        .put("line", d.line())
                        .put("column", d.column())
                        .put("severity", d.severity().key())
                        .put("rule", d.rule())
                        .put("message", d.message());
            }
            try {
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(array));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            findings.forEach(f -> out.println(f.diagnostic().format(f.file())));
            long errors =
                    findings.stream().filter(f -> f.diagnostic().isError()).count();
            long warnings = findings.size() - errors;
            out.println(errors
                    + (errors == 1 ? " error, " : " errors, ")
                    + warnings
                    + (warnings == 1 ? " warning" : " warnings")
                    + " in " + checked
                    + (checked == 1 ? " file" : " files"));
        }
        out.flush();
    }
}
