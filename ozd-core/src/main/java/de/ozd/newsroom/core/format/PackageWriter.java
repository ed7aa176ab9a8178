package de.ozd.newsroom.core.format;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.format.internal.Node;
import de.ozd.newsroom.core.format.internal.NodeEmitter;
import de.ozd.newsroom.core.model.ArticlePackage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
        return lossless(parsed.pkg(), parsed.layout());
    }

    /** Writes {@code pkg} in the layout of the text it came from; edited or new nodes in canonical form. */
    public String lossless(ArticlePackage pkg, SourceLayout layout) {
        List<String[]> out = new ArrayList<>();
        for (Node node : emitter.nodes(pkg, layout.sectionOrder())) {
            Optional<NodeLayout> known = layout.node(node.path());
            if (known.isPresent()) {
                known.get().leading().forEach(line -> out.add(physical(line)));
                if (known.get().canonical().equals(node.lines())) {
                    known.get().raw().forEach(line -> out.add(physical(line)));
                    continue;
                }
            } else if (node.blankBefore() && !out.isEmpty()) {
                out.add(new String[] {"", null});
            }
            node.lines().forEach(line -> out.add(new String[] {line, null}));
        }
        layout.trailing().forEach(line -> out.add(physical(line)));
        return join(out, layout);
    }

    /** The normalised house text of {@code pkg}. */
    public String canonical(ArticlePackage pkg) {
        return lossless(pkg, SourceLayout.NONE);
    }

    private static String[] physical(SourceLine line) {
        return new String[] {line.text(), line.terminator().isEmpty() ? null : line.terminator()};
    }

    private static String join(List<String[]> lines, SourceLayout layout) {
        StringBuilder text = new StringBuilder(lines.size() * 80);
        if (layout.bom()) {
            text.append('\uFEFF');
        }
        for (int i = 0; i < lines.size(); i++) {
            String[] line = lines.get(i);
            text.append(line[0]);
            if (i < lines.size() - 1) {
                text.append(line[1] != null ? line[1] : layout.defaultTerminator());
            } else {
                text.append(layout.finalTerminator());
            }
        }
        return text.toString();
    }
}
