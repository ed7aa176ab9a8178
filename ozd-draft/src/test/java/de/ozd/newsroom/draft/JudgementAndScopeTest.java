package de.ozd.newsroom.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.model.Infobox;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, nineteenth round: a judgement is someone's, not a fact of the report („Die Volksbefragung ist überflüssig“
 * in a paragraph of the mayor's words); a time that bounds a negation stays („ist derzeit kein Thema“); a rate stays
 * with its amount also after „pro“ and behind a dash („580 Treffer – pro Bild“); „Das erste Mal“ keeps its article; a
 * Konjunktiv II the tagger reads as another verb („betrügen“ of „betragen“) needs its speaker; a copula without its
 * predicate is no line; a state the sentence then says was superseded („hatte … erwogen, sich dann jedoch …
 * entschieden“) is no fact; a comparative stays („geht schärfer gegen … vor“), and one compared after its participle
 * („heller gestrichen, als …“) gives no line without its „als“; a particle of stance („eben“, „ist doch“) makes a
 * line someone's comment; a sentence before an exclamation is someone's words; a line that opens with „Doch“ is half
 * of a contrast. Reports written for this test.
 */
class JudgementAndScopeTest {

    @Test
    void aJudgementWithoutItsSpeakerIsNoFact() {
        Infobox box = TitleHeadlineTest.box("Der Gemeinderat von Talheim hat am Dienstag eine Volksbefragung über die"
                + " Umfahrung abgelehnt. Bürgermeister Karl Lotter verteidigte die Entscheidung am Mittwoch vor der"
                + " Presse.\nDie Volksbefragung ist überflüssig. Die Umfahrung ist seit 20 Jahren geplant. Die Bagger"
                + " rollen im Frühjahr 2027.\n");
        assertThat(TitleHeadlineTest.titleAndFacts(box)).noneMatch(l -> l.contains("überflüssig"));
    }

    @Test
    void aReviewersVerdictIsNoFact() {
        Infobox box = TitleHeadlineTest.box("Der Hersteller Lumeno hat am Montag seine neue Datenbrille vorgestellt."
                + " Die Brille kostet 499 Euro und kommt im März in den Handel. Das Fachportal Techblick hat das Gerät"
                + " bereits getestet.\nDie Verarbeitung ist hervorragend, der Akku hält sechs Stunden. Das Bild ist"
                + " atemberaubend.\n");
        assertThat(TitleHeadlineTest.titleAndFacts(box))
                .noneMatch(l -> l.contains("hervorragend") || l.contains("atemberaubend"));
        assertThat(TitleHeadlineTest.titleAndFacts(box)).anyMatch(l -> l.contains("499 Euro"));
    }

    @Test
    void aJudgementWithItsSpeakerKeepsIt() {
        Infobox box = TitleHeadlineTest.box("Der Gemeinderat von Talheim hat am Dienstag eine Volksbefragung über die"
                + " Umfahrung abgelehnt. Laut Bürgermeister Karl Lotter ist die Befragung überflüssig.\n");
        assertThat(TitleHeadlineTest.titleAndFacts(box))
                .anyMatch(l -> l.startsWith("Laut") && l.contains("Lotter") && l.contains("überflüssig"));
    }

    @Test
    void aTimeThatBoundsANegationStays() {
        Infobox box = TitleHeadlineTest.box("Die EU-Kommission will die Obergrenze für Barzahlungen auf 10.000 Euro"
                + " senken. Die Finanzminister beraten im Juni darüber. Die völlige Abschaffung von Bargeld ist hingegen"
                + " derzeit kein Thema auf EU-Ebene.\n");
        assertThat(TitleHeadlineTest.titleAndFacts(box))
                .filteredOn(l -> l.contains("kein Thema"))
                .allMatch(l -> l.contains("derzeit"));
    }

    @Test
    void aRateStaysBehindADash() {
        Infobox box = TitleHeadlineTest.box("Die Fotografin Lena Hartl hat ein Hotel in Graz wegen ihrer Bilder"
                + " verklagt. Hartl suchte nach ihren Fotos. Hartl fand im Netz weltweit 580 Treffer – pro Bild.\n");
        assertThat(TitleHeadlineTest.titleAndFacts(box))
                .filteredOn(l -> l.contains("580"))
                .allMatch(l -> l.contains("pro Bild"));
    }

    @Test
    void theFirstTimeKeepsItsArticle() {
        Infobox box = TitleHeadlineTest.box("Die Miliz nennt sich seit 2014 Islamischer Staat. Das erste Mal taucht"
                + " die Miliz als Isi auf: Islamischer Staat im Irak. Die Gruppe kontrolliert heute Teile Syriens.\n");
        assertThat(TitleHeadlineTest.titleAndFacts(box)).noneMatch(l -> l.startsWith("Erstes Mal"));
    }

