package de.ozd.newsroom.publish;

import de.ozd.newsroom.publish.internal.FeedRenderer;
import de.ozd.newsroom.publish.internal.HtmlRenderer;
import de.ozd.newsroom.publish.internal.IndexRenderer;
import de.ozd.newsroom.publish.internal.JsonLdRenderer;
import de.ozd.newsroom.publish.internal.MarkdownRenderer;
import de.ozd.newsroom.publish.internal.NewsMlRenderer;
import de.ozd.newsroom.publish.internal.NinjsRenderer;
import de.ozd.newsroom.publish.internal.SitemapRenderer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The renderers by format name. {@link #standard(Site)} holds every built-in format; {@link #with(Renderer)} adds
 * or replaces one, the same way for a new format as for a built-in one. Immutable and thread-safe: build it once and
 * share it.
 */
public final class Renderers {
    private final Map<String, Renderer> byName;

    private Renderers(Map<String, Renderer> byName) {
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    /** html, jsonld, ninjs (2.2), ninjs3 (3.1), newsml, markdown (one article); rss, atom, sitemap, newssitemap, index (a list). */
    public static Renderers standard(Site site) {
        Renderers r = new Renderers(Map.of());
        for (Renderer renderer : List.of(
                new HtmlRenderer(site),
                new JsonLdRenderer(site),
                NinjsRenderer.v2(site),
                NinjsRenderer.v3(site),
                new NewsMlRenderer(site),
                new MarkdownRenderer(site),
                FeedRenderer.rss(site),
                FeedRenderer.atom(site),
                SitemapRenderer.sitemap(site),
                SitemapRenderer.news(site),
                new IndexRenderer(site))) {
            r = r.with(NEEDS_BASE_URL.contains(renderer.format().name()) ? requiringBaseUrl(renderer, site) : renderer);
        }
        return r;
    }

    /** The formats made of absolute addresses: without a base URL they would point at the placeholder host. */
    public static final Set<String> NEEDS_BASE_URL =
            Set.of("ninjs", "ninjs3", "newsml", "rss", "atom", "sitemap", "newssitemap");

    private static Renderer requiringBaseUrl(Renderer renderer, Site site) {
        return new Renderer() {
            @Override
            public OutputFormat format() {
                return renderer.format();
            }

            @Override
            public void render(List<Publication> items, java.io.Writer out) throws java.io.IOException {
                site.requireBaseUrl(renderer.format().name());
                renderer.render(items, out);
            }
        };
    }

    /** A copy with {@code renderer} registered under its format name (replacing one of the same name). */
    public Renderers with(Renderer renderer) {
        Map<String, Renderer> copy = new LinkedHashMap<>(byName);
        copy.put(renderer.format().name(), renderer);
        return new Renderers(copy);
    }

    public Optional<Renderer> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The format names, in registration order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The format names of one scope. */
    public List<String> names(OutputFormat.Scope scope) {
        return byName.values().stream()
                .filter(r -> r.format().scope() == scope)
                .map(r -> r.format().name())
                .toList();
    }
}
