package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.HouseChecker;
import de.ozd.newsroom.draft.DraftLabels;
import de.ozd.newsroom.draft.DraftTestSupport;
import de.ozd.newsroom.draft.ExplainerLibrary;
import de.ozd.newsroom.draft.GroundingRule;
import de.ozd.newsroom.language.GermanCompounds;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The drafter's labels and the grounding check meet only in {@link DraftLabels}: a label the drafter writes is no
 * claim to the check, and „Bericht“ is no longer a word the index ignores in names.
 */
class DraftLabelsGroundingTest {
    private static final String REPORT = "Die Stadt Kranstedt sperrt am Montag die Hafenbrücke. Bürgermeister Jan "
            + "Ohlsen sagte, im April 2027 solle die Brücke wieder offen sein.";

    @Test
    void aNameWithBerichtIsCheckedWordForWord() {
        SourceIndex index = new SourceIndex(DraftTestSupport.analyzer().analyze(REPORT), new GermanCompounds());
        assertThat(index.supportsEntity("Ohlsen", "Ohlsen", "")).isTrue();
        // „Bericht“ is not in the report: a name made of it and a known word is not supported
        assertThat(index.supportsEntity("Ohlsen-Bericht", "Ohlsen-Bericht", "")).isFalse();
        assertThat(index.supportsEntity("Ohlsen-Bericht", "Ohlsen-Bericht", "der Ohlsen-Bericht von 2020"))
                .isTrue();
    }

    @Test
    void theExtrasLabelsTheDrafterWritesAreNoClaims() {
        String timeline = DraftLabels.timeline(List.of(
                "am Montag – Kranstedt sperrt die Hafenbrücke", "im April 2027 – Laut Ohlsen: Brücke wieder offen"));
        assertThat(DraftLabels.timelineEntries(timeline))
                .containsExactly(
                        "am Montag – Kranstedt sperrt die Hafenbrücke",
                        "im April 2027 – Laut Ohlsen: Brücke wieder offen");
        String pkg = String.join(
                "\n",
                "Die Stadt Kranstedt sperrt am Montag die Hafenbrücke. OZD",
                "OZD-Kommentar – Titel",
                DraftLabels.placeholder("Kommentar schreiben"),
                "",
                "OZD-Extras",
                DraftLabels.context("Die Stadt Kranstedt sperrt am Montag die Hafenbrücke."),
                timeline);
        GroundingRule rule =
                GroundingRule.forSource(DraftTestSupport.analyzer(), REPORT, ExplainerLibrary.empty(), HouseConfig.OZD);
        assertThat(HouseChecker.ozd().with(rule).check(pkg).stream()
                        .filter(d -> d.rule().startsWith("OZD1"))
                        .map(d -> d.format("p")))
                .isEmpty();
        // a date that is not in the report is still found behind the label
        String invented = pkg.replace("im April 2027", "im April 2029");
        assertThat(HouseChecker.ozd().with(rule).check(invented).stream()
                        .filter(d -> d.rule().equals(GroundingRule.UNSUPPORTED))
                        .map(d -> d.format("p")))
                .anyMatch(s -> s.startsWith("p:7:") && s.contains("2029"));
    }
}
