package de.ozd.newsroom.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.format.PackageWriter;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Explainer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Explainer answers from the archive (issue 13, item 3): the explainers of published packages for the same name are
 * offered where the library has no entry, each named in a note; questions take the article the name needs. The
 * archive here is a map standing in for the store (the store's own lookup is tested in ozd-store, the wiring through
 * the server and the command line there). The reports are short ones written for this test.
 */
class ExplainerArchiveTest {

    private static final String SPD_ANSWER = "Die SPD ist eine der großen Parteien in Deutschland.";

    /** A stand-in archive: answers by folded name, recording every name it was asked for. */
    private static final class MapArchive implements ExplainerArchive {
        final Map<String, List<Answer>> answers;
        final List<String> asked = new ArrayList<>();

        MapArchive(Map<String, List<Answer>> answers) {
            this.answers = answers;
        }

        @Override
        public List<Answer> lookup(String name) {
            asked.add(name);
            return answers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }

    private static ExplainerArchive.Answer answer(String question, String text, String slug) {
        return new ExplainerArchive.Answer(new Explainer(question, text), slug, LocalDate.of(2026, 11, 2));
    }

    private static DraftOutcome draft(ExplainerArchive archive, String report) {
        ExtractiveDraftEngine engine = ExtractiveDraftEngine.builder(DraftTestSupport.analyzer())
                .archive(archive)
                .build();
        List<String> heard = new ArrayList<>();
        DraftOutcome outcome = engine.draft(DraftRequest.of(report), new DraftListener() {
            @Override
            public void note(String message) {
                heard.add(message);
            }
        });
        assertThat(heard).isEqualTo(outcome.notes());
        DraftOutcome again = engine.draft(DraftRequest.of(report), DraftListener.NONE);
        assertThat(PackageWriter.ozd().canonical(again.pkg()))
                .isEqualTo(PackageWriter.ozd().canonical(outcome.pkg()));
        assertThat(again.notes()).isEqualTo(outcome.notes());
        return outcome;
    }

    private static Optional<Explainer> explainer(ArticlePackage pkg, String question) {
        return pkg.explainers().orElseThrow().entries().stream()
                .filter(e -> e.question().equals(question))
                .findFirst();
    }

    private static List<String> questions(ArticlePackage pkg) {
        return pkg.explainers().orElseThrow().entries().stream()
                .map(Explainer::question)
                .toList();
    }

    private static final String SPD_REPORT = """
            Die SPD will bei der Landtagswahl im Mai mit Jana Kessler als Spitzenkandidatin antreten.
            Die SPD stellte die 41-Jährige am Samstag in Hannover vor.
            Kessler erhielt auf dem Parteitag 94 Prozent der Stimmen.
            Die SPD liegt in Umfragen derzeit bei 27 Prozent.
            Die Wahl findet am 17. Mai statt.
            """;

    @Test
    void anOrganisationsAnswerFromThePublishedArchiveIsOfferedAndNamedInANote() {
        MapArchive archive =
                new MapArchive(Map.of("spd", List.of(answer("Was ist die SPD?", SPD_ANSWER, "spd-parteitag-berlin"))));
        DraftOutcome outcome = draft(archive, SPD_REPORT);
        assertThat(explainer(outcome.pkg(), "Was ist die SPD?").map(Explainer::answer))
                .contains(SPD_ANSWER);
        assertThat(outcome.notes())
                .containsExactly("Erklärung „Was ist die SPD?“ aus dem Archiv: spd-parteitag-berlin (2026-11-02) – vor"
                        + " der Veröffentlichung prüfen, ob sie noch stimmt.");
        assertThat(archive.asked).contains("SPD");
    }

    @Test
    void withoutAnArchiveTheQuestionStillTakesTheArticleTheNameNeeds() {
        DraftOutcome outcome = draft(ExplainerArchive.NONE, SPD_REPORT);
        assertThat(questions(outcome.pkg())).contains("Was ist die SPD?");
        assertThat(outcome.notes()).isEmpty();
    }

    @Test
    void aPlaceholderAnAnswerOfAnotherKindOrAnotherNameIsNeverTaken() {
        MapArchive archive = new MapArchive(Map.of(
                "spd",
                List.of(
                        answer("Was ist die SPD?", "[Redaktion: Antwort ergänzen]", "alt-1"),
                        answer("Wer ist SPD?", "Eine Person.", "alt-2"),
                        answer("Was ist die SPD Niedersachsen?", "Ein Landesverband.", "alt-3"),
                        answer("Was ist die SPD?", "Vor dem Text [Redaktion: prüfen] danach.", "alt-4"))));
        DraftOutcome outcome = draft(archive, SPD_REPORT);
        Explainer spd = explainer(outcome.pkg(), "Was ist die SPD?").orElseThrow();
        assertThat(spd.answer()).startsWith(ExtractiveDraftEngine.PLACEHOLDER_PREFIX);
        assertThat(outcome.notes()).isEmpty();
    }

