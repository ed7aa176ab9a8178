package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.model.Infobox;
import de.ozd.newsroom.draft.DraftTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, thirteenth round, found on a third tuning source (news sentences of the GermEval 2014 development set):
 * a score inside a compound („4:1-Heimsieg“), a dash typed as a spaced hyphen, the old spelling „daß“, a degree
 * adverb that makes a claim relative, a participle phrase after „und“ that shares the verb of the clause before
 * it, „insofern“ or a bare „weitere“ that point at the sentence before, an aside between commas that lists some of
 * what the clause counts („darunter zwei Kinder“), and a degree („so leicht“) that the clause after it names.
 * Sentences written for this test.
 */
class DashesScoresAndOldSpellingTest {

    private static List<String> facts(String text) {
        return ComposedFacts.of("DashesScoresAndOldSpellingTest", text, 8, 10);
    }

    @Test
    void aScoreInsideACompoundStaysWithIt() {
        List<String> facts = facts("Der SV Ried feierte am Samstag einen 4:1-Heimsieg gegen den LASK.");
        assertThat(facts).noneMatch(f -> f.startsWith("1-") || f.endsWith(" 4"));
        assertThat(facts).anyMatch(f -> f.contains("4:1-Heimsieg gegen den LASK"));
    }

    @Test
    void aSpacedHyphenBetweenTwoClausesIsADash() {
        assertThat(facts("Am Abend werden aber Besucher-Massen erwartet - denn Österreich spielt."))
                .noneMatch(f -> f.contains("erwartet denn"))
                .contains("Am Abend werden Besucher-Massen erwartet"); // a present: the evening lies ahead
        assertThat(facts("Die Messe öffnet am Freitag - die Veranstalter rechnen mit vielen Besuchern."))
                .noneMatch(f -> f.contains("öffnet am Freitag die"));
        assertThat(facts("Der Chiphersteller erwartet für 2011 einen Aufschwung der Branche - Yahoo!"))
                .noneMatch(f -> f.contains("Yahoo"));
    }

    @Test
    void aSpacedHyphenBeforeAPhraseWithoutVerbStaysInTheClause() {
        // the phrase after it says what the clause means: not a clause of its own, not dropped
        assertThat(facts("Kleine Firmen kopieren, große Firmen kaufen - ein von einem Investor gern verwendeter Satz, "
                        + "der als Motto über der Messe stehen könnte."))
                .noneMatch(f -> f.startsWith("Kleine Firmen kopieren"));
        assertThat(facts("Von Beruf ist Berger Koch - in Teilzeit.")).contains("Von Beruf ist Berger Koch in Teilzeit");
    }

    @Test
    void aHyphenBetweenNumbersIsNoDash() {
        List<de.ozd.newsroom.language.Token> t =
                ComposedFacts.tokens("Die Bücherei ist von 10 - 12 Uhr offen - außer am Montag.");
        assertThat(ClauseSplitter.isDash(t, 5)).isFalse();
        assertThat(ClauseSplitter.isDash(t, 9)).isTrue();
    }

    @Test
    void everyCheckReadsADashAsTheSplitterDoes() {
        // the checks around a clause end a part where the splitter cuts: at „–“, „—“ and a spaced hyphen before a
        // verb, not at a spaced hyphen before a verbless phrase nor at one between numbers
        List<de.ozd.newsroom.language.Token> t = ComposedFacts.tokens(
                "Die Halle schließt - der Verein zieht um, der Hausmeister bleibt - in Teilzeit — sagt Lenz.");
        assertThat(ClauseSplitter.endsPart(t, 3)).isTrue();
        assertThat(ClauseSplitter.isClauseDash(t, 12)).isFalse();
        assertThat(ClauseSplitter.endsPart(t, 12)).isFalse();
        assertThat(ClauseSplitter.endsPart(t, 15)).isTrue();
        List<de.ozd.newsroom.language.Token> hours = ComposedFacts.tokens("Die Bücherei ist von 10 - 12 Uhr offen.");
        assertThat(ClauseSplitter.endsPart(hours, 5)).isFalse();
    }

