package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.model.Infobox;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, twenty-ninth round (tuned on the tuning slices, the development part and the Wikinews development split):
 * main clauses that open with an adverb the claim needs („Zuletzt“, „Bisher“, „Möglicherweise“), or whose verb takes
 * a reflexive before its subject, had no word order the rules read, so they gave no fact; and what such clauses brought
 * along. Sentences written for this test.
 */
class FrontedAdverbsTest {

    @Test
    void anAdverbTheClaimNeedsStaysInFrontAsTheReportHasIt() {
        assertThat(ComposedFacts.of(
                        "time", "Zuletzt verzeichnete der Tierpark Lindenau mehr als 300.000 Besucher.", 10))
                .containsExactly("Zuletzt verzeichnete der Tierpark Lindenau mehr als 300.000 Besucher");
        // a hedge too: moved, it might change what it says of the number
        assertThat(ComposedFacts.of("hedge", "Möglicherweise fallen bis zu 80 weitere Stellen im Werk weg.", 10))
                .containsExactly("Möglicherweise fallen bis zu 80 weitere Stellen im Werk weg");
        // the tagger's pronoun or noun for „Bisher“ does not make it the subject
        assertThat(ComposedFacts.of("bisher", "Bisher haben sich mehr als 300 Helfer gemeldet.", 10))
                .containsExactly("Bisher haben sich mehr als 300 Helfer gemeldet");
        // not with a pronoun after the verb: „es gibt“ says not of what
        assertThat(ComposedFacts.of("pronoun", "Bisher gibt es nur einen Entwurf für die Halle.", 10))
                .isEmpty();
    }

    @Test
    void aReflexiveStaysWithItsVerbWhenTheSubjectGoesFirst() {
        assertThat(ComposedFacts.of("reflexive", "Insgesamt bewerben sich 120 Vereine um die Fördermittel.", 10))
                .containsExactly("120 Vereine bewerben sich um die Fördermittel");
        // but a phrase read into the subject is the reflexive verb's own: „Mitarbeiter zu einem Streik entschlossen
        // sich“
        assertThat(ComposedFacts.of("phrase", "Laut Vorstand entschlossen sich Mitarbeiter zu einem Streik.", 10))
                .isEmpty();
    }

    @Test
    void aNumberAfterAQualifierTheTaggerReadAsAPrepositionIsTheSubject() {
        assertThat(ComposedFacts.of("über", "Im Sommer wurden über 100 Wanderer in den Bergen gerettet.", 10))
                .containsExactly("Über 100 Wanderer wurden in den Bergen gerettet");
    }

    @Test
    void anAmountKeepsWhatItIsOfAndAPassiveItsAgent() {
        assertThat(ComposedFacts.of("amount", "Im Herbst wurden Tausende an Unterschriften gesammelt.", 10))
                .containsExactly("Tausende an Unterschriften wurden gesammelt");
        assertThat(ComposedFacts.of("agent", "Im Mai wurden drei Anträge vom Stadtrat abgelehnt.", 10))
                .containsExactly("Drei Anträge wurden vom Stadtrat abgelehnt");
    }

    @Test
    void wordsThatPointBackGiveNoFact() {
        for (String s : List.of(
                "Zuletzt nahmen die einschlägigen Delikte in Lindenau wieder zu.",
                "Zuerst haben die anderen Vereine gegen den Plan gestimmt.",
                "Nun gesellen sich zwei neue Buslinien hinzu.",
                // what was said, by someone the sentence does not name
                "Zunächst war von zwölf Verletzten die Rede.")) {
            assertThat(ComposedFacts.of("points back", s, 10)).as(s).isEmpty();
        }
    }

    @Test
    void aTitleDoesNotNameWhatTheTeaserAskedAboutByAnotherWord() {
        // „die Idee“ is the teaser question's cable car; the agent after „von“ does not say which idea
        Infobox box = ComposedFacts.box("Lindenau – Baut die Stadt eine Seilbahn über den Fluss? Anfangs wurde die"
                + " Idee von einigen Stadträten belächelt. Nun legt das Bauamt eine Studie vor.\n");
        assertThat(box.title()).doesNotContain("Idee");
    }

    @Test
    void aTimelineDoesNotDateADayOfAYearLongPast() {
        String report = "Lindenau – Der FC Lindenau hat am Samstag das Derby gegen Kirchberg mit 3:1 gewonnen. Zuletzt"
                + " gewann der Verein ein Derby am 3. März vor 20 Jahren. Das nächste Spiel bestreitet die Mannschaft am"
                + " 12. April in Hofheim.\n";
        var extras = de.ozd.newsroom.draft.DraftTestSupport.draft(report).extras();
        assertThat(extras.toString()).doesNotContain("3. März –");
    }
}
