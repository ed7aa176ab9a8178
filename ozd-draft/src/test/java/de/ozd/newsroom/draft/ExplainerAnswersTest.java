package de.ozd.newsroom.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.HouseChecker;
import de.ozd.newsroom.core.format.PackageWriter;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Explainer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Explainer answers from the report itself (issue 13, item 3): a role or apposition the report gives next to a
 * name answers „Wer ist …?“ / „Was ist …?“, word for word and nothing more; without one the placeholder stays.
 * The reports are short ones written for this test. Every draft passes the grounding and house check without an
 * error and is the same on a second run.
 */
class ExplainerAnswersTest {

    private static ArticlePackage draft(String report) {
        ArticlePackage pkg = DraftTestSupport.engine().draft(DraftRequest.of(report));
        String again = PackageWriter.ozd().canonical(DraftTestSupport.engine().draft(DraftRequest.of(report)));
        assertThat(again).isEqualTo(PackageWriter.ozd().canonical(pkg));
        GroundingRule rule = GroundingRule.forSource(
                DraftTestSupport.analyzer(), report, ExplainerLibrary.standard(), HouseConfig.OZD);
        List<String> errors = HouseChecker.ozd()
                .with(rule)
                .check(PackageWriter.ozd().canonical(pkg))
                .stream()
                .filter(d -> d.isError())
                .map(d -> d.format("draft"))
                .toList();
        assertThat(errors).isEmpty();
        return pkg;
    }

    /** The answer to {@code question} in the package's explainers; fails when the question is not asked. */
    static String answer(ArticlePackage pkg, String question) {
        List<Explainer> entries = pkg.explainers().orElseThrow().entries();
        return entries.stream()
                .filter(e -> e.question().equals(question))
                .map(Explainer::answer)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no „" + question + "“ among " + entries));
    }

    @Test
    void roleBeforeTheNameWithPartyAnswersWithoutAPlaceTheRoleDoesNotName() {
        ArticlePackage pkg = draft("""
                Bürgermeisterin Petra Albrecht (SPD) hat am Samstag das neue Hallenbad in Lindenau eröffnet.
                Der Bau hat 14 Millionen Euro gekostet und dauerte drei Jahre.
                Das Becken ist 25 Meter lang und hat sechs Bahnen.
                Albrecht dankte den Handwerkern für ihre Arbeit.
                Der frühere Bürgermeister Hans Gerber lobte den Bau.
                Der Eintritt kostet für Erwachsene fünf Euro.
                """);
        assertThat(answer(pkg, "Wer ist Petra Albrecht?")).isEqualTo("Petra Albrecht (SPD) ist Bürgermeisterin.");
        // an adjective before the role takes the ending it needs without the article, and nothing else changes
        assertThat(answer(pkg, "Wer ist Hans Gerber?")).isEqualTo("Hans Gerber ist früherer Bürgermeister.");
    }

    @Test
    void placeInTheRolesOwnPhraseIsKept() {
        ArticlePackage pkg = draft("""
                Talheims Ortsvorsteher Bernd Kurz (CDU) will den Dorfladen retten.
                Der Laden soll ab Juli als Genossenschaft weitergeführt werden.
                Bisher haben sich 120 Bürgerinnen und Bürger mit Anteilen beteiligt.
                Kurz sprach von einem guten Anfang.
                Ein Anteil kostet 250 Euro.
                """);
        assertThat(answer(pkg, "Wer ist Bernd Kurz?")).isEqualTo("Bernd Kurz (CDU) ist Talheims Ortsvorsteher.");
    }

    @Test
    void roleAfterTheNameBetweenCommasIsTakenWordForWord() {
        ArticlePackage pkg = draft("""
                Das Klinikum Nordstadt stellt 40 zusätzliche Pflegekräfte ein.
                Sabine Roth, Pflegedirektorin des Klinikums, stellte die Pläne am Dienstag vor.
                Die neuen Stellen sollen vor allem die Nachtschichten entlasten.
                Roth rechnet mit Kosten von 2,4 Millionen Euro im Jahr.
                Die ersten Kräfte beginnen im Oktober.
                """);
        assertThat(answer(pkg, "Wer ist Sabine Roth?")).isEqualTo("Sabine Roth ist Pflegedirektorin des Klinikums.");
    }

    @Test
    void withoutARoleThePlaceholderStays() {
        ArticlePackage pkg = draft("""
                Markus Steiner hat beim Stadtlauf in Kehlbach den ersten Platz belegt.
                Er lief die zehn Kilometer in 33 Minuten.
                Steiner war im Vorjahr Dritter geworden.
                Insgesamt gingen 800 Läuferinnen und Läufer an den Start.
                Der Lauf findet seit 1998 jedes Jahr statt.
                """);
        assertThat(answer(pkg, "Wer ist Markus Steiner?")).startsWith(ExtractiveDraftEngine.PLACEHOLDER_PREFIX);
    }

    @Test
    void organisationWithItsAppositionAnswersWhatItIs() {
        ArticlePackage pkg = draft("""
                Der Maschinenbauer Trumag AG streicht in seinem Werk in Weilach 300 Stellen.
                Die Trumag AG begründete den Schritt mit fehlenden Aufträgen.
                Der Betriebsratsvorsitzende Klaus Brenner kündigte Widerstand an.
                Das Werk beschäftigt derzeit 1.100 Menschen.
                Die Trumag AG will die Fertigung teilweise nach Polen verlagern.
                """);
        assertThat(answer(pkg, "Was ist die Trumag AG?")).isEqualTo("Die Trumag AG ist ein Maschinenbauer.");
        assertThat(answer(pkg, "Wer ist Klaus Brenner?")).isEqualTo("Klaus Brenner ist Betriebsratsvorsitzender.");
    }

    @Test
    void organisationWithACommaAppositionTakesItsArticle() {
        ArticlePackage pkg = draft("""
                Die Tierhilfe Nord, ein Zusammenschluss von Tierschützern, baut ein neues Tierheim.
                Die Tierhilfe Nord investiert dafür 1,8 Millionen Euro.
                Das Heim soll ab 2028 Platz für 90 Hunde und Katzen bieten.
                Die Stadt stellt das Grundstück kostenlos zur Verfügung.
                Der Bau beginnt im Frühjahr.
                """);
        assertThat(answer(pkg, "Was ist die Tierhilfe Nord?"))
                .isEqualTo("Die Tierhilfe Nord ist ein Zusammenschluss von Tierschützern.");
    }
}
