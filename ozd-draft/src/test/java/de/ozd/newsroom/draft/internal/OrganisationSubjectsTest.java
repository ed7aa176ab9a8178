package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 13, thirty-second round (found by a fresh reading of the tuning material, where a line that opens with „Das
 * Unternehmen“ or „Der Konzern“ says not which): where the report named one organisation and no other, such a line
 * names it; where it named several, used the noun in the plural, or a possessive would not agree with the name, the
 * line stays as it was. Sentences written for this test.
 */
class OrganisationSubjectsTest {

    @Test
    void theOneOrganisationTheReportNamedTakesTheNounsPlace() {
        assertThat(ComposedFacts.of(
                        "after",
                        "Die Hartmann Brauerei GmbH streicht in Lindenau 40 Stellen. Das Unternehmen verlegt die"
                                + " Abfüllung nach Tschechien.",
                        10))
                .contains("Hartmann Brauerei GmbH verlegt die Abfüllung nach Tschechien")
                .noneMatch(f -> f.contains("Unternehmen verlegt"));
        // a teaser line names the organisation only in the sentences after it
        assertThat(ComposedFacts.of(
                        "teaser",
                        "Konzern streicht in Lindenau 400 Stellen. Siemens will das Werk bis Ende 2027 schließen.",
                        10))
                .contains("Siemens streicht in Lindenau 400 Stellen");
    }

    @Test
    void severalOrganisationsAPluralOrAPossessiveThatMayNotAgreeLeaveTheLine() {
        assertThat(ComposedFacts.of(
                        "several",
                        "Die Hartmann Brauerei GmbH und die Gewerkschaft Verdi verhandeln seit Mai. Das Unternehmen"
                                + " verlegt die Abfüllung nach Tschechien.",
                        10))
                .noneMatch(f -> f.contains("GmbH verlegt") || f.contains("Verdi verlegt"));
        assertThat(ComposedFacts.of(
                        "plural",
                        "Unternehmen hatten mit Lieferanten Preise abgesprochen. Siemens zahlt eine Strafe.",
                        10))
                .noneMatch(f -> f.startsWith("Siemens hatten"));
        assertThat(ComposedFacts.of(
                        "possessive",
                        "Die Telekom streicht in Lindenau 40 Stellen. Der Konzern verlegt seine Zentrale nach Bonn.",
                        10))
                .noneMatch(f -> f.startsWith("Telekom verlegt"));
    }
}