    @Test
    void aFigureWhoseSourceFollowsADashIsNotStatedWithoutIt() {
        // after an em dash or a spaced hyphen as after an en dash, the sentence is no plain figure („Tote: mindestens
        // vier“ had lost „das meldet die Feuerwehr“)
        for (String dash : List.of("—", "-")) {
            assertThat(new QuantityFacts(DraftTestSupport.analyzer()
                                    .analyze("Bei einem Brand in Gera sind mindestens vier Menschen gestorben " + dash
                                            + " das meldet die Feuerwehr."))
                            .figures(8, java.util.Set.of()).stream()
                                    .map(f -> f.fact().text()))
                    .as(dash)
                    .noneMatch(f -> f.contains("vier") && !f.contains("Feuerwehr"));
        }
    }

    @Test
    void daßOpensAClauseAsDassDoes() {
        assertThat(facts("Vor allem aber die Sorge, daß der Damm erneut bricht."))
                .noneMatch(f -> f.contains("Damm"));
        assertThat(facts("Groß ist aber die Angst, daß der Damm erneut bricht."))
                .noneMatch(f -> f.contains("Damm"));
    }

    @Test
    void aDegreeAdverbThatMakesTheClaimRelativeStays() {
        assertThat(
                        facts(
                                "Die meisten Unfälle auf der Tauernautobahn verliefen am Wochenende vergleichsweise glimpflich."))
                .noneMatch(f -> f.contains("glimpflich") && !f.contains("vergleichsweise"));
        assertThat(List.of("vergleichsweise", "relativ", "verhältnismäßig", "einigermaßen"))
                .allMatch(Compressor::isKeptAdverb);
    }

    @Test
    void aParticiplePhraseAfterUndIsNoHeadlineOfItsOwn() {
        Infobox box = DraftTestSupport.draft("Bald allerdings hat sie sich nur noch dem Chor gewidmet und 2012 zur "
                        + "Unterstützung der Sänger die SKV gegründet. 2014 folgte mit dem ersten Album ein wichtiger "
                        + "Schritt der Gruppe.\n")
                .infobox()
                .orElseThrow();
        assertThat(box.facts()).noneMatch(f -> f.contains("gegründet"));
    }

    @Test
    void insofernAndABareWeiterePointAtTheSentenceBefore() {
        assertThat(facts("Insofern handelt die Stadt nur nach ihrer eigenen Regel."))
                .isEmpty();
        assertThat(facts("Drei Filialen sind bereits zu. Über den Winter werden weitere folgen."))
                .noneMatch(f -> f.contains("weitere"));
        assertThat(facts("Die Stadt verlängert den Vertrag um weitere sechs Monate."))
                .anyMatch(f -> f.contains("weitere sechs Monate"));
    }

    @Test
    void aListingAsideBetweenCommasDoesNotCutTheClause() {
        assertThat(facts("Bei dem Unfall wurden fünf Menschen, darunter zwei Kinder, schwer verletzt."))
                .noneMatch(f -> f.endsWith("fünf Menschen"))
                .contains("Bei dem Unfall wurden fünf Menschen schwer verletzt");
        // after the aside a relative clause of the aside's noun: the clause before it ends there
        assertThat(facts("Die Polizei nahm mehrere Männer fest, darunter den mutmaßlichen Anführer, der seit Jahren "
                        + "gesucht wird."))
                .noneMatch(f -> f.contains("fest der"));
        // a list after „darunter“: its commas divide members, the clause does not go on after them
        assertThat(facts("Im Mai wurden insgesamt 30 Soldaten verwundet, darunter 20 Briten, neun Franzosen sowie ein "
                        + "Italiener."))
                .noneMatch(f -> f.contains("Franzosen"))
                .anyMatch(f -> f.contains("30 Soldaten verwundet"));
    }

    @Test
    void aDegreeThatTheClauseAfterNamesIsNotCutFromIt() {
        assertThat(facts("Die Firma kann die Sparte so leicht verkaufen, weil sie keine Verträge bindet."))
                .noneMatch(f -> f.contains("so leicht"));
    }
}
