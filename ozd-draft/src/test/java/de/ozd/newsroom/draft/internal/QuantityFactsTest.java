package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.draft.DraftTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * „Stichwort: Wert“ facts ({@link QuantityFacts}) on sentences written for this test: each shape gives the line that
 * says exactly what the sentence says, and the sentences that state a figure under a condition, with a speaker the line
 * would lose, negated, planned, for something else or with a phrase it might need give none.
 */
class QuantityFactsTest {

    private static List<String> figures(String report) {
        return new QuantityFacts(DraftTestSupport.analyzer().analyze(report))
                .figures(8).stream().map(f -> f.fact().text()).toList();
    }

    @Test
    void aMeasureAndItsValueGiveTheStichwortOfTheSubject() {
        assertThat(figures("Die Baukosten liegen bei 212 Millionen Euro."))
                .containsExactly("Baukosten: 212 Millionen Euro");
        assertThat(figures("Die Zahl der Anträge beträgt rund 4.300.")).containsExactly("Zahl der Anträge: rund 4.300");
        assertThat(figures("Der Schaden beläuft sich auf mindestens 80.000 Euro."))
                .containsExactly("Schaden: mindestens 80.000 Euro");
    }

    @Test
    void aChangeIsNamedByTheNounOfItsVerb() {
        assertThat(figures("Der Absatz sank um 9 Prozent auf 3,4 Millionen."))
                .containsExactly("Absatz: Rückgang um 9 Prozent auf 3,4 Millionen");
        // nine words are more than a box line takes: the line is not cut, there is none
        assertThat(figures("Der Absatz sank um 9 Prozent auf 3,4 Millionen Geräte."))
                .isEmpty();
        assertThat(figures("Die Zahl der Anträge ist im Mai auf 4.100 gestiegen."))
                .containsExactly("Zahl der Anträge: Anstieg auf 4.100 im Mai");
        // a time of day: nothing
        assertThat(figures("Der Pegel stieg um 14 Uhr auf 6 Meter.")).isEmpty();
    }

    /**
     * A change from one level to another keeps both levels, a change against a base keeps its base, and the verbs of
     * a change that stand with a particle at the end or with „sich“ give their noun as the others do (issue 13,
     * twentieth round: of 637 boxes of the tuning material 11 had a figure in the house's form).
     */
    @Test
    void aChangeKeepsItsLevelsAndItsBase() {
        assertThat(figures("Der Absatz sank von 12 auf 9 Prozent."))
                .containsExactly("Absatz: Rückgang von 12 auf 9 Prozent");
        assertThat(figures("Der Umsatz fiel gegenüber dem Vormonat um 3 Prozent."))
                .containsExactly("Umsatz: Rückgang um 3 Prozent gegenüber dem Vormonat");
        assertThat(figures("Der Absatz wuchs zum Vorjahr um 4 Prozent."))
                .containsExactly("Absatz: Zuwachs um 4 Prozent zum Vorjahr");
        assertThat(figures("Die Bauleistung ging um 0,9 Prozent zurück."))
                .containsExactly("Bauleistung: Rückgang um 0,9 Prozent");
        assertThat(figures("Der Absatz legte um 8 Prozent zu.")).containsExactly("Absatz: Zuwachs um 8 Prozent");
        assertThat(figures("Die Zahl der Gäste erhöhte sich um 1.400."))
                .containsExactly("Zahl der Gäste: Anstieg um 1.400");
        assertThat(figures("Die Zahl der Gäste hat sich auf 9.300 verringert."))
                .containsExactly("Zahl der Gäste: Rückgang auf 9.300");
    }

