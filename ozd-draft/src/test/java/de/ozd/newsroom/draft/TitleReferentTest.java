package de.ozd.newsroom.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.model.Infobox;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, eighteenth round: a title never opens with a noun the report has named before („Die Einrichtung ist …“
 * after the sentence that says what the Einrichtung is, „Weitere Fahrzeuge …“): alone, as a title stands, it says not
 * what; nor with a word that stands in for something named before („Der Vorfall …“). An object named before stays. A
 * time of the week or day („werktags“) is never dropped from a line, nor the phrase that makes an amount a rate („im
 * Monat“). Reports
 * written for this test.
 */
class TitleReferentTest {

    @Test
    void aTitleDoesNotOpenWithANounTheReportNamedBefore() {
        Infobox box = TitleHeadlineTest.box(
                "„Endlich haben wir genug Plätze“, sagte Bürgermeisterin Petra Albrecht am Montag bei der"
                        + " Eröffnung des Betriebskindergartens im Gewerbegebiet von Lindenau.\n"
                        + "Wer darf die Einrichtung nutzen? Die Einrichtung ist werktags von 6 bis 20 Uhr geöffnet.\n");
        assertThat(box.title()).doesNotContain("Einrichtung ist werktags");
        assertThat(box.facts()).anyMatch(f -> f.contains("werktags von 6 bis 20 Uhr geöffnet"));
    }

    @Test
    void aTimeOfTheWeekStaysInTheFact() {
        Infobox box = TitleHeadlineTest.box(
                "Die Stadt Lindenau hat am Montag ihre neue Stadtbibliothek am Markt eröffnet. "
                        + "Die Bibliothek ist werktags von 9 bis 18 Uhr geöffnet. Der Bau kostete 4,5 Millionen Euro.\n");
        assertThat(box.facts()).anyMatch(f -> f.contains("werktags von 9 bis 18 Uhr"));
    }

    @Test
    void aTitleDoesNotOpenWithWeitere() {
        Infobox box = TitleHeadlineTest.box("Wie konnte es auf der Autobahn zu der Massenkarambolage kommen?\n"
                + "Weitere Fahrzeuge fuhren auf der Autobahn 9 bei Dessau auf. "
                + "„Die Sicht war sehr schlecht“, sagte ein Sprecher der Polizei.\n");
        assertThat(box.title()).doesNotStartWith("Weitere");
    }

    @Test
    void anObjectNamedBeforeStaysInTheTitle() {
        Infobox box = TitleHeadlineTest.box("Ist das Internetportal Preisblick zu teuer?\n"
                + "Der Verbraucherverband wirft dem Internetportal Preisblick Irreführung der Kunden vor. "
                + "„Wir prüfen eine Klage“, sagte Verbandschefin Anna Roth.\n");
        assertThat(box.title())
                .isEqualTo("Verbraucherverband wirft dem Internetportal Preisblick Irreführung der Kunden vor");
    }

    @Test
    void aWordThatStandsInForWhatCameBeforeIsNoTitlesSubject() {
        Infobox box = TitleHeadlineTest.box("Wie sicher sind die Unterkünfte?\n"
                + "Der Vorfall ereignete sich in der Nacht in Villingen-Schwenningen. "
                + "„Wir ermitteln in alle Richtungen“, sagte ein Sprecher der Polizei.\n");
        assertThat(box.title()).doesNotContain("Vorfall");
    }

    @Test
    void aRateStaysWithItsAmount() {
        Infobox box = TitleHeadlineTest.box("Der Autozulieferer Brennwald hat Insolvenz angemeldet. "
                + "Die Personalkosten bei Brennwald betragen gut sechs Millionen Euro im Monat.\n");
        assertThat(box.facts()).filteredOn(f -> f.contains("sechs Millionen")).allMatch(f -> f.contains("im Monat"));
    }

    @Test
    void aClassifyingNounStaysWhereAPronounAgreesWithIt() {
        Infobox box = TitleHeadlineTest.box(
                "Die Stadt Lindenau hat am Montag ihre neue Stadtbibliothek am Markt eröffnet. "
                        + "Die Bibliothek ist werktags von 9 bis 18 Uhr geöffnet. Der Bau kostete 4,5 Millionen Euro.\n");
        assertThat(TitleHeadlineTest.titleAndFacts(box)).noneMatch(l -> l.startsWith("Lindenau hat ihre"));
    }

    @Test
    void aClauseTheSentenceCallsAWordingIsNoClaim() {
        Infobox box = TitleHeadlineTest.box("Die Nordroute für Flüchtlinge wird geschlossen: Über diese Formulierung im"
                + " Entwurf einer Erklärung der Innenminister wurde bis zuletzt gestritten. Der Gipfel beginnt am"
                + " Montag in Brüssel.\n");
        assertThat(TitleHeadlineTest.titleAndFacts(box))
                .noneMatch(l -> l.contains("Nordroute für Flüchtlinge wird geschlossen"));
    }

    @Test
    void aRelativeClauseAfterTheVerbMayRestrictABareNounBeforeTheLast() {
        Infobox box = TitleHeadlineTest.box(
                "Lindenau eröffnet am Montag einen Betriebskindergarten mit 120 Plätzen.\n"
                        + "Die Einrichtung steht auch Kindern aus dem Ort offen, deren Eltern nicht im Gewerbegebiet arbeiten.\n");
        assertThat(box.facts()).noneMatch(l -> l.contains("Kindern aus dem Ort offen"));
    }
}
