package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When an analysis point says an infobox line again word for word (issue 13): lines of our own. */
class AnalysisRepeatsTest {

    private static boolean repeats(String point, String boxLine) {
        return AnalysisDrafter.repeats(AnalysisDrafter.words(point), AnalysisDrafter.words(boxLine));
    }

    @Test
    void theSameWordsButForArticlesOrAnAdverbAreARepeat() {
        assertThat(repeats(
                        "Die erste Fähre soll im Frühjahr ausgeliefert werden",
                        "Erste Fähre soll im Frühjahr ausgeliefert werden"))
                .isTrue();
        assertThat(repeats(
                        "Die ersten Küken sind heuer am 7. Juni geschlüpft",
                        "Die ersten Küken sind am 7. Juni geschlüpft"))
                .isTrue();
        assertThat(repeats(
                        "Laut Stadt: Der Umbau kostete rund 14 Millionen Euro",
                        "Laut Stadt: Umbau kostete rund 14 Millionen Euro"))
                .isTrue();
        // the box's line says more: the point is only part of it
        assertThat(repeats(
                        "Der Rückstand beträgt einen Punkt", "Der Rückstand auf den Spitzenreiter beträgt einen Punkt"))
                .isTrue();
    }

    @Test
    void aPointThatAddsAPhraseOrSaysSomethingElseIsNoRepeat() {
        assertThat(repeats(
                        "Der Rückstand auf den Spitzenreiter Lindau beträgt nur einen Punkt",
                        "Der Rückstand beträgt nur einen Punkt"))
                .isFalse();
        assertThat(repeats("Der Lesesaal liegt im obersten Stock", "Die Bibliothek öffnet am Sonntag"))
                .isFalse();
        // a number is a word of its own: 1.500 is not 1.200
        assertThat(repeats("Rund 1.500 Stellen fallen weg", "Rund 1.200 Stellen fallen weg"))
                .isFalse();
    }
}