    @Test
    void aClauseAfterTheFigureThatSaysWhoGaveItBecomesLaut() {
        assertThat(figures("Der Umsatz stieg um 12 Prozent, wie die Firma mitteilte."))
                .containsExactly("Umsatz laut Firma: Anstieg um 12 Prozent");
        // „der Hersteller“ before „mitteilte“ is one maker, not the genitive plural of „nach Angaben der Hersteller“
        assertThat(figures("Der Umsatz stieg um 12 Prozent, wie der Hersteller mitteilte."))
                .containsExactly("Umsatz laut Hersteller: Anstieg um 12 Prozent");
        assertThat(figures("Der Umsatz stieg um 12 Prozent, wie die Hersteller mitteilten."))
                .containsExactly("Umsatz laut Herstellern: Anstieg um 12 Prozent");
        assertThat(figures("Die Kosten liegen bei 75 Millionen Euro, sagte der Landrat."))
                .containsExactly("Kosten laut Landrat: 75 Millionen Euro");
        assertThat(figures("Die Einnahmen sanken um 4 Prozent, teilte die Stadtkasse mit."))
                .containsExactly("Einnahmen laut Stadtkasse: Rückgang um 4 Prozent");
        // a pronoun, no speaker, a second source or a figure in the clause of saying: nothing
        assertThat(figures("Der Umsatz stieg um 12 Prozent, wie er sagte.")).isEmpty();
        assertThat(figures("Der Umsatz stieg um 12 Prozent, wie erwartet worden war."))
                .isEmpty();
        assertThat(figures("Die Kosten liegen nach Schätzung des Bauamts bei 9 Millionen Euro, sagte der Landrat."))
                .isEmpty();
        assertThat(figures("Der Umsatz stieg um 12 Prozent, wie der Hersteller am 3. Mai 2024 mitteilte."))
                .isEmpty();
    }

    @Test
    void aChangeGivesNoneWhereItsSubjectChangedSomethingElseOrALevelStandsAlone() {
        // the subject is who raised the prices, not what rose
        assertThat(figures("Die Brauerei erhöhte die Preise um 5 Prozent.")).isEmpty();
        // „von 12“ without the level after it is no level
        assertThat(figures("Der Anteil der Pendler stieg von 12 Prozent.")).isEmpty();
        // a base the list does not know, or a decision that fell: nothing
        assertThat(figures("Der Absatz sank gegenüber der Konkurrenz um 3 Prozent."))
                .isEmpty();
        assertThat(figures("Die Entscheidung fiel am Montag.")).isEmpty();
    }

    @Test
    void aFigureInTheFirstOfTwoMainClausesGivesItsStichwort() {
        assertThat(figures("Die Laufzeit des Akkus beträgt 14 Stunden, ein Netzteil liegt dem Gerät bei."))
                .containsExactly("Laufzeit des Akkus: 14 Stunden");
        // a condition, a speaker, a contrast or a phrase that qualifies the value: nothing
        assertThat(figures("Die Laufzeit des Akkus beträgt 14 Stunden, wenn das Display aus ist."))
                .isEmpty();
        assertThat(figures("Die Laufzeit des Akkus beträgt 14 Stunden, sagte der Hersteller."))
                .isEmpty();
        assertThat(figures("Die Laufzeit des Akkus beträgt 14 Stunden, aber nur im Sparmodus."))
                .isEmpty();
        assertThat(figures("Die Laufzeit des Akkus beträgt 14 Stunden, die Hälfte davon im Sparmodus."))
                .isEmpty();
    }

    @Test
    void theDateOfTheFigureAndItsUnitStay() {
        assertThat(figures("Die Arbeitslosenquote lag im März 2026 bei 6,1 Prozent."))
                .containsExactly("Arbeitslosenquote: 6,1 Prozent im März 2026");
        assertThat(figures("Im Jahr 2025 lagen die Mieteinnahmen bei 14 Euro pro Quadratmeter."))
                .containsExactly("Mieteinnahmen: 14 Euro pro Quadratmeter im Jahr 2025");
    }

    @Test
    void aSourcePhraseBecomesLautInTheStichwort() {
        assertThat(figures("Die Kosten liegen nach Schätzung des Tiefbauamts bei 9 Millionen Euro."))
                .containsExactly("Kosten laut Tiefbauamt: 9 Millionen Euro");
    }

