package de.ozd.newsroom.draft.internal;

import static de.ozd.newsroom.draft.internal.ComposedFacts.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, eighth precision round (tuned on the tuning slice of articles with index ≡ 7 mod 8, outside the sample):
 * sentences that go on with someone's words after the quotation marks were lost, a clause before a colon that only
 * announces what follows it, a headline's label taken for the headline, a restrictive relative clause after a noun
 * the tagger read as a name, a subject cut off before its verb, a postposition read as a verb, a lone „werden“
 * without its participle (prompted by a line of the test part, see docs/drafting.md), and analysis points
 * from an indirect question or with an adverb the tagger read as a name. Sentences written for this test; each rule
 * has a sentence it refuses and, where the rule could refuse too much, one it still drafts.
 */
class SpeechRunsAndLabelsTest {

    private static List<String> facts(String text) {
        return ComposedFacts.of("SpeechRunsAndLabelsTest", text, 8, 10);
    }

    private static String title(String report) {
        return new InfoboxDrafter(ComposedFacts.context(report)).draft().title();
    }

    @Test
    void aPlainSentenceBetweenASpeechTagAndReportedSpeechIsTheSpeakersToo() {
        assertThat(facts(
                        "Der Minister verurteilte den Angriff auf das Krankenhaus. Die Attacke sei empörend, kritisierte"
                                + " er. Das Nachbarland hat eine dringende Verantwortung, Druck auf die Regierung auszuüben."
                                + " Das Vorgehen der Truppen verstoße gegen die Vereinbarungen."))
                .noneMatch(f -> f.contains("Verantwortung"));
        // the sentence after names a new speaker before its Konjunktiv: the one between is the reporter's
        assertThat(facts("Die Kommissarin verteidigte das Abkommen am Montag. Im Gegensatz zu alten Verträgen werde den"
                        + " Bedenken Rechnung getragen, sagte sie. Ein Streit entwickelte sich beim Thema Transparenz."
                        + " Die Kommissarin warb für Verständnis: Sie sei Offenheit gewohnt."))
                .contains("Ein Streit entwickelte sich beim Thema Transparenz");
    }

    @Test
    void aSentenceAfterOneInTheFirstPersonGoesOnInTheSameVoiceWithinItsParagraph() {
        assertThat(facts("Der Verein steckt in finanziellen Nöten. Die Februargehälter können wir auszahlen. Weitere"
                        + " Zusagen von Sponsoren gibt es bisher nicht."))
                .contains("Der Verein steckt in finanziellen Nöten")
                .noneMatch(f -> f.contains("Zusagen"));
        assertThat(facts("Der Verein steckt in finanziellen Nöten. Die Februargehälter können wir auszahlen.\n\nWeitere"
                        + " Zusagen von Sponsoren gibt es bisher nicht."))
                .contains("Weitere Zusagen von Sponsoren gibt es bisher nicht");
        // a speech tag or quotation marks close the quotation: what follows is the reporter's again
        assertThat(facts("Der Verein steckt in finanziellen Nöten. Die Februargehälter können wir auszahlen, sagte der"
                        + " Obmann. Weitere Zusagen von Sponsoren gibt es bisher nicht."))
                .contains("Weitere Zusagen von Sponsoren gibt es bisher nicht");
        assertThat(facts("Der Verein steckt in finanziellen Nöten. „Die Februargehälter können wir auszahlen.“ Weitere"
                        + " Zusagen von Sponsoren gibt es bisher nicht."))
                .contains("Weitere Zusagen von Sponsoren gibt es bisher nicht");
    }

