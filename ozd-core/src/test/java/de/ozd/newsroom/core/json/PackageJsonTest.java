package de.ozd.newsroom.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozd.newsroom.core.SharedData;
import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.model.ArticlePackage;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageJsonTest {
    @Test
    void referenceJsonHasTheSpecShapeAndCounts() throws Exception {
        ArticlePackage pkg = PackageParser.ozd().parse(SharedData.seedText()).pkg();
        JsonNode json = new ObjectMapper().readTree(PackageJson.write(pkg));
        List<String> keys = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys)
                .containsExactly(
                        "frontMatter",
                        "report",
                        "commentary",
                        "infobox",
                        "analysis",
                        "explainers",
                        "credits",
                        "extras",
                        "provenance");
        assertThat(json.at("/report/paragraphs")).hasSize(4);
        assertThat(json.at("/report/signature").asText()).isEqualTo("OZD");
        assertThat(json.at("/commentary/paragraphs")).hasSize(1);
        assertThat(json.at("/infobox/facts")).hasSize(3);
        assertThat(json.at("/analysis/dimensions")).hasSize(3);
        json.at("/analysis/dimensions").forEach(d -> assertThat(d.get("points")).hasSize(3));
        assertThat(json.at("/explainers")).hasSize(2);
        assertThat(json.at("/credits/pictureCredit").asText()).isEqualTo("AFP");
        assertThat(json.at("/extras/paragraphs")).hasSize(1);
        assertThat(json.get("provenance").isEmpty()).isTrue();
        assertThat(PackageJson.read(PackageJson.write(pkg))).isEqualTo(pkg);
    }

    @Test
    void absentSectionsAreNull() {
        ArticlePackage pkg = PackageParser.ozd().parse("Nur ein Bericht. OZD\n").pkg();
        String json = PackageJson.writeCompact(pkg);
        assertThat(json)
                .contains(
                        "\"commentary\":null",
                        "\"infobox\":null",
                        "\"analysis\":null",
                        "\"explainers\":null",
                        "\"credits\":null",
                        "\"extras\":null");
        assertThat(PackageJson.read(json)).isEqualTo(pkg);
    }

    @Test
    void unknownKeyIsRefusedWithItsPointer() {
        assertThatThrownBy(() -> PackageJson.read("{\"report\":{\"paragraphs\":[],\"signature\":null},\"extra\":1}"))
                .isInstanceOf(PackageJsonException.class)
                .hasMessageContaining("Unbekannter Schlüssel „extra“")
                .extracting(e -> ((PackageJsonException) e).pointer())
                .isEqualTo("/extra");
    }

    @Test
    void wrongTypeIsRefusedWithItsPointer() {
        assertThatThrownBy(() -> PackageJson.read("{\"report\":{\"paragraphs\":[\"a\", 3],\"signature\":\"OZD\"}}"))
                .isInstanceOf(PackageJsonException.class)
                .extracting(e -> ((PackageJsonException) e).pointer())
                .isEqualTo("/report/paragraphs/1");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> PackageJson.read("{\n  \"report\": [}"))
                .isInstanceOf(PackageJsonException.class)
                .hasMessageStartingWith("Kein gültiges JSON (Zeile 2");
    }

    @Test
    void tooDeeplyNestedJsonIsRefusedWithAMessage() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> PackageJson.read(deep))
                .isInstanceOf(PackageJsonException.class)
                .hasMessageStartingWith("Kein gültiges JSON");
    }

    @Test
    void provenanceRoundTripsThroughFrontMatterAndJson() {
        String text = "---\nslug: x\nprovenance.infobox: llm gpt-4o-mini, unreviewed\n---\nBericht. OZD\n"
                + "Mini-Infobox\nTitel\nFakt\n";
        ArticlePackage pkg = PackageParser.ozd().parse(text).pkg();
        assertThat(pkg.frontMatter().fields()).containsOnlyKeys("slug");
        var infobox =
                pkg.provenance().of(de.ozd.newsroom.core.model.Section.INFOBOX).orElseThrow();
        assertThat(infobox.needsMachineLabel()).isTrue();
        assertThat(infobox.model()).contains("gpt-4o-mini");
        assertThat(PackageJson.write(pkg))
                .contains("\"infobox\": {\n      \"origin\": \"llm\",\n      \"reviewed\": false,"
                        + "\n      \"model\": \"gpt-4o-mini\"");
        assertThat(PackageJson.read(PackageJson.write(pkg))).isEqualTo(pkg);
    }
}
