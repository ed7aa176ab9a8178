package de.ozd.newsroom.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The tag type: every model tag has its value, and the predicates group them as the drafting code needs. */
class PosTest {
    @Test
    void everyModelTagReadsBackAsItself() {
        for (Pos p : Pos.values()) {
            assertThat(Pos.of(p.tag())).isEqualTo(p);
        }
        assertThat(Pos.of("ADP+DET")).isEqualTo(Pos.ADP_DET);
        assertThat(Pos.of("NN")).as("an STTS tag is not a tag of this model").isEqualTo(Pos.X);
    }

    @Test
    void predicates() {
        assertThat(Arrays.stream(Pos.values()).filter(Pos::isNoun)).containsExactlyInAnyOrder(Pos.NOUN, Pos.PROPN);
        assertThat(Arrays.stream(Pos.values()).filter(Pos::isVerb)).containsExactlyInAnyOrder(Pos.VERB, Pos.AUX);
        assertThat(Arrays.stream(Pos.values()).filter(Pos::isAdposition))
                .containsExactlyInAnyOrder(Pos.ADP, Pos.ADP_DET, Pos.ADP_PRON);
    }

    @Test
    void theAnalyserTagsWithTheType() {
        Sentence s = SharedAnalyzers.rulesOnly()
                .analyze("Die Stadt baut am Hafen eine Brücke.")
                .sentences()
                .get(0);
        assertThat(s.tokens())
                .extracting(Token::pos)
                .contains(Pos.NOUN, Pos.VERB)
                .doesNotContain(Pos.X);
        assertThat(s.tokens().stream()
                        .filter(t -> t.text().equals("am"))
                        .findFirst()
                        .orElseThrow()
                        .pos()
                        .isAdposition())
                .isTrue();
    }

    /**
     * A brand with a small letter before a capital („iPad“) is a word: the model read „iPad-Verkäufe“ as punctuation
     * and the verb after it as a noun, and no clause of the sentence gave a fact (issue 13). Sentences written for
     * this test.
     */
    @Test
    void aBrandWithASmallFirstLetterIsANounAndTheVerbAfterItAVerb() {
        Sentence s = SharedAnalyzers.rulesOnly()
                .analyze("Die iPad-Verkäufe schwächeln seit zwei Jahren.")
                .sentences()
                .get(0);
        assertThat(s.tokens().get(1).text()).isEqualTo("iPad-Verkäufe");
        assertThat(s.tokens().get(1).pos().isNoun()).isTrue();
        assertThat(s.tokens().get(1).lemma()).startsWith("iPad-");
        assertThat(s.tokens().get(2).pos()).isEqualTo(Pos.VERB);
        Sentence t = SharedAnalyzers.rulesOnly()
                .analyze("Im Herbst kommt ein neues iPhone auf den Markt.")
                .sentences()
                .get(0);
        Token brand = t.tokens().stream()
                .filter(x -> x.text().equals("iPhone"))
                .findFirst()
                .orElseThrow();
        assertThat(brand.pos().isNoun()).isTrue();
        assertThat(brand.lemma()).isEqualTo("iPhone");
    }
}
