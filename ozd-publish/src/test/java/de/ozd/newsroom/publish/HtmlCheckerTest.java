package de.ozd.newsroom.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page through the W3C Nu HTML Checker (the vnu engine, embedded): zero errors. */
public class HtmlCheckerTest {
    private static final Renderers RENDERERS = Renderers.standard(TestPackages.SITE);

    static Stream<TestPackages.Named> articles() {
        return TestPackages.all().stream();
    }

    /** The checker's errors (not its info messages) for one HTML document. */
    public static List<String> errors(String html) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        String json = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        List<String> errors = new ArrayList<>();
        for (JsonNode m : new ObjectMapper().readTree(json).path("messages")) {
            boolean error = m.path("type").asText().equals("error")
                    || m.path("type").asText().equals("non-document-error");
            if (error) {
                errors.add(m.path("lastLine").asText() + ": "
                        + m.path("message").asText() + " «" + m.path("extract").asText() + "»");
            }
        }
        return errors;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void articlePageHasNoErrors(TestPackages.Named article) throws Exception {
        assertThat(errors(RENDERERS.get("html").orElseThrow().render(article.publication())))
                .isEmpty();
    }

    @Test
    void indexPageHasNoErrors() throws Exception {
        var items =
                TestPackages.all().stream().map(TestPackages.Named::publication).toList();
        assertThat(errors(RENDERERS.get("index").orElseThrow().render(items))).isEmpty();
    }

    @Test
    void pageOfHostileTextHasNoErrors() throws Exception {
        assertThat(errors(RENDERERS.get("html").orElseThrow().render(InjectionTest.evilPublication())))
                .isEmpty();
    }

    @Test
    void correctedPageOfHostileTextHasNoErrors() throws Exception {
        assertThat(errors(RENDERERS.get("html").orElseThrow().render(InjectionTest.evilCorrected())))
                .isEmpty();
    }

    @Test
    void noticePageHasNoErrors() throws Exception {
        String html = new NoticePage(TestPackages.SITE)
                .render("Artikel zurückgezogen", List.of(InjectionTest.EVIL, "Zweiter Absatz"));
        assertThat(errors(html)).isEmpty();
        assertThat(html).doesNotContain("<script>alert");
    }

    @Test
    void checkerFindsErrorsInBrokenHtml() throws Exception {
        assertThat(errors("<!DOCTYPE html><html lang=de><title>x</title><p><div></span>"))
                .isNotEmpty();
    }
}
