package de.ozd.newsroom.draft.internal;

import static de.ozd.newsroom.draft.internal.ComposedFacts.box;
import static de.ozd.newsroom.draft.internal.ComposedFacts.lines;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 13, fourteenth round, found on a fresh pass over tuning slice 5: the place a verb of being somewhere needs, a
 * clause that goes on after an aside with „und“, a relative pronoun before a name, a plural source in the dative, a
 * measure noun („die genaue Höhe“) whose whole is in the sentence before, and „so“ for the way just told. Sentences
 * written for this test.
 */
class PlacesAsidesAndPluralSpeakersTest {

    @Test
    void theVerbOfBeingSomewhereKeepsItsPlace() {
        assertThat(lines(box("Der Hafen ist gesperrt. In Bayern sitzen seit Montag fünf Verdächtige in "
                        + "Untersuchungshaft. Die Ermittlungen dauern an.")))
                .noneMatch(l -> l.endsWith("fünf Verdächtige"));
        assertThat(lines(box("Der Hafen ist gesperrt. Nach Angaben des Landeskriminalamts in Bayern befinden sich fünf"
                        + " Verdächtige in Haft. Die Ermittlungen dauern an.")))
                .noneMatch(l -> l.endsWith("fünf Verdächtige"));
    }

    @Test
    void aClauseThatGoesOnAfterAnAsideWithUndIsNotCutAtTheAside() {
        assertThat(lines(box("Die Lage ist ernst. Die Spannungen in der Region nehmen seit einem Atomtest im Jänner – "
                        + "dem vierten des Landes – und einem Raketenstart am Samstag ständig zu. Die Nachbarn sind "
                        + "besorgt.")))
                .noneMatch(l -> l.contains("Spannungen"));
    }

    @Test
    void aRelativePronounBeforeANameOpensARelativeClause() {
        assertThat(lines(box("Die Premiere war ausverkauft. Man hört Maria Bill, die Édith Piaf singt und dabei an "
                        + "Mireille Mathieu denkt. Das Publikum jubelte.")))
                .noneMatch(l -> l.contains("Piaf singt"));
    }

    @Test
    void aPluralSourceTakesTheDative() {
        assertThat(box("Das Kind wurde geborgen. Der Zustand des Kindes war nach Angaben der Ärzte lebensbedrohlich. "
                                + "Die Polizei ermittelt.")
                        .facts())
                .noneMatch(l -> l.startsWith("Laut Ärzte:"))
                .anyMatch(l -> l.startsWith("Laut Ärzten:"));
    }

    @Test
    void aMeasureWithoutItsWholeIsNoLine() {
        assertThat(lines(box("Kiew verlangt einen Rabatt auf das Gas. Die genaue Höhe legt die russische Regierung "
                        + "fest. Die Zeit drängt.")))
                .noneMatch(l -> l.contains("Höhe"));
        assertThat(lines(box("Die Arbeitslosigkeit steigt. Im Iran steigt der Wert auf nur 55 Prozent an. Die "
                        + "Regierung schweigt.")))
                .noneMatch(l -> l.contains("Wert"));
        // a measure that names its whole, or a compound that is one, stays
        assertThat(lines(box("Die Arbeitslosigkeit steigt. In Wien liegt die Quote der Arbeitslosen bei neun Prozent. "
                        + "Die Regierung schweigt.")))
                .anyMatch(l -> l.contains("Quote der Arbeitslosen"));
    }

    @Test
    void aComparisonWhoseOtherSideIsInTheSentenceBeforeIsNoLine() {
        assertThat(lines(box("Die Zahl der Asylanträge steigt. Auch der Anteil der jungen Bewerber liegt laut der "
                        + "Untersuchung niedriger. Die Datenlage ist dünn.")))
                .noneMatch(l -> l.contains("niedriger"));
        // „wird größer“ is a change, not a comparison
        assertThat(lines(box("Die Zahl der Asylanträge steigt. Die Warteschlange vor dem Amt wird stetig größer. Die "
                        + "Datenlage ist dünn.")))
                .anyMatch(l -> l.contains("stetig größer"));
        // a measure noun in the genitive of another noun has its whole
        assertThat(lines(box("Die Zahl der Asylanträge steigt. Der Sender ergibt sich der Diktatur der Quote. Die "
                        + "Datenlage ist dünn.")))
                .anyMatch(l -> l.contains("Diktatur der Quote"));
    }

    @Test
    void soInsideTheLinePointsAtTheWayJustTold() {
        assertThat(lines(box("Die Puppe hat ein Mikrofon. Kinder können so mit der Puppe plaudern. Der Hersteller "
                        + "schweigt.")))
                .noneMatch(l -> l.contains("plaudern"));
        assertThat(lines(box("Die Puppe hat ein Mikrofon. Neu ist so was nicht. Der Hersteller schweigt.")))
                .noneMatch(l -> l.contains("so was"));
        // „so“ that grades an adjective says nothing of the sentence before
        assertThat(lines(box("Die Puppe hat ein Mikrofon. Die Kinder wirken so hilflos. Der Hersteller schweigt.")))
                .contains("Die Kinder wirken so hilflos");
    }

    @Test
    void aVerbReadAsAnAdjectiveAfterTheAsideOpensAClauseOfItsOwn() {
        assertThat(lines(box("Die Forscher sind zufrieden. Das Team um Kenneth Baer untersuchte Koprolithen – "
                        + "versteinerten Kot – und wertete alle weltweit bekannten Funde von Plattwürmern aus. Die Studie"
                        + " erscheint im Mai.")))
                .contains("Team um Kenneth Baer untersuchte Koprolithen");
    }
}
