package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.draft.DraftTestSupport;
import de.ozd.newsroom.language.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A point stands alone under its dimension: it may not lean on another sentence („darüber“, „ihre“) nor drop the
 * degree of a word it keeps („zu spät“ is not „spät“), nor keep an „eigen“ whose owner it dropped. Sentences of our
 * own.
 */
class AnalysisPointsBackTest {

    private static FactComposer.Fact fact(String sentence, String text) {
        List<Token> tokens =
                DraftTestSupport.analyzer().analyze(sentence).sentences().get(0).tokens();
        List<Token> clause = tokens.subList(0, tokens.size() - 1); // without the full stop
        return new FactComposer.Fact(text, 0, FactComposer.words(text), 0, new Clause(0, clause, false, 0));
    }

    @Test
    void aPointWhoseClauseTalksAboutSomethingElseIsNotTaken() {
        // „darüber“ is what they talk about: dropped, the point says they talk in Talheim
        assertThat(AnalysisDrafter.pointsBack(fact(
                        "Darüber reden auch die Pendler in den Bahnhöfen von Talheim.",
                        "Die Pendler reden in den Bahnhöfen von Talheim")))
                .isTrue();
        assertThat(AnalysisDrafter.pointsBack(fact(
                        "Das Verfahren über ihre Zulassung ist noch offen.",
                        "Das Verfahren über ihre Zulassung ist noch offen")))
                .isTrue();
    }

    @Test
    void aPointThatDropsTheDegreeOfAWordIsNotTaken() {
        assertThat(AnalysisDrafter.pointsBack(
                        fact("Der Ausgleich der Gäste kam zu spät.", "Der Ausgleich der Gäste kam spät")))
                .isTrue();
        assertThat(AnalysisDrafter.pointsBack(
                        fact("Der Ausgleich der Gäste kam zu spät.", "Der Ausgleich der Gäste kam zu spät")))
                .isFalse();
    }

    @Test
    void aPointWithEigenWithoutItsOwnerIsNotTaken() {
        // „eigen“ belongs to the clause's subject, which a nominal point has not
        assertThat(AnalysisDrafter.pointsBack(fact(
                        "Der Stadtrat hat bei der Billigung des eigenen Haushalts auch Geld für das Theater bewilligt.",
                        "Billigung des eigenen Haushalts")))
                .isTrue();
    }

    @Test
    void aPlainPointStands() {
        assertThat(AnalysisDrafter.pointsBack(fact(
                        "Die Stadtwerke verlängern die Linie 4 bis zum Klinikum.",
                        "Stadtwerke verlängern die Linie 4 bis zum Klinikum")))
                .isFalse();
    }
}