    @Test
    void aClauseThatOnlyAnnouncesWhatItsColonBringsIsNoFact() {
        assertThat(facts("Der Anlass ist bekannt: Die Mutter hat angekündigt, das Geschäft zu verkaufen."))
                .noneMatch(f -> f.contains("Anlass"));
        assertThat(facts("Die Stadt ereilen weitere schlechte Nachrichten: Auf das Kulturzentrum wurde am Mittwoch ein"
                        + " Anschlag verübt."))
                .noneMatch(f -> f.contains("Nachrichten"))
                .contains("Auf das Kulturzentrum wurde am Mittwoch ein Anschlag verübt");
        // thirty-first round: „betroffen“ only announces too (by what, the colon says)
        assertThat(facts("Tausende Beschäftigte sind in der Region betroffen: Rund 700 arbeiten in der Sparte."))
                .noneMatch(f -> f.contains("betroffen"));
        // a clause that says something of its own before the colon stays
        assertThat(facts("Tausende Beschäftigte haben in der Region ihre Arbeit verloren: Rund 700 arbeiteten in der"
                        + " Sparte."))
                .contains("Tausende Beschäftigte haben in der Region ihre Arbeit verloren");
    }

    @Test
    void theLabelBeforeAHeadlinesColonIsNoTitle() {
        assertThat(title("Forscher der Universität Lindenau: Langzeitfolgen vorhersagbar. Lindenau – Die Interaktion"
                        + " von Genen beeinflusst die Evolution, berechneten Forscher."))
                .doesNotContain("Forscher der Universität Lindenau");
    }

    @Test
    void aRelativeClauseRestrictsANounTheTaggerReadAsAName() {
        assertThat(facts("Jeder Verein gibt Geld aus, das er nicht in der Kasse hat."))
                .isEmpty();
        // a name the analysis found needs no relative clause to say who is meant
        assertThat(facts("Der Trainer verzichtet am Samstag auf Marko Sulimani, der verletzt ist."))
                .anyMatch(f -> f.contains("verzichtet") && f.contains("Marko Sulimani"));
    }

    @Test
    void aSubjectCutOffBeforeItsVerbIsNoFact() {
        assertThat(facts("Die Belegschaftsvertreter, von der Gewerkschaft unterstützt, rüsten sich für alle"
                        + " Eventualitäten."))
                .noneMatch(f -> f.endsWith("unterstützt"));
    }

    @Test
    void aLoneWerdenWithoutItsParticipleIsNoClause() {
        // the clause splitter cuts at the comma of an apposition whose closing comma the report lacks
        assertThat(facts("Kräftige Zuwächse werden in den nächsten Jahren dagegen bei der Teilzeitrente, gewissermaßen"
                        + " der Nachfolgerin der alten Frührente erwartet."))
                .noneMatch(f -> f.endsWith("Teilzeitrente"));
        assertThat(MeaningGuard.fragment(tokens("Der Streit wird am Ende zum Problem für die Koalition"), true))
                .isEmpty();
        assertThat(MeaningGuard.fragment(tokens("Die Miete wird im Herbst deutlich teurer"), true))
                .isEmpty();
        assertThat(MeaningGuard.fragment(tokens("Die junge Springerin wurde als Zwölfte beste Deutsche"), true))
                .isEmpty();
        assertThat(MeaningGuard.fragment(tokens("Verhandelt wurde gegen zwölf Angeklagte"), true))
                .isEmpty();
    }

    @Test
    void aPostpositionIsNoVerb() {
        assertThat(
                        facts(
                                "Die Weinberge entlang, schon weiter entfernt von der Stadt, erreicht man das Gut der Familie."))
                .noneMatch(f -> f.endsWith("entlang"));
    }

    @Test
    void anIndirectQuestionGivesNoPointAndALowercaseNameEndsNone() {
        List<String> points = ComposedFacts.points(
                "Die Zeitung hat ein Foto der Opfer gedruckt. Wir prüfen auch, wie die"
                        + " Veröffentlichung des Fotos zustande kam, sagte der Sprecher. Auch der Polizeidirektor Hans Peter"
                        + " Maier sagte am Freitagabend, man werde wegen der Veröffentlichung des Bildes rigoros vorgehen.");
        assertThat(points).noneMatch(p -> p.contains("des Fotos")).noneMatch(p -> p.contains("rigoros"));
    }

