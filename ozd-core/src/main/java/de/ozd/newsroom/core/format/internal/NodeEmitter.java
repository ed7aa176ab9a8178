package de.ozd.newsroom.core.format.internal;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.format.NodePath;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Credits;
import de.ozd.newsroom.core.model.Dimension;
import de.ozd.newsroom.core.model.Explainer;
import de.ozd.newsroom.core.model.Point;
import de.ozd.newsroom.core.model.Report;
import de.ozd.newsroom.core.model.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a package into its canonical line-level nodes in writing order. The single source of truth for how each
 * element is spelled; the parser uses it too, to record what an untouched node looks like.
 */
public final class NodeEmitter {
    private final HouseConfig config;

    public NodeEmitter(HouseConfig config) {
        this.config = config;
    }

    /** All nodes of {@code pkg}; sections in {@code preferredOrder} where given, the others in house order. */
    public List<Node> nodes(ArticlePackage pkg, List<Section> preferredOrder) {
        List<Node> out = new ArrayList<>();
        List<String> frontMatter = FrontMatterCodec.lines(pkg.frontMatter(), pkg.provenance());
        if (!frontMatter.isEmpty()) {
            out.add(new Node(NodePath.FRONT_MATTER, Section.REPORT, frontMatter, false));
        }
        for (Section section : SectionOrder.resolve(pkg, preferredOrder)) {
            emit(pkg, section, out);
        }
        return out;
    }

    private void emit(ArticlePackage pkg, Section section, List<Node> out) {
        switch (section) {
            case REPORT -> report(pkg.report(), out);
            case COMMENTARY ->
                pkg.commentary().ifPresent(c -> {
                    out.add(Node.of(NodePath.COMMENTARY, section, commentaryHeading(c.title())));
                    paragraphs(c.paragraphs(), NodePath::commentaryParagraph, section, out);
                });
            case INFOBOX ->
                pkg.infobox().ifPresent(box -> {
                    out.add(new Node(NodePath.INFOBOX, section, List.of(config.infoboxHeading()), true));
                    out.add(new Node(NodePath.INFOBOX_TITLE, section, optionalLine(box.title()), false));
                    paragraphs(box.facts(), NodePath::infoboxFact, section, out);
                });
            case ANALYSIS ->
                pkg.analysis().ifPresent(a -> {
                    out.add(Node.of(NodePath.ANALYSIS, section, config.analysisHeading()));
                    for (int d = 0; d < a.dimensions().size(); d++) {
                        dimension(d, a.dimensions().get(d), out);
                    }
                });
            case EXPLAINERS ->
                pkg.explainers().ifPresent(e -> {
                    out.add(new Node(NodePath.EXPLAINERS, section, List.of(config.explainersHeading()), true));
                    for (int i = 0; i < e.entries().size(); i++) {
                        Explainer entry = e.entries().get(i);
                        out.add(new Node(NodePath.question(i), section, optionalLine(entry.question()), false));
                        out.add(new Node(NodePath.answer(i), section, optionalLine(entry.answer()), false));
                    }
                });
            case CREDITS -> pkg.credits().ifPresent(c -> out.add(Node.of(NodePath.CREDITS, section, creditsLine(c))));
            case EXTRAS ->
                pkg.extras().ifPresent(x -> {
                    out.add(Node.of(NodePath.EXTRAS, section, config.extrasHeading()));
                    paragraphs(x.paragraphs(), NodePath::extrasParagraph, section, out);
                });
        }
    }

    private void report(Report report, List<Node> out) {
        List<String> paragraphs = report.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i);
            if (i == paragraphs.size() - 1 && report.signature().isPresent()) {
                String signature = report.signature().get();
                if (ParserRun.signatureFitsAfter(text)) {
                    text = text + " " + signature;
                } else {
                    // after a line that ends no sentence (a table row, a list) the parser would not see a signature
                    out.add(new Node(NodePath.reportParagraph(i), Section.REPORT, List.of(text, signature), false));
                    continue;
                }
            }
            out.add(Node.of(NodePath.reportParagraph(i), Section.REPORT, text));
        }
        if (paragraphs.isEmpty() && report.signature().isPresent()) {
            out.add(Node.of(
                    NodePath.reportParagraph(0),
                    Section.REPORT,
                    report.signature().get()));
        }
    }

    private void dimension(int d, Dimension dimension, List<Node> out) {
        out.add(new Node(NodePath.dimension(d), Section.ANALYSIS, optionalLine(dimension.title()), false));
        List<Point> points = dimension.points();
        for (int p = 0; p < points.size(); p++) {
            Point point = points.get(p);
            out.add(Node.of(NodePath.point(d, p), Section.ANALYSIS, point.label() + ") " + point.text()));
        }
    }

    private static void paragraphs(
            List<String> items, java.util.function.IntFunction<String> path, Section section, List<Node> out) {
        for (int i = 0; i < items.size(); i++) {
            out.add(Node.of(path.apply(i), section, items.get(i)));
        }
    }

    private static List<String> optionalLine(String text) {
        return text.isEmpty() ? List.of() : List.of(text);
    }

    /** {@code OZD-Kommentar – Titel}, with the en dash. */
    public String commentaryHeading(String title) {
        return title.isEmpty() ? config.commentaryHeading() : config.commentaryHeading() + " \u2013 " + title;
    }

    /** {@code Alle Angaben ohne Gewähr. Titelbild AFP.} */
    public String creditsLine(Credits credits) {
        StringBuilder line = new StringBuilder();
        credits.disclaimer().filter(d -> !d.isEmpty()).ifPresent(line::append);
        credits.pictureCredit().filter(p -> !p.isEmpty()).ifPresent(p -> {
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(config.pictureCreditWord()).append(' ').append(p).append('.');
        });
        return line.toString();
    }
}
