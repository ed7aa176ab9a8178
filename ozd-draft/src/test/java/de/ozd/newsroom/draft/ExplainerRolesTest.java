package de.ozd.newsroom.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Explainer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, sixteenth round: roles the report gives that the explainer missed. A compound role with a hyphen is a
 * role by its last part („SPD-Chef“), a role after a verb of saying the tagger read as an adjective („…, weiß
 * Zoodirektorin …“) is a role without attribute, and an apposition may join two roles or two nouns with „und“
 * („Sprecher von Polizei und Feuerwehr“); never when a person stands in it. Reports written for this test.
 */
class ExplainerRolesTest {

    private static String answer(String report, String question) {
        ArticlePackage pkg = DraftTestSupport.engine().draft(DraftRequest.of(report));
        assertThat(DraftTestSupport.groundingErrors(report, pkg)).isEmpty();
        List<Explainer> entries = pkg.explainers().orElseThrow().entries();
        return entries.stream()
                .filter(e -> e.question().equals(question))
                .map(Explainer::answer)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no „" + question + "“ among " + entries));
    }

    @Test
    void aCompoundRoleWithAHyphenIsARole() {
        assertThat(answer(
                        "SPD-Chef Lars Brenner hat den Koalitionsvertrag in Lindenau unterschrieben. "
                                + "Brenner sprach von einem guten Tag für die Stadt.\n",
                        "Wer ist Lars Brenner?"))
                .isEqualTo("Lars Brenner ist SPD-Chef.");
    }

    @Test
    void aRoleAfterAVerbOfSayingIsARole() {
        assertThat(answer(
                        "Die drei Jungtiere sind gesund, weiß Zoodirektorin Hanna Weller. "
                                + "Weller will sie im Mai zeigen.\n",
                        "Wer ist Hanna Weller?"))
                .isEqualTo("Hanna Weller ist Zoodirektorin.");
    }

    @Test
    void anAppositionMayJoinTwoNounsWithUnd() {
        assertThat(answer(
                        "Die Straße bleibt bis Freitag gesperrt, sagte Tom Berger, Sprecher von Polizei und Feuerwehr, "
                                + "am Morgen. Berger rechnet mit langen Staus.\n",
                        "Wer ist Tom Berger?"))
                .isEqualTo("Tom Berger ist Sprecher von Polizei und Feuerwehr.");
    }

    @Test
    void anAppositionWithAPersonInItAnswersNothing() {
        assertThat(answer(
                        "Am Abend diskutierten Tom Berger, Anwalt Jens Kohl und Mia Roth im Rathaus. "
                                + "Tom Berger forderte mehr Geld für Schulen.\n",
                        "Wer ist Tom Berger?"))
                .satisfies(a -> assertThat(DraftLabels.isPlaceholder(a)).isTrue());
    }
}
