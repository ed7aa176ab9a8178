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
        assertThat(points("Der Stellenabbau der Brauerei trifft vor allem die Abfüllung."))
                .containsExactly("Stellenabbau der Brauerei");
    }

    @Test
    void anAdjectiveStaysOnlyInTheFormOfAHeading() {
        // „die scharfe Kritik“ → „Scharfe Kritik“; „den hohen Verlust“ would be no heading: the adjective goes
        assertThat(points("Die scharfe Kritik an der Gebührenordnung hält seit Wochen an."))
                .containsExactly("Scharfe Kritik an der Gebührenordnung");
        assertThat(points("Den hohen Verlust des Vorjahres glich die Molkerei im Frühjahr aus."))
                .containsExactly("Verlust des Vorjahres");
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
        assertThat(points("Die Anbindung von Talheim an das Netz der Stadtbahn verzögert sich bis 2028."))
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