    @Test
    void forAPersonTheReportsOwnRoleComesBeforeTheArchiveAndTheArchiveAnswersWhereTheReportDoesNot() {
        String report = """
                Bürgermeisterin Petra Albrecht (SPD) hat am Samstag das neue Hallenbad in Lindenau eröffnet.
                Der Bau hat 14 Millionen Euro gekostet und dauerte drei Jahre.
                Markus Steiner schwamm als Erster eine Bahn im neuen Becken.
                Albrecht dankte den Handwerkern für ihre Arbeit.
                Steiner war im Vorjahr Landesmeister geworden.
                Der Eintritt kostet für Erwachsene fünf Euro.
                """;
        MapArchive archive = new MapArchive(Map.of(
                "petra albrecht",
                List.of(answer("Wer ist Petra Albrecht?", "Petra Albrecht war Stadträtin.", "stadtrat-2019")),
                "markus steiner",
                List.of(answer("Wer ist Markus Steiner?", "Markus Steiner ist Schwimmer aus Lindenau.", "bad-2025"))));
        DraftOutcome outcome = draft(archive, report);
        assertThat(explainer(outcome.pkg(), "Wer ist Petra Albrecht?").map(Explainer::answer))
                .contains("Petra Albrecht (SPD) ist Bürgermeisterin.");
        assertThat(explainer(outcome.pkg(), "Wer ist Markus Steiner?").map(Explainer::answer))
                .contains("Markus Steiner ist Schwimmer aus Lindenau.");
        assertThat(outcome.notes()).hasSize(1).allMatch(n -> n.contains("bad-2025"));
    }

    @Test
    void theLibraryComesFirstAndAPlaceOnlyTheArchiveKnowsKeepsItsQuestionWithoutArticle() {
        String report = """
                Der Bundestag hat am Donnerstag in Berlin das neue Heizungsgesetz beschlossen.
                Der Bundestag stimmte mit 380 zu 290 Stimmen für den Entwurf.
                In Brüssel prüft die Kommission, ob das Gesetz den Vorgaben entspricht.
                Aus Brüssel hieß es, eine Entscheidung falle im Herbst.
                Das Gesetz soll im Januar in Kraft treten.
                """;
        MapArchive archive = new MapArchive(Map.of(
                "bundestag",
                List.of(answer("Was ist der Bundestag?", "Ein anderer Text.", "alt")),
                "brüssel",
                List.of(answer("Was ist Brüssel?", "Brüssel ist die Hauptstadt Belgiens.", "eu-gipfel"))));
        DraftOutcome outcome = draft(archive, report);
        assertThat(explainer(outcome.pkg(), "Was ist der Bundestag?").map(Explainer::answer))
                .contains(ExplainerLibrary.standard()
                        .lookup("Bundestag")
                        .orElseThrow()
                        .explainer()
                        .answer());
        assertThat(explainer(outcome.pkg(), "Was ist Brüssel?").map(Explainer::answer))
                .contains("Brüssel ist die Hauptstadt Belgiens.");
        assertThat(archive.asked).doesNotContain("Bundestag");
        assertThat(outcome.notes()).hasSize(1).allMatch(n -> n.contains("eu-gipfel"));
    }

    @Test
    void aReportNamingManyPlacesAsksTheArchiveAboutAFewNamesOnly() {
        MapArchive archive = new MapArchive(Map.of());
        String report = """
                Der neue Fernzug fährt ab Dezember von Hamburg über Bremen, Hannover, Kassel und Fulda nach München.
                In Würzburg, Nürnberg und Ingolstadt hält er ebenfalls.
                Zwischen Hamburg und München braucht er sechs Stunden.
                Die Bahn setzt auf der Strecke zwölf Züge ein.
                Tickets gibt es ab 29 Euro.
                """;
        ExtractiveDraftEngine.builder(DraftTestSupport.analyzer())
                .archive(archive)
                .build()
                .draft(DraftRequest.of(report));
        // one draft: more places the library does not know than the cap, six of them asked about
        assertThat(archive.asked).hasSize(6).doesNotHaveDuplicates();
    }
}
