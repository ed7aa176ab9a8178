package de.ozd.newsroom.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.draft.internal.ComposedFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, sixth precision round (tuned on the dev split of the German Wikinews quotation set): lines that state
 * someone's words as fact. Each rule has sentences of our own of the shape the engine misread (never the corpus's
 * sentences) and, where the rule could refuse too much, a sentence it still drafts.
 */
class WikinewsSpeakersTest {

    /** Every fact of at most 8 and of at most 10 words the composer makes from the text's clauses. */
    private static List<String> facts(String text) {
        return ComposedFacts.of("WikinewsSpeakersTest", text, 8, 10);
    }

    @Test
    void theKonjunktivOneOfAParticleVerbNeedsItsSpeaker() {
        // the tagger reads „reiche“ as an adjective here, and „strafbaren“ as the verb
        assertThat(facts("Ein loser Verbund zum gemeinsamen Vertrieb strafbaren Materials reiche aus."))
                .isEmpty();
        assertThat(facts("Eine lose Absprache unter den Händlern reiche dafür nicht aus."))
                .isEmpty();
        // the indicative of the same verb is the report's own statement
        assertThat(facts("Die Vorräte der Stadt reichen noch bis zum Frühjahr aus."))
                .anyMatch(f -> f.endsWith("reichen noch bis zum Frühjahr aus"));
    }

    @Test
    void aFrontedPhraseOfWhatIsKnownSoFarIsNotDropped() {
        assertThat(facts("Nach ersten Ermittlungen liegt kein Fremdverschulden vor."))
                .noneMatch(f -> f.startsWith("Kein Fremdverschulden"))
                .allMatch(f -> f.startsWith("Nach ersten Ermittlungen"));
        assertThat(facts("Nach bisherigen Erkenntnissen war der Lastwagen zu schnell unterwegs."))
                .noneMatch(f -> f.startsWith("Der Lastwagen"));
        // a time after an event may still go
        assertThat(facts("Nach einem Unfall ist die Autobahn gesperrt.")).contains("Die Autobahn ist gesperrt");
    }

    @Test
    void aPrefixKeepsTheAdjectivesThatQualifyItsSource() {
        assertThat(facts("Laut vorläufigem Ergebnis kommen die Grünen auf 54 Sitze."))
                .noneMatch(f -> f.startsWith("Laut Ergebnis"))
                .contains("Laut vorläufigem Ergebnis: Die Grünen kommen auf 54 Sitze");
        assertThat(facts("Nach Angaben des vorläufigen Wahlergebnisses erhalten die Grünen 54 Sitze."))
                .noneMatch(f -> f.startsWith("Laut Wahlergebnis"));
    }

    @Test
    void aClauseBesideTheSpeakersWordsOfSomethingNeedsTheSpeaker() {
        assertThat(facts("Die Feuerwehr spricht von einem ruhigen Abend, trotzdem ist der Schaden beträchtlich."))
                .noneMatch(f -> f.startsWith("Der Schaden"));
    }
}
