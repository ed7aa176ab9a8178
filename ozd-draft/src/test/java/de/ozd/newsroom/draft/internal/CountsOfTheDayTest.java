package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 13, thirty-second round (found by a fresh reading of tuning slices 4 and 5, the development part and the
 * Wikinews development split): a count of what arrived, waited or was sold on one day is that day's. Without the day
 * („Laut Polizei: Rund 13.000 Migranten eingereist“ of „Am Wochenende sind … eingereist“) it reads as a total or as
 * what is so now, so the line keeps the day or is not drafted. The count of one event keeps its shorter line, and a
 * line without a count may still leave the day to the report. Sentences written for this test.
 */
class CountsOfTheDayTest {

    @Test
    void aCountOfTheDayKeepsItsDay() {
        String report = "Am Wochenende sind nach Angaben der Landespolizei rund 9.000 Pilger in Lindenau eingetroffen."
                + " Im Lager am Stadtrand warteten am Sonntagabend noch 2.400 Menschen. Bis zum Freitag waren mehr"
                + " als 6.000 Eintrittskarten verkauft.";
        assertThat(ComposedFacts.of("day", report, 8, 10))
                .isNotEmpty()
                .noneMatch(f -> f.contains("9.000") && !f.contains("Wochenende"))
                .noneMatch(f -> f.contains("2.400") && !f.contains("Sonntagabend"))
                .noneMatch(f -> f.contains("6.000") && !f.contains("Freitag"))
                .anyMatch(f -> f.contains("warteten am Sonntagabend noch 2.400 Menschen"));
        // the tagger reads „warteten“ here as an auxiliary: it is still the clause's full verb
        assertThat(ComposedFacts.of(
                        "auxiliary",
                        "Nach Angaben der Polizei warteten am Sonntag noch 1.200 Menschen vor dem Rathaus.",
                        8,
                        10))
                .noneMatch(f -> f.contains("1.200") && !f.contains("Sonntag"));
    }

    @Test
    void theCountOfOneEventAndALineWithoutACountMayLeaveTheDay() {
        assertThat(ComposedFacts.of("event", "Bei dem Sturm wurden am Dienstag in Lindenau elf Menschen verletzt.", 10))
                .anyMatch(f -> f.contains("elf Menschen") && !f.contains("Dienstag"));
        assertThat(ComposedFacts.of("no count", "Am Montag nahm die Polizei in Lindenau den Mann fest.", 8))
                .anyMatch(f -> f.startsWith("Die Polizei nahm") || f.startsWith("Polizei nahm"));
    }

    @Test
    void theTimelineSaysTheDayOnce() {
        assertThat(ExtrasDrafter.entry("Am Sonntag", "Laut Polizei: Am Sonntag kamen rund 700 Pilger an"))
                .isEqualTo("Laut Polizei: Am Sonntag kamen rund 700 Pilger an");
        assertThat(ExtrasDrafter.entry("Am Sonntag", "Laut Polizei: Rund 700 Pilger kamen an"))
                .isEqualTo("Am Sonntag – Laut Polizei: Rund 700 Pilger kamen an");
    }
}
