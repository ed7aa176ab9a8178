package de.ozd.newsroom.draft.internal;

import static de.ozd.newsroom.draft.internal.ComposedFacts.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, fourth precision round (tuned on the development part and the articles outside the sample): words a
 * fact may not drop because other words it keeps need them, asides between dashes, extraposed relative clauses,
 * speakers that do not speak the clause, and fragments that ran through before. Sentences written for this test.
 */
class BoundWordsAndSpeakersTest {

    /** Every fact of at most 8 and of at most 10 words the composer makes from the text's clauses. */
    private static List<String> facts(String text) {
        return ComposedFacts.of("BoundWordsAndSpeakersTest", text, 8, 10);
    }

    @Test
    void aPhraseTheVerbNeedsStaysAfterACount() {
        assertThat(facts("Bei einem Busunglück in Südindien sind am Samstag 21 Pilger ums Leben gekommen."))
                .noneMatch(f -> f.endsWith("Pilger gekommen"));
        assertThat(facts("Der Sender hat für eine Reportage sieben Politiker in eine Wohngemeinschaft gesteckt."))
                .noneMatch(f -> f.endsWith("Politiker gesteckt"));
        // where the counted things are may still go: less precise, still true (an article goes first, where that
        // is enough: „Firma hat 450 Stellen in der Verwaltung gestrichen“)
        assertThat(facts("Autozulieferer Brenner hat 450 Stellen in der kaufmännischen Verwaltung gestrichen."))
                .contains("Brenner hat 450 Stellen gestrichen");
    }

    @Test
    void wordsBoundToOthersAreNotDropped() {
        assertThat(facts("Der Vollbart ist von nun an politisch verdächtig."))
                .noneMatch(f -> f.contains("von an"))
                .contains("Der Vollbart ist von nun an politisch verdächtig");
        assertThat(facts("Die Stadt müsse die Reform jetzt oder nie umsetzen, sagt Bürgermeister Karl Brenner."))
                .noneMatch(f -> f.contains("Reform oder nie"));
        assertThat(facts("Erst zwei Tage nach Silvester hatte die Polizei über die Übergriffe informiert."))
                .noneMatch(f -> f.contains("Tage hatte"));
        assertThat(
                        facts(
                                "Die Gastgeber hielten den Gegner in der zweiten Hälfte vom Strafraum fern und lauerten auf Konter."))
                .allMatch(f -> f.endsWith("fern"));
        assertThat(facts("Die endgültige Entscheidung werde erst im Juli getroffen, so der Sender."))
                .noneMatch(f -> f.contains("erst getroffen"));
        assertThat(facts("Im März hatte der Franken noch einmal kräftig aufgewertet."))
                .noneMatch(f -> f.contains("noch kräftig"));
        assertThat(facts("Der späte Anschlusstreffer von Karl Brenner in der Nachspielzeit kam zu spät."))
                .noneMatch(f -> f.endsWith("kam spät"));
    }

    @Test
    void anAsideBetweenDashesDoesNotCutTheClause() {
        List<String> f =
                facts("Der Konzern weist seit einiger Zeit die Zahlen seiner Sparten – also der Suche und des Portals –"
                        + " nicht mehr gesondert aus.");
        assertThat(f).noneMatch(x -> x.endsWith("seiner Sparten"));
        assertThat(facts("Bei den Reisenden wurden am Sonntag zahlreiche gefährliche Gegenstände – Messer, Scheren und"
                        + " Ähnliches – beschlagnahmt, meldete der Sender RTS."))
                .allMatch(x -> x.endsWith("beschlagnahmt"));
    }

