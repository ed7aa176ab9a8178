package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, twenty-fourth round (tuned on the tuning slices and the development part): main clauses whose first field
 * the word-order rules could not delimit, so they gave no fact at all — a nominalised adjective as subject („Ein
 * 52-Jähriger“), „mehr als“ before a number, a year alone after its preposition, a „Doch“ before the first field —
 * and the shapes the new lines showed: an adjective without its noun after „im“, a degree adverb cut from its
 * adjective, a focus adverb moved away from its number, „hierfür“ pointing back, a clause that announces what its
 * colon brings; a source phrase with „zufolge“ that opens the sentence (not where a possessive says whose words, not
 * after a clause), and the aside that says who most of a number are („20 Flüchtlinge, meist Syrer, …“); a list
 * before the verb read with its commas as one field (only there), a count in front („Zweimal …“), „mehr als“ before an
 * adjective, a bare plural before an extraposed relative clause that says which ones, and the second conjunct of a
 * subordinate clause, whose noun phrase is its object. Sentences written for this test.
 */
class FirstFieldsTest {

    private static List<String> facts(String text) {
        return ComposedFacts.of("FirstFieldsTest", text, 8, 10);
    }

    @Test
    void aNominalisedAdjectiveIsTheSubjectsHead() {
        assertThat(facts("Ein 52-Jähriger steht vor Gericht.")).contains("Ein 52-Jähriger steht vor Gericht");
    }

    @Test
    void moreThanBeforeANumberIsPartOfTheSubject() {
        assertThat(facts("Am Dienstag erreichten mehr als 2.000 Menschen das Lager bei Brenheim."))
                .contains("Mehr als 2.000 Menschen erreichten das Lager bei Brenheim");
    }

    @Test
    void aYearAloneAfterItsPrepositionIsTheFirstField() {
        assertThat(facts("Ab 2028 gilt in Lindenau eine neue Parkordnung."))
                .contains("Ab 2028 gilt in Lindenau eine neue Parkordnung");
    }

    @Test
    void aConjunctionBeforeTheFirstFieldGoes() {
        assertThat(facts("Die Stadt hatte lange gezögert. Doch insgesamt kommt die Sanierung der Brücke voran."))
                .contains("Die Sanierung der Brücke kommt voran");
    }

    @Test
    void anAdjectiveAfterAFusedPrepositionWithoutItsNounIsAFragment() {
        assertThat(MeaningGuard.fragment(
                        ComposedFacts.tokens("Mehr als 40 Kläger erhielten Entschädigungen im fünfstelligen"), true))
                .isPresent();
        assertThat(MeaningGuard.fragment(ComposedFacts.tokens("Die Jüngsten schnitten am besten"), true))
                .isEmpty();
        assertThat(facts("Mehr als 40 Kläger erhielten Entschädigungen im fünfstelligen, einige sogar im"
                        + " sechsstelligen Bereich."))
                .noneMatch(f -> f.endsWith("fünfstelligen"));
    }

    @Test
    void aDegreeAdverbStaysWithItsAdjective() {
        assertThat(ComposedFacts.of(
                        "FirstFieldsTest",
                        "Seit 2011 jagt Norwegen wieder Robben zu so genannten wissenschaftlichen Zwecken.",
                        8,
                        10,
                        40))
                .contains("Seit 2011 jagt Norwegen wieder Robben zu so genannten wissenschaftlichen Zwecken")
                .noneMatch(f -> f.contains("zu genannten"));
    }

    @Test
    void anAdverbBeforeANumberMovesWithIt() {
        assertThat(facts("In der neuen Halle arbeiten nur 20 Menschen.")).noneMatch(f -> f.startsWith("20 Menschen"));
        // a month, not a day: a day's count keeps its day in front (CountsOfTheDayTest)
        assertThat(facts("Im Mai kamen nur 30 Mitglieder zur Versammlung."))
                .contains("Nur 30 Mitglieder kamen zur Versammlung")
                .noneMatch(f -> f.contains("kamen nur"));
    }

    @Test
    void aNameTheTaggerReadAsAnAdverbIsTheSubject() {
        // „Jauch“ alone at the start is an adverb to the tagger; dropped as one, the object read as the subject
        assertThat(ComposedFacts.of(
                        "FirstFieldsTest",
                        "Der Moderator Tom Jauch stritt mit dem Sender. Jauch plante eine Sendung über den Umgang der"
                                + " Presse mit Prominenten.",
                        10))
                .anyMatch(f -> f.startsWith("Jauch plante"))
                .noneMatch(f -> f.startsWith("Eine Sendung"));
    }

