package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Analysis points as nominal phrases (issue 14), on sentences of our own: a noun of consequence, conflict, cost or
 * change with its complement, word for word, and only where the phrase says outside its clause what it says inside.
 */
class NominalPointsTest {

    private static List<String> points(String report) {
        DraftContext ctx = ComposedFacts.context(report);
        return new NominalPoints(ctx)
                .points().stream().map(FactComposer.Fact::text).toList();
    }

    @Test
    void aNounOfConflictOrChangeKeepsItsComplement() {
        assertThat(points("Im Gemeinderat von Talheim gab es am Montag heftigen Streit um die Fahrgastprognose."))
                .containsExactly("Streit um die Fahrgastprognose");
        assertThat(points("Der Verein hat mit der Sanierung des Freibads im Mai begonnen."))
                .containsExactly("Sanierung des Freibads");
        // a compound takes the complements of its last part
        assertThat(points("Im Frühjahr beginnt der Stellenabbau der Brauerei."))
                .containsExactly("Stellenabbau der Brauerei");
    }

    @Test
    void anAdjectiveStaysOnlyInTheFormOfAHeading() {
        // „die scharfe Kritik“ → „Scharfe Kritik“; „den hohen Verlust“ would be no heading: the adjective goes
        assertThat(points("Im Gemeinderat übten die Anwohner am Montag scharfe Kritik an der Gebührenordnung."))
                .containsExactly("Scharfe Kritik an der Gebührenordnung");
        assertThat(points("Die Molkerei hat den hohen Verlust des Vorjahres im Frühjahr ausgeglichen."))
                .containsExactly("Verlust des Vorjahres");
    }

    @Test
    void aPhraseIsAPointOnlyWhereItsClauseSaysWhatHappenedToIt() {
        // the same phrase after the verb of a main clause is what happened
        assertThat(points("Im Mai begann die Sanierung des Freibads.")).containsExactly("Sanierung des Freibads");
        // in the first field it is the topic of a claim the point would drop: the delay, the cost
        assertThat(points("Die Sanierung des Freibads verzögert sich bis 2028."))
                .isEmpty();
        assertThat(points("Die Sanierung des Freibads kostet die Stadt vier Millionen Euro."))
                .isEmpty();
        // after „für“ or „durch“ it is the purpose or means of another claim: money set aside, a place cut off
        assertThat(points("Zwei Millionen Euro sind für die Sanierung des Freibads reserviert."))
                .noneMatch(p -> p.startsWith("Sanierung"));
        assertThat(points("Das Dorf verlor durch die Schließung der Filiale seinen letzten Geldautomaten."))
                .noneMatch(p -> p.startsWith("Schließung"));
        // a subordinate clause frames its phrase
        assertThat(points("Viele Anleger zogen ihr Geld ab, was den Kursverlust der Aktie beschleunigte."))
                .noneMatch(p -> p.startsWith("Kursverlust"));
    }

    @Test
    void aDemandANegationOrAConditionIsNoPoint() {
        // the building is demanded, not under way; there is no criticism; the closure is only possible
        assertThat(points("Die Grünen fordern den Bau einer zweiten Brücke über den Neckar."))
                .isEmpty();
        assertThat(points("Im Stadtrat gab es keine Kritik an der Gebührenordnung."))
                .isEmpty();
        assertThat(points("Wenn die Zahlen nicht steigen, droht die Schließung der Filiale."))
                .isEmpty();
        assertThat(points("Die Schließung der Filiale könnte schon im Herbst kommen."))
                .isEmpty();
    }

    @Test
    void aPhraseThatWouldCutAListARouteOrARelativeClauseIsNotTaken() {
        // „Kritik an Preisen“ would drop the rest of the list; „Anbindung von Talheim“ keeps what it is bound to
        assertThat(points("Im Forum gab es viel Kritik an Preisen, Service und Wartezeiten der Stadtwerke."))
                .isEmpty();
        assertThat(points("Der Kreistag beschloss am Montag die Anbindung von Talheim an das Netz der Stadtbahn."))
                .containsExactly("Anbindung von Talheim an das Netz der Stadtbahn");
        assertThat(points(
                        "Der Kreistag beschloss die Erweiterung der Liste von Schulen, die ein Mittagessen anbieten."))
                .isEmpty();
    }

    @Test
    void aNounInsideAnotherNounsPhraseIsNoPointOfItsOwn() {
        // „Pläne für den Bau“: the building is only planned
        assertThat(points("Die Pläne für den Bau des Parkhauses liegen seit Montag im Rathaus aus."))
                .isEmpty();
    }

    @Test
    void twoPhrasesThatSayTheSameGiveOnePoint() {
        assertThat(points("Die Verlängerung der Kurzarbeit wurde im Juni beschlossen. Die Belegschaft begrüßte die "
                        + "Verlängerung der Betriebskurzarbeit am Dienstag."))
                .hasSize(1);
    }

    @Test
    void aBarePluralAfterADativePrepositionIsNoHeading() {
        // issue 13, sixth round: „bei Protesten“ would head a point in the dative
        assertThat(points("Bei Protesten gegen die Schließung der Klinik wurden am Samstag drei Polizisten verletzt."))
                .noneMatch(p -> p.startsWith("Protesten"));
    }

    @Test
    void aNounThatSaysWhenOrWhereTheNewsHappenedIsNoPoint() {
        // twenty-sixth round: after a preposition of time, place or circumstance the noun frames the clause; read
        // alone it says nothing the report says („Sanierung des Freibads“ here is when the leak was found)
        assertThat(points("Nach der Sanierung des Freibads fand die Stadt ein Leck im Becken."))
                .isEmpty();
        assertThat(points("Bei der Sanierung des Freibads fand die Stadt ein Leck im Becken."))
                .isEmpty();
        assertThat(points("Im Streit um die Fahrgastprognose hat der Landrat am Montag geschwiegen."))
                .isEmpty();
        // a verb's own preposition still gives one
        assertThat(points("Die Proteste führten zu heftigem Streit um die Fahrgastprognose."))
                .containsExactly("Streit um die Fahrgastprognose");
        // a first-person sentence is a speaker's words, and the speaker is not in the point
        assertThat(points("In Talheim haben wir durch unsere Übernahme der Molkerei einen großen Schritt gemacht."))
                .isEmpty();
    }
}