    @Test
    void wordsThatPointAtTheSentenceBeforeAreNeitherDroppedNorKept() {
        assertThat(facts("Zuvor war das Wasser aus dem Nachbarort geliefert worden."))
                .isEmpty();
        assertThat(facts("Dann werden 40 Terabyte pro Tag übertragen, so Brenner."))
                .isEmpty();
        assertThat(facts("Ähnliche Initiativen laufen derzeit auch in Bayern und in Tirol."))
                .isEmpty();
        assertThat(facts("Für den Verband ist das ein illegales Vorgehen.")).isEmpty();
        assertThat(facts("Zwar bleiben die Zimmer während des Versuchs privat, aber in der Küche laufen Kameras."))
                .noneMatch(x -> x.startsWith("Die Zimmer bleiben"));
    }

    @Test
    void aDefiningRelativeClauseAfterTheVerbIsNotCutOff() {
        assertThat(facts("Am Montag lief die Frist aus, die Richterin Weber den Parteien gesetzt hatte."))
                .noneMatch(x -> x.contains("Frist lief aus"));
        assertThat(facts("Das Drehbuch kann nur ein Mann geschrieben haben, der nie ein Konzert besucht hat, sagte"
                        + " der Sänger Karl Brenner."))
                .noneMatch(x -> x.contains("nur ein Mann geschrieben"));
        // a name needs no relative clause to say who
        assertThat(facts("Im Angriff muss der Trainer auf Karl Brenner verzichten, der nach seiner fünften Gelben Karte"
                        + " zuschauen muss."))
                .anyMatch(x -> x.contains("auf Karl Brenner verzichten"));
    }

    @Test
    void aSpeakerOnlySpeaksTheClausesItGoverns() {
        assertThat(facts("Startup gelingt ein Werbecoup – eine umstrittene App versprach schnelle Termine beim Arzt."))
                .noneMatch(x -> x.startsWith("Laut App"));
        assertThat(facts("Die Feuerwehr meldete anfangs eine ruhige Lage, ein interner Bericht schildert den Einsatz"
                        + " nun deutlich anders."))
                .noneMatch(x -> x.startsWith("Laut Feuerwehr"));
        assertThat(facts("Auch bei den Katzen gibt es seltsame Gewohnheiten, so behandeln etwa viele Halter ihre Tiere"
                        + " wie Kinder."))
                .noneMatch(x -> x.startsWith("Laut"));
        assertThat(facts("Die Stadt müsse sparen, sagt Lindenaus Bürgermeister, der frühere Minister Karl Brenner."))
                .noneMatch(x -> x.startsWith("Laut Lindenau"));
        // reported speech before its cue keeps its speaker
        assertThat(facts("Die Wahrheit ist tatsächlich seltsamer als jede Erfindung, sagt Brenner, angesprochen auf"
                        + " den Streit."))
                .contains("Laut Brenner: Die Wahrheit ist tatsächlich seltsamer als jede Erfindung");
        assertThat(facts("Die Polizei sagte, der Fahrer sei betrunken gewesen."))
                .contains("Laut Polizei: Der Fahrer sei betrunken gewesen");
    }

    @Test
    void speechTagsTheAttributionFinderDoesNotKnowStillNeedTheirSpeaker() {
        assertThat(
                        facts(
                                "Und der Fahrer hatte zum Unfallzeitpunkt rund 1,9 Promille, berechnet Brenner aus einem Test."))
                .isEmpty();
        assertThat(facts("Hunde folgen dem Blick ihrer Besitzer, suchen ihre Nähe und lesen Gefühle, wie Biologen"
                        + " herausfanden."))
                .noneMatch(x -> x.startsWith("Hunde folgen dem Blick ihrer Besitzer") && !x.contains("Biologen"));
        assertThat(facts("Der Abstand zum Dritten beträgt acht Punkte, die als direkte Konkurrenten bezeichneten Grazer"
                        + " sind zehn Punkte zurück."))
                .noneMatch(x -> x.startsWith("Laut Konkurrenten"));
        // „die Regierung Brenner“ is not Brenner
        assertThat(facts("Die Regierung Brenner hatte ein Dekret zur Rettung der Banken verabschiedet."))
                .noneMatch(x -> x.startsWith("Brenner"));
        // a speaker the line names already needs no prefix
        assertThat(facts("Norwegische Forscher stellen eine Vorliebe für blaue Eier fest."))
                .noneMatch(x -> x.startsWith("Laut"));
    }

