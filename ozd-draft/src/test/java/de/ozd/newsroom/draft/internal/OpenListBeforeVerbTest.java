package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 13, thirty-first round (found on tuning slices 5 and 6): a list joined by commas only, whose sentence goes on
 * with „und“ and the next clause's verb, ends open where the clause is cut at that „und“. Sentences written for this
 * test.
 */
class OpenListBeforeVerbTest {

    @Test
    void aListCutAtTheNextClausesAndGivesNoLine() {
        assertThat(ComposedFacts.of(
                        "open",
                        "Der Hersteller aus Taiwan setzt auf Tablets, Spielkonsolen und baut"
                                + " seine Sparte für Drucker aus.",
                        10))
                .noneMatch(f -> f.endsWith("Spielkonsolen"));
    }

    @Test
    void aListClosedByItsOwnAndStays() {
        assertThat(ComposedFacts.of(
                        "closed",
                        "Der Hersteller aus Taiwan setzt auf Tablets und Spielkonsolen und baut"
                                + " seine Sparte für Drucker aus.",
                        10))
                .anyMatch(f -> f.endsWith("auf Tablets und Spielkonsolen"));
        // with its own „und“ the list is closed, whatever follows
        assertThat(ComposedFacts.of(
                        "member",
                        "Die Stadt saniert das Bad, die Schule und die Halle und baut einen" + " Parkplatz.",
                        10))
                .anyMatch(f -> f.contains("saniert das Bad, die Schule und die Halle"));
    }
}
