package de.ozd.newsroom.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The evidence of editorial control reaches readers and partners: a reviewed machine section names its reviewer and
 * the time, an unreviewed one published labelled as machine-made names who released it, in every output that
 * shows provenance (page, JSON-LD, ninjs, NewsML).
 */
class SignoffOutputsTest {
    private static final Renderers RENDERERS = Renderers.standard(TestPackages.SITE);
    private static final String REVIEWED = "Maschinell entworfen mit einem Sprachmodell (ozd-test-model-7b), von der "
            + "Redaktion geprüft (k.redakteur, 2026-03-14 09:05 UTC).";
    private static final String RELEASED = "So gekennzeichnet veröffentlicht von CvD Nacht (2026-03-14 09:20 UTC).";

    private static Publication signed() throws IOException {
        String text;
        try (InputStream in = SignoffOutputsTest.class.getResourceAsStream("/packages/bruecke.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        text = text.replace(
                        "provenance.explainers: llm ozd-test-model-7b, reviewed\n",
                        "provenance.explainers: llm ozd-test-model-7b, reviewed by k.redakteur 2026-03-14T09:05:00Z\n")
                .replace(
                        "provenance.infobox: extractive, unreviewed\n",
                        "provenance.infobox: extractive, unreviewed, labelled by CvD Nacht 2026-03-14T09:20:00Z\n");
        return TestPackages.publication(text, "rheinbruecke-lindenau");
    }

    @Test
    void theReaderPageAndItsJsonLdNameReviewerAndTime() throws Exception {
        String html = RENDERERS.get("html").orElseThrow().render(List.of(signed()));
        assertThat(html).contains(REVIEWED).contains(RELEASED);
        String jsonLd = RENDERERS.get("jsonld").orElseThrow().render(List.of(signed()));
        assertThat(jsonLd).contains(REVIEWED).contains(RELEASED);
    }

    @Test
    void ninjsAndNewsMlCarryTheSameWords() throws Exception {
        JsonNode n =
                new ObjectMapper().readTree(RENDERERS.get("ninjs").orElseThrow().render(signed()));
        String explainers = n.get("associations").get(3).get("descriptions").toString();
        assertThat(explainers).contains(REVIEWED);
        assertThat(n.get("associations").get(1).get("descriptions").toString()).contains(RELEASED);
        String xml = RENDERERS.get("newsml").orElseThrow().render(signed());
        assertThat(xml).contains(REVIEWED).contains(RELEASED);
    }

    @Test
    void aReviewWithoutRecordedReviewerStillShowsNoLabel() throws Exception {
        JsonNode n = new ObjectMapper()
                .readTree(RENDERERS.get("ninjs").orElseThrow().render(TestPackages.resource("bruecke.txt")));
        assertThat(n.get("associations").get(3).has("descriptions")).isFalse();
    }
}