    @Test
    void fragmentsThatRanThroughBefore() {
        assertThat(MeaningGuard.fragment(tokens("Keine Fahrkarte gekauft zu haben"), true))
                .isPresent();
        assertThat(MeaningGuard.fragment(
                        tokens("Das Bankhaus Lindner betreffend, das viel mit dem Land zu tun hatte"), true))
                .isPresent();
        assertThat(MeaningGuard.fragment(
                        tokens("Regulator Brenner favorisiert Förderung Die Kommission holt Vorschläge ein"), true))
                .isPresent();
        assertThat(MeaningGuard.fragment(tokens("War mit seinem Wagen ins Schleudern gekommen"), true))
                .isPresent();
        assertThat(MeaningGuard.fragment(tokens("Keinen funktionierenden Staat geschaffen"), true))
                .isPresent();
        assertThat(MeaningGuard.fragment(tokens("Mit dem Wechsel verliert Wr"), true))
                .isPresent();
        assertThat(facts("In Oberösterreich wurde Hilfe von oben, und sei es nur beim Erkennen der Lage, erhofft."))
                .isEmpty();
        // whole clauses of the same words pass
        assertThat(MeaningGuard.fragment(tokens("Die Zeitung Die Welt berichtet über den Fall"), true))
                .isEmpty();
        assertThat(MeaningGuard.fragment(tokens("Zwei Männer wurden schwer verletzt, drei weitere leicht"), true))
                .isEmpty();
    }

    @Test
    void thirdPassOnAnotherSliceOfArticles() {
        // a dateline dash opens no aside; the clause after it keeps its subject
        assertThat(facts(
                        "Lindenau – Österreich wird in wenigen Wochen – also nach den Ferien – an der Grenze zu Italien"
                                + " strengere Kontrollen durchführen."))
                .noneMatch(x -> x.startsWith("An der Grenze"));
        assertThat(facts("Italien versorge zurzeit 86.000 Flüchtlinge.")).isEmpty(); // Konjunktiv I without speaker
        assertThat(facts("Die Titelseite zeigt den Präsidenten mit der Aufschrift: Beginn des Bürgerkrieges."))
                .isEmpty();
        assertThat(facts("Die Debatte sei absurd: Vor drei Monaten war das Zelt böse, jetzt ist der Zaun böse."))
                .isEmpty();
        assertThat(facts("Die Regeln müssen laut einer Studie der Universität fortlaufend angepasst werden."))
                .noneMatch(x -> x.startsWith("Laut Studien"));
        assertThat(MeaningGuard.fragment(tokens("Der feinen Gesellschaft gekonnt den Marsch blasen"), true))
                .isPresent();
        assertThat(MeaningGuard.fragment(tokens("Blumen niederlegen oder Kerzen anzünden können"), true))
                .isPresent();
        assertThat(MeaningGuard.fragment(tokens("In den vergangenen Tagen haben SPD und CDU"), true))
                .isPresent();
        assertThat(MeaningGuard.fragment(tokens("An der Grenze zu Italien strengere Kontrollen durchführen"), true))
                .isPresent();
        assertThat(MeaningGuard.isConjunctiveTwo(
                        tokens("Pendler nähmen andere Züge").get(1)))
                .isTrue();
        // whole clauses of the same shapes pass
        assertThat(MeaningGuard.fragment(tokens("Die Arbeiter streiken seit Montag"), true))
                .isEmpty();
        assertThat(MeaningGuard.fragment(tokens("Die Gemeinde hat einen neuen Bürgermeister"), true))
                .isEmpty();
    }