    @Test
    void aPronominalAdverbInHierPointsBack() {
        assertThat(ComposedFacts.of(
                        "FirstFieldsTest",
                        "Die Stadtwerke wollen Wärme aus dem Fluss gewinnen. Der Prototyp einer hierfür entwickelten"
                                + " Pumpe wurde 2024 in Lindenau getestet.",
                        8,
                        10,
                        40))
                .contains("Die Stadtwerke wollen Wärme aus dem Fluss gewinnen")
                .noneMatch(f -> f.contains("hierfür"));
    }

    @Test
    void aSourcePhraseWithZufolgeOpensTheSentence() {
        assertThat(facts("Dem Landratsamt zufolge waren drei Brücken im Kreis gesperrt."))
                .contains("Laut Landratsamt: Drei Brücken waren im Kreis gesperrt");
        assertThat(ComposedFacts.of(
                        "FirstFieldsTest",
                        "Der Landrat äußerte sich am Montag. Seinen Angaben zufolge waren drei Brücken gesperrt.",
                        8,
                        10,
                        40))
                .noneMatch(f -> f.contains("Brücken"));
        // a possessive before a person is no such case: „seine Anwältin“ speaks herself
        assertThat(facts("Der Angeklagte schwieg am Montag. Die Vorwürfe seien haltlos, erklärte seine Anwältin."))
                .contains("Laut Anwältin: Die Vorwürfe seien haltlos");
    }

    @Test
    void aZufolgeAfterAClauseIsNoOpeningPhrase() {
        assertThat(facts("Die Helfer konnten eigenen Angaben zufolge 40 Anwohner retten."))
                .noneMatch(f -> f.startsWith("Laut") && f.endsWith("retten") && !f.contains("konnten"));
    }

    @Test
    void anAsideOfWhoMostOfThemAreIsSkipped() {
        assertThat(ComposedFacts.of(
                        "FirstFieldsTest",
                        "Dem Bericht zufolge suchen jede Woche bis zu 30 Wanderer, meist Urlauber, den Weg über den"
                                + " Pass.",
                        8,
                        10,
                        40))
                .noneMatch(f -> f.endsWith("Wanderer"));
    }

    @Test
    void aListBeforeTheVerbIsOneField() {
        assertThat(facts("Polizei, Feuerwehr und Bergwacht waren stundenlang im Einsatz."))
                .contains("Polizei, Feuerwehr und Bergwacht waren stundenlang im Einsatz");
    }

    @Test
    void commasAfterTheVerbStillSeparateClauses() {
        assertThat(ComposedFacts.of(
                        "FirstFieldsTest",
                        "Die Geräte sorgen schließlich auch dafür, dass, wie schon erwähnt, auch in anderen Bereichen,"
                                + " in allem, das heute mit Strom läuft, Risiken wachsen, Kosten und Aufwände nicht kleiner"
                                + " werden.",
                        8,
                        10,
                        40))
                .noneMatch(f -> f.endsWith("kleiner werden"));
    }

    @Test
    void aBarePluralBeforeAnExtraposedRelativeIsWhichOnes() {
        assertThat(ComposedFacts.of(
                        "FirstFieldsTest",
                        "Erstmals werden bald in Lindenau Busse auf öffentlichen Straßen fahren, die ohne Fahrer"
                                + " auskommen.",
                        8,
                        10,
                        40))
                .noneMatch(f -> f.contains("Busse"));
    }

    @Test
    void aCountInFrontStaysInFront() {
        assertThat(facts("Bereits zweimal lehnte der Stadtrat den Antrag der Opposition ab."))
                .contains("Zweimal lehnte der Stadtrat den Antrag der Opposition ab");
    }

    @Test
    void moreThanBeforeAnAdjectiveIsPartOfThePhrase() {
        assertThat(facts("Nach einer mehr als zehnstündigen Sitzung ist ein Kompromiss herausgekommen."))
                .anyMatch(f -> f.contains("mehr als zehnstündigen Sitzung"));
    }

    @Test
    void theSecondConjunctOfASubordinateClauseHasNoSubjectOfItsOwn() {
        assertThat(
                        facts(
                                "Der Prüfer sah einen Verstoß – was nun auch das Gericht so wertete und eine Strafe verhängte."))
                .noneMatch(f -> f.startsWith("Eine Strafe"));
        assertThat(facts("Die Mieten stiegen und die Löhne sanken deutlich.")).contains("Die Löhne sanken deutlich");
    }

    @Test
    void aClauseThatAnnouncesItsColonGivesNoFact() {
        assertThat(facts("Die Umfrage ist ausgewertet. Doch ein klarer Trend wird erkennbar: Junge Familien ziehen"
                        + " aufs Land."))
                .noneMatch(f -> f.contains("Trend"));
    }
}
