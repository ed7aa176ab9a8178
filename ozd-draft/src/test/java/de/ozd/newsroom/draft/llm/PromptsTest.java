package de.ozd.newsroom.draft.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ozd.newsroom.draft.DraftException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prompt files: bundled and versioned, replaceable by a house folder with its own version. */
class PromptsTest {

    @TempDir
    Path dir;

    @Test
    void bundledPromptsCarryAVersionAndEverySectionRole() {
        Prompts p = Prompts.bundled();
        assertThat(p.version()).isEqualTo("ozd-llm-de-1");
        String system = p.system("OZD");
        for (String heading : List.of(
                "## Kopf (frontMatter)",
                "## Kommentar (commentary)",
                "## Mini-Infobox (infobox)",
                "## Analyse (analysis)",
                "## Erklärungen (explainers)",
                "## Extras (extras)")) {
            assertThat(system).contains(heading);
        }
        assertThat(system).doesNotContain("{{");
        assertThat(p.user("Bericht.", "OZD")).endsWith("\n\nBericht.");
    }

    @Test
    void aHouseFolderReplacesFilesAndNamesItsVersion() throws Exception {
        Files.writeString(dir.resolve("VERSION"), "haus-2026-12\n");
        Files.writeString(dir.resolve("commentary.txt"), "## Meinung\nKurz und scharf, {{brand}}-Stil.");
        Prompts p = Prompts.fromDirectory(dir);
        assertThat(p.version()).isEqualTo("haus-2026-12");
        assertThat(p.system("ABC"))
                .contains("## Meinung\nKurz und scharf, ABC-Stil.")
                .doesNotContain("## Kommentar (commentary)")
                .contains("## Mini-Infobox (infobox)");
    }

    @Test
    void aHouseFolderWithoutVersionIsRefused() throws Exception {
        Files.writeString(dir.resolve("infobox.txt"), "x");
        assertThatThrownBy(() -> Prompts.fromDirectory(dir))
                .isInstanceOf(DraftException.class)
                .hasMessageContaining("fehlt die Datei VERSION");
    }

    @Test
    void placeholdersAreFilledOnceSoAReportWithBracesStaysAsItIs() {
        assertThat(Prompts.fill("A {{report}} B", Map.of("report", "{{brand}}", "brand", "X")))
                .isEqualTo("A {{brand}} B");
    }
}
