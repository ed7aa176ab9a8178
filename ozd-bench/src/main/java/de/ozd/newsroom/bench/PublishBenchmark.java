package de.ozd.newsroom.bench;

import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.publish.Publication;
import de.ozd.newsroom.publish.Renderer;
import de.ozd.newsroom.publish.Renderers;
import de.ozd.newsroom.publish.Site;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Renders the reference-sized package (see {@link BenchInput}) to the HTML page, IPTC ninjs 2.2 and IPTC NewsML-G2;
 * one operation is one complete document, so ops/s is pages per second on one thread. The package is parsed once;
 * the renderers are the shared, immutable ones a server would hold.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PublishBenchmark {
    private List<Publication> article;
    private Renderer html;
    private Renderer ninjs;
    private Renderer newsMl;

    @Setup
    public void setUp() {
        // feeds and IPTC items need the address articles are published under
        Site site = Site.ozd().withBaseUrl(java.net.URI.create("https://www.example.de/"));
        article = List.of(Publication.of(
                PackageParser.ozd().parse(BenchInput.text()).pkg(),
                site,
                "artikel",
                Instant.parse("2026-01-01T00:00:00Z")));
        Renderers renderers = Renderers.standard(site);
        html = renderers.get("html").orElseThrow();
        ninjs = renderers.get("ninjs").orElseThrow();
        newsMl = renderers.get("newsml").orElseThrow();
    }

    @Benchmark
    public String htmlPage() {
        return html.render(article);
    }

    @Benchmark
    public String ninjs() {
        return ninjs.render(article);
    }

    @Benchmark
    public String newsMl() {
        return newsMl.render(article);
    }
}