    @Test
    void aKonjunktivTheTaggerReadsAsAnotherVerbNeedsItsSpeaker() {
        Infobox box = TitleHeadlineTest.box("Die Wiener Linien verdichten ab Montag den Takt der U6. Ein Sprecher"
                + " erklärte die Änderung am Freitag.\nZu Stoßzeiten betrügen die Intervalle zweieinhalb bis drei Minuten. Die"
                + " neuen Züge kosten 120 Millionen Euro.\n");
        assertThat(TitleHeadlineTest.titleAndFacts(box)).noneMatch(l -> l.startsWith("Zu Stoßzeiten betrügen"));
    }

    @Test
    void aCopulaWithoutItsPredicateIsNoLine() {
        Infobox box = TitleHeadlineTest.box("Die Redaktion der Futurezone bekommt eine neue Leiterin. Claudia Zettel"
                + " ist nach Stationen bei ATV und pressetext seit 2010 bei der zum Kurier gehörenden Futurezone tätig. Sie folgt auf Gerald"
                + " Reischl.\n");
        assertThat(TitleHeadlineTest.titleAndFacts(box)).noneMatch(l -> l.endsWith("bei ATV"));
    }

    @Test
    void aStateTheSentenceSupersedesIsNoFact() {
        Infobox box = TitleHeadlineTest.box("Der Aufsichtsrat der Stadtwerke Lindenau hat am Montag einen neuen Chef"
                + " bestellt. Der Rat hatte zunächst einen externen Kandidaten favorisiert, nun erhält der bisherige"
                + " Vize Jan Berger den Posten. Die Stadt hatte einen Verkauf des Hallenbads erwogen, sich dann jedoch"
                + " für eine Sanierung entschieden. Berger ist seit 2012 im Unternehmen.\n");
        assertThat(TitleHeadlineTest.titleAndFacts(box))
                .noneMatch(l -> l.contains("favorisiert") || l.contains("erwogen"));
    }

    @Test
    void aComparativeStays() {
        Infobox box = TitleHeadlineTest.box("Die Stadt Lindenau hat am Montag neue Parkregeln beschlossen. Die Stadt"
                + " geht seit dem Sommer schärfer gegen Falschparker vor. Die Fassade des Rathauses ist"
                + " deutlich heller gestrichen, als es der Denkmalschutz erlaubt.\n");
        assertThat(TitleHeadlineTest.titleAndFacts(box))
                .filteredOn(l -> l.contains("Falschparker"))
                .allMatch(l -> l.contains("schärfer"));
        assertThat(TitleHeadlineTest.titleAndFacts(box))
                .noneMatch(l -> l.contains("heller gestrichen") && !l.contains("als"));
    }

    @Test
    void aParticleOfStanceMakesALineAComment() {
        Infobox box =
                TitleHeadlineTest.box("Der Chiphersteller Kelvo hat am Dienstag sein neues Tablet vorgestellt. Das"
                        + " Gerät kommt im Mai in den Handel. Ein Umstieg ist eben teuer. Ein Akku für zwei Tage ist doch"
                        + " beachtlich.\n");
        assertThat(TitleHeadlineTest.titleAndFacts(box)).noneMatch(l -> l.contains("eben") || l.contains("doch"));
    }

    @Test
    void aSentenceBesideAnExclamationIsSomeonesWords() {
        Infobox box =
                TitleHeadlineTest.box("Ein Gerücht über den Tierpark von Lindenau verbreitet sich im Netz. Ein Löwe"
                        + " ist aus seinem Gehege ausgebrochen. Mitten in der Stadt! Das stand in einem Beitrag, erzählt eine"
                        + " Schülerin. Der Tierpark hat 300 Tiere.\n");
        assertThat(TitleHeadlineTest.titleAndFacts(box)).noneMatch(l -> l.contains("ausgebrochen"));
        assertThat(TitleHeadlineTest.titleAndFacts(box)).anyMatch(l -> l.contains("300 Tiere"));
    }

    @Test
    void aLineThatOpensWithDochIsHalfAContrast() {
        Infobox box =
                TitleHeadlineTest.box("Der FC Lindenau hat das Pokalspiel gegen Talheim mit 2:3 verloren. Jonas Kern"
                        + " und Emil Roth trafen vor der Pause, doch weitere Treffer gelangen dem Team trotz vieler Chancen nicht."
                        + " Das Rückspiel findet am 12. März statt.\n");
        assertThat(TitleHeadlineTest.titleAndFacts(box)).noneMatch(l -> l.startsWith("Doch"));
    }
}
