package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, fourteenth round: speech tags of telling, believing and estimating („erzählt“, „vermutet“, „schätzt“) name
 * the speaker as „sagte“ does, and the one spoken to is not part of the speaker; a particle verb in „um“ does not move
 * to second place whole („umfällt“); a date is not dropped when the verb would be left with nothing after it.
 * Sentences written for this test.
 */
class SpeechTagsAndBareVerbsTest {

    private static List<String> facts(String text) {
        return ComposedFacts.of("SpeechTagsAndBareVerbsTest", text, 8, 10);
    }

    @Test
    void aClauseTaggedWithABeliefKeepsItsSource() {
        assertThat(facts("Die Wache bleibt bis Juni geschlossen, vermutet der Kreisbrandmeister."))
                .isNotEmpty()
                .allMatch(f -> f.startsWith("Laut"));
        assertThat(facts("Der Schaden liegt bei zwei Millionen Euro, schätzt die Versicherung."))
                .allMatch(f -> f.startsWith("Laut"));
    }

    @Test
    void theOneSpokenToIsNotTheSpeaker() {
        assertThat(facts("Der erste Brief kam am 3. März, erzählt Jana Keller dem Sender."))
                .isNotEmpty()
                .allMatch(f -> f.startsWith("Laut Jana Keller:") || f.startsWith("Laut Keller:"));
    }

    @Test
    void aDateIsNotDroppedWhenTheVerbWouldStandAlone() {
        assertThat(facts("Der erste Brief kam am 3. März, erzählt Jana Keller dem Sender."))
                .noneMatch(f -> f.endsWith(" kam"));
    }

    @Test
    void aParticleVerbInUmDoesNotMoveWhole() {
        assertThat(facts("Dass der alte Turm so plötzlich umfällt, erklärte der Statiker mit dem Sturm."))
                .noneMatch(f -> f.matches(".*\\bumfällt\\b.+"));
        assertThat(WordOrder.isSeparableFinite(ComposedFacts.tokens("Dass der alte Turm so plötzlich umfiel, war klar.")
                        .get(6)))
                .isTrue();
        assertThat(WordOrder.isSeparableFinite(ComposedFacts.tokens("Dass das Paket drei Teile umfasst, war klar.")
                        .get(5)))
                .isFalse();
    }
}
