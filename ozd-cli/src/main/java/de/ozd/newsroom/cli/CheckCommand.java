package de.ozd.newsroom.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
            "Check packages against the house style; one line per finding:",
            "  FILE:LINE:COLUMN: error[OZD012] message",
            "then a summary line. Rule ids are listed in docs/format.md."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no errors (warnings allowed)",
            "1:errors found",
            "2:an input could not be read or the command was misused"
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
            description = "Output format: text (default) or json (an array of findings).")
    OutputFormat format;

    @Option(
            names = "--rules",
            description = "List the rules (id, severity, summary): house rules, grounding and spelling; then exit.")
    boolean listRules;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "House-format files, or - for standard input.")
    List<String> files;

    @Option(
            names = "--source",
            paramLabel = "REPORT",
            description = "Also check every name, number and date of the drafted sections against this report "
                    + "(a plain report or a package whose report is used): OZD101-OZD103, see docs/drafting.md.")
    String source;

    @Option(
            names = "--spelling",
            description = "Also check spelling and grammar of every section's text with LanguageTool (offline; "
                    + "the first check takes 20-30 s): warnings OZD201/OZD202, see docs/drafting.md.")
    boolean spelling;

    @Option(
            names = "--explainers",
            paramLabel = "FILE",
            description = "Explainer library the grounding check accepts (default: the bundled one).")
    java.nio.file.Path explainers;

    private void printRule(String id, Severity severity, String summary, String when) {
        spec.commandLine().getOut().println(id + "  " + String.format("%-7s", severity.key()) + "  " + summary + when);
    }

    @Override
    public Integer call() {
        if (listRules) {
            for (HouseRule rule : HouseRule.values()) {
                printRule(rule.id(), rule.severity(), rule.summary(), "");
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
        HouseChecker checker = new HouseChecker(input.house(), HouseChecker.defaultRules());
        InputReader reader = input.reader();
        if (source != null) {
            checker = checker.with(GroundingChecks.rule(reader.read(source), explainers, input.house()));
        }
        if (spelling) {
            checker = checker.with(new de.ozd.newsroom.draft.SpellingRule(LanguageTools.speller()));
        }
        List<Finding> findings = new ArrayList<>();
        boolean unreadable = false;
        int checked = 0;
        PrintWriter err = spec.commandLine().getErr();
        for (String file : files) {
            try {
                InputReader.Input in = reader.read(file);
                checker.check(in.text()).forEach(d -> findings.add(new Finding(in.name(), d)));
                checked++;
            } catch (UserException e) {
                err.println("ozd check: " + e.getMessage());
                unreadable = true;
            }
        }
        if (checked > 0) {
            print(findings);
        }
        if (unreadable) {
            return OzdCli.USAGE;
        }
        return findings.stream().anyMatch(f -> f.diagnostic().isError()) ? OzdCli.FINDINGS : OzdCli.OK;
    }

    record Finding(String file, Diagnostic diagnostic) {}

    private void print(List<Finding> findings) {
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
                    + (warnings == 1 ? " warning" : " warnings"));
        }
        out.flush();
    }
}
