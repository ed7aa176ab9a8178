package de.ozd.newsroom.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.store.StoreJson;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The typed timestamps of the store's API read back to exactly the text the columns hold and the JSON shows. */
class TimesTest {
    @Test
    void aColumnValueReadAndWrittenAgainIsTheSameText() {
        for (String column : new String[] {
            "2026-11-02T08:15:00.000000Z", "2026-12-31T23:59:59.999999Z", "1999-01-01T00:00:00.000001Z"
        }) {
            Instant at = Times.parse(column);
            assertThat(Times.format(at)).isEqualTo(column);
            assertThat(StoreJson.time(at)).isEqualTo(column);
        }
        String now = Times.now();
        assertThat(Times.format(Times.parse(now))).isEqualTo(now);
    }

    @Test
    void shorterIsoInstantsAreReadAndWrittenInTheFixedWidth() {
        assertThat(Times.format(Times.parse("2026-11-02T08:15:00Z"))).isEqualTo("2026-11-02T08:15:00.000000Z");
        assertThat(Times.format(Times.parse("2026-11-02T09:15:00+01:00"))).isEqualTo("2026-11-02T08:15:00.000000Z");
    }

    @Test
    void datesAreTheFirstTenCharactersOrNothing() {
        assertThat(Times.dateOrNull("2026-11-02")).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(Times.dateOrNull("2026-11-02T08:15:00.000000Z")).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(Times.dateOrNull(null)).isNull();
        assertThat(Times.dateOrNull("2026-02-30")).isNull();
        assertThat(StoreJson.date(LocalDate.of(2026, 1, 5))).isEqualTo("2026-01-05");
        assertThat(StoreJson.date(null)).isNull();
    }
}
