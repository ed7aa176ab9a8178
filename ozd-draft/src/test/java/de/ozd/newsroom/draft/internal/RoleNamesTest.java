package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.model.Infobox;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, thirtieth round (found by a fresh reading of tuning slices 1, 3 and 5): a box fact whose subject is a role
 * noun with its article („Der Arzt hat …“, in the box „Arzt hat …“) says not who, where the report named the person
 * with that role before. Reports written for this test.
 */
class RoleNamesTest {

    private static final String HOSPITAL = "Lindenauer Klinik bekommt neue Station\n\nLindenau – Die Klinik Lindenau"
            + " eröffnet im Mai eine Station für Schlaganfälle. Das teilte der ärztliche Leiter der Klinik, Jonas Brehm,"
            + " am Montag mit. Die Station hat 24 Betten und kostet rund zwölf Millionen Euro. Die Idee stammt von"
            + " dem Neurologen Felix Haberland. Der Neurologe arbeitete früher in einer Wiener Klinik. Die Stadt trägt ein Drittel der Kosten.";

    @Test
    void aRoleNounBecomesTheNameTheReportGaveIt() {
        Infobox box = ComposedFacts.box(HOSPITAL);
        assertThat(box.facts()).contains("Felix Haberland arbeitete früher in einer Wiener Klinik");
        assertThat(box.facts()).noneMatch(f -> f.startsWith("Neurologe"));
    }

    @Test
    void notWhereTheRoleNamesTwoPeopleOrNone() {
        String two = HOSPITAL.replace("Die Idee stammt", "Der Neurologe Paul Wendt berät die Klinik. Die Idee stammt");
        assertThat(ComposedFacts.box(two).facts()).contains("Der Neurologe arbeitete früher in einer Wiener Klinik");
        String none = HOSPITAL.replace("dem Neurologen Felix Haberland", "einem Neurologen aus der Region");
        assertThat(ComposedFacts.box(none).facts()).contains("Der Neurologe arbeitete früher in einer Wiener Klinik");
    }

    @Test
    void aSpeakerCalledByHisRoleIsCalledByName() {
        String text = "Bürgermeister Alfred Brenner hat am Montag das neue Rathaus von Lindenau eröffnet. Der Bau sei"
                + " billiger geworden als geplant, sagte der Bürgermeister.";
        assertThat(ComposedFacts.of("speaker", text, 10))
                .contains("Laut Brenner: Der Bau sei billiger geworden als geplant");
        assertThat(ComposedFacts.of("unlinked", text.replace("Bürgermeister Alfred Brenner", "Der Bürgermeister"), 10))
                .contains("Laut Bürgermeister: Der Bau sei billiger geworden als geplant");
        // several with that role are not the one the report named
        assertThat(ComposedFacts.of("plural", text.replace("sagte der Bürgermeister", "sagten die Bürgermeister"), 10))
                .noneMatch(f -> f.startsWith("Laut Brenner"));
    }
}
