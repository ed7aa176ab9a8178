package de.ozd.newsroom.draft.internal;

import static de.ozd.newsroom.draft.internal.FragmentDetector.Reason.ARGUMENT_DROPPED;
import static de.ozd.newsroom.draft.internal.FragmentDetector.Reason.ARTICLE_MISSING;
import static de.ozd.newsroom.draft.internal.FragmentDetector.Reason.MODALITY_LOST;
import static de.ozd.newsroom.draft.internal.FragmentDetector.Reason.NEGATION_LOST;
import static de.ozd.newsroom.draft.internal.FragmentDetector.Reason.OPEN_COMPLEMENT;
import static de.ozd.newsroom.draft.internal.FragmentDetector.Reason.PRONOUN;
import static de.ozd.newsroom.draft.internal.FragmentDetector.Reason.SPEAKER_CASE;
import static de.ozd.newsroom.draft.internal.FragmentDetector.Reason.STRANDED_PHRASE;
import static de.ozd.newsroom.draft.internal.FragmentDetector.Reason.YEAR_DROPPED;
import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.draft.DraftTestSupport;
import org.junit.jupiter.api.Test;

/** The fragment detector fails known fragments and passes complete facts (our own sentences). */
class FragmentDetectorTest {

    private static final String REPORT = String.join(
            "\n",
            "Die ersten zwölf Straßenbahnen sollen im Mai 2026 geliefert werden. Kritiker bemängeln, "
                    + "dass die Gebühren zu hoch sind.",
            "Mehrere Kreisräte warfen ihm vor, die Bürger zu spät informiert zu haben. Die Prüferin "
                    + "schaut zunächst, ob die Unterlagen vollständig sind.",
            "Die Stadtwerke stellen ihre Flotte bis 2028 auf Elektroantrieb um. Insgesamt leben in dem "
                    + "Viertel rund 8.000 Menschen.",
            "Mit der Reform fällt auch die Gebühr in Höhe von 30 Euro pro Jahr weg. Inzwischen wurde "
                    + "der im Frühjahr vom Stadtrat auf den Weg gebrachte Haushalt genehmigt.",
            "Die neue Brücke wird nicht vor 2029 fertig. Laut einer Studie der Universität Lindenau "
                    + "fehlen Fachkräfte.",
            "Das neue Gesetz tritt nach Angaben des Ministeriums am 1. Juli in Kraft. Bei dem Unfall "
                    + "wurden zwei Menschen schwer verletzt. Die Polizei nahm am Samstag drei Männer fest.");

    private static FragmentDetector detector() {
        return new FragmentDetector(
                DraftTestSupport.analyzer(), DraftTestSupport.analyzer().analyze(REPORT));
    }

    @Test
    void rejectsKnownFragments() {
        FragmentDetector d = detector();
        assertThat(d.check("Zwölf Straßenbahnen geliefert")).contains(MODALITY_LOST);
        assertThat(d.check("im Mai – Erste zwölf Straßenbahnen sollen geliefert werden"))
                .contains(YEAR_DROPPED);
        assertThat(d.check("Laut Kritiker: Die Gebühren sind zu hoch")).contains(SPEAKER_CASE);
        assertThat(d.check("Mehrere Kreisräte warfen ihm vor")).contains(PRONOUN, OPEN_COMPLEMENT);
        assertThat(d.check("Die Prüferin schaut zunächst")).contains(OPEN_COMPLEMENT);
        assertThat(d.check("Stadtwerke stellen ihre Flotte bis 2028 um")).contains(ARGUMENT_DROPPED);
        assertThat(d.check("Rund 8.000 Menschen leben")).contains(ARGUMENT_DROPPED);
        assertThat(d.check("Die Gebühr fällt von 30 Euro weg")).contains(STRANDED_PHRASE);
        assertThat(d.check("Der gebrachte Haushalt wurde genehmigt")).contains(STRANDED_PHRASE);
        assertThat(d.check("Die neue Brücke wird vor 2029 fertig")).contains(NEGATION_LOST);
        assertThat(d.checkQuestion("Was ist Universität Lindenau?")).containsExactly(ARTICLE_MISSING);
    }

    @Test
    void passesCompleteFacts() {
        FragmentDetector d = detector();
        assertThat(d.check("Erste zwölf Straßenbahnen sollen im Mai 2026 geliefert werden"))
                .isEmpty();
        assertThat(d.check("im Mai 2026 – Erste zwölf Straßenbahnen sollen geliefert werden"))
                .isEmpty();
        assertThat(d.check("Laut Kritikern: Die Gebühren sind zu hoch")).isEmpty();
        assertThat(d.check("Stadtwerke stellen ihre Flotte bis 2028 auf Elektroantrieb um"))
                .isEmpty();
        assertThat(d.check("Rund 8.000 Menschen leben in dem Viertel")).isEmpty();
        assertThat(d.check("Laut Ministerium: Das neue Gesetz tritt am 1. Juli in Kraft"))
                .isEmpty();
        assertThat(d.check("Zwei Menschen schwer verletzt")).isEmpty();
        assertThat(d.check("Polizei nahm drei Männer fest")).isEmpty();
        assertThat(d.checkQuestion("Was ist die Universität Lindenau?")).isEmpty();
    }
}
