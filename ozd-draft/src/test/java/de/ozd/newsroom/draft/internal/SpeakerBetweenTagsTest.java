package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, twenty-third round (tuned on the tuning slices and the development part): where quotation marks are lost,
 * a sentence in the present between two speech tags of one speaker is that speaker's words, not the reporter's. A
 * sentence that speaks of someone itself, or tells the past, stays the reporter's. Sentences written for this test.
 */
class SpeakerBetweenTagsTest {

    private static List<String> facts(String text) {
        return ComposedFacts.of("SpeakerBetweenTagsTest", text, 8, 10);
    }

    @Test
    void aDemandBetweenTwoTagsOfOneSpeakerIsNoFact() {
        // „er“ in the second tag
        assertThat(facts("Die Polizei ermittelt nach dem Brand im Asylheim. Der Angriff ist feige, sagte die"
                        + " Innenministerin am Samstag. Die Täter dürfen nicht ungestraft davonkommen. Sie müssen"
                        + " rasch gefasst werden, forderte sie."))
                .contains("Die Polizei ermittelt nach dem Brand im Asylheim")
                .noneMatch(f -> f.contains("Täter"));
        // the same surname
        assertThat(facts("Der Stadtrat berät am Montag über das Budget. Die Rücklagen reichen nicht, sagte"
                        + " Kämmerer Tom Berger. Die Gebühren müssen steigen. Ohne sie fehlen zwei Millionen Euro,"
                        + " sagte Berger."))
                .noneMatch(f -> f.contains("Gebühren"));
        // a singular role with its article
        assertThat(facts("Der Stadtrat berät am Montag über das Budget. Die Rücklagen reichen nicht, sagte Tom Berger."
                        + " Die Gebühren müssen steigen. Ohne sie fehlen zwei Millionen Euro, sagte der Kämmerer."))
                .noneMatch(f -> f.contains("Gebühren"));
    }

    @Test
    void theReportersSentenceBetweenTwoTagsStays() {
        // the second tag names someone else
        assertThat(facts("Der Stadtrat berät am Montag über das Budget. Die Rücklagen reichen nicht, sagte Tom Berger."
                        + " Die Gebühren müssen steigen. Das sehen wir anders, sagte Petra Albrecht."))
                .contains("Die Gebühren müssen steigen");
        // the sentence speaks of the speaker
        assertThat(facts("Der Stadtrat berät am Montag über das Budget. Die Rücklagen reichen nicht, sagte Tom Berger."
                        + " Der Kämmerer verlangt höhere Gebühren. Ohne sie fehlen zwei Millionen Euro, sagte er."))
                .contains("Der Kämmerer verlangt höhere Gebühren");
        // the speaker's own name, however the name finder typed it
        assertThat(
                        facts(
                                "Die Kinder brauchen Ruhe, sagt die Therapeutin Barbara Preisegger. Preisegger arbeitet für ein"
                                        + " Beratungszentrum in Graz. Man könne mit viel Geduld helfen, sagte die Therapeutin."))
                .contains("Preisegger arbeitet für ein Beratungszentrum in Graz");
        // background in the past
        assertThat(
                        facts(
                                "Der Stadtrat berät am Montag über das Budget. Die Rücklagen reichen nicht, sagte Tom Berger."
                                        + " Die Gebühren stiegen zuletzt im Jahr 2019. Ohne neue fehlen zwei Millionen Euro, sagte er."))
                .contains("Die Gebühren stiegen zuletzt im Jahr 2019");
        // an event in the perfect between a headline and the first tag, both the same body's
        assertThat(
                        facts(
                                "WWL ruft weitere Staaten zu Zählungen der Tiere auf. Kathmandu/Wien – Im Himalayastaat Nepal"
                                        + " ist erstmals eine Leopardenzählung durchgeführt worden. 40 Tiere leben laut den am"
                                        + " Mittwoch präsentierten Zahlen in freier Wildbahn, berichtete die Naturschutzorganisation WWL."))
                .anyMatch(f -> f.contains("erstmals eine Leopardenzählung durchgeführt worden"));
        // a tag in the next paragraph does not reach back
        assertThat(facts("Der Stadtrat berät am Montag über das Budget. Die Rücklagen reichen nicht, sagte Tom Berger."
                        + " Die Gebühren müssen steigen.\n\nOhne sie fehlen zwei Millionen Euro, sagte Berger."))
                .contains("Die Gebühren müssen steigen");
    }

    @Test
    void thePresentIsReadFromTheVerbsForm() {
        assertThat(MeaningGuard.isPresentIndicative(new de.ozd.newsroom.language.Token(
                        "sammelt", 0, 7, de.ozd.newsroom.language.Pos.VERB, "sammeln")))
                .isTrue();
        assertThat(MeaningGuard.isPresentIndicative(new de.ozd.newsroom.language.Token(
                        "sammelte", 0, 8, de.ozd.newsroom.language.Pos.VERB, "sammeln")))
                .isFalse();
        assertThat(MeaningGuard.isPresentIndicative(
                        new de.ozd.newsroom.language.Token("fand", 0, 4, de.ozd.newsroom.language.Pos.VERB, "finden")))
                .isFalse();
        assertThat(MeaningGuard.isPresentIndicative(
                        new de.ozd.newsroom.language.Token("muss", 0, 4, de.ozd.newsroom.language.Pos.AUX, "müssen")))
                .isTrue();
    }
}
