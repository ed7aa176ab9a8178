package de.ozd.newsroom.draft;

import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Dimension;
import de.ozd.newsroom.core.model.Point;
import java.util.ArrayList;
import java.util.List;

/** The drafted lines of a package that state facts, by section, without editor placeholders. */
final class DraftedLines {
    private DraftedLines() {}

    /** Sections of drafted lines. */
    enum Kind {
        TITLE,
        FACT,
        POINT,
        TIMELINE,
        QUESTION
    }

    record Line(Kind kind, String text) {}

    private static final String TIMELINE = "Zeitleiste laut Bericht: ";

    static List<Line> of(ArticlePackage pkg) {
        List<Line> out = new ArrayList<>();
        pkg.infobox().ifPresent(box -> {
            add(out, Kind.TITLE, box.title());
            box.facts().forEach(f -> add(out, Kind.FACT, f));
        });
        pkg.analysis().ifPresent(a -> {
            for (Dimension d : a.dimensions()) {
                for (Point p : d.points()) {
                    add(out, Kind.POINT, p.text());
                }
            }
        });
        pkg.extras()
                .ifPresent(x -> x.paragraphs().stream()
                        .filter(p -> p.startsWith(TIMELINE))
                        .forEach(p -> {
                            String entries = p.substring(TIMELINE.length()).replaceAll("\\.$", "");
                            for (String e : entries.split("; ")) {
                                add(out, Kind.TIMELINE, e);
                            }
                        }));
        pkg.explainers().ifPresent(e -> e.entries().forEach(x -> add(out, Kind.QUESTION, x.question())));
        return out;
    }

    private static void add(List<Line> out, Kind kind, String text) {
        if (!text.startsWith(ExtractiveDraftEngine.PLACEHOLDER_PREFIX)
                && !text.endsWith(": die Fakten")
                && !text.equals("Die Fakten im Überblick")) {
            out.add(new Line(kind, text));
        }
    }
}
