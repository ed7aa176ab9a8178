package de.ozd.newsroom.core.check.internal;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseRule;
import de.ozd.newsroom.core.check.Rule;
import de.ozd.newsroom.core.format.NodePath;
import de.ozd.newsroom.core.format.ParseResult;
import de.ozd.newsroom.core.model.Report;
import java.util.List;

/** OZD001 (no report), OZD002 (no desk signature), OZD003 (signature of another desk). */
public final class ReportRule implements Rule {
    @Override
    public void check(ParseResult parsed, HouseConfig config, List<Diagnostic> out) {
        Report report = parsed.pkg().report();
        if (report.paragraphs().isEmpty()) {
            int line = parsed.layout().nodes().values().stream()
                    .flatMap(n -> n.raw().stream())
                    .findFirst()
                    .map(l -> l.number())
                    .orElse(1);
            out.add(Diagnostic.of(
                    HouseRule.MISSING_REPORT,
                    line,
                    1,
                    "Das Paket beginnt ohne Bericht: schreiben Sie "
                            + "die Meldung als erste Zeilen, einen Absatz pro Zeile, mit „" + config.brand()
                            + "“ am Ende."));
            return;
        }
        String last = NodePath.reportParagraph(report.paragraphs().size() - 1);
        if (report.signature().isEmpty()) {
            int line = parsed.layout().lineNumberOf(last, 1);
            int column = parsed.layout()
                    .lineOf(last)
                    .map(l -> l.columnOf(l.text().stripTrailing().length()))
                    .orElse(1);
            out.add(Diagnostic.of(
                    HouseRule.MISSING_SIGNATURE,
                    line,
                    column,
                    "Der letzte Absatz des Berichts endet " + "ohne Kürzel: hängen Sie „ " + config.brand()
                            + "“ an (Leerzeichen, dann das Kürzel)."));
        } else if (!report.signature().get().equals(config.brand())
                && !report.signature().get().startsWith(config.brand() + "/")) {
            int line = parsed.layout().lineNumberOf(last, 1);
            int column = parsed.layout()
                    .lineOf(last)
                    .map(l -> l.columnOf(
                            Math.max(0, l.text().lastIndexOf(report.signature().get()))))
                    .orElse(1);
            out.add(Diagnostic.of(
                    HouseRule.FOREIGN_SIGNATURE,
                    line,
                    column,
                    "Das Kürzel „"
                            + report.signature().get() + "“ ist nicht das der Redaktion („" + config.brand()
                            + "“): übernehmen Sie Agenturtexte mit dem eigenen Kürzel."));
        }
    }
}
