package de.ozd.newsroom.core.format;

import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Section;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything about a source text that the model does not hold: byte order mark, line terminators, blank lines,
 * wrapped answers, heading spellings, unknown text, section order. With it, {@link PackageWriter#lossless} gives
 * back the input byte for byte; without it (or for edited nodes) the canonical form is written. {@code source} is
 * the package the layout was parsed into ({@code null} for {@link #NONE}).
 */
public record SourceLayout(
        boolean bom,
        String defaultTerminator,
        String finalTerminator,
        List<Section> sectionOrder,
        Map<String, NodeLayout> nodes,
        List<SourceLine> trailing,
        List<SourceLine> lines,
        ArticlePackage source) {

    /** The layout of a package that was never text: canonical everything. */
    public static final SourceLayout NONE =
            new SourceLayout(false, "\n", "\n", List.of(), Map.of(), List.of(), List.of(), null);

    public SourceLayout {
        sectionOrder = List.copyOf(sectionOrder);
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        trailing = List.copyOf(trailing);
        lines = List.copyOf(lines);
    }

    /**
     * Whether {@code pkg} is the very instance this layout was parsed into (identity, not equality): then no node can
     * have been edited and the source lines can be replayed as they are.
     */
    public boolean describes(ArticlePackage pkg) {
        return source != null && source == pkg;
    }

    public Optional<NodeLayout> node(String path) {
        return Optional.ofNullable(nodes.get(path));
    }

    /** The first source line of a node, if the node came from the source. */
    public Optional<SourceLine> lineOf(String path) {
        return node(path).flatMap(NodeLayout::firstLine);
    }

    /** The 1-based line number of a node, or {@code fallback} where the node has no source line. */
    public int lineNumberOf(String path, int fallback) {
        return lineOf(path).map(SourceLine::number).orElse(fallback);
    }
}
