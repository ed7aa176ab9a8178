package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, twenty-fifth round (tuned on the tuning slices and the development part): a clause with a verb of speech
 * was always read as a speech tag, so „Der Verband warnte vor einem Engpass“ gave no fact, though its object says what
 * was warned of and its subject who warned. A verb of speech with an object of its own now gives its clause's fact; a
 * verb of saying proper, a dative addressee or a content in another clause keep it a tag. „gehen“, „teilen“ and
 * „weisen“ are verbs of speech only with their particle („geht davon aus“, „teilte mit“, „wies darauf hin“); without
 * it, „gehen“ with nothing but adverbs is an idiom („Ein Krieg geht noch“), and a percentage as subject with no whole
 * after it („41,1 Prozent kündigten … an“) is of the sentence before. A label in capitals before a colon makes the
 * rest of the report an interview only where it opens two sentences („UPDATE: …“ once is an editor's note), and „die
 * folgende Grafik“ points at what the line does not have. Sentences written for this test.
 */
class CueVerbsWithObjectsTest {

    private static List<String> facts(String text) {
        return ComposedFacts.of("CueVerbsWithObjectsTest", text, 8, 10);
    }

    @Test
    void aWarningWithWhatItWarnsOfIsAFact() {
        assertThat(facts("Der Apothekerverband warnte am Montag vor einem Engpass bei Fiebersäften, die Lager seien"
                        + " fast leer."))
                .contains("Apothekerverband warnte vor einem Engpass bei Fiebersäften");
    }

    @Test
    void aVerbOfSpeechWithItsObjectIsAFact() {
        assertThat(facts("Die Stadtwerke bestätigten am Abend den Ausfall, die Ursache sei noch unklar."))
                .anyMatch(f -> f.contains("Stadtwerke bestätigten") && f.contains("den Ausfall"));
        assertThat(facts("Der Landrat nannte den Entwurf unausgegoren, die Kreisräte stimmten trotzdem zu."))
                .contains("Der Landrat nannte den Entwurf unausgegoren");
    }

    @Test
    void aFrontedObjectIsNoSpeaker() {
        assertThat(facts("Eine Schließung des Hallenbads befürchten die Schwimmvereine, der Gemeinderat will am"
                        + " Montag entscheiden."))
                .contains("Eine Schließung des Hallenbads befürchten die Schwimmvereine")
                .noneMatch(f -> f.startsWith("Laut"));
    }

    @Test
    void aSpeechTagStaysATag() {
        assertThat(facts("Bürgermeisterin Albrecht sagte nach der Sitzung, man sei enttäuscht."))
                .noneMatch(f -> f.contains("sagte"));
        assertThat(facts("Der Sprecher bestätigte dem Sender, dass die Brauerei verkauft werde."))
                .noneMatch(f -> f.contains("bestätigte"));
        assertThat(facts("Die Gewerkschaft kritisierte am Dienstag, die Löhne seien zu niedrig."))
                .noneMatch(f -> f.contains("kritisierte"));
        assertThat(FactComposer.namesWhatIsSaid(ComposedFacts.tokens("Der Sprecher bestätigte dem Sender")))
                .isFalse();
        assertThat(FactComposer.namesWhatIsSaid(ComposedFacts.tokens("Der Sprecher bestätigte den Verkauf")))
                .isTrue();
    }

    @Test
    void goingShareAndPointAreSpeechOnlyWithTheirParticle() {
        assertThat(facts("Die beiden Mandate gehen an Ewa Lindner und Paul Reis."))
                .contains("Die beiden Mandate gehen an Ewa Lindner und Paul Reis");
        assertThat(facts("Lindenau ist seit 1961 geteilt, den Osten hält die Bahn."))
                .contains("Lindenau ist seit 1961 geteilt");
        assertThat(facts("Die Polizei geht von Brandstiftung aus, ein Zeuge habe Flammen gesehen."))
                .noneMatch(f -> f.startsWith("Die Polizei geht"));
    }

    @Test
    void goingWithNothingButAdverbsIsAnIdiom() {
        assertThat(facts("Vorher spielt die Band in Lindenau, ein Album geht noch."))
                .noneMatch(f -> f.contains("geht"));
        assertThat(facts("Zwei Drehtage fielen aus, viel Geld ging verloren.")).contains("Viel Geld ging verloren");
        assertThat(facts("Die Kämpfe im Norden gehen weiter.")).contains("Die Kämpfe im Norden gehen weiter");
    }

    @Test
    void aLabelInCapitalsOnceIsNoInterview() {
        String update = "Die vorläufigen Ergebnisse der Gemeinderatswahl. UPDATE: Dieser Artikel nennt die Ergebnisse"
                + " ohne Briefwahl. Die Wahlbeteiligung lag bei 61 Prozent. In Lindenau schaffte die Bürgerliste 41,5"
                + " Prozent der Stimmen.";
        assertThat(facts(update)).anyMatch(f -> f.contains("41,5 Prozent"));
        String interview = "Die Bürgermeisterin im Gespräch. STANDARD: Wann kommt die Brücke? Albrecht: Im Mai."
                + " STANDARD: Und die Kosten? Albrecht: Die Kosten liegen bei 48 Millionen Euro.";
        assertThat(facts(interview)).noneMatch(f -> f.contains("48 Millionen"));
    }

    @Test
    void whatFollowsIsNotInTheLine() {
        assertThat(facts("Die Wahl ist geschlagen. Die folgende Grafik zeigt das Endergebnis der Gemeinderatswahl."))
                .noneMatch(f -> f.contains("Grafik"));
    }

    @Test
    void aPercentageWithoutItsWholeIsOfTheSentenceBefore() {
        assertThat(facts("Die Umfrage ergab ein geteiltes Bild. 52 Prozent der Befragten sind dafür, 39 Prozent lehnen"
                        + " den Neubau ab. Ganze 13 Prozent bleiben beim Lesen zurück."))
                .noneMatch(f -> f.contains("39 Prozent") || f.contains("13 Prozent"));
        assertThat(facts("Rund 39 Prozent der Befragten lehnten den Neubau ab."))
                .anyMatch(f -> f.contains("39 Prozent der Befragten"));
    }
}
