package de.ozd.newsroom.bench;

import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.format.PackageWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse + lossless write of a reference-sized package, with commonmark-java parsing the same text as Markdown as
 * the anchor. Throughput in operations per second; MB/s = ops/s × {@link #bytes} / 1e6 (printed at setup).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FormatBenchmark {
    private String text;
    private PackageParser parser;
    private PackageWriter writer;
    private Parser markdown;
    int bytes;

    @Setup
    public void setUp() {
        text = BenchInput.text();
        bytes = text.getBytes(StandardCharsets.UTF_8).length;
        parser = PackageParser.ozd();
        writer = PackageWriter.ozd();
        markdown = Parser.builder().build();
        if (!writer.lossless(parser.parse(text)).equals(text)) {
            throw new IllegalStateException("round trip broken for " + BenchInput.article());
        }
        System.out.println("# article " + BenchInput.article() + ": " + bytes + " bytes");
    }

    @Benchmark
    public String ozdParseAndLosslessWrite() {
        return writer.lossless(parser.parse(text));
    }

    /** The general path a program takes after editing: every node re-emitted and compared with its layout. */
    @Benchmark
    public String ozdParseAndNodeByNodeWrite() {
        var parsed = parser.parse(text);
        return writer.lossless(parsed.pkg().withFrontMatter(parsed.pkg().frontMatter()), parsed.layout());
    }

    @Benchmark
    public Object ozdParseOnly() {
        return parser.parse(text);
    }

    @Benchmark
    public Node commonmarkParse() {
        return markdown.parse(text);
    }
}