    @Test
    void anEarlierEstimateInTheNextSentenceJoinsTheValue() {
        assertThat(figures("Die Kosten liegen bei 75 Millionen Euro. Anfangs hatte der Kreis mit 52 Millionen Euro "
                        + "gerechnet."))
                .containsExactly("Kosten: 75 statt 52 Millionen Euro");
        // another unit, or an estimate of something else: the value stands alone
        assertThat(figures("Die Kosten liegen bei 75 Millionen Euro. Anfangs hatte der Kreis mit 52 Prozent "
                        + "gerechnet."))
                .containsExactly("Kosten: 75 Millionen Euro");
        assertThat(figures("Die Kosten liegen bei 75 Millionen Euro. Für die Sanierung hatte der Kreis mit 52 "
                        + "Millionen Euro gerechnet."))
                .containsExactly("Kosten: 75 Millionen Euro");
    }

    @Test
    void aVoteWithBothCountsGivesTheResult() {
        assertThat(figures("Im Kreistag stimmten 31 Abgeordnete für das Klärwerk, 12 stimmten dagegen."))
                .containsExactly("Abstimmung: 31 zu 12 Stimmen");
        // only the yes votes: no result to state
        assertThat(figures("Im Kreistag stimmten 31 Abgeordnete für das Klärwerk."))
                .isEmpty();
    }

    @Test
    void aVotePhraseWithBothCountsGivesTheResultAndLeavesTheHeadlineToTheClause() {
        assertThat(figures("Der Landtag hat mit 61 zu 44 Stimmen eine Reform des Schulgesetzes abgelehnt."))
                .containsExactly("Abstimmung: 61 zu 44 Stimmen");
        assertThat(figures("Die Satzung wurde am Montag mit einer knappen Mehrheit von 23 gegen 21 Stimmen geändert."))
                .containsExactly("Abstimmung: 23 zu 21 Stimmen");
        // planned, hedged, reported or two votes in one sentence: no result to state
        assertThat(figures("Der Haushalt soll am Donnerstag mit 30 zu 12 Stimmen verabschiedet werden."))
                .isEmpty();
        assertThat(figures("Der Rat habe mit 30 zu 12 Stimmen zugestimmt.")).isEmpty();
        assertThat(figures("Der Rat lehnte den Antrag mit 30 zu 12 Stimmen ab, den zweiten mit 25 zu 17 Stimmen."))
                .isEmpty();
        // the clause itself drops only the counts, never the rest of what it says
        List<String> facts = ComposedFacts.of(
                "vote phrase",
                "Der Gemeinderat von Hollfeld hat den Bau einer Sporthalle mit 14 gegen 9 Stimmen bei zwei"
                        + " Enthaltungen beschlossen.",
                10);
        assertThat(facts).containsExactly("Der Gemeinderat von Hollfeld beschließt den Bau einer Sporthalle");
        assertThat(ComposedFacts.of("vote phrase", "Der Landtag hat mit 61 zu 44 Stimmen die Reform abgelehnt.", 8))
                .containsExactly("Der Landtag lehnt die Reform ab"); // a headline's present: one word shorter
        // a genitive after the counts: the phrase goes on, and the line would keep the genitive alone
        assertThat(ComposedFacts.of(
                        "vote phrase",
                        "Der Beschluss kam mit fünf gegen zwei Stimmen des siebenköpfigen Senats zustande.",
                        8,
                        10))
                .noneMatch(f -> f.contains("des siebenköpfigen") && !f.contains("Stimmen"));
    }