    @Test
    void fourthPassSpeechTagsHeadingsAndReferents() {
        assertThat(facts("Die Sprecherin stellt aber klar: Über die Farbe kann man reden."))
                .isEmpty();
        assertThat(facts("Künftig kostenfrei Auch die Kammer zeigt sich im Wesentlichen zufrieden."))
                .isEmpty();
        assertThat(facts("Der Bund kann dann nicht mehr eingreifen.")).isEmpty();
        assertThat(facts("Im Gegensatz zu Weber ist er China gegenüber deutlich offener."))
                .isEmpty();
        assertThat(facts("Immerhin fehlt hier die automatische Synchronisierung."))
                .isEmpty();
        assertThat(facts("Zwischen dem Bürgermeister und dem Landrat ist beim Gipfel ein Streit ausgebrochen."))
                .noneMatch(x -> x.startsWith("Ein Streit") || x.startsWith("Streit"));
        assertThat(facts("Der Bürgermeister und der Landrat machten einander am Donnerstag Vorwürfe."))
                .isNotEmpty()
                .allMatch(x -> x.contains("einander"));
        // an aside inside a subordinate clause does not cut off its object: no „Die Gruppe übernahm“
        assertThat(facts("2010, als der frühere Chef Karl Brenner – alias der Pate – die Gruppe übernahm, war sie"
                        + " sehr schwach."))
                .noneMatch(x -> x.startsWith("Die Gruppe"));
        assertThat(facts("Lindenau zufrieden Zufrieden reagierte die Stadtführung auf die Änderung."))
                .isEmpty();
        assertThat(facts("Die Fluglinie ist überzeugt, die Piloten hätten im April nicht rechtmäßig gestreikt."))
                .noneMatch(x -> x.startsWith("Die Fluglinie") || x.startsWith("Fluglinie"));
        assertThat(facts("Die Stadt ist sicher, dass die Brücke hält.")).noneMatch(x -> x.contains("ist sicher"));
        assertThat(facts("Der gesuchte Dritte steht auf dem Bild rechts.")).isEmpty();
        assertThat(facts("Der Plan geht nicht auf\nDie Lage der Stadt ist ernst, sagte der Bürgermeister."))
                .noneMatch(x -> x.startsWith("Der Plan"));
        assertThat(facts("Das Problem ist immer: Geld.")).isEmpty();
        assertThat(facts("Ähnlich liegt die Lage bei den Schulen im Bezirk.")).isEmpty();
        assertThat(facts("Der Leiter der Behörde, Karl Brenner, sagte Reuters, das Gebiet sei gesperrt gewesen."))
                .noneMatch(x -> x.startsWith("Laut Reuters"));
        assertThat(facts("Eine Wende findet nicht statt, hielt Klug in Anspielung auf den Nachbarn fest."))
                .isEmpty();
        assertThat(facts("Karl Brenner, Präsident des Verbands, sieht viel Kraft am Werk: Die Bedürfnisse erfordern"
                        + " neue Technik."))
                .noneMatch(x -> x.startsWith("Die Bedürfnisse"));
        // a view is someone's whoever holds it, a body or a person the name finder does not know (thirty-third round)
        assertThat(facts("Der Verband sieht viel Kraft am Werk: Die Bedürfnisse erfordern neue Technik."))
                .noneMatch(x -> x.contains("Bedürfnisse"));
        // a colon after a clause that says nothing is said keeps the clause
        assertThat(facts("Die Lage ist ernst: Drei Brücken sind gesperrt.")).contains("Die Lage ist ernst");
    }

    @Test
    void sixthPassOnAFourthSlice() {
        assertThat(facts("Weber hatte als Zeuge ausgesagt, bevor er den Brief an Brenner schrieb."))
                .noneMatch(x -> x.startsWith("Laut Brenner"));
        assertThat(facts("Die geschätzte Position liegt leicht rechts der Mitte."))
                .isNotEmpty()
                .allMatch(x -> x.contains("rechts"));
        // a nominal point may not end where its phrase goes on
        List<de.ozd.newsroom.language.Token> t = tokens("Abkommen zwischen Serbien und dem Kosovo");
        assertThat(NominalPoints.endsWhole(t, 1, 3)).isFalse();
        List<de.ozd.newsroom.language.Token> g = tokens("Kritik an Österreichs Asylpolitik");
        assertThat(NominalPoints.endsWhole(g, 1, 3)).isFalse();
        List<de.ozd.newsroom.language.Token> s = tokens("Regelungen der Staaten zur Sprache");
        assertThat(NominalPoints.endsWhole(s, 1, 5)).isFalse();
        assertThat(NominalPoints.endsWhole(tokens("Kritik an der Regierung"), 1, 4))
                .isTrue();
    }

