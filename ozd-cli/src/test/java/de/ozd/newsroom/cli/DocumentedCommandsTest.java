package de.ozd.newsroom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Every {@code ./ozd …} line in a shell block of the README and of {@code docs/} parses with the real command line:
 * the documented commands and options exist and take the arguments shown. A renamed option fails here, not on a
 * newcomer's first try. ({@code ozd check examples/*.txt} itself runs in {@code CoreCommandsTest} and in CI.)
 */
class DocumentedCommandsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TestFactory
    Stream<DynamicTest> everyDocumentedCommandParses() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path page : pages) {
            List<String> lines = Files.readAllLines(page);
            boolean inShell = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("```")) {
                    inShell = !inShell && line.equals("```sh");
                } else if (inShell) {
                    for (String command : ozdCommands(line)) {
                        String where = ROOT.relativize(page) + ":" + (i + 1);
                        tests.add(DynamicTest.dynamicTest(where + " " + command, () -> assertParses(where, command)));
                    }
                }
            }
        }
        assertThat(tests).as("ozd commands found in README.md and docs/").hasSizeGreaterThan(20);
        return tests.stream();
    }

    @Test
    void findsCommandsAndRejectsAMisspeltOption() {
        assertThat(ozdCommands("./ozd import examples/ && ./ozd search Brücke   # comment"))
                .containsExactly("import examples/", "search Brücke");
        assertThat(ozdCommands("java -jar x.jar  # ./ozd check")).isEmpty();
        assertThatThrownBy(() -> assertParses("x.md:1", "check --formt json a.txt"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("--formt");
    }

    /** The {@code ./ozd} commands on one shell line, without the trailing comment, split at {@code &&}. */
    static List<String> ozdCommands(String line) {
        String code = line.replaceFirst("\\s+#.*$", "");
        List<String> commands = new ArrayList<>();
        for (String part : code.split("&&")) {
            String p = part.strip();
            if (p.startsWith("./ozd ")) {
                commands.add(p.substring("./ozd ".length()).strip());
            }
        }
        return commands;
    }

    static void assertParses(String where, String command) {
        // a command substitution such as $(date +%F) is one word to the shell
        String[] args = command.replaceAll("\\$\\([^)]*\\)", "WORD").split("\\s+");
        try {
            OzdCli.commandLine().parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new AssertionError(where + ": „ozd " + command + "“ does not parse: " + e.getMessage(), e);
        }
    }
}
