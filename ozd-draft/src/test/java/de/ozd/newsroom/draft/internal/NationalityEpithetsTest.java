package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 13, thirty-first round (found by a fresh reading of tuning slices 4, 6 and 7): a report calls a person it named
 * by country or region („Der Tscheche hat …“); a line that keeps only that noun says not who. Where the name follows
 * the noun, the noun is an adjective of place before another noun, or a genitive plural after a noun, the line stays. Sentences written for this test.
 */
class NationalityEpithetsTest {

    @Test
    void aPersonCalledByCountryGivesNoLine() {
        String report =
                "Lindenau – Der SV Lindenau hat den Stürmer Jan Novak verpflichtet. Der Tscheche spielte zuletzt"
                        + " zwei Jahre in Pilsen. Dem jungen Tschechen fehlt noch die Spielberechtigung. Die Kärntnerin"
                        + " Lisa Gruber leitet das Training.";
        assertThat(ComposedFacts.of("epithet", report, 10))
                .noneMatch(f -> f.contains("Tscheche") || f.contains("Tschechen"))
                .anyMatch(f -> f.contains("Kärntnerin Lisa Gruber leitet das Training"));
    }

    @Test
    void anAdjectiveOfPlaceOrANamedPersonStays() {
        assertThat(ComposedFacts.of("named", "Dritter wurde der Italiener Marco Rossi aus Bergamo.", 10))
                .anyMatch(f -> f.contains("Italiener Marco Rossi"));
        assertThat(ComposedFacts.of("adjective", "Der Salzburger Bürgermeister eröffnete am Montag die Messe.", 10))
                .anyMatch(f -> f.contains("Salzburger Bürgermeister eröffnete"));
        // after a noun, „der“ is a genitive plural: the people of a country, not one person
        assertThat(ComposedFacts.of("genitive", "Die Skepsis der Österreicher gegenüber dem Euro ist gestiegen.", 10))
                .anyMatch(f -> f.contains("Skepsis der Österreicher"));
    }
}
