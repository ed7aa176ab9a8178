package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.model.Infobox;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, twenty-seventh round (tuned on the tuning slices, the development part and the Wikinews development
 * split): the house writes box facts in headline style, without a leading article (ozd-style.md), as the title was
 * already written. A fact loses its subject's article where its form without one is certain, also after a speaker
 * prefix; a „der“ before a feminine noun is a dative and stays („Der Regierung fehlt …“), as do the article of a
 * nominalised adjective that would need another form without it („Die Grünen“; a noun in -er is none, and after „die“
 * one in -e keeps its form) and that of a plural subject in the present, which without it would say something of all
 * such things. An analysis point that says a box fact again in the form with the article says it again.
 * Sentences written for this test.
 */
class BoxFactsWithoutArticleTest {

    /** A lead of our own for box tests: the news the box's other lines stand under. */
    static final String LEAD = "Der Stadtrat von Lindenau hat am Dienstagabend nach langer Debatte den Neubau"
            + " der Hafenbrücke beschlossen, die seit dem Frühjahr für Lastwagen gesperrt ist.";

    @Test
    void aBoxFactStartsWithoutItsSubjectsArticle() {
        Infobox box = ComposedFacts.box(
                LEAD + " Die alte Brücke wird im Sommer abgerissen. Der Bau soll 18 Monate dauern.\n");
        assertThat(box.facts()).contains("Alte Brücke wird im Sommer abgerissen", "Bau soll 18 Monate dauern");
        assertThat(box.facts()).noneMatch(f -> f.matches("(Der|Die|Das) .*"));
    }

    @Test
    void aFactAfterASpeakerLosesItsArticleToo() {
        Infobox box = ComposedFacts.box(LEAD + " Der Zeitplan sei knapp, sagte Bürgermeisterin Petra Albrecht.\n");
        assertThat(box.facts()).contains("Laut Petra Albrecht: Zeitplan sei knapp");
    }

    @Test
    void aSubjectAfterItsVerbLosesItsArticleToo() {
        // the report puts the subject after the verb and a source phrase; the fact puts it first, without article
        Infobox box = ComposedFacts.box(
                LEAD + " Nach Angaben der Verkehrsbetriebe VAG kostet der Umbau rund 85 Millionen Euro.\n");
        assertThat(box.facts()).contains("Laut VAG: Umbau kostet rund 85 Millionen Euro");
        // a „der“ after such a subject may be a dative object, which the line would read as a genitive
        assertThat(ComposedFacts.box(LEAD
                                + " Insgesamt stellte die Behörde der Jugendlichen eine Rechnung über 396 Euro aus.\n")
                        .facts())
                .noneMatch(f -> f.contains("Behörde der Jugendlichen"));
    }

    @Test
    void aPluralSubjectInThePresentKeepsItsArticle() {
        Infobox box = ComposedFacts.box(
                LEAD + " Die Pfeiler der alten Brücke sind marode. Die Anwohner protestierten gegen den"
                        + " Lärm. Die ersten Bagger sind am Montag angerückt.\n");
        // without it, a claim about all pillars; in the past or perfect it tells what these did
        assertThat(box.facts())
                .contains(
                        "Die Pfeiler der alten Brücke sind marode",
                        "Anwohner protestierten gegen den Lärm",
                        "Erste Bagger sind am Montag angerückt");
    }

    @Test
    void aDerBeforeAFeminineNounIsADativeAndStays() {
        Infobox box = ComposedFacts.box(LEAD + " Der Verwaltung fehlt für den Abriss noch ein Gutachten.\n");
        assertThat(box.facts()).contains("Der Verwaltung fehlt für den Abriss noch ein Gutachten");
    }

    @Test
    void aNominalisedAdjectiveKeepsItsArticle() {
        Infobox box = ComposedFacts.box(LEAD + " Die Grünen stimmten gegen den Neubau.\n");
        assertThat(box.facts()).contains("Die Grünen stimmten gegen den Neubau");
    }

    @Test
    void aNounInErIsNoNominalisedAdjective() {
        // after „der“ a nominalised adjective ends in -e („Der Verdächtige“); „Richter“, „Aufsteiger“ are nouns
        Infobox box = ComposedFacts.box(LEAD + " Der Bauleiter verlangte mehr Zeit.\n");
        assertThat(box.facts()).contains("Bauleiter verlangte mehr Zeit");
    }

    @Test
    void aNounInEAfterDieLosesItsArticleButNotBesideAnotherSubjectNorInASetPhrase() {
        Infobox box = ComposedFacts.box(LEAD + " Die Studie erschien im Fachblatt der Ingenieurkammer.\n");
        assertThat(box.facts()).contains("Studie erschien im Fachblatt der Ingenieurkammer");
        // a nominalised adjective after „die“ in -e is a feminine singular, and that is its form without article
        assertThat(dropped("Die Elfjährige hatte am Ufer gespielt")).isEqualTo("Elfjährige hatte am Ufer gespielt");
        // beside another subject it would read as a plural; „die Rede ist von“ is a set phrase
        assertThat(dropped("Die Angestellte und der Wachmann blieben unverletzt"))
                .isEqualTo("Die Angestellte und der Wachmann blieben unverletzt");
        assertThat(dropped("Die Rede ist von einem Neubau")).isEqualTo("Die Rede ist von einem Neubau");
    }

    private static String dropped(String line) {
        var tokens = new java.util.ArrayList<>(ComposedFacts.tokens(line));
        Compressor.dropArticle(tokens);
        return FactComposer.capitalise(FactComposer.join(tokens));
    }

    @Test
    void aNameWithASmallFirstLetterStaysAsWritten() {
        Infobox box = ComposedFacts.box(
                "Der Elektronikkonzern aus Kalifornien hat am Dienstag in San Francisco zwei neue Tablets"
                        + " und eine Uhr vorgestellt, die im Herbst in den Handel kommen sollen. Die iPad-Verkäufe brachen im"
                        + " Sommer ein.\n");
        assertThat(box.facts()).contains("iPad-Verkäufe brachen im Sommer ein");
    }

    @Test
    void aPointSaysNoBoxFactAgainInTheFormWithItsArticle() {
        DraftContext ctx = ComposedFacts.context(LEAD + " Der neue Pächter übernimmt im Mai den Hafenkiosk.\n");
        InfoboxDrafter drafter = new InfoboxDrafter(ctx);
        assertThat(drafter.draft().facts()).contains("Neuer Pächter übernimmt im Mai den Hafenkiosk");
        assertThat(drafter.said()).contains("Der neue Pächter übernimmt im Mai den Hafenkiosk");
        assertThat(new AnalysisDrafter(ctx).pool(drafter.said(), new java.util.ArrayList<>()))
                .map(FactComposer.Fact::text)
                .noneMatch(p -> p.contains("Pächter übernimmt"));
    }
}
