package de.ozd.newsroom.core.check.internal;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseRule;
import de.ozd.newsroom.core.check.Rule;
import de.ozd.newsroom.core.format.NodeLayout;
import de.ozd.newsroom.core.format.NodePath;
import de.ozd.newsroom.core.format.ParseResult;
import de.ozd.newsroom.core.format.SourceLine;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * OZD020: every „ opens a quote that a “ closes within the same element (a wrapped answer counts as one element).
 * OZD024: straight {@code "} quotes where German typography wants „…“.
 */
public final class QuoteRule implements Rule {
    private static final char OPEN = '\u201E';
    private static final char CLOSE = '\u201C';

    @Override
    public void check(ParseResult parsed, HouseConfig config, List<Diagnostic> out) {
        for (Map.Entry<String, NodeLayout> node : parsed.layout().nodes().entrySet()) {
            if (!node.getKey().equals(NodePath.FRONT_MATTER)) {
                balance(node.getValue().raw(), out);
            }
        }
    }

    private static void balance(List<SourceLine> lines, List<Diagnostic> out) {
        Deque<int[]> open = new ArrayDeque<>();
        for (SourceLine line : lines) {
            String text = line.text();
            boolean straightReported = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == OPEN) {
                    open.push(new int[] {line.number(), line.columnOf(i)});
                } else if (c == CLOSE && open.isEmpty()) {
                    out.add(Diagnostic.of(
                            HouseRule.UNBALANCED_QUOTES,
                            line.number(),
                            line.columnOf(i),
                            "Schließendes „““ ohne öffnendes „„“ davor: ergänzen Sie das öffnende Zeichen oder "
                                    + "löschen Sie dieses."));
                } else if (c == CLOSE) {
                    open.pop();
                } else if (c == '"' && !straightReported) {
                    straightReported = true;
                    out.add(Diagnostic.of(
                            HouseRule.STRAIGHT_QUOTES,
                            line.number(),
                            line.columnOf(i),
                            "Gerade Anführungszeichen: im Hausstil stehen Zitate in „…“."));
                }
            }
        }
        while (!open.isEmpty()) {
            int[] at = open.removeLast();
            out.add(Diagnostic.of(
                    HouseRule.UNBALANCED_QUOTES,
                    at[0],
                    at[1],
                    "Das Zitat, das hier mit „„“ beginnt, " + "wird nicht geschlossen: setzen Sie „““ an sein Ende."));
        }
    }
}
