package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 13, thirty-second round (found by a fresh reading of the tuning material): a clause that says only that
 * something was needed or that someone reacted („Die Anwältin war überrascht“, „Die Neuwahl war notwendig geworden“)
 * says nothing without the clause after it that says to what or why, so it gives no line; a clause with an event of
 * its own before „als“ or „weil“ still does. Likewise a clause that says only who declared what follows its colon,
 * also after a time before its verb. Sentences written for this test.
 */
class ReactionsAndNeedsTest {

    @Test
    void aReactionOrANeedWithoutWhatItIsAboutGivesNoLine() {
        assertThat(ComposedFacts.of(
                        "reaction",
                        "Die Richterin war verärgert, als der Zeuge den Saal verließ. Die Sperre der Brücke war"
                                + " erforderlich geworden, weil ein Pfeiler Risse zeigte.",
                        8,
                        10))
                .noneMatch(f -> f.contains("verärgert") || f.contains("erforderlich"));
    }

    @Test
    void anEventBeforeAlsOrWeilStillGivesItsLine() {
        assertThat(ComposedFacts.of(
                        "event",
                        "Der Hausmeister wurde verletzt, als er das Tor schloss. Viele Pendler bleiben in Lindenau,"
                                + " weil die Mieten niedrig sind.",
                        8,
                        10))
                .anyMatch(f -> f.contains("Hausmeister wurde verletzt"))
                .anyMatch(f -> f.contains("Pendler bleiben in Lindenau"));
    }

    @Test
    void aClauseThatOnlySaysWhoDeclaredWhatFollowsItsColonGivesNoLine() {
        // a time before the verb is no phrase of the verb's: „Vor kurzem hat … klargestellt:“ says only who spoke
        assertThat(ComposedFacts.of(
                        "colon", "Vor kurzem hat der Konzern nun klar gestellt: Eine Rückkehr gibt es nicht.", 8, 10))
                .noneMatch(f -> f.contains("klar gestellt"))
                .anyMatch(f -> f.contains("Rückkehr"));
        // the tagger may read the participle as an adjective here: the clause is still a perfect
        assertThat(ComposedFacts.of("participle", "Vor kurzem hat der Konzern nun klar gestellt: Gar nicht.", 8, 10))
                .noneMatch(f -> f.contains("klar gestellt"));
    }
}