    @Test
    void theTollOfTheLeadsEventGivesDeadAndInjuredWithTheirSource() {
        assertThat(figures("Bei einem Busunglück auf der A9 bei Hof sind am Freitag drei Menschen ums Leben gekommen"
                        + " und 24 verletzt worden. Die Autobahn blieb gesperrt."))
                .containsExactly("Bilanz: drei Tote, 24 Verletzte");
        assertThat(figures("Bei einem Brand in Gera sind mindestens vier Menschen gestorben."))
                .containsExactly("Tote: mindestens vier");
        assertThat(figures("Bei Kämpfen im Norden wurden nach Angaben der Armee zwölf Soldaten getötet."))
                .containsExactly("Tote laut Armee: zwölf Soldaten");
        assertThat(figures("Wie die Feuerwehr mitteilte, wurden bei dem Brand 19 Menschen verletzt, drei von ihnen"
                        + " schwer."))
                .containsExactly("Verletzte laut Feuerwehr: 19");
        assertThat(figures("Streit eskalierte. Lindau – Bei einer Schlägerei vor einer Diskothek sind 14 Menschen"
                        + " verletzt worden."))
                .containsExactly("Verletzte: 14");
        assertThat(figures("Drei Menschen sind bei einem Lawinenabgang gestorben."))
                .containsExactly("Tote: drei");
        // a detail after the lead leaves its toll; a count that changed later takes it
        String lead =
                "Bei einem Zugunglück bei Passau sind am Montag 31 Menschen verletzt worden. Der Zug war entgleist."
                        + " Die Strecke bleibt gesperrt.";
        assertThat(figures(lead + " Zwölf der Verletzten kamen ins Krankenhaus."))
                .containsExactly("Verletzte: 31");
        assertThat(figures(lead + " Am Abend stieg die Zahl der Verletzten auf 35."))
                .isEmpty();
    }

    @Test
    void aTollThatIsHedgedTotalledEarlierAttributedElsewhereOrAmbiguousGivesNone() {
        assertThat(figures("Bei dem Erdbeben sollen mehr als 200 Menschen ums Leben gekommen sein."))
                .isEmpty();
        assertThat(figures("Seit 2019 wurden bei Anschlägen der Gruppe mindestens 900 Menschen getötet."))
                .isEmpty();
        assertThat(figures("Bislang wurden 40 Verletzte gezählt. Damals starben 18 Soldaten."))
                .isEmpty();
        assertThat(figures("Bei dem Unglück waren 30 Menschen ums Leben gekommen."))
                .isEmpty();
        assertThat(figures("Bei einem Unfall in Lindau sind zwei Menschen gestorben. Die Straße war glatt. Der Fahrer"
                        + " blieb unverletzt. Dies teilte ein Sprecher der Polizei mit."))
                .isEmpty();
        assertThat(figures("Bei einer Explosion in Lindau sind drei Menschen verletzt worden. Das teilte die Polizei"
                        + " am Samstag mit."))
                .isEmpty();
        assertThat(figures("Bei dem Anschlag starben zwölf Menschen. Später war von 20 Toten die Rede, 50 Menschen"
                        + " wurden verletzt."))
                .isEmpty(); // two tolls: which is the news?
        assertThat(figures("Dutzende Menschen kamen ums Leben, 32 nach Angaben der Helfer."))
                .isEmpty();
        assertThat(figures("Bei dem Sturm wurden drei Häuser beschädigt und 20 Bäume getötet."))
                .isEmpty();
        assertThat(figures("Es gab keine Toten, zwölf Menschen wurden verletzt."))
                .isEmpty();
    }

    @Test
    void jobCutsOfTheMainActorKeepPlaceAndDate() {
        String report = "Der Landmaschinenhersteller Kornhuber streicht bis Mitte 2028 rund 600 Stellen in Österreich.";
        assertThat(new QuantityFacts(DraftTestSupport.analyzer().analyze(report))
                        .figures(8, java.util.Set.of("Kornhuber")).stream()
                                .map(f -> f.fact().text()))
                .containsExactly("Stellenabbau: rund 600 in Österreich bis Mitte 2028");
        // someone else's cuts, or cuts the line would state without their purpose: nothing
        assertThat(new QuantityFacts(DraftTestSupport.analyzer().analyze(report))
                        .figures(8, java.util.Set.of("Landtag")))
                .isEmpty();
        assertThat(new QuantityFacts(DraftTestSupport.analyzer()
                                .analyze("Kornhuber streicht rund 600 Stellen, um Kosten zu sparen."))
                        .figures(8, java.util.Set.of("Kornhuber")))
                .isEmpty();
    }

