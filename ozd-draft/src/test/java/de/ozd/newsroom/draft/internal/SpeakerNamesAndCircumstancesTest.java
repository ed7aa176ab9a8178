package de.ozd.newsroom.draft.internal;

import static de.ozd.newsroom.draft.internal.ComposedFacts.box;
import static de.ozd.newsroom.draft.internal.ComposedFacts.lines;
import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.model.Infobox;
import de.ozd.newsroom.draft.DraftTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, fifteenth round, from a pass over every speaker label the tuning material drafts: the name a prefix gives
 * must be the one who speaks, whole (a particle of the last name, a qualifying adjective, a possessive name), and a
 * nominal point may not be the circumstance of its clause („vor der Präsentation …“); a timeline entry is dated by
 * its own event, under the date as the report gives it. Sentences written for this test.
 */
class SpeakerNamesAndCircumstancesTest {

    private static List<String> points(String report) {
        return new NominalPoints(ComposedFacts.context(report))
                .points().stream().map(FactComposer.Fact::text).toList();
    }

    @Test
    void theObjectOfAVerbOfSayingAfterUndIsNoSpeaker() {
        // the head of the firm names the market power, the market power says nothing
        List<String> facts = box("Die Fusion ist umstritten. Firmenchef Jonas Brehm hat kartellrechtliche Bedenken und "
                        + "nennt die Marktmacht von Lidl in Bayern als Beispiel. Die Behörde prüft.")
                .facts();
        assertThat(facts).noneMatch(l -> l.startsWith("Laut Marktmacht"));
        assertThat(facts).contains("Firmenchef Jonas Brehm hat kartellrechtliche Bedenken");
    }

    @Test
    void aClauseWhoseSubjectIsTheSpeakerIsTheSpeakersOwnAct() {
        // „Laut Mexiko:“ before „Mexikos Regierung …“ named a country for its government, and said it twice
        Infobox b = box("Wien – Mexikos Regierung verurteilte den Vorfall an der Grenze scharf und forderte eine "
                + "Untersuchung. Der Vorfall ereignete sich am Montag.");
        assertThat(lines(b)).noneMatch(l -> l.startsWith("Laut Mexiko"));
        assertThat(lines(b)).anyMatch(l -> l.startsWith("Mexikos Regierung verurteilte"));
    }

    @Test
    void soBeforeAClauseWithItsOwnVerbIsACondition() {
        assertThat(lines(box("Viele Rechner sind veraltet. Die zweite Option ist der Kauf eines neuen Laptops, so eine "
                        + "Anschaffung ohnehin ansteht. Der Handel meldet steigende Preise.")))
                .noneMatch(l -> l.startsWith("Laut Anschaffung"))
                .noneMatch(l -> l.contains("Kauf eines neuen Laptops"));
    }

    @Test
    void aPrefixKeepsTheParticleOfALastName() {
        List<String> facts =
                box("Berlin – Der Innenminister hat die Grenzkontrollen verlängert. Die Lage an der Grenze "
                                + "ist nach Einschätzung der Regierung stabil. Der Fall in Rosenheim wird gerade aufgeklärt, "
                                + "sagte Innenminister Thomas de Maizière.")
                        .facts();
        assertThat(facts).noneMatch(l -> l.startsWith("Laut Maizière"));
        assertThat(facts).anyMatch(l -> l.startsWith("Laut de Maizière:") || l.startsWith("Laut Thomas de Maizière:"));
        assertThat(box("Die Bundeswehr bekommt neue Hubschrauber. Die Truppe wird deutlich verstärkt, sagte "
                                + "Verteidigungsministerin Ursula von der Leyen. Der Auftrag ging an Airbus.")
                        .facts())
                .noneMatch(l -> l.startsWith("Laut Leyen") || l.startsWith("Laut der Leyen"))
                .anyMatch(l -> l.startsWith("Laut von der Leyen:") || l.startsWith("Laut Ursula von der Leyen:"));
    }

