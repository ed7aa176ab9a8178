package de.ozd.newsroom.core.format;

import java.util.List;
import java.util.Optional;

/**
 * How one node stood in the source: the canonical lines the model gives for it (to notice later edits), the raw
 * physical lines it was read from, and the lines before it that belong to no node (blank lines, unknown text).
 */
public record NodeLayout(List<String> canonical, List<SourceLine> raw, List<SourceLine> leading) {
    public NodeLayout {
        canonical = List.copyOf(canonical);
        raw = List.copyOf(raw);
        leading = List.copyOf(leading);
    }

    /** The first raw line, if the node had any text in the source. */
    public Optional<SourceLine> firstLine() {
        return raw.isEmpty() ? Optional.empty() : Optional.of(raw.get(0));
    }
}
