package de.ozd.newsroom.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The explainers of published packages as an archive for new drafts (issue 13, item 3): found by the exact name the
 * question asks about, newest first and bounded; only packages readers see, at their live revision, and only
 * explainers a person wrote or an editor reviewed; never a placeholder. Runs unchanged against both setups.
 */
public abstract class AbstractArchivedExplainersTest {
    protected Store store;

    protected abstract Store openStore();

    @BeforeEach
    void open() {
        store = openStore();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    /** A package with one explainer; {@code provenance} is a front matter line or empty (written by a person). */
    static String pkg(String slug, String date, String provenance, String question, String answer) {
        return "---\nheadline: Bericht " + slug + "\nslug: " + slug + "\ndate: " + date + "\n" + provenance + "---\n"
                + "Die Partei stellte am Samstag ihr Programm vor. OZD\n"
                + "OZD-Kommentar – Ein Kommentar zum Thema\nDie Lage verlangt einen kühlen Kopf.\n"
                + "\nMini-Infobox\nProgramm vorgestellt\nErster Fakt zur Lage\nZweiter Fakt zur Lage\n"
                + "Dritter Fakt zur Lage\n\nErklärungen\n" + question + "\n" + answer + "\n"
                + "Alle Angaben ohne Gewähr. Titelbild OZD.";
    }

    private void create(String slug, String date, String provenance, String question, String answer) {
        store.create(null, Draft.fromText(pkg(slug, date, provenance, question, answer)), "Anna", null);
    }

    private void publish(String slug) {
        store.transition(slug, State.IN_REVIEW, null, "Anna", null);
        store.transition(slug, State.PUBLISHED, null, "Rita", null);
    }

    private List<String> found(String name, int limit) {
        return store.archivedExplainers(name, limit).stream()
                .map(a -> a.slug() + " " + a.pubDate() + " " + a.explainer().question() + " "
                        + a.explainer().answer())
                .toList();
    }

    @Test
    void onlyPublishedExplainersThatAPersonWroteOrReviewedAnswerTheirExactNameNewestFirst() {
        String q = "Was ist die SPD?";
        create("spd-alt", "2026-03-01", "", q, "Die SPD ist eine Partei (alt).");
        create("spd-neu", "2026-10-01", "", q, "Die SPD ist eine Partei (neu).");
        create(
                "spd-geprueft",
                "2026-06-01",
                "provenance.explainers: extractive, reviewed\n",
                q,
                "Die SPD ist eine Partei (geprüft).");
        create(
                "spd-maschine",
                "2026-11-01",
                "provenance.explainers: extractive, unreviewed\n",
                q,
                "Die SPD ist eine Partei (Maschine).");
        create("spd-platzhalter", "2026-11-02", "", q, "[Redaktion: Antwort ergänzen]");
        create("spd-entwurf", "2026-11-03", "", q, "Die SPD ist eine Partei (Entwurf).");
        create("spd-pruefung", "2026-11-04", "", q, "Die SPD ist eine Partei (in Prüfung).");
        create("spd-zurueck", "2026-11-05", "", q, "Die SPD ist eine Partei (zurückgezogen).");
        create("spd-land", "2026-11-06", "", "Was ist die SPD Niedersachsen?", "Ein Landesverband.");
        for (String slug : List.of(
                "spd-alt", "spd-neu", "spd-geprueft", "spd-maschine", "spd-platzhalter", "spd-zurueck", "spd-land")) {
            publish(slug);
        }
        store.transition("spd-pruefung", State.IN_REVIEW, null, "Anna", null);
        store.transition("spd-zurueck", State.RETRACTED, "Falsche Angaben.", "Rita", null);

        assertThat(found("SPD", 10))
                .containsExactly(
                        "spd-neu 2026-10-01 Was ist die SPD? Die SPD ist eine Partei (neu).",
                        "spd-geprueft 2026-06-01 Was ist die SPD? Die SPD ist eine Partei (geprüft).",
                        "spd-alt 2026-03-01 Was ist die SPD? Die SPD ist eine Partei (alt).");
        // case-insensitive, bounded, and the whole name only
        assertThat(found(" spd ", 1))
                .containsExactly("spd-neu 2026-10-01 Was ist die SPD? Die SPD ist eine Partei (neu).");
        assertThat(found("SPD Niedersachsen", 10))
                .containsExactly("spd-land 2026-11-06 Was ist die SPD Niedersachsen? Ein Landesverband.");
        assertThat(found("Niedersachsen", 10)).isEmpty();
        assertThat(found("SP", 10)).isEmpty();
        assertThat(found("", 10)).isEmpty();
    }

    @Test
    void aPendingEditIsNotOfferedUntilItIsPublishedAndARetractionRemovesTheAnswer() {
        create("bundestag", "2026-05-01", "", "Was ist der Bundestag?", "Das Parlament (live).");
        publish("bundestag");
        String edited = pkg("bundestag", "2026-05-01", "", "Was ist der Bundestag?", "Das Parlament (Entwurf).");
        store.save("bundestag", 3, Draft.fromText(edited), "Anna", null);
        assertThat(found("Bundestag", 3))
                .containsExactly("bundestag 2026-05-01 Was ist der Bundestag? Das Parlament (live).");
        store.publishUpdate("bundestag", "Rita", null);
        assertThat(found("Bundestag", 3))
                .containsExactly("bundestag 2026-05-01 Was ist der Bundestag? Das Parlament (Entwurf).");
        store.reindex();
        assertThat(found("Bundestag", 3)).hasSize(1);
        store.transition("bundestag", State.RETRACTED, "Zurückgezogen.", "Rita", null);
        assertThat(found("Bundestag", 3)).isEmpty();
    }

    @Test
    void aPersonsAnswerIsFoundByTheFullName() {
        create("albrecht", "2026-04-01", "", "Wer ist Petra Albrecht?", "Petra Albrecht ist Bürgermeisterin.");
        publish("albrecht");
        assertThat(found("petra albrecht", 3)).hasSize(1);
        assertThat(found("Albrecht", 3)).isEmpty();
    }

    /**
     * The lookup reads the name's term through its index and a few packages, not the archive: with 500 published
     * packages (50 names, 10 packages each) it returns the newest three for a name; the time per lookup is printed
     * (measured, not asserted: machines differ).
     */
    @Test
    void aLookupInAnArchiveOfFiveHundredPackagesReadsOnlyTheNewestFew() {
        int packages = 500;
        List<Draft> drafts = new java.util.ArrayList<>();
        List<String> slugs = new java.util.ArrayList<>();
        for (int i = 0; i < packages; i++) {
            String name = "Verband " + (i % 50);
            String date = java.time.LocalDate.of(2025, 1, 1).plusDays(i).toString();
            slugs.add("paket-" + i);
            drafts.add(Draft.fromText(
                    pkg("paket-" + i, date, "", "Was ist der " + name + "?", name + " ist ein Verband.")));
        }
        long t0 = System.nanoTime();
        store.importAll(drafts, slugs, "Anna", null);
        for (String slug : slugs) {
            publish(slug);
        }
        long setup = System.nanoTime() - t0;
        found("Verband 7", 3); // warm
        int rounds = 200;
        long[] times = new long[rounds];
        List<String> last = List.of();
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            last = found("Verband " + (r % 50), 3);
            times[r] = System.nanoTime() - start;
            assertThat(last).hasSize(3);
        }
        java.util.Arrays.sort(times);
        System.out.printf(
                java.util.Locale.ROOT,
                "archived explainers (%s, %d published packages, set-up %.1f s): lookup p50 %.2f ms, p95 %.2f ms%n",
                store.embedded() ? "embedded" : "PostgreSQL",
                packages,
                setup / 1e9,
                times[rounds / 2] / 1e6,
                times[rounds * 95 / 100] / 1e6);
        // newest first: the package of the last day among those of „Verband 49“
        assertThat(last.get(0)).startsWith("paket-499 ");
    }
}
