package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Analysis points from plain main clauses said as noun phrases, on sentences of our own: the verb becomes its noun,
 * the object moves into the case the noun takes only where its form shows that case, and a clause that is negated,
 * conditional, a question or someone's unnamed words gives no point.
 */
class VerbPointsTest {

    private static List<String> points(String report) {
        DraftContext ctx = ComposedFacts.context(report);
        return new VerbPoints(ctx, new NominalPoints(ctx))
                .points().stream().map(FactComposer.Fact::text).toList();
    }

    @Test
    void aVerbBecomesItsNounAndTheObjectKeepsOrTakesItsCase() {
        assertThat(points("Der Gemeinderat hat am Montag den Neubau der Lindenbrücke beschlossen."))
                .containsExactly("Beschluss über den Neubau der Lindenbrücke");
        assertThat(points("Der Autozulieferer Kessler streicht 1.200 Stellen."))
                .containsExactly("Streichung von 1.200 Stellen");
        assertThat(points("Die Stadtwerke erhöhen die Gebühren für das Hallenbad."))
                .containsExactly("Erhöhung der Gebühren für das Hallenbad");
        assertThat(points("Die Mieterinitiative fordert günstige Wohnungen für Studenten."))
                .containsExactly("Forderung nach günstigen Wohnungen für Studenten");
        assertThat(points("Die Stadt investiert 4,5 Millionen Euro in die Grundschule."))
                .containsExactly("Investition von 4,5 Millionen Euro in die Grundschule");
        assertThat(points("Am Dienstag verurteilte das Landgericht den früheren Kassierer des Vereins."))
                .containsExactly("Verurteilung des früheren Kassierers des Vereins");
        assertThat(points("Die Regierung einigte sich auf ein neues Meldegesetz."))
                .containsExactly("Einigung auf ein neues Meldegesetz");
        assertThat(points("Die Opposition kritisiert die neue Bauordnung."))
                .containsExactly("Kritik an der neuen Bauordnung");
        assertThat(points("Die Polizei hat am Freitag einen polizeibekannten Einbrecher festgenommen."))
                .containsExactly("Festnahme eines polizeibekannten Einbrechers");
        assertThat(points("Der Sparkassenverband warnt vor einer Welle von Firmenpleiten."))
                .containsExactly("Warnung vor einer Welle von Firmenpleiten");
    }

    @Test
    void aSubjectMayBeAListOrCarryAPhraseOfItsOwn() {
        assertThat(points("Grüne, Linke und Piraten fordern eine schnelle Entscheidung über die Ortsumgehung."))
                .containsExactly("Forderung nach einer schnellen Entscheidung über die Ortsumgehung");
        assertThat(points("Der 41-jährige Fahrer aus Linz wurde am Sonntag festgenommen."))
                .containsExactly("Festnahme des 41-jährigen Fahrers aus Linz");
        assertThat(points("Bürgermeisterin Petra Albrecht verhandelt seit Wochen mit der Bahn."))
                .containsExactly("Verhandlungen mit der Bahn seit Wochen");
    }

    @Test
    void aPointWhoseClauseTheInfoboxAlreadySaysIsNoAnalysisPoint() {
        // the box's title is the clause; the noun phrase would only say it again
        DraftContext ctx =
                ComposedFacts.context("Der Gemeinderat hat am Montag den Neubau der Lindenbrücke beschlossen.");
        List<String> pool = new AnalysisDrafter(ctx)
                        .pool(
                                java.util.Set.of("Gemeinderat hat den Neubau der Lindenbrücke beschlossen"),
                                new java.util.ArrayList<>())
                        .stream()
                        .map(FactComposer.Fact::text)
                        .toList();
        assertThat(pool).doesNotContain("Beschluss über den Neubau der Lindenbrücke");
        List<String> alone = new AnalysisDrafter(ctx)
                .pool(java.util.Set.of("Der Gemeinderat tagte am Montag"), new java.util.ArrayList<>()).stream()
                        .map(FactComposer.Fact::text)
                        .toList();
        assertThat(alone).contains("Beschluss über den Neubau der Lindenbrücke");
    }

    @Test
    void aPassiveSubjectIsWhatTheActIsDoneTo() {
        assertThat(points("Die Abfahrt der Damen wurde wegen Nebels auf Sonntag verschoben."))
                .isEmpty();
        assertThat(points("Die Abfahrt der Damen wurde auf Sonntag verschoben."))
                .containsExactly("Verschiebung der Abfahrt der Damen auf Sonntag");
        assertThat(points("Am Dienstag wurde der Kassierer des Vereins verurteilt."))
                .containsExactly("Verurteilung des Kassierers des Vereins");
        // who did it stays out of the point rather than read as a genitive
        assertThat(points("Die Novelle wurde vom Landtag beschlossen.")).isEmpty();
        // „entsprechende“: which novella, another sentence says
        assertThat(points("Eine entsprechende Novelle wurde am Dienstag beschlossen."))
                .isEmpty();
    }

    @Test
    void anObjectWhoseFormDoesNotShowItsCaseGivesNoPoint() {
        // „des Prozesses“: a noun in a hissing sound takes „-es“; a singular without an article shows no case
        assertThat(points("Das Landgericht verschiebt den Prozess.")).isEmpty();
        assertThat(points("Die Firma verkauft Holz.")).isEmpty();
    }

    @Test
    void aNegatedConditionalQuestioningOrUnnamedClauseGivesNoPoint() {
        assertThat(points("Der Stadtrat hat den Neubau der Lindenbrücke nicht beschlossen."))
                .isEmpty();
        assertThat(points("Wenn die Zahlen sinken, streicht der Zulieferer 1.200 Stellen."))
                .isEmpty();
        assertThat(points("Streicht der Zulieferer 1.200 Stellen?")).isEmpty();
        assertThat(points("Der Zulieferer könnte 1.200 Stellen streichen.")).isEmpty();
        assertThat(points("Der Zulieferer wird 1.200 Stellen streichen.")).isEmpty();
        assertThat(points("Wir fordern höhere Löhne.")).isEmpty();
    }

    @Test
    void aSubjectAfterTheVerbIsNoObject() {
        // issue 13, sixth round: a fronted object with a number, the subject after the verb
        assertThat(points("Acht Todesopfer forderte ein Erdrutsch im Tal.")).isEmpty();
        assertThat(points("Die Gewerkschaft fordert ein Verbot der Sonntagsarbeit."))
                .contains("Forderung nach einem Verbot der Sonntagsarbeit");
    }
}
