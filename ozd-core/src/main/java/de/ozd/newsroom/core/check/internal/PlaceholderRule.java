package de.ozd.newsroom.core.check.internal;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseRule;
import de.ozd.newsroom.core.check.Rule;
import de.ozd.newsroom.core.format.ParseResult;
import de.ozd.newsroom.core.format.SourceLine;
import de.ozd.newsroom.core.text.Placeholders;
import java.util.List;

/**
 * OZD025: a placeholder {@code [Redaktion: …]} that the drafting engine left for the editor, at the exact line and
 * column where it starts (every one on a line). A warning while drafting, an error when checking for publication.
 */
public final class PlaceholderRule implements Rule {
    @Override
    public void check(ParseResult parsed, HouseConfig config, List<Diagnostic> out) {
        for (SourceLine line : parsed.layout().lines()) {
            String text = line.text();
            for (int at = Placeholders.find(text, 0); at >= 0; at = Placeholders.find(text, at + 1)) {
                // the closing bracket within 80 characters (a bounded look, so a line of many markers stays linear)
                int end = text.substring(at, Math.min(text.length(), at + 81)).indexOf(']');
                String shown = end < 0 ? Placeholders.MARKER + " …]" : text.substring(at, at + end + 1);
                out.add(Diagnostic.of(
                        HouseRule.PLACEHOLDER,
                        line.number(),
                        line.columnOf(at),
                        "Platzhalter „" + shown + "“: hier fehlt noch Text der Redaktion. Schreiben Sie ihn und "
                                + "löschen Sie den Platzhalter; mit Platzhalter wird nicht veröffentlicht."));
            }
        }
    }
}
