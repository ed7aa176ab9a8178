package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 13, thirtieth round (found by a fresh reading of tuning slices 1 and 5): adverbs that limit how often or in
 * what sense a claim holds went to fit the box („lassen sich bisweilen günstiger bestellen“ → „… günstiger bestellen“,
 * „überhaupt erst ins Rollen gebracht“ → „erst ins Rollen gebracht“, which says „only just“). Sentences written for
 * this test.
 */
class ScopeAdverbsTest {

    @Test
    void anAdverbOfHowOftenStays() {
        String s = "Tische und Stühle lassen sich bisweilen aber auch ohne lange Lieferzeit günstiger bestellen.";
        assertThat(ComposedFacts.of("often", s, 10))
                .noneMatch(f -> f.contains("bestellen") && !f.contains("bisweilen"));
        assertThat(ComposedFacts.of("often", s, 12))
                .contains("Tische und Stühle lassen sich bisweilen ohne lange Lieferzeit günstiger bestellen");
    }

    @Test
    void überhauptStaysWithErst() {
        String s = "Die Klage der Anwohner hat den Streit überhaupt erst ins Rollen gebracht.";
        assertThat(ComposedFacts.of("überhaupt", s, 10)).noneMatch(f -> f.contains("Streit erst"));
        assertThat(ComposedFacts.of("überhaupt", s, 12))
                .contains("Die Klage der Anwohner hat den Streit überhaupt erst ins Rollen gebracht");
    }
}
