package de.ozd.newsroom.core.check.internal;

import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseRule;
import de.ozd.newsroom.core.format.SourceLayout;
import de.ozd.newsroom.core.format.SourceLine;
import java.util.List;
import java.util.Optional;

/** Where to report a finding about a node: its first line, else the line after the last line of the text. */
final class Positions {
    private Positions() {}

    static void at(SourceLayout layout, String path, HouseRule rule, String message, List<Diagnostic> out) {
        Optional<SourceLine> line = layout.lineOf(path);
        int number = line.map(SourceLine::number).orElse(endLine(layout));
        int column = line.map(SourceLine::firstColumn).orElse(1);
        out.add(Diagnostic.of(rule, number, column, message));
    }

    /** The line number for a finding about something missing: just past the end of the text. */
    static int endLine(SourceLayout layout) {
        List<SourceLine> lines = layout.lines();
        if (lines.isEmpty()) {
            return 1;
        }
        SourceLine last = lines.get(lines.size() - 1);
        return last.terminator().isEmpty() ? last.number() : last.number() + 1;
    }
}
