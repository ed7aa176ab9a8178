package de.ozd.newsroom.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.model.Explainer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Questions take the article the name needs (issue 13, item 3): „Was ist die SPD?“ also where the report writes
 * „der SPD“ as a dative or genitive, „Was ist der Bundestag?“, „Was sind die Grünen?“ for a plural, and no article
 * for a place („Was ist Brüssel?“, see {@link ExplainerArchiveTest}). The reports are short ones written for this test.
 */
class ExplainerQuestionArticlesTest {

    private static List<String> questions(String report) {
        return DraftTestSupport.engine().draft(DraftRequest.of(report)).explainers().orElseThrow().entries().stream()
                .map(Explainer::question)
                .toList();
    }

    @Test
    void aFeminineNameInTheDativeDoesNotBecomeMasculine() {
        assertThat(questions("""
                        Die CDU warf der SPD Wortbruch vor.
                        Die SPD wies das zurück.
                        Der SPD-Vorsitzende Lars Klingbeil sprach von einem Missverständnis.
                        Die Gespräche gehen am Montag weiter.
                        """))
                .contains("Was ist die SPD?", "Was ist die CDU?")
                .doesNotContain("Was ist SPD?", "Was ist der SPD?");
    }

    @Test
    void aPluralVerbAfterDerMarksTheDativeAndAPluralNameAsksWasSind() {
        assertThat(questions("""
                        Die Grünen widersprachen der SPD am Montag deutlich.
                        Der SPD fehlen nach der Wahl 12 Sitze.
                        Die Koalition in Kiel wackelt.
                        Der Streit dauert seit Wochen.
                        """))
                .contains("Was ist die SPD?", "Was sind die Grünen?")
                .doesNotContain("Was ist der SPD?", "Was ist die Grünen?");
    }

    @Test
    void aMasculineNameKeepsDerAndTheGenitiveAfterANounGivesDie() {
        assertThat(questions("""
                        Nach Angaben der SPD stimmten 120 Abgeordnete zu.
                        Im Bundestag gab es 80 Gegenstimmen.
                        Der Bundestag tagt am Freitag erneut.
                        Das Gesetz soll 2027 gelten.
                        """)).contains("Was ist der Bundestag?", "Was ist die SPD?");
    }
}
