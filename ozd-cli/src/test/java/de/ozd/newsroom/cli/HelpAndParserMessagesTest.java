package de.ozd.newsroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Issue 15, item 2: the parser's complaints, the help frame and every command's own help are German; summaries are
 * whole sentences.
 */
class HelpAndParserMessagesTest {
    @Test
    void unknownOptionIsGermanWithASuggestion() {
        CliRun run = CliRun.run("check", "--formt", "json", "a.txt");
        assertThat(run.exitCode()).isEqualTo(OzdCli.USAGE);
        assertThat(run.err())
                .startsWith("ozd check: Unbekannte Option „--formt“")
                .contains("--format")
                .contains("Hilfe: ozd check --help")
                .doesNotContain("Unknown")
                .doesNotContain("Usage");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingParameterIsGerman() {
        CliRun run = CliRun.run("draft");
        assertThat(run.exitCode()).isEqualTo(OzdCli.USAGE);
        assertThat(run.err())
                .startsWith("ozd draft: Pflichtparameter fehlt: REPORT.")
                .doesNotContain("Missing");
    }

    @Test
    void missingOptionAndMissingOptionValueAreGerman() {
        CliRun missing = CliRun.run("render", "a.txt");
        assertThat(missing.exitCode()).isEqualTo(OzdCli.USAGE);
        assertThat(missing.err()).startsWith("ozd render: Pflichtoption fehlt: --to FORMAT.");

        CliRun noValue = CliRun.run("render", "a.txt", "--to");
        assertThat(noValue.exitCode()).isEqualTo(OzdCli.USAGE);
        assertThat(noValue.err()).startsWith("ozd render: Der Option --to FORMAT fehlt ihr Wert.");
    }

    @Test
    void badValuesAndSurplusArgumentsAreGerman() {
        CliRun badEnum = CliRun.run("check", "--format", "xml", "a.txt");
        assertThat(badEnum.err())
                .startsWith("ozd check: Ungültiger Wert „xml“ für --format text|json (erlaubt: text, json).");
        CliRun badNumber = CliRun.run("check", "--max-bytes", "viel", "a.txt");
        assertThat(badNumber.err()).startsWith("ozd check: Ungültiger Wert „viel“ für --max-bytes N");
        CliRun surplus = CliRun.run("draft", "a.txt", "b.txt");
        assertThat(surplus.exitCode()).isEqualTo(OzdCli.USAGE);
        assertThat(surplus.err()).startsWith("ozd draft: Überzähliges Argument „b.txt“");
        CliRun unknownCommand = CliRun.run("chek");
        assertThat(unknownCommand.err())
                .startsWith("ozd: Unbekannter Befehl „chek“ – meinten Sie check, help oder search?");
    }

    @Test
    void topLevelHelpListsWholeGermanSentences() {
        CliRun run = CliRun.run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Aufruf: ozd").contains("Befehle:").doesNotContain("Usage:");
        for (var e : HelpTexts.SUMMARIES.entrySet()) {
            assertThat(run.out()).as(e.getKey()).containsPattern("(?m)^  " + e.getKey() + "\\s+" + e.getValue());
            assertThat(e.getValue()).as(e.getKey()).endsWith(".");
        }
        assertThat(run.out()).contains("Diese Hilfe zeigen und beenden.").doesNotContain("Show this help message");
    }

    /**
     * Words that give away an English help text and never occur in a German one (matched case-sensitively as whole
     * words, after option names such as {@code --to} or {@code --output} are removed).
     */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|The|and|or|of|for|with|without|instead|only|Only|"
            + "each|every|Every|default|Default|file|files|folder|output|input|standard|Write|Read|Refuse|Print|Show|"
            + "Also|also|if|when|is|are|be|this|that|its|from|into|Exit codes|Usage)\\b");

    private static final Pattern OPTION_NAME = Pattern.compile("(?<![\\p{L}\\d])--?[\\p{L}\\d][\\p{L}\\d-]*");

    static List<String> englishWords(String help) {
        Matcher m = ENGLISH.matcher(OPTION_NAME.matcher(help).replaceAll(" "));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void theEnglishDetectorCatchesEnglishAndPassesGerman() {
        assertThat(englishWords("  -o, --output=FILE   Write the package to FILE instead of standard output."))
                .contains("Write", "the", "instead", "of", "standard", "output");
        assertThat(englishWords("  --to=FORMAT   html, jsonld oder markdown (Vorgabe: text; auch über OZD_DATA)."))
                .isEmpty();
    }

    @Test
    void everyCommandsOwnHelpIsGerman() {
        List<List<String>> commands = new ArrayList<>();
        collect(OzdCli.commandLine(), new ArrayList<>(), commands);
        assertThat(commands).hasSizeGreaterThanOrEqualTo(13);
        for (List<String> path : commands) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliRun run = CliRun.run(args.toArray(String[]::new));
            String name = String.join(" ", path);
            assertThat(run.exitCode()).as(name).isZero();
            assertThat(run.out()).as(name).contains("Aufruf: ozd").contains("Diese Hilfe zeigen und beenden.");
            assertThat(englishWords(run.out()))
                    .as("English words in „ozd %s --help“:%n%s", name, run.out())
                    .isEmpty();
        }
    }

    private static void collect(CommandLine cmd, List<String> path, List<List<String>> out) {
        out.add(List.copyOf(path));
        for (var e : cmd.getSubcommands().entrySet()) {
            List<String> sub = new ArrayList<>(path);
            sub.add(e.getKey());
            collect(e.getValue(), sub, out);
        }
    }
}
