package de.ozd.newsroom.core.check.internal;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseRule;
import de.ozd.newsroom.core.check.Rule;
import de.ozd.newsroom.core.format.NodePath;
import de.ozd.newsroom.core.format.ParseResult;
import de.ozd.newsroom.core.format.SourceLayout;
import de.ozd.newsroom.core.model.Analysis;
import de.ozd.newsroom.core.model.Dimension;
import de.ozd.newsroom.core.model.Point;
import java.util.List;

/** OZD012 (letters a, b, c in order), OZD013 (shape of dimensions and points), OZD014 (house limits). */
public final class AnalysisRule implements Rule {
    @Override
    public void check(ParseResult parsed, HouseConfig config, List<Diagnostic> out) {
        if (parsed.pkg().analysis().isEmpty()
                || parsed.pkg().analysis().get().dimensions().isEmpty()) {
            return;
        }
        Analysis analysis = parsed.pkg().analysis().get();
        SourceLayout layout = parsed.layout();
        HouseConfig.Limits limits = config.limits();
        int count = analysis.dimensions().size();
        if (count < limits.minDimensions() || count > limits.maxDimensions()) {
            Positions.at(
                    layout,
                    NodePath.ANALYSIS,
                    HouseRule.ANALYSIS_LIMITS,
                    "Die Analyse hat " + count
                            + " Dimension(en), Hausstil sind " + limits.minDimensions() + " bis "
                            + limits.maxDimensions()
                            + ".",
                    out);
        }
        for (int d = 0; d < count; d++) {
            dimension(d, analysis.dimensions().get(d), layout, limits, out);
        }
    }

    private static void dimension(
            int d, Dimension dimension, SourceLayout layout, HouseConfig.Limits limits, List<Diagnostic> out) {
        List<Point> points = dimension.points();
        if (dimension.title().isBlank()) {
            Positions.at(
                    layout,
                    NodePath.point(d, 0),
                    HouseRule.ANALYSIS_SHAPE,
                    "Analysepunkt ohne Dimension: "
                            + "schreiben Sie eine Titelzeile (z. B. „Politische Dimension“) über die Punkte.",
                    out);
        }
        if (points.isEmpty()) {
            Positions.at(
                    layout,
                    NodePath.dimension(d),
                    HouseRule.ANALYSIS_SHAPE,
                    "Die Dimension „" + dimension.title() + "“ hat keine Punkte: ergänzen Sie „a) …“, „b) …“ darunter.",
                    out);
            return;
        }
        if (points.size() < limits.minPoints() || points.size() > limits.maxPoints()) {
            Positions.at(
                    layout,
                    NodePath.dimension(d),
                    HouseRule.ANALYSIS_LIMITS,
                    "Die Dimension „"
                            + dimension.title() + "“ hat " + points.size() + " Punkt(e), Hausstil sind "
                            + limits.minPoints()
                            + " bis " + limits.maxPoints() + ".",
                    out);
        }
        for (int p = 0; p < points.size(); p++) {
            Point point = points.get(p);
            String expected = Point.labelFor(p);
            if (!point.label().equals(expected)) {
                String after = p == 0
                        ? "steht am Anfang"
                        : "folgt auf „" + points.get(p - 1).label() + ")“";
                Positions.at(
                        layout,
                        NodePath.point(d, p),
                        HouseRule.POINT_ORDER,
                        "Analysepunkt „" + point.label() + ")“ " + after
                                + ": die Buchstaben laufen a), b), c) …, hier gehört „" + expected + ")“ hin.",
                        out);
            }
            if (point.text().isBlank()) {
                Positions.at(
                        layout,
                        NodePath.point(d, p),
                        HouseRule.ANALYSIS_SHAPE,
                        "Analysepunkt „" + point.label()
                                + ")“ ist leer: schreiben Sie den Punkt aus oder löschen Sie die Zeile.",
                        out);
            }
        }
    }
}
