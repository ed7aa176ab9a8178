package de.ozd.newsroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 15, item 2: the parser's complaints and the help frame are German; summaries are whole sentences. */
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
}
