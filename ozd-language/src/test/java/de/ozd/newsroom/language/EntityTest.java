package de.ozd.newsroom.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Uses the CoreNLP tagger (shared, loaded once per test JVM). */
class EntityTest {

    private final GermanAnalyzer analyzer = SharedAnalyzers.statistical();

    private List<String> entities(String text) {
        return analyzer.analyze(text).entities().stream()
                .map(e -> e.text() + "|" + e.type() + "|" + e.canonical())
                .toList();
    }

    @Test
    void completesEastAsianNamesAndMapsShortFormsAndGenitives() {
        List<String> e =
                entities("Kim Jong Uns Schwester traf in Pjöngjang ein. Später sprach Kim Jong Un mit Vertretern "
                        + "Chinas. Kim lobte das Treffen.");
        assertThat(e)
                .contains(
                        "Kim Jong Uns|PERSON|Kim Jong Un",
                        "Kim Jong Un|PERSON|Kim Jong Un",
                        "Kim|PERSON|Kim Jong Un",
                        "Chinas|LOCATION|China");
    }

    @Test
    void aGenitiveBeforeAdjectivesIsMappedButNotANameBeforeAParticiple() {
        // issue 13, thirty-fourth round: „Hollensteins neuem Buch“ is a genitive; „von … Peter Jobs verwendetes
        // Zitat“ is a participle with its agent, and „Jobs“ the name itself
        assertThat(entities("Die Debatte folgt Jana Hollensteins neuem Buch über die Küstenfischerei."))
                .contains("Jana Hollensteins|PERSON|Jana Hollenstein");
        assertThat(entities("Ein von Firmengründer Peter Jobs verwendetes Zitat steht über der Messe."))
                .contains("Peter Jobs|PERSON|Peter Jobs");
    }

    @Test
    void splitsNeighbouringPlacesTheTaggerMerged() {
        assertThat(entities("Gespräche zwischen Berlin Paris und Rom."))
                .contains("Berlin|LOCATION|Berlin", "Paris|LOCATION|Paris");
    }

    @Test
    void findsPeopleAndOrganisationsInOrdinaryReports() {
        List<String> e = entities("Bundeskanzlerin Angela Merkel hat am Montag in Brüssel mit Vertretern der "
                + "Europäischen Union verhandelt. Merkel sagte danach, man sei vorangekommen.");
        assertThat(e)
                .contains(
                        "Angela Merkel|PERSON|Angela Merkel",
                        "Merkel|PERSON|Angela Merkel",
                        "Brüssel|LOCATION|Brüssel");
        assertThat(e).anyMatch(s -> s.startsWith("Europäischen Union|ORGANISATION"));
    }

    @Test
    void derivedAdjectivesAreNotNames() {
        assertThat(entities("Die russischen Truppen zogen ab.")).isEmpty();
    }

    @Test
    void analysisIsDeterministic() {
        String text =
                "Nach Angaben der Polizei in Wien wurden drei Menschen verletzt, sagte Sprecher " + "Markus Dietrich.";
        assertThat(analyzer.analyze(text)).isEqualTo(analyzer.analyze(text));
    }
}
