package de.ozd.newsroom.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceAndTokenTest {

    private final GermanAnalyzer analyzer = SharedAnalyzers.rulesOnly();

    private List<String> sentences(String text) {
        return analyzer.sentences(text).stream().map(Sentence::text).toList();
    }

    private List<String> tokens(String text) {
        return analyzer.sentences(text).stream()
                .flatMap(s -> s.tokens().stream())
                .map(Token::text)
                .toList();
    }

    @Test
    void keepsOrdinalDatesInsideOneSentence() {
        assertThat(sentences("Am 1. Januar 2025 trat das Gesetz in Kraft. Es gilt bundesweit."))
                .containsExactly("Am 1. Januar 2025 trat das Gesetz in Kraft.", "Es gilt bundesweit.");
    }

    @Test
    void keepsAbbreviationsInsideOneSentence() {
        assertThat(sentences("Dr. Meier nannte z. B. die Kosten. Prof. Kurz widersprach."))
                .containsExactly("Dr. Meier nannte z. B. die Kosten.", "Prof. Kurz widersprach.");
    }

    @Test
    void keepsNamesWithInnerPeriodsWhole() {
        assertThat(tokens("Die Gewerkschaft ver.di ruft zum Streik auf."))
                .containsExactly("Die", "Gewerkschaft", "ver.di", "ruft", "zum", "Streik", "auf", ".");
        assertThat(tokens("Dr. Anna Berg aus St. Pölten nannte z. B. Müller & Co. als Käufer."))
                .contains("Dr.", "St.", "z.", "B.", "Co.", "Pölten");
        assertThat(tokens("Die Liste ist unter www.beispiel-treffen.org einsehbar."))
                .contains("www.beispiel-treffen.org", "einsehbar");
        assertThat(tokens("Er darf die Adresse lindenau-treffen.at nicht mehr nutzen."))
                .contains("lindenau-treffen.at", "nicht");
        // a regnal number's period ends no sentence unless a sentence follows
        assertThat(sentences("An der Feier nahmen Königin Margrethe II. (82) und Prinz Henrik teil. Dann kam Papst Leo"
                        + " XIV. Er segnete alle."))
                .containsExactly(
                        "An der Feier nahmen Königin Margrethe II. (82) und Prinz Henrik teil.",
                        "Dann kam Papst Leo XIV.",
                        "Er segnete alle.");
        assertThat(sentences("Laut ver.di streiken 650 Fahrer. Dr. Berg widersprach."))
                .containsExactly("Laut ver.di streiken 650 Fahrer.", "Dr. Berg widersprach.");
    }

    @Test
    void splitsAfterYearAtSentenceEnd() {
        assertThat(sentences("Das geschah im Jahr 2019. Danach wurde es still."))
                .containsExactly("Das geschah im Jahr 2019.", "Danach wurde es still.");
    }

    @Test
    void splitsAfterClosingQuoteAndAtLineBreaks() {
        assertThat(sentences("Sie sagte: „Wir kommen wieder.“ Dann ging sie.\nNeuer Absatz ohne Punkt"))
                .containsExactly("Sie sagte: „Wir kommen wieder.“", "Dann ging sie.", "Neuer Absatz ohne Punkt");
    }

    @Test
    void ordinalBeforeArticleEndsTheSentence() {
        assertThat(sentences("Die Mannschaft wurde 12. Die Saison ist vorbei."))
                .containsExactly("Die Mannschaft wurde 12.", "Die Saison ist vorbei.");
    }

    @Test
    void separatesGermanQuotesFromWords() {
        assertThat(tokens("ein „wirklich bedeutsames Jahr“."))
                .containsExactly("ein", "„", "wirklich", "bedeutsames", "Jahr", "“", ".");
    }

    @Test
    void keepsHyphenatedWordsNumbersAndSuspendedCompounds() {
        assertThat(tokens("Im Ukraine-Krieg: 120-tägigen Einsatz, 1.000 Euro, 3,5 Prozent, Energie- und Lebensmittel"))
                .containsExactly(
                        "Im",
                        "Ukraine-Krieg",
                        ":",
                        "120-tägigen",
                        "Einsatz",
                        ",",
                        "1.000",
                        "Euro",
                        ",",
                        "3,5",
                        "Prozent",
                        ",",
                        "Energie-",
                        "und",
                        "Lebensmittel");
    }

    @Test
    void keepsAScoreBeforeAHyphenInsideItsCompound() {
        assertThat(tokens("Nach dem 4:1-Heimsieg führt Ried mit 2:1 Punkten, Anpfiff um 19:30 Uhr."))
                .containsExactly(
                        "Nach",
                        "dem",
                        "4:1-Heimsieg",
                        "führt",
                        "Ried",
                        "mit",
                        "2",
                        ":",
                        "1",
                        "Punkten",
                        ",",
                        "Anpfiff",
                        "um",
                        "19",
                        ":",
                        "30",
                        "Uhr",
                        ".");
    }

    @Test
    void keepsARouteARangeAndASuperscriptInsideTheirWord() {
        assertThat(tokens("Die Strecke Düren–Euskirchen hat 1.500–1.600 Fahrgäste pro km², Wien – Linz nicht."))
                .containsExactly(
                        "Die",
                        "Strecke",
                        "Düren–Euskirchen",
                        "hat",
                        "1.500–1.600",
                        "Fahrgäste",
                        "pro",
                        "km²",
                        ",",
                        "Wien",
                        "–",
                        "Linz",
                        "nicht",
                        ".");
    }

    @Test
    void keepsPeriodOnAbbreviationAndOrdinalButNotAtSentenceEnd() {
        assertThat(tokens("Er kam am 3. Mai mit Dr. Kurz usw. zurück."))
                .containsExactly("Er", "kam", "am", "3.", "Mai", "mit", "Dr.", "Kurz", "usw.", "zurück", ".");
    }

    @Test
    void keepsTheHyphenOfASuspendedCompoundBeforeEveryCoordinator() {
        assertThat(tokens("Sie erlitten Hieb- beziehungsweise Brandwunden, Kopf- bzw. Armbrüche."))
                .containsSequence("Hieb-", "beziehungsweise", "Brandwunden")
                .containsSequence("Kopf-", "bzw.", "Armbrüche");
        assertThat(tokens("weder Wasser- noch Stromanschluss, sowohl Bus- als auch Bahnlinien"))
                .containsSequence("Wasser-", "noch")
                .containsSequence("Bus-", "als", "auch");
        // a hyphen standing free is a dash, not part of the word before it
        assertThat(tokens("Der Plan - beziehungsweise sein Rest")).containsSequence("Plan", "-", "beziehungsweise");
    }

    @Test
    void tokenOffsetsPointIntoTheText() {
        String text = "Erste Zeile.\nZweite „Zeile“ hier.";
        for (Sentence s : analyzer.sentences(text)) {
            for (Token t : s.tokens()) {
                assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.text());
            }
        }
    }

    @Test
    void lemmatisesNounsWithCapitalAndVerbsToInfinitive() {
        List<Token> t = analyzer.sentences("Die Soldaten erhielten Waffenlieferungen.")
                .get(0)
                .tokens();
        assertThat(t.get(1).lemma()).isEqualTo("Soldat");
        assertThat(t.get(2).lemma()).isEqualTo("erhalten");
        assertThat(t.get(3).lemma()).isEqualTo("Waffenlieferung");
    }

    @Test
    void aUnitSymbolIsAWordNotPunctuation() {
        List<Token> t = analyzer.sentences("Der Preis stieg um 8 % auf 14,50 € nach § 41.")
                .get(0)
                .tokens();
        assertThat(t.stream().filter(x -> !x.isPunctuation()).map(Token::text))
                .containsExactly("Der", "Preis", "stieg", "um", "8", "%", "auf", "14,50", "€", "nach", "§", "41");
        assertThat(new Token("$", 0, 1, Pos.X, "$").isPunctuation()).isFalse();
        assertThat(new Token("–", 0, 1, Pos.X, "–").isPunctuation()).isTrue();
    }

    @Test
    void emptyTextHasNoSentences() {
        assertThat(analyzer.analyze("").sentences()).isEmpty();
        assertThat(analyzer.analyze("  \n \n").sentences()).isEmpty();
    }
}