    /**
     * „…, wie die Polizei mitteilte“ says who gave the clause before it: that clause is a fact with its speaker. Kept
     * in one clause with it, it had two verbs and gave none (issue 13, twentieth round). A „wie“ that compares, or whose
     * clause goes on after its verb, is no speech tag.
     */
    @Test
    void aWieClauseOfSayingGivesTheClauseBeforeItItsSpeaker() {
        assertThat(facts("Ein Spaziergänger fand den Rucksack am Sonntagmorgen, wie die Polizei mitteilte."))
                .anyMatch(f -> f.startsWith("Laut Polizei: ") && f.contains("Rucksack"));
        assertThat(facts("Die Fähre fährt ab Mai wieder stündlich, wie der Betreiber am Montag mitteilte."))
                .anyMatch(f -> f.startsWith("Laut Betreiber") && f.contains("stündlich"))
                // the date that bounds the claim stays when the line is shortened
                .allMatch(f -> !f.contains("stündlich") || f.contains("ab Mai"));
        // a „wie“ that compares is no speech tag, and its „so“ stays
        assertThat(facts("Die Preise stiegen so stark, wie Experten erwartet hatten."))
                .noneMatch(f -> f.startsWith("Laut "))
                .allMatch(f -> f.contains("so stark"));
        assertThat(ClauseSplitter.isWieSpeechTag(tokens("so stark , wie Experten erwartet hatten"), 3))
                .isFalse();
        assertThat(ClauseSplitter.isWieSpeechTag(tokens("fand ihn , wie die Polizei mitteilte"), 3))
                .isTrue();
    }

    /**
     * One phrase before the verb, however long, is one constituent: a genitive after the noun of a phrase that opens
     * the clause („Im Falle einer Niederlage“) and a second noun after „und damit“ belong to it. The check read them
     * as two and refused good main clauses as fragments (issue 13, twentieth round); two phrases before the verb, or a
     * subject after a date, are still one too many.
     */
    @Test
    void aLongOpeningPhraseIsOneConstituent() {
        assertThat(MeaningGuard.fragment(tokens("Im Falle einer Niederlage droht dem Verein der Abstieg"), true))
                .isEmpty();
        assertThat(MeaningGuard.fragment(
                        tokens("Seit dem Amtsantritt der neuen Landesregierung gab es mehrfach Streit"), true))
                .isEmpty();
        assertThat(MeaningGuard.fragment(tokens("Die Sorge und damit die Nachfrage nach Schutzmasken war groß"), true))
                .isEmpty();
        // a line the longer phrase lets through that says „derartige“ still points back
        assertThat(facts("Am Rande der Tagung gibt es bereits derartige Gespräche, der Verband ist einer davon."))
                .noneMatch(f -> f.contains("derartige"));
        // a past modal or auxiliary after an opening phrase is the finite verb, not an infinitive
        assertThat(MeaningGuard.fragment(tokens("Trotz langer Suche konnten die Taucher das Wrack nicht finden"), true))
                .isEmpty();
        assertThat(MeaningGuard.fragment(tokens("Auf einen Termin wollten sich die Parteien nicht festlegen"), true))
                .isEmpty();
        assertThat(MeaningGuard.fragment(tokens("Auf einen Termin nicht festlegen"), true))
                .isPresent();
        // the same with a dative first: „wurden“ is the finite verb, the subject follows it
        assertThat(MeaningGuard.fragment(
                        tokens("Dem Fonds und dem Verein wurden je drei Millionen versprochen"), false))
                .isEmpty();
        assertThat(MeaningGuard.fragment(tokens("Einen Menschen befallen"), false))
                .isPresent();
        assertThat(MeaningGuard.fragment(tokens("Am Montag der Bürgermeister eröffnete die Brücke"), true))
                .isPresent();
        assertThat(MeaningGuard.fragment(tokens("Im Jahr 2024 die Gemeinde hatte 400 Einwohner"), true))
                .isPresent();
    }
}