    @Test
    void theDateOfAnEventGivesItsStichwort() {
        assertThat(figures("Die Stichwahl findet am 8. Mai statt.")).containsExactly("Stichwahl: am 8. Mai");
        assertThat(figures("Am 8. Mai findet die Stichwahl statt.")).containsExactly("Stichwahl: am 8. Mai");
        assertThat(figures("Die Vernissage ist am 12. März.")).containsExactly("Vernissage: am 12. März");
        assertThat(figures("Die Versammlung der Aktionäre fand im Juni 2025 statt."))
                .containsExactly("Versammlung der Aktionäre: im Juni 2025");
    }

    @Test
    void anEventDateUnderAnyDoubtGivesNone() {
        assertThat(figures("Die Stichwahl findet erst am 8. Mai statt.")).isEmpty(); // „erst“ is part of the news
        assertThat(figures("Die Stichwahl findet nicht am 8. Mai statt.")).isEmpty(); // negated
        assertThat(figures("Die Stichwahl soll am 8. Mai stattfinden.")).isEmpty(); // planned
        assertThat(figures("Die Stichwahl findet laut Wahlamt am 8. Mai statt."))
                .isEmpty(); // a speaker
        assertThat(figures("Die Stichwahl findet wohl am 8. Mai statt.")).isEmpty(); // a hedge
        assertThat(figures("Die Stichwahl findet am 8. Mai statt, wenn keiner die Mehrheit hat."))
                .isEmpty(); // a condition
        assertThat(figures("Dort findet die Stichwahl am 8. Mai statt.")).isEmpty(); // a referent
        assertThat(figures("Die Stichwahl fand am Sonntag statt.")).isEmpty(); // no day or year to say
        assertThat(figures("Das Opfer war am 8. Mai beim Arzt.")).isEmpty(); // no event, and a phrase the date needs
        assertThat(figures("Der Kläger war am 8. Mai.")).isEmpty(); // „sein“ dates only an event
    }

    @Test
    void whenUnsureThereIsNoFigure() {
        assertThat(figures("Die Kosten liegen nicht bei 75 Millionen Euro.")).isEmpty(); // negated
        assertThat(figures("Die Kosten sollen bei 75 Millionen Euro liegen.")).isEmpty(); // planned, not stated
        assertThat(figures("Die Kosten lägen bei 75 Millionen Euro.")).isEmpty(); // Konjunktiv II
        assertThat(figures("Die Kosten liegen bei 75 Millionen Euro, sagte er."))
                .isEmpty(); // a speaker without a name
        assertThat(figures("Wenn der Bund nicht zahlt, liegen die Kosten bei 75 Millionen Euro."))
                .isEmpty(); // a condition
        assertThat(figures("Dort liegen die Kosten bei 75 Millionen Euro.")).isEmpty(); // a referent
        assertThat(figures("Die zusätzlichen Kosten liegen bei 75 Millionen Euro."))
                .isEmpty(); // its adjective
        assertThat(figures("Diese Kosten liegen bei 75 Millionen Euro.")).isEmpty(); // a demonstrative
        assertThat(figures("Die Kosten liegen für den Kreis bei 75 Millionen Euro."))
                .isEmpty(); // a phrase it needs
        assertThat(figures("„Die Kosten liegen bei 75 Millionen Euro“, sagte sie."))
                .isEmpty(); // a quote
        assertThat(figures("Die Kosten liegen vermutlich bei 75 Millionen Euro."))
                .isEmpty(); // a hedge
    }

    @Test
    void numbersOfALineAreItsFigures() {
        assertThat(QuantityFacts.numbers("Stellenabbau: rund 1.200 Stellen bis Ende 2027"))
                .containsExactly("1.200", "2027");
        assertThat(QuantityFacts.numbers("Umsatz: 2,1 Milliarden Euro")).containsExactly("2,1");
    }
}
