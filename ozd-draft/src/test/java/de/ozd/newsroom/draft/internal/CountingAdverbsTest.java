package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, twelfth round: an adverb that counts or gives a frequency („zweimal“, „dreifach“, „wöchentlich“) is part of
 * the claim, and a comma that divides two parallel parts („an Werktagen dreimal, am Sonntag einmal“) does not go with
 * the part after it. Sentences written for this test.
 */
class CountingAdverbsTest {

    private static List<String> facts(String text) {
        return ComposedFacts.of("CountingAdverbsTest", text, 8);
    }

    private static List<String> points(String text) {
        return ComposedFacts.of("CountingAdverbsTest", text, 10);
    }

    @Test
    void aCountingAdverbStaysInTheLine() {
        // without „zweimal“ the data would come out once a day every day
        assertThat(facts("Neue Daten werden werktags zweimal, am Wochenende einmal täglich veröffentlicht."))
                .noneMatch(f -> f.contains("veröffentlicht") && !f.contains("zweimal"));
        assertThat(points("Der Wetterbericht wird an Werktagen dreimal, am Sonntag einmal täglich erneuert."))
                .noneMatch(f -> f.contains("erneuert") && !f.contains("dreimal"));
    }

    @Test
    void theWordsAreKeptAdverbs() {
        assertThat(List.of("zweimal", "mehrmals", "dreifach", "wöchentlich", "maximal", "einmal", "nur"))
                .allMatch(Compressor::isKeptAdverb);
        assertThat(List.of("nun", "auch", "mal", "schließlich", "heute")).noneMatch(Compressor::isKeptAdverb);
    }

    @Test
    void aPartAfterACommaDoesNotGoWhenTheRestJoinsAcrossIt() {
        assertThat(points("Aktuelle Pegelstände werden an Wochentagen zweimal, am Wochenende einmal täglich gemeldet."))
                .noneMatch(f -> f.contains("zweimal einmal"))
                .noneMatch(f -> f.contains("gemeldet") && !f.contains("Wochenende"));
    }

    @Test
    void aRunThatTakesTheCommaBeforeItJoinsTheParts() {
        List<de.ozd.newsroom.language.Token> t =
                ComposedFacts.tokens("Daten werden werktags zweimal, am Wochenende einmal, ab Mai stündlich gemeldet");
        assertThat(t.get(4).text()
                        + t.get(5).text()
                        + t.get(8).text()
                        + t.get(9).text())
                .isEqualTo(",am,ab");
        java.util.Set<Integer> kept = new java.util.HashSet<>();
        t.stream().filter(x -> !x.isPunctuation()).forEach(x -> kept.add(x.begin()));
        // „am Wochenende“ dropped with its comma: „zweimal einmal“
        kept.remove(t.get(5).begin());
        kept.remove(t.get(6).begin());
        assertThat(FactComposer.joinsAtComma(t, 5, t.subList(5, 7), t.get(7), kept))
                .isTrue();
        // the same comma kept: the parts stay apart
        kept.add(t.get(4).begin());
        assertThat(FactComposer.joinsAtComma(t, 5, t.subList(5, 7), t.get(7), kept))
                .isFalse();
        // „ab Mai“ with its comma joins „einmal stündlich“; a run that closes with its own comma is inserted
        assertThat(FactComposer.joinsAtComma(t, 9, t.subList(9, 11), t.get(11), new java.util.HashSet<>()))
                .isTrue();
        assertThat(FactComposer.joinsAtComma(t, 5, t.subList(5, 9), t.get(9), new java.util.HashSet<>()))
                .isFalse();
    }
}
