package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.model.Explainer;
import de.ozd.newsroom.draft.DraftTestSupport;
import de.ozd.newsroom.language.Entity;
import de.ozd.newsroom.language.EntityType;
import de.ozd.newsroom.language.TextAnalysis;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, thirty-fourth round: explainer questions whose name the finder's span got wrong, from a reading of the
 * questions the tuning material drafts – a span that ran on into the sentence (a time of day, a verb, a phrase of
 * place), that stopped inside a name, that holds someone's genitive or a role, and the article a head noun decides.
 * The reports are short ones written for this test; where the name finder does not draw the wrong span from our own
 * sentences, the rule is shown on a span given by hand.
 */
class ExplainerQuestionSpansTest {

    private static List<String> questions(String report) {
        return DraftTestSupport.draft(report).explainers().orElseThrow().entries().stream()
                .map(Explainer::question)
                .toList();
    }

    /** The question's name for a span given by hand: the words {@code span} of {@code text}, of the given type. */
    private static Optional<String> nameOf(String text, String span, EntityType type) {
        TextAnalysis analysis = DraftTestSupport.analyzer().analyze(text);
        int begin = text.indexOf(span);
        int sentence = 0;
        while (sentence + 1 < analysis.sentences().size()
                && analysis.sentences().get(sentence + 1).tokens().get(0).begin() <= begin) {
            sentence++;
        }
        Entity e = new Entity(span, begin, begin + span.length(), type, span, sentence);
        return QuestionNames.of(analysis, e, type == EntityType.PERSON);
    }

    @Test
    void theHeadNounDecidesWhatDerIs() {
        // „der Landesbank Nord zufolge“: a feminine head, so „der“ is its dative
        assertThat(questions("""
                        Die Wirtschaft in Norddeutschland wächst heuer der Landesbank Nord zufolge um 1,2 Prozent.
                        Im Vorjahr waren es 0,8 Prozent gewesen. Die Exporte legten um 3 Prozent zu.
                        """))
                .contains("Was ist die Landesbank Nord?")
                .doesNotContain("Was ist der Landesbank Nord?");
        // after a noun „der“ would be read as oblique; with a masculine head it is the nominative
        assertThat(questions("""
                        Gegen die Prognose protestierte in Hamburg der Verband Norddeutscher Reeder.
                        Die Zahlen seien zu optimistisch. Die Flotte schrumpfte 2025 um 14 Schiffe.
                        """))
                .contains("Was ist der Verband Norddeutscher Reeder?")
                .doesNotContain("Was ist die Verband Norddeutscher Reeder?");
    }

    @Test
    void aPluralVerbAfterTheShortFormInBracketsMakesThePlural() {
        assertThat(questions("""
                        Die Lübecker Nachrichten (LN) hatten am Samstag von einer Festnahme berichtet.
                        Der Verdächtige ist 34 Jahre alt. Er soll 12 Autos beschädigt haben.
                        """))
                .contains("Was sind die Lübecker Nachrichten?")
                .doesNotContain("Was ist die Lübecker Nachrichten?");
    }

    @Test
    void denAfterADativePrepositionMakesThePlural() {
        assertThat(questions("""
                        Die Spielerin verzichtet auf die Qualifikation bei den Kiwi Open. Sie hat sich am Knie verletzt.
                        Die Pause soll 6 Wochen dauern. Ihr Trainer bestätigte die Diagnose am Montag.
                        """)).contains("Was sind die Kiwi Open?").doesNotContain("Was ist Kiwi Open?");
    }

    @Test
    void aGenitiveBeforeAnAdjectiveIsAskedInItsBaseForm() {
        assertThat(questions("""
                        Die Debatte folgt Jana Hollensteins neuem Buch über die Küstenfischerei.
                        Das Buch erschien im Mai. Es verkaufte sich bisher 20.000 Mal.
                        """)).contains("Wer ist Jana Hollenstein?").doesNotContain("Wer ist Jana Hollensteins?");
        // a participle with its agent („von …“) follows a name that ends in „-s“ itself
        assertThat(questions("""
                        Ein von Firmengründer Peter Jobs verwendetes Zitat steht über der Messe.
                        Die Messe zählte 40.000 Besucher. Der Umsatz stieg um 4 Prozent.
                        """)).contains("Wer ist Peter Jobs?").doesNotContain("Wer ist Peter Job?");
    }

