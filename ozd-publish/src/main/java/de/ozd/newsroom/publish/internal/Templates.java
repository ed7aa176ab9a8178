package de.ozd.newsroom.publish.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The jte templates under {@code src/main/jte}, compiled to classes by the build (jte-maven-plugin): rendering loads
 * classes, it never compiles. HTML escaping is jte's, by context (text, attribute). Thread-safe.
 */
public final class Templates {
    static final String PACKAGE = "de.ozd.newsroom.publish.internal.templates";
    private static final TemplateEngine ENGINE =
            TemplateEngine.createPrecompiled(null, ContentType.Html, Templates.class.getClassLoader(), PACKAGE);
    private static final String CSS = readCss();

    private Templates() {}

    public static void render(String template, Object model, Writer out) {
        ENGINE.render(template, model, new WriterOutput(out));
    }

    /** The site's stylesheet (our own; no CDN, no web font). */
    public static String css() {
        return CSS;
    }

    private static String readCss() {
        String name = "/de/ozd/newsroom/publish/ozd.css";
        try (InputStream in = Templates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("stylesheet missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
