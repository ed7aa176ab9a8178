package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 13, thirty-first round (found by a fresh reading of tuning slices 2, 6 and 7): „auch“ right after the verb
 * and before a noun phrase adds that phrase to others; dropped, the phrase reads as the only one („Thema war die
 * Finanzierung“). Sentences written for this test.
 */
class FocusedAlsoTest {

    @Test
    void alsoBeforeTheNounPhraseAfterTheVerbStays() {
        assertThat(ComposedFacts.of("topic", "Thema der Sitzung war auch die Finanzierung des Neubaus.", 10))
                .anyMatch(f -> f.contains("war auch die Finanzierung des Neubaus"));
        assertThat(ComposedFacts.of("new", "Neu ist auch der Modus für zwei Spieler.", 10))
                .contains("Neu ist auch der Modus für zwei Spieler");
    }

    @Test
    void aLineTooLongWithItIsNotShortenedByIt() {
        // nine words with „auch“: at eight, no line rather than the topic as the only one
        assertThat(ComposedFacts.of("budget", "Thema der Sitzung war auch die Finanzierung des Neubaus.", 8))
                .noneMatch(f -> f.contains("war die Finanzierung"));
    }

    @Test
    void whereTheSubjectGoesFirstAlsoGoesRatherThanStayBehind() {
        assertThat(ComposedFacts.of("moved", "In der Stadt herrscht auch Mangel an Wohnungen.", 10))
                .noneMatch(f -> f.endsWith(" auch"));
        assertThat(ComposedFacts.of("subject", "Nun hat auch der Landrat Peter Kuhn seinen Posten geräumt.", 10))
                .contains("Der Landrat Peter Kuhn hat seinen Posten geräumt");
    }

    @Test
    void alsoBeforeAPhraseOfPlaceIsAFiller() {
        assertThat(ComposedFacts.of("place", "Brandsätze wurden auch gegen mehrere Rathäuser geworfen.", 10))
                .anyMatch(f -> f.equals("Brandsätze wurden gegen mehrere Rathäuser geworfen"));
    }
}
