package de.ozd.newsroom.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.SharedData;
import de.ozd.newsroom.core.model.ArticlePackage;
import org.junit.jupiter.api.Test;

class ReferenceArticleTest {
    private final PackageParser parser = PackageParser.ozd();
    private final PackageWriter writer = PackageWriter.ozd();

    @Test
    void roundTripsTheReferenceByteForByte() {
        String text = SharedData.seedText();
        assertThat(writer.lossless(parser.parse(text))).isEqualTo(text);
    }

    @Test
    void hasTheCountsTheSpecNames() {
        ParseResult result = parser.parse(SharedData.seedText());
        ArticlePackage pkg = result.pkg();
        assertThat(result.diagnostics()).isEmpty();
        assertThat(pkg.report().paragraphs()).hasSize(4);
        assertThat(pkg.report().signature()).contains("OZD");
        assertThat(pkg.report().paragraphs().get(3)).endsWith("auf der anderen Seite.");
        assertThat(pkg.commentary().orElseThrow().title()).isEqualTo("Ein Bündnis aus Blut und Kalkül");
        assertThat(pkg.commentary().orElseThrow().paragraphs()).hasSize(1);
        assertThat(pkg.infobox().orElseThrow().title()).isEqualTo("Nordkorea bestätigt Kampfeinsatz eigener Soldaten");
        assertThat(pkg.infobox().orElseThrow().facts()).hasSize(3);
        assertThat(pkg.analysis().orElseThrow().dimensions())
                .hasSize(3)
                .allSatisfy(
                        d -> assertThat(d.points()).extracting(p -> p.label()).containsExactly("a", "b", "c"));
        assertThat(pkg.explainers().orElseThrow().entries()).hasSize(2);
        assertThat(pkg.explainers().orElseThrow().entries().get(0).answer())
                .isEqualTo("Kim Jong Un ist seit 2011 Machthaber Nordkoreas. Er regiert das Land autoritär und nutzt "
                        + "militärische Stärke sowie internationale Bündnisse zur Sicherung seiner Macht.");
        assertThat(pkg.credits().orElseThrow().pictureCredit()).contains("AFP");
        assertThat(pkg.credits().orElseThrow().disclaimer()).contains("Alle Angaben ohne Gewähr.");
        assertThat(pkg.extras().orElseThrow().paragraphs()).hasSize(1);
        assertThat(pkg.provenance().isEmpty()).isTrue();
    }

    @Test
    void canonicalFormDiffersOnlyByUnwrappedAnswersAndFinalNewline() {
        String text = SharedData.seedText();
        ArticlePackage pkg = parser.parse(text).pkg();
        String canonical = writer.canonical(pkg);
        assertThat(canonical).endsWith("\n").doesNotContain("Er regiert das Land\n");
        assertThat(parser.parse(canonical).pkg()).isEqualTo(pkg);
        assertThat(canonical.lines().count()).isEqualTo(text.lines().count() - 4);
    }
}
