package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 13, thirty-first round (found while testing the round's „auch“ rule): with the subject put first, a possessive
 * after the subject's name opens the object („hat die Stadträtin Anna Berg ihr Amt niedergelegt“), which stays after
 * the verb; a genitive possessive („seiner Heimatstadt“) is read as before. Sentences written for this test.
 */
class PossessiveObjectTest {

    @Test
    void thePossessiveAfterANameOpensTheObject() {
        assertThat(ComposedFacts.of("object", "Nun hat die Stadträtin Anna Berg ihr Amt niedergelegt.", 10))
                .contains("Die Stadträtin Anna Berg hat ihr Amt niedergelegt")
                .noneMatch(f -> f.contains("Berg ihr Amt hat"));
    }
}
