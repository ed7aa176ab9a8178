package de.ozd.newsroom.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.core.json.PackageJsonException;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.core.model.SectionProvenance;
import de.ozd.newsroom.core.model.Signoff;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Who reviewed a machine section and when (or who published it labelled as machine-made): text and JSON, losslessly. */
class SignoffRoundTripTest {
    private static final String TEXT = "---\nheadline: Brücke gesperrt\n"
            + "provenance.commentary: extractive, unreviewed\n"
            + "provenance.infobox: extractive, reviewed by k.redakteur 2026-12-04T16:00:00Z\n"
            + "provenance.analysis: llm gpt-4o-mini, unreviewed, labelled by CvD Nacht, Desk 2 2026-12-04T17:30:05Z\n"
            + "provenance.extras: extractive, reviewed\n---\nDie Stadt sperrt die Brücke. OZD\n";

    @Test
    void theFrontMatterCarriesReviewerAndTimeAndWritesThemBackUnchanged() {
        ParseResult parsed = PackageParser.ozd().parse(TEXT);
        assertThat(parsed.diagnostics()).isEmpty();
        ArticlePackage pkg = parsed.pkg();
        SectionProvenance infobox = pkg.provenance().orHuman(Section.INFOBOX);
        assertThat(infobox.reviewed()).isTrue();
        assertThat(infobox.review()).contains(new Signoff("k.redakteur", Instant.parse("2026-12-04T16:00:00Z")));
        assertThat(infobox.machineLabel()).isEmpty();
        SectionProvenance analysis = pkg.provenance().orHuman(Section.ANALYSIS);
        assertThat(analysis.needsMachineLabel()).isTrue();
        assertThat(analysis.model()).contains("gpt-4o-mini");
        assertThat(analysis.machineLabel())
                .contains(new Signoff("CvD Nacht, Desk 2", Instant.parse("2026-12-04T17:30:05Z")));
        assertThat(analysis.review()).isEmpty();
        // older lines without a sign-off still read as before
        assertThat(pkg.provenance().orHuman(Section.EXTRAS).signoff()).isEmpty();
        assertThat(pkg.provenance().orHuman(Section.COMMENTARY).signoff()).isEmpty();

        assertThat(PackageWriter.ozd().lossless(parsed)).isEqualTo(TEXT);
        assertThat(PackageWriter.ozd().canonical(pkg)).isEqualTo(TEXT);
        assertThat(PackageParser.ozd().parse(PackageWriter.ozd().canonical(pkg)).pkg())
                .isEqualTo(pkg);
    }

    @Test
    void theJsonFormCarriesThemTooAndReadsBackToTheSamePackage() {
        ArticlePackage pkg = PackageParser.ozd().parse(TEXT).pkg();
        var tree = PackageJson.toTree(pkg);
        assertThat(tree.at("/provenance/infobox/reviewedBy").asText()).isEqualTo("k.redakteur");
        assertThat(tree.at("/provenance/infobox/reviewedAt").asText()).isEqualTo("2026-12-04T16:00:00Z");
        assertThat(tree.at("/provenance/analysis/labelledBy").asText()).isEqualTo("CvD Nacht, Desk 2");
        assertThat(tree.at("/provenance/analysis/labelledAt").asText()).isEqualTo("2026-12-04T17:30:05Z");
        assertThat(tree.at("/provenance/extras").has("reviewedBy")).isFalse();
        assertThat(PackageJson.read(tree.toString())).isEqualTo(pkg);
    }

    @Test
    void aReviewMadeNowIsKeptToTheSecond() {
        SectionProvenance p = SectionProvenance.drafted(de.ozd.newsroom.core.model.Origin.EXTRACTIVE, null)
                .markReviewed("k.redakteur", Instant.parse("2026-12-04T16:00:00.987654Z"));
        assertThat(p.review().orElseThrow().at()).isEqualTo(Instant.parse("2026-12-04T16:00:00Z"));
        assertThat(p.needsMachineLabel()).isFalse();
        assertThat(SectionProvenance.drafted(de.ozd.newsroom.core.model.Origin.EXTRACTIVE, null)
                        .markLabelled("k.redakteur", Instant.EPOCH)
                        .needsMachineLabel())
                .isTrue();
    }

    @Test
    void unreadableSignoffsAreReportedNotGuessed() {
        ParseResult bad = PackageParser.ozd()
                .parse("---\nprovenance.infobox: extractive, reviewed by k.redakteur gestern\n---\nText. OZD\n");
        assertThat(bad.diagnostics()).extracting(d -> d.rule()).containsExactly("OZD022");
        String json = PackageJson.toTree(PackageParser.ozd().parse(TEXT).pkg())
                .toString()
                .replace("\"reviewedAt\":\"2026-12-04T16:00:00Z\"", "\"reviewedAt\":\"4.12.2026\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PackageJson.read(json))
                .isInstanceOf(PackageJsonException.class)
                .satisfies(e ->
                        assertThat(((PackageJsonException) e).pointer()).isEqualTo("/provenance/infobox/reviewedAt"));
        String crossed = PackageJson.toTree(PackageParser.ozd().parse(TEXT).pkg())
                .toString()
                .replace("reviewedBy", "labelledBy");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PackageJson.read(crossed))
                .isInstanceOf(PackageJsonException.class);
    }
}
