package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 13, thirty-first round (found while testing the round's „auch“ rule): the tagger read „ihr“ after a name as
 * more of the name, so the subject ran on into the object („Die Stadträtin Anna Berg ihr Amt hat niedergelegt“); the
 * tag repair ({@code OpenNlpTagger.repairTags}) makes it a determiner, and the object stays after the verb. Sentences
 * written for this test.
 */
class PossessiveObjectTest {

    @Test
    void thePossessiveAfterANameOpensTheObject() {
        assertThat(ComposedFacts.of("object", "Nun hat die Stadträtin Anna Berg ihr Amt niedergelegt.", 10))
                .contains("Die Stadträtin Anna Berg hat ihr Amt niedergelegt")
                .noneMatch(f -> f.contains("Berg ihr Amt hat"));
    }
}