    @Test
    void seventhPassOnAFifthSlice() {
        assertThat(facts("Folglich gibt es keinen Grund, anzunehmen, dass die Preise steigen."))
                .isEmpty();
        assertThat(facts("Die Stadt gliedert sich dann in den Bezirk Tulln ein."))
                .isEmpty();
        assertThat(facts("Beides ist längst im Rollen.")).isEmpty();
        assertThat(facts("Nur 45 Migranten zeigten sich bereit, sich mit Bussen in Zentren bringen zu lassen."))
                .noneMatch(x -> x.endsWith("bereit"));
        assertThat(facts("Der Stürmer kennt einige Situationen, etwa im Zweikampf, noch nicht."))
                .isEmpty();
        assertThat(facts("Seit März hat der Händler die Verkleidung Pirat – 1./2. Klasse für Kinder im Sortiment."))
                .noneMatch(x -> x.endsWith("Pirat"));
        assertThat(facts("Ersetzt wird Weber wohl durch Brenner oder Huber.")).isEmpty();
        assertThat(facts("In den vergangenen Monaten gab es mehrfach Berichte, wonach die Stadt sparen will."))
                .noneMatch(x -> x.endsWith("Berichte"));
        assertThat(facts("Das Unternehmen genießt laut einer Befragung von Consumer Reports hohes Vertrauen."))
                .noneMatch(x -> x.startsWith("Laut Reports"));
        assertThat(facts("Betont wird aber von allen Seiten: Das Paket muss die Regierung schnüren."))
                .isEmpty();
        // a headline of two parts keeps its first part; a fronted adverb that is no participle may go
        assertThat(facts("Sechs Schlepper in Messina festgenommen – Marine im Dauereinsatz."))
                .contains("Sechs Schlepper in Messina festgenommen");
        assertThat(facts("Insgesamt umfasst die Branche rund 180.000 Beschäftigte, aufgeteilt auf sechs Verbände."))
                .contains("Die Branche umfasst rund 180.000 Beschäftigte");
    }

    @Test
    void aPlaceBetweenTheSpeakerAndTheVerbIsTheSpeakers() {
        // one phrase before the verb: the office is in Thüringen, the suspects may be anywhere (thirty-third round)
        assertThat(facts("Nach Angaben des Landesamts in Thüringen befinden sich vier Verdächtige in Haft."))
                .contains("Laut Landesamt: Vier Verdächtige befinden sich in Haft")
                .noneMatch(x -> x.contains("In Thüringen"));
        // a place after the verb is the claim's own
        assertThat(facts("Nach Angaben des Landesamts befinden sich in Thüringen vier Verdächtige in Haft."))
                .allMatch(x -> x.contains("Thüringen"));
    }

    @Test
    void aPhraseThatNamesTheSpeakerAfterAnotherPrepositionIsNoAttribution() {
        // „mit Talwerk Digital“ says with what the meters do not work; dropped as if it were „laut Talwerk“, the line
        // said they work with nothing (thirty-third round)
        assertThat(facts("Laut Talwerk sind die alten Zähler nicht mit Talwerk Digital kompatibel."))
                .noneMatch(x -> x.endsWith("nicht kompatibel"));
        assertThat(facts("Laut Hersteller sind die alten Zähler nicht mit Talnet Digital kompatibel."))
                .contains("Laut Hersteller: Alte Zähler sind nicht mit Talnet Digital kompatibel");
    }
}
