package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.model.Infobox;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, thirtieth round: a figure written with a symbol („8 %“, „14,50 €“, „30 $“) lost its unit in every drafted
 * line, since the symbol counted as punctuation and went with the commas („Strompreis um 8“). Found on the Wikinews
 * development split („pauschal 100,- €“ became „pauschal 100“). Sentences and report written for this test.
 */
class UnitSymbolsTest {

    @Test
    void aFactKeepsItsPercentAndCurrencySigns() {
        assertThat(ComposedFacts.of("percent", "Im vergangenen Jahr war der Einkaufspreis um 23 % gestiegen.", 10))
                .containsExactly("Der Einkaufspreis war um 23 % gestiegen");
        assertThat(ComposedFacts.of("euro", "Der Grundpreis steigt von 12 € auf 14,50 € im Monat.", 10))
                .containsExactly("Grundpreis steigt von 12 € auf 14,50 € im Monat");
        // the price notation „100,- €“ keeps its sign; the dash and comma of the notation go
        assertThat(ComposedFacts.of("price", "Mieter dürfen pauschal 100,- € ohne Nachweis abziehen.", 10))
                .containsExactly("Mieter dürfen pauschal 100 € ohne Nachweis abziehen");
    }

    @Test
    void theBoxOfAReportWithSignsKeepsThem() {
        Infobox box = ComposedFacts.box("Lindenauer Stadtwerke erhöhen Strompreis um 8 %\n\nLindenau – Die Stadtwerke"
                + " Lindenau erhöhen zum 1. März den Strompreis um 8 %. Der Grundpreis steigt von 12 € auf 14,50 € im"
                + " Monat. Die Stadtwerke begründen den Schritt mit höheren Kosten im Einkauf. Im vergangenen Jahr war"
                + " der Einkaufspreis um 23 % gestiegen. Bereits im Herbst hatten die Stadtwerke den Gaspreis um 5,5 %"
                + " angehoben.");
        assertThat(box.title()).isEqualTo("Lindenauer Stadtwerke erhöhen Strompreis um 8 %");
        assertThat(box.facts()).contains("Grundpreis steigt von 12 € auf 14,50 € im Monat");
        assertThat(box.facts()).allSatisfy(f -> assertThat(f).doesNotMatch(".*\\b(um|auf|von) [0-9,]+( im .*)?"));
    }
}
