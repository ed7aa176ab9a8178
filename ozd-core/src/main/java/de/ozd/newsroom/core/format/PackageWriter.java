package de.ozd.newsroom.core.format;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.format.internal.Node;
import de.ozd.newsroom.core.format.internal.NodeEmitter;
import de.ozd.newsroom.core.model.ArticlePackage;
import java.util.Objects;

/**
 * Writes packages in the house format. {@link #lossless} keeps every byte of the source layout for nodes that were
 * not edited; {@link #canonical} normalises (LF, no BOM, house order, unwrapped answers, en dash headings, one blank
 * line before the infobox and the explainers, final newline). Immutable and thread-safe.
 */
public final class PackageWriter {
    private final NodeEmitter emitter;

    public PackageWriter(HouseConfig config) {
        this.emitter = new NodeEmitter(Objects.requireNonNull(config, "config"));
    }

    public static PackageWriter ozd() {
        return new PackageWriter(HouseConfig.OZD);
    }

    /** {@code lossless(parse(x)) == x}, byte for byte. */
    public String lossless(ParseResult parsed) {
        if (parsed.layout().describes(parsed.pkg())) {
            return unchanged(parsed.layout());
        }
        return lossless(parsed.pkg(), parsed.layout());
    }

    /** The package is the one the layout was read into, so every node is unchanged: replay the source lines. */
    private static String unchanged(SourceLayout layout) {
        Output out = new Output(layout);
        for (NodeLayout node : layout.nodes().values()) {
            node.leading().forEach(out::raw);
            node.raw().forEach(out::raw);
        }
        layout.trailing().forEach(out::raw);
        return out.finish();
    }

    /** Writes {@code pkg} in the layout of the text it came from; edited or new nodes in canonical form. */
    public String lossless(ArticlePackage pkg, SourceLayout layout) {
        Output out = new Output(layout);
        for (Node node : emitter.nodes(pkg, layout.sectionOrder())) {
            NodeLayout known = layout.nodes().get(node.path());
            if (known != null) {
                known.leading().forEach(out::raw);
                if (known.canonical().equals(node.lines())) {
                    known.raw().forEach(out::raw);
                    continue;
                }
            } else if (node.blankBefore() && !out.isEmpty()) {
                out.line("");
            }
            node.lines().forEach(out::line);
        }
        layout.trailing().forEach(out::raw);
        return out.finish();
    }

    /** The normalised house text of {@code pkg}. */
    public String canonical(ArticlePackage pkg) {
        return lossless(pkg, SourceLayout.NONE);
    }

    /**
     * Appends lines in one pass. A line's terminator is written only once the next line arrives, because the last
     * line takes the layout's final terminator instead of its own.
     */
    private static final class Output {
        private final StringBuilder text;
        private final SourceLayout layout;
        private String pending;

        Output(SourceLayout layout) {
            this.layout = layout;
            this.text = new StringBuilder(Math.max(256, layout.lines().size() * 120));
            if (layout.bom()) {
                text.append('\uFEFF');
            }
        }

        boolean isEmpty() {
            return pending == null;
        }

        void raw(SourceLine line) {
            append(line.text(), line.terminator().isEmpty() ? layout.defaultTerminator() : line.terminator());
        }

        void line(String line) {
            append(line, layout.defaultTerminator());
        }

        private void append(String line, String terminator) {
            if (pending != null) {
                text.append(pending);
            }
            text.append(line);
            pending = terminator;
        }

        String finish() {
            if (pending != null) {
                text.append(layout.finalTerminator());
            }
            return text.toString();
        }
    }
}
