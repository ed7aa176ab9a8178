package de.ozd.newsroom.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.format.PackageWriter;
import de.ozd.newsroom.core.model.ArticlePackage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two plain reports of issue 13, written for this test (a council vote on a bridge, job cuts at a supplier,
 * {@code reports/precision/}): the infobox gets at least three correct facts, each with a key figure of the report,
 * and none of the drafted lines is one an editor would call wrong (listed below as read by hand).
 */
class PrecisionReportsTest {

    private static String report(String name) throws IOException {
        try (InputStream in = PrecisionReportsTest.class.getResourceAsStream("/reports/precision/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ArticlePackage draft(String report) {
        ArticlePackage pkg = DraftTestSupport.engine().draft(DraftRequest.of(report));
        System.out.println(pkg.infobox().orElseThrow().title());
        pkg.infobox().orElseThrow().facts().forEach(f -> System.out.println("  " + f));
        if (Boolean.getBoolean("ozd.eval.verbose")) {
            System.out.println(PackageWriter.ozd().canonical(pkg));
        }
        return pkg;
    }

    private static List<String> groundingErrors(String report, ArticlePackage pkg) {
        return DraftTestSupport.groundingErrors(report, pkg);
    }

    @Test
    void councilVoteOnABridgeGetsThreeFactsWithItsFigures() throws IOException {
        String report = report("brueckenbeschluss");
        ArticlePackage pkg = draft(report);
        List<String> facts = pkg.infobox().orElseThrow().facts();
        assertThat(facts).filteredOn(CORRECT_BRIDGE::contains).hasSizeGreaterThanOrEqualTo(3);
        // the key figures in „Stichwort: Wert“ form: the vote and the costs against the earlier estimate
        assertThat(facts).contains("Abstimmung: 23 zu 18 Stimmen", "Kosten laut Bauamt: 131 statt 48 Millionen Euro");
        assertThat(pkg.infobox().orElseThrow().title()).doesNotEndWith(DraftLabels.NAMES_TITLE_END);
        assertThat(groundingErrors(report, pkg)).isEmpty();
    }

    @Test
    void jobCutsAtASupplierGetThreeFactsWithTheirFigures() throws IOException {
        String report = report("stellenabbau");
        ArticlePackage pkg = draft(report);
        List<String> facts = pkg.infobox().orElseThrow().facts();
        assertThat(facts).filteredOn(CORRECT_JOBS::contains).hasSizeGreaterThanOrEqualTo(3);
        // the key figure is the title's; no fact repeats it
        assertThat(pkg.infobox().orElseThrow().title()).contains("rund 1.200 Stellen");
        assertThat(facts).noneMatch(f -> f.contains("1.200"));
        assertThat(groundingErrors(report, pkg)).isEmpty();
    }

    /** Facts read as correct and carrying a key figure (vote, costs, share, dates), with and without article. */
    static final List<String> CORRECT_BRIDGE = List.of(
            "Abstimmung: 23 zu 18 Stimmen",
            "Kosten laut Bauamt: 131 statt 48 Millionen Euro",
            "23 Ratsmitglieder stimmten für den Entwurf der Verwaltung",
            "Der Freistaat übernimmt 60 Prozent der Kosten",
            "Freistaat übernimmt 60 Prozent der Kosten",
            "Die Bauarbeiten sollen im Herbst 2026 beginnen",
            "Laut Bauamt: Die Kosten liegen bei 131 Millionen Euro",
            "Die Stadt war von 48 Millionen Euro ausgegangen",
            "Stadt war von 48 Millionen Euro ausgegangen");

    /** Facts read as correct and carrying a key figure (jobs, plant, revenue), with and without article. */
    static final List<String> CORRECT_JOBS = List.of(
            "Der Konzern beschäftigt weltweit 9.500 Menschen",
            "Konzern beschäftigt weltweit 9.500 Menschen",
            "Im Jahr 2024 hatte Brennwald 450 Stellen abgebaut",
            "Jörg Haller verlangte eine Garantie bis mindestens 2032",
            "Brennwald streicht bis Ende 2027 rund 1.200 Stellen",
            "Der Umsatz sank um 14 Prozent auf 2,1 Milliarden Euro",
            "Umsatz sank um 14 Prozent auf 2,1 Milliarden Euro",
            "In Baunatal arbeiten derzeit 3.400 Menschen");
}
