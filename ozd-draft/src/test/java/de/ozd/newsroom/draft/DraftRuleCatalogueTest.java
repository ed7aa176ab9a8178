package de.ozd.newsroom.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.check.HouseRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The grounding and spelling ids have one catalogue, and the docs list exactly it. */
class DraftRuleCatalogueTest {
    private static String doc(String name) throws IOException {
        return Files.readString(
                Path.of("").toAbsolutePath().getParent().resolve("docs").resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void idsAreUniqueInTheirRangesAndApartFromTheHouseRules() {
        Set<String> ids = new HashSet<>();
        Arrays.stream(HouseRule.values()).forEach(r -> ids.add(r.id()));
        for (DraftRule r : DraftRule.values()) {
            assertThat(ids.add(r.id())).as(r.id()).isTrue();
            assertThat(r.id()).matches("OZD[12]\\d\\d");
            assertThat(DraftRule.byId(r.id())).contains(r);
        }
        assertThat(GroundingRule.severity(GroundingRule.ATTRIBUTION_DROPPED))
                .isEqualTo(DraftRule.ATTRIBUTION_DROPPED.severity());
    }

    @Test
    void formatMdListsTheCatalogueAndDraftingMdExplainsEveryRule() throws IOException {
        String format = doc("format.md");
        String drafting = doc("drafting.md");
        for (DraftRule r : DraftRule.values()) {
            assertThat(format)
                    .as(r.id())
                    .contains("| `" + r.id() + "` | " + r.severity().key() + " | " + r.summary() + " |");
            assertThat(drafting)
                    .as(r.id())
                    .contains("| `" + r.id() + "` | " + r.severity().key() + " | ");
        }
        // no id in a table of the docs that the catalogue does not have
        for (String d : new String[] {format, drafting}) {
            d.lines()
                    .filter(l -> l.matches("\\| `OZD[12]\\d\\d` \\|.*"))
                    .forEach(l ->
                            assertThat(DraftRule.byId(l.substring(3, 9))).as(l).isPresent());
        }
    }
}
