package de.ozd.newsroom.core.format.internal;

import de.ozd.newsroom.core.model.Section;
import java.util.List;

/**
 * One line-level element of a package in writing order: its path, its section and its canonical lines (usually one;
 * none for an element that has no text, such as a missing question).
 *
 * @param blankBefore whether the canonical form puts a blank line before this node
 */
public record Node(String path, Section section, List<String> lines, boolean blankBefore) {
    public Node {
        lines = List.copyOf(lines);
    }

    static Node of(String path, Section section, String line) {
        return new Node(path, section, List.of(line), false);
    }
}