    @Test
    void someonesThingIsNoName() {
        assertThat(questions("""
                        Die Richter prüfen Nicolas Duponts Wahlkampfbudget. Erlaubt waren 16 Millionen Euro.
                        Dupont soll 20 Millionen Euro ausgegeben haben. Die Richter entscheiden im Juni.
                        """)).noneMatch(q -> q.contains("Wahlkampfbudget"));
    }

    @Test
    void aDativeAdjectiveAfterAPrepositionGivesNoQuestion() {
        assertThat(questions("""
                        Laut Rotem Kreuz starben bei dem Sturm drei Menschen.
                        Mehr als 200 Häuser wurden beschädigt. Die Feuerwehr war mit 90 Kräften im Einsatz.
                        """)).noneMatch(q -> q.contains("Rotem"));
    }

    @Test
    void aTimeOfDayAfterTheNameIsTheSentences() {
        assertThat(questions("""
                        Das Beben erreichte eine Stärke von 6,1. Das berichtete die BBC Mittwochfrüh.
                        Mehr als 200 Häuser wurden beschädigt. Verletzt wurde niemand.
                        """)).contains("Was ist die BBC?").noneMatch(q -> q.contains("Mittwochfrüh"));
    }

    @Test
    void aNameCutBeforeItsParticlesGivesNoQuestion() {
        assertThat(questions("""
                        Der frühere Parteisprecher Alexander Van der Bellen sammelt Spenden für seinen Wahlkampf.
                        Bisher kamen 300.000 Euro zusammen. Die Wahl findet im April statt.
                        """)).doesNotContain("Wer ist Alexander Van?");
    }

    @Test
    void aLongRoleNounIsNoFirstName() {
        assertThat(questions("""
                        Die Regeln gelten ab Januar, sagte Steuerkommissar Pierre Moscovici am Donnerstag.
                        Betroffen sind 40 Konzerne. Der Rat muss noch zustimmen.
                        """))
                .contains("Wer ist Pierre Moscovici?")
                .doesNotContain("Wer ist Steuerkommissar Pierre Moscovici?");
    }

    @Test
    void aRoleBeforeALastNameIsDroppedButNotAFirstName() {
        // the tagger reads „Weinbauer“ and „Olivier“ alike as common nouns
        String text = "Das sei beunruhigend, sagt der Weinbauer Trummer. Olivier Lemaire widersprach.";
        assertThat(nameOf(text, "Weinbauer Trummer", EntityType.PERSON)).contains("Trummer");
        assertThat(nameOf(text, "Olivier Lemaire", EntityType.PERSON)).contains("Olivier Lemaire");
    }

    @Test
    void aRoleBeforeVonLeavesNoName() {
        String text = "Die Studentin wurde laut Kurier von Hubers Seite ausgesperrt. Huber schwieg.";
        assertThat(nameOf(text, "Kurier von Hubers", EntityType.PERSON)).isEmpty();
        assertThat(nameOf(text, "Huber", EntityType.PERSON)).contains("Huber");
    }

    @Test
    void anOrganisationsSpanThatRunsIntoTheSentenceGivesNoQuestion() {
        String text = "Die Universität Lindau forscht seit Jahren an Algen. Fernzüge der Firma Nordbahn am Nordbahnhof "
                + "fahren weiter. Das Institut für Meereskunde half.";
        assertThat(nameOf(text, "Universität Lindau forscht", EntityType.ORGANISATION))
                .isEmpty();
        assertThat(nameOf(text, "Nordbahn am Nordbahnhof", EntityType.ORGANISATION))
                .isEmpty();
        assertThat(nameOf(text, "Universität Lindau", EntityType.ORGANISATION)).contains("Universität Lindau");
        assertThat(nameOf(text, "Institut für Meereskunde", EntityType.ORGANISATION))
                .contains("Institut für Meereskunde");
    }
}
