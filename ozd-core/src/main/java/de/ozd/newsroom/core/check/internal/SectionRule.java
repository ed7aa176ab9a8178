package de.ozd.newsroom.core.check.internal;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseRule;
import de.ozd.newsroom.core.check.Rule;
import de.ozd.newsroom.core.format.NodePath;
import de.ozd.newsroom.core.format.ParseResult;
import de.ozd.newsroom.core.format.SourceLayout;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Section;
import java.util.List;

/** OZD004 (required section missing), OZD006 (empty section), OZD007 (house order), OZD008 (untitled commentary). */
public final class SectionRule implements Rule {
    private static final List<Section> REQUIRED =
            List.of(Section.COMMENTARY, Section.INFOBOX, Section.ANALYSIS, Section.EXPLAINERS);

    @Override
    public void check(ParseResult parsed, HouseConfig config, List<Diagnostic> out) {
        ArticlePackage pkg = parsed.pkg();
        SourceLayout layout = parsed.layout();
        for (Section section : REQUIRED) {
            if (!pkg.has(section)) {
                out.add(Diagnostic.of(
                        HouseRule.MISSING_SECTION,
                        Positions.endLine(layout),
                        1,
                        "Der Teil „"
                                + heading(section, config)
                                + "“ fehlt: jedes Paket hat Kommentar, Mini-Infobox, Analyse und "
                                + "Erklärungen (mit „ozd draft“ lässt sich ein Entwurf erzeugen)."));
            }
        }
        pkg.commentary().ifPresent(c -> {
            if (c.title().isBlank()) {
                Positions.at(
                        layout,
                        NodePath.COMMENTARY,
                        HouseRule.COMMENTARY_WITHOUT_TITLE,
                        "Der Kommentar hat " + "keinen Titel: schreiben Sie „" + config.commentaryHeading()
                                + " – <Titel>“.",
                        out);
            }
            empty(c.paragraphs().isEmpty(), NodePath.COMMENTARY, config.commentaryHeading(), layout, out);
        });
        pkg.infobox()
                .ifPresent(b -> empty(
                        b.title().isBlank() && b.facts().isEmpty(),
                        NodePath.INFOBOX,
                        config.infoboxHeading(),
                        layout,
                        out));
        pkg.analysis()
                .ifPresent(
                        a -> empty(a.dimensions().isEmpty(), NodePath.ANALYSIS, config.analysisHeading(), layout, out));
        pkg.explainers()
                .ifPresent(e ->
                        empty(e.entries().isEmpty(), NodePath.EXPLAINERS, config.explainersHeading(), layout, out));
        pkg.extras()
                .ifPresent(x -> empty(x.paragraphs().isEmpty(), NodePath.EXTRAS, config.extrasHeading(), layout, out));
        order(layout, config, out);
    }

    private static void empty(boolean isEmpty, String path, String heading, SourceLayout layout, List<Diagnostic> out) {
        if (isEmpty) {
            Positions.at(
                    layout,
                    path,
                    HouseRule.EMPTY_SECTION,
                    "Unter „" + heading + "“ steht nichts: ergänzen Sie "
                            + "den Inhalt oder löschen Sie die Überschrift.",
                    out);
        }
    }

    private static void order(SourceLayout layout, HouseConfig config, List<Diagnostic> out) {
        List<Section> order = layout.sectionOrder();
        for (int i = 1; i < order.size(); i++) {
            if (order.get(i).ordinal() < order.get(i - 1).ordinal()) {
                Positions.at(
                        layout,
                        headingPath(order.get(i)),
                        HouseRule.SECTION_ORDER,
                        "„"
                                + heading(order.get(i), config) + "“ steht nach „" + heading(order.get(i - 1), config)
                                + "“: die Hausreihenfolge ist Bericht, Kommentar, Mini-Infobox, Analyse, Erklärungen, "
                                + "Angaben, Extras.",
                        out);
            }
        }
    }

    static String headingPath(Section section) {
        return switch (section) {
            case REPORT -> NodePath.reportParagraph(0);
            case COMMENTARY -> NodePath.COMMENTARY;
            case INFOBOX -> NodePath.INFOBOX;
            case ANALYSIS -> NodePath.ANALYSIS;
            case EXPLAINERS -> NodePath.EXPLAINERS;
            case CREDITS -> NodePath.CREDITS;
            case EXTRAS -> NodePath.EXTRAS;
        };
    }

    static String heading(Section section, HouseConfig config) {
        return switch (section) {
            case REPORT -> "Bericht";
            case COMMENTARY -> config.commentaryHeading();
            case INFOBOX -> config.infoboxHeading();
            case ANALYSIS -> config.analysisHeading();
            case EXPLAINERS -> config.explainersHeading();
            case CREDITS -> config.disclaimer();
            case EXTRAS -> config.extrasHeading();
        };
    }
}
