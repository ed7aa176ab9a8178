package de.ozd.newsroom.bench;

import com.sun.management.ThreadMXBean;
import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.publish.Publication;
import de.ozd.newsroom.publish.Renderer;
import de.ozd.newsroom.publish.Renderers;
import de.ozd.newsroom.publish.Site;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The {@link PublishBenchmark} set-up, measured in the rendering thread's CPU time and allocated bytes per page
 * instead of pages per second: on a machine shared with other builds, ops/s falls with every process that takes the
 * CPU away, while the CPU time a page costs hardly moves. Uses only the public publishing API, so it also runs as a
 * source file against an older build's jar ({@code java -cp OLD/benchmarks.jar RenderCpuTime.java ARTICLE}).
 *
 * <p>Arguments: the article file, then optionally the formats (comma-separated, default {@code html,newsml,ninjs}).
 * Per format: 30,000 pages of warm-up, then five rounds of 10,000; prints the CPU µs per page of each round (the
 * lowest is the least disturbed) and the bytes allocated per page.
 */
public final class RenderCpuTime {
    private static volatile int sink;

    private RenderCpuTime() {}

    public static void main(String[] args) throws Exception {
        Site site = Site.ozd().withBaseUrl(URI.create("https://www.example.de/"));
        List<Publication> article = List.of(Publication.of(
                PackageParser.ozd()
                        .parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8))
                        .pkg(),
                site,
                "artikel",
                Instant.parse("2026-01-01T00:00:00Z")));
        Renderers renderers = Renderers.standard(site);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        String formats = args.length > 1 ? args[1] : "html,newsml,ninjs";
        for (String format : formats.split(",")) {
            Renderer renderer = renderers.get(format).orElseThrow();
            for (int i = 0; i < 30_000; i++) {
                sink += renderer.render(article).length();
            }
            int pages = 10_000;
            double lowest = Double.MAX_VALUE;
            long bytes = 0;
            StringBuilder rounds = new StringBuilder();
            for (int round = 0; round < 5; round++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long allocated = threads.getThreadAllocatedBytes(thread);
                for (int i = 0; i < pages; i++) {
                    sink += renderer.render(article).length();
                }
                double micros = (threads.getCurrentThreadCpuTime() - cpu) / 1000.0 / pages;
                bytes = (threads.getThreadAllocatedBytes(thread) - allocated) / pages;
                lowest = Math.min(lowest, micros);
                rounds.append(String.format(Locale.ROOT, " %.1f", micros));
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-7s CPU us/page lowest %.1f (rounds:%s), allocated %,d B/page%n",
                    format,
                    lowest,
                    rounds,
                    bytes);
        }
    }
}
