package de.ozd.newsroom.language;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.language.internal.GermanNumbers;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityTest {

    private final GermanAnalyzer analyzer = SharedAnalyzers.rulesOnly();

    private List<String> found(String text) {
        return analyzer.analyze(text).quantities().stream()
                .map(q -> q.text() + "=" + q.kind() + ":" + q.value())
                .toList();
    }

    @Test
    void readsNumberWordsVaguePluralsAndBoundNumbers() {
        assertThat(found("Während des 120-tägigen Einsatzes starben neun von tausende Soldaten."))
                .containsExactly("120-tägigen=MEASURE:120", "neun=NUMBER:9", "tausende=NUMBER:1000+");
    }

    @Test
    void readsDatesMonthsSeasonsAndYears() {
        assertThat(found("Am 1. Januar 2025 und im April, dann im Sommer und seit 2011."))
                .containsExactly(
                        "1. Januar=DATE:day:1.1",
                        "2025=YEAR:year:2025",
                        "im April=DATE:month:4",
                        "im Sommer=DATE:season:sommer",
                        "seit 2011=YEAR:year:2011");
    }

    @Test
    void readsPercentMoneyAndDigitsWithSeparators() {
        assertThat(found("Die Preise stiegen um 3,5 Prozent, es fehlen 2 Millionen Euro und 1.200 Betten."))
                .containsExactly("3,5 Prozent=PERCENT:3.5", "2 Millionen Euro=MONEY:2", "1.200=NUMBER:1200");
    }

    @Test
    void articlesAreNotNumbers() {
        assertThat(found("Ein Mann und eine Frau kamen.")).isEmpty();
    }

    @Test
    void parsesCompoundNumberWords() {
        assertThat(GermanNumbers.parse("einundzwanzig")).hasValue(21);
        assertThat(GermanNumbers.parse("dreihundertzwölf")).hasValue(312);
        assertThat(GermanNumbers.parse("zweitausendfünf")).hasValue(2005);
        assertThat(GermanNumbers.parse("siebzehn")).hasValue(17);
        assertThat(GermanNumbers.parse("Haus")).isEmpty();
        assertThat(GermanNumbers.parse("eine")).isEmpty();
    }
}