    @Test
    void aPrefixNeverDropsWhoseWordsTheyAreOrThatTheSpeakerIsFormer() {
        // „laut eigenen Angaben“ is the subject's word; „Laut Angaben“ is nobody's
        assertThat(lines(box("Die Wahl findet im April statt. Der Kandidat hat die Adresse laut eigenen Angaben im "
                        + "Frühjahr registriert. Die Partei schweigt.")))
                .noneMatch(l -> l.startsWith("Laut Angaben"));
        // a former head of a company no longer speaks for it
        assertThat(lines(box("Der Verband fordert mehr Radwege. Die Autoverdrängung ist gegen die Interessen der "
                        + "Bevölkerung, so der ehemalige Mazda Österreich-Chef, der im April in Pension ging. Die Stadt "
                        + "prüft die Pläne.")))
                .noneMatch(l -> l.startsWith("Laut"));
        // a source phrase goes when the prefix carries it: the prefix must keep „selbsternannt“ or not be
        assertThat(lines(box("Die Firma schweigt. Im Falle von Siemens wurden laut einem selbsternannten "
                        + "Anonymous-Mitglied übrigens keine Daten entwendet. Die Polizei ermittelt.")))
                .noneMatch(l -> l.startsWith("Laut Anonymous-Mitglied"));
        // a person named stays who speaks, and a line that names its speaker keeps the word itself
        assertThat(box("Die Stadt schweigt. Der Neubau ist zu teuer, sagt der ehemalige Bürgermeister Jonas Brehm.")
                        .facts())
                .contains("Laut Jonas Brehm: Neubau ist zu teuer");
        assertThat(box("Im Magazin-Artikel beschreiben die beiden ehemaligen Mitarbeiter ihre geheimen Tätigkeiten.")
                        .title())
                .isEqualTo(
                        "Im Magazin-Artikel beschreiben die beiden ehemaligen Mitarbeiter ihre geheimen Tätigkeiten");
    }

    @Test
    void aFromBelongsToTheSpeakersOwnNounOnly() {
        // the chair of the board speaks for the company, not „the board of Wien Energie“
        assertThat(box("Der Umsatz sank um zwei Prozent. Der Tiefpunkt ist erreicht, sagte der Vorsitzende der "
                                + "Geschäftsführung von Wien Energie, Thomas Irschik, bei der Präsentation der Bilanz. "
                                + "Die Preise steigen.")
                        .facts())
                .noneMatch(l -> l.startsWith("Laut Geschäftsführung"))
                .contains("Laut Wien Energie: Tiefpunkt ist erreicht");
    }

    @Test
    void aNounOfSomeonesWordsAPendingTimeOrAFixedPhraseIsNoPoint() {
        // the mayor said she had worked for it: „Laut Petra Albrecht: Sanierung des Freibads“ says something else
        assertThat(points("Sie habe sich für die Sanierung des Freibads eingesetzt, sagte Bürgermeisterin Petra "
                        + "Albrecht."))
                .isEmpty();
        assertThat(points("Das Freibad bleibt bis zur Sanierung des Beckens geschlossen."))
                .noneMatch(p -> p.startsWith("Sanierung"));
        assertThat(points("Auf Einladung von Präsidentin Albrecht kamen die Minister zu einem Treffen zusammen."))
                .noneMatch(p -> p.startsWith("Einladung"));
        // the same noun where the clause is about it stays
        assertThat(points("Der Verein hat mit der Sanierung des Beckens im Mai begonnen."))
                .containsExactly("Sanierung des Beckens");
    }

    @Test
    void aTimelineEntryIsDatedByItsOwnEventAsTheReportDatesIt() {
        String extras = DraftTestSupport.draft(
                        "Athen – Das Parlament stimmt mit 178 zu 120 Stimmen für Referendum am 5. "
                                + "Juli. Die Banken sollen am Montag wie gewohnt öffnen. Das Treffen der Minister ist für den 24. "
                                + "und 25. September geplant. Die Holzhäuser sollen bis zum Sommer errichtet sein. Seit dem "
                                + "Treffen im Oktober verbesserte sich die Lage. Von Februar bis September 2014 herrschte Krieg "
                                + "im Osten. Die Zusammenstöße vom Mittwoch waren die blutigsten seit 2009.")
                .extras()
                .orElseThrow()
                .paragraphs()
                .get(0);
        // the vote is today, the referendum on 5 July; the improvement began in October, it did not happen then
        assertThat(extras).doesNotContain("5. Juli –").doesNotContain("im Oktober –");
        assertThat(extras)
                .contains("24. und 25. September – ")
                .contains("bis zum Sommer – ")
                .contains("Februar bis September 2014 – ")
                .contains("Mittwoch – ")
                .doesNotContain("vom Mittwoch –");
    }

    @Test
    void theDateOfTheNounBeforeTheVerbStaysWithIt() {
        // only one phrase stands before the verb: „im Oktober“ says which meeting
        assertThat(lines(box("Die Lage war lange ernst. Seit dem Treffen im Oktober verbesserte sich die Lage. Die "
                        + "Polizei nahm den Mann aus Bremen am Montag in Haft.")))
                .noneMatch(l -> l.startsWith("Seit dem Treffen verbesserte"))
                .contains("Polizei nahm den Mann aus Bremen in Haft");
    }
}
