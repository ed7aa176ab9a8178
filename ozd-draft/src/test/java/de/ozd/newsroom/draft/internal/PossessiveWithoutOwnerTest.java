package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.model.Infobox;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, thirty-fourth round (read on the tuning slices): a box fact with „sein…“ or „ihr…“ before any noun or
 * name says whose it is nowhere in the line („Keiner ihrer Anträge erreichte das Quorum“); the owner is in a sentence
 * before. A possessive after its owner stays. Sentences written for this test.
 */
class PossessiveWithoutOwnerTest {

    private static final String LEAD = BoxFactsWithoutArticleTest.LEAD;

    @Test
    void aPossessiveBeforeAnyNounIsNoBoxFact() {
        Infobox box = ComposedFacts.box(LEAD + " Keiner ihrer Vorschläge fand im Stadtrat eine Mehrheit.\n");
        assertThat(box.facts()).noneMatch(f -> f.contains("Vorschläge"));
    }

    @Test
    void aPossessiveAfterItsOwnerStays() {
        Infobox box = ComposedFacts.box(LEAD + " Die Stadtwerke erhöhen ihre Preise um 4 Prozent.\n");
        assertThat(box.facts()).anyMatch(f -> f.contains("ihre Preise"));
    }
}
