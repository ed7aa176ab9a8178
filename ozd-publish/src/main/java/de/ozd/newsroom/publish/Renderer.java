package de.ozd.newsroom.publish;

import de.ozd.newsroom.publish.internal.StringBuilderWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Turns publications into one output format. Every built-in format goes through this interface, and a new format
 * plugs in the same way ({@link Renderers#with(Renderer)}).
 *
 * <p>Implementations are immutable and thread-safe: one instance serves any number of concurrent calls. They escape
 * every text they write for their format; the text they get is already free of characters that no output format
 * may carry (see {@link Publication#of}).
 */
public interface Renderer {
    OutputFormat format();

    /**
     * Writes {@code items} to {@code out}. A renderer of {@link OutputFormat.Scope#ARTICLE} scope takes exactly one
     * item and throws {@link IllegalArgumentException} otherwise.
     */
    void render(List<Publication> items, Writer out) throws IOException;

    /** Renders to a string. */
    default String render(List<Publication> items) {
        StringBuilderWriter out = new StringBuilderWriter(16 * 1024);
        try {
            render(items, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + format().name() + " into a string", e);
        }
        return out.toString();
    }

    /** Renders one publication. */
    default String render(Publication item) {
        return render(List.of(item));
    }
}
