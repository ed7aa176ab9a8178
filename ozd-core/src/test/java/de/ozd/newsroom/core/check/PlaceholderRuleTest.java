package de.ozd.newsroom.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** OZD025: a left-over {@code [Redaktion: …]} is a warning while drafting and an error when checking for publication. */
class PlaceholderRuleTest {
    private static final String TEXT = "---\nheadline: Brücke gesperrt\n---\nDie Stadt sperrt die Brücke. OZD\n"
            + "Mini-Infobox\nBrücke gesperrt\nAb Montag gesperrt\n„Über“ [Redaktion: Zahl der Lastwagen ergänzen]\n";

    private static List<Diagnostic> placeholders(HouseChecker checker, String text) {
        return checker.check(text).stream()
                .filter(d -> d.rule().equals("OZD025"))
                .toList();
    }

    @Test
    void aWarningWhileDraftingAtTheExactPosition() {
        List<Diagnostic> found = placeholders(HouseChecker.ozd(), TEXT);
        assertThat(found).hasSize(1);
        Diagnostic d = found.get(0);
        assertThat(d.line()).isEqualTo(8);
        assertThat(d.column()).isEqualTo(8); // „Über“ and a space come first; columns count code points
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.message()).contains("[Redaktion: Zahl der Lastwagen ergänzen]");
        assertThat(HouseChecker.ozd().mode()).isEqualTo(CheckMode.DRAFTING);
    }

    @Test
    void anErrorWhenCheckingForPublicationWithTheSamePosition() {
        HouseChecker publication = HouseChecker.ozd().forPublication();
        assertThat(publication.mode()).isEqualTo(CheckMode.PUBLICATION);
        List<Diagnostic> found = placeholders(publication, "\uFEFF" + TEXT.replace("\n", "\r\n"));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(8);
            assertThat(d.column()).isEqualTo(8);
            assertThat(d.isError()).isTrue();
        });
        // the mode changes only what a rule says it changes: the other findings keep their severity
        List<Diagnostic> drafting = HouseChecker.ozd().check(TEXT);
        List<Diagnostic> forPublication = publication.check(TEXT);
        assertThat(forPublication).hasSameSizeAs(drafting);
        for (int i = 0; i < drafting.size(); i++) {
            Diagnostic a = drafting.get(i);
            Diagnostic b = forPublication.get(i);
            assertThat(b.severity()).as(a.rule()).isEqualTo(a.rule().equals("OZD025") ? Severity.ERROR : a.severity());
        }
    }

    @Test
    void theModeSurvivesAnExtraRuleAndATextWithoutPlaceholderHasNone() {
        HouseChecker withExtra = HouseChecker.ozd().forPublication().with((parsed, config, out) -> {});
        assertThat(withExtra.mode()).isEqualTo(CheckMode.PUBLICATION);
        assertThat(placeholders(withExtra, TEXT.replace(" [Redaktion: Zahl der Lastwagen ergänzen]", "")))
                .isEmpty();
        assertThat(HouseRule.PLACEHOLDER.severity(CheckMode.PUBLICATION)).isEqualTo(Severity.ERROR);
        assertThat(HouseRule.PLACEHOLDER.severity(CheckMode.DRAFTING)).isEqualTo(Severity.WARNING);
        assertThat(HouseRule.byId("OZD025")).contains(HouseRule.PLACEHOLDER);
    }
}
