package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.core.model.Analysis;
import de.ozd.newsroom.core.model.Dimension;
import de.ozd.newsroom.core.model.Point;
import de.ozd.newsroom.draft.DraftLabels;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The analysis: dimensions of the lexicon with lettered points from the report. */
final class AnalysisDrafter {
    private final DraftContext ctx;
    private final Map<String, List<String>> partsCache = new java.util.HashMap<>();

    AnalysisDrafter(DraftContext ctx) {
        this.ctx = ctx;
    }

    /**
     * 2–4 dimensions from the lexicon, each with two or three lettered points from the report. A
     * point goes to the dimension most of its clause's words belong to; points whose clause matches
     * none go to the dimension their whole sentence matches best. When that still gives fewer than
     * two dimensions of two points, the remaining points fill generic dimensions of the lexicon
     * (its first entries among {@link #GENERIC}, best matching first): the report's own clauses
     * under a broad heading that an editor confirms or renames. Facts already in the infobox ({@code
     * infoboxFacts}) come last, so the analysis repeats the box only when the report has nothing else.
     */
    Analysis draft(Set<String> infoboxFacts) {
        List<FactComposer.Fact> facts = ctx.ranked(DraftContext.MAX_POINT_WORDS);
        facts.sort(Comparator.comparing((FactComposer.Fact f) -> infoboxFacts.contains(f.text()))
                .thenComparingDouble(f -> -f.score())
                .thenComparingInt(f -> f.clause().begin()));
        Map<DimensionLexicon.Dimension, List<FactComposer.Fact>> byDimension = new LinkedHashMap<>();
        List<FactComposer.Fact> unassigned = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FactComposer.Fact f : facts) {
            if (seen.add(f.text()) && !assign(f, matching(f.clause().tokens()), byDimension)) {
                unassigned.add(f);
            }
        }
        List<FactComposer.Fact> left = new ArrayList<>();
        for (FactComposer.Fact f : unassigned) {
            List<DimensionLexicon.Dimension> bySentence =
                    matching(ctx.analysis().sentences().get(f.sentence()).tokens());
            bySentence.sort(Comparator.comparingInt((DimensionLexicon.Dimension d) ->
                    isIncomplete(byDimension.getOrDefault(d, List.of())) ? 0 : 1)); // complete a short one first
            if (!assign(f, bySentence, byDimension)) {
                left.add(f);
            }
        }
        List<Dimension> out = choose(byDimension);
        if (out.size() < ctx.minDimensions()) {
            // move single points into the generic fill, then fill generic dimensions
            for (var e : byDimension.entrySet()) {
                if (e.getValue().size() < ctx.minPoints()) {
                    left.addAll(e.getValue());
                }
            }
            left.sort(Comparator.comparingDouble((FactComposer.Fact f) -> -f.score())
                    .thenComparingInt(f -> f.clause().begin()));
            Set<String> titles = new HashSet<>();
            out.forEach(d -> titles.add(d.title()));
            for (DimensionLexicon.Dimension g : generic(left)) {
                if (out.size() >= ctx.minDimensions() || left.size() < ctx.minPoints()) {
                    break;
                }
                if (titles.add(g.title())) {
                    List<FactComposer.Fact> points = new ArrayList<>(left.subList(0, ctx.minPoints()));
                    left.subList(0, ctx.minPoints()).clear();
                    out.add(dimension(g.title(), points));
                }
            }
        }
        if (out.isEmpty()) {
            byDimension.entrySet().stream()
                    .filter(e -> !e.getValue().isEmpty())
                    .findFirst()
                    .ifPresent(e -> out.add(dimension(e.getKey().title(), e.getValue())));
        }
        if (out.isEmpty()) {
            List<FactComposer.Fact> any = facts.isEmpty() ? List.of() : facts;
            out.add(
                    any.isEmpty()
                            ? new Dimension(
                                    "Kernpunkte",
                                    List.of(new Point("a", DraftLabels.placeholder("Analysepunkte ergänzen"))))
                            : dimension("Kernpunkte", any));
        }
        return new Analysis(out);
    }

    /** A dimension with some points, but fewer than the house's minimum. */
    private boolean isIncomplete(List<FactComposer.Fact> points) {
        return !points.isEmpty() && points.size() < ctx.minPoints();
    }

    /** Dimensions to use when keyword matching finds too few, in order of preference. */
    static final List<String> GENERIC =
            List.of("Politische Dimension", "Wirtschaftliche Dimension", "Gesellschaftliche Dimension");

    private List<DimensionLexicon.Dimension> generic(List<FactComposer.Fact> facts) {
        Map<DimensionLexicon.Dimension, Integer> hits = new LinkedHashMap<>();
        List<DimensionLexicon.Dimension> out = new ArrayList<>();
        for (String title : GENERIC) {
            ctx.dimensions().dimensions().stream()
                    .filter(d -> d.title().equals(title))
                    .findFirst()
                    .ifPresent(out::add);
        }
        if (out.isEmpty()) {
            out.addAll(ctx.dimensions().dimensions()); // an editor's own lexicon: its entries in order
        }
        for (DimensionLexicon.Dimension d : out) {
            int n = 0;
            for (FactComposer.Fact f : facts) {
                n += matching(ctx.analysis().sentences().get(f.sentence()).tokens())
                                .contains(d)
                        ? 1
                        : 0;
            }
            hits.put(d, n);
        }
        out.sort(Comparator.comparingInt((DimensionLexicon.Dimension d) -> -hits.get(d)));
        return out;
    }

    private boolean assign(
            FactComposer.Fact f,
            List<DimensionLexicon.Dimension> candidates,
            Map<DimensionLexicon.Dimension, List<FactComposer.Fact>> byDimension) {
        for (DimensionLexicon.Dimension d : candidates) {
            List<FactComposer.Fact> points = byDimension.computeIfAbsent(d, k -> new ArrayList<>());
            if (points.size() < ctx.maxPoints()) {
                points.add(f);
                return true;
            }
        }
        return false;
    }

    /** Up to four dimensions with at least two points, most points first. */
    private List<Dimension> choose(Map<DimensionLexicon.Dimension, List<FactComposer.Fact>> byDimension) {
        List<Map.Entry<DimensionLexicon.Dimension, List<FactComposer.Fact>>> ranked =
                new ArrayList<>(byDimension.entrySet());
        ranked.sort(Comparator.comparingInt((Map.Entry<DimensionLexicon.Dimension, List<FactComposer.Fact>> e) ->
                        -Math.min(ctx.maxPoints(), e.getValue().size()))
                .thenComparingInt(e -> ctx.dimensions().dimensions().indexOf(e.getKey())));
        List<Dimension> out = new ArrayList<>();
        for (var e : ranked) {
            if (out.size() < ctx.maxDimensions() && e.getValue().size() >= ctx.minPoints()) {
                out.add(dimension(e.getKey().title(), e.getValue()));
            }
        }
        return out;
    }

    private Dimension dimension(String title, List<FactComposer.Fact> facts) {
        List<FactComposer.Fact> chosen = new ArrayList<>(facts.subList(0, Math.min(ctx.maxPoints(), facts.size())));
        chosen.sort(Comparator.comparingInt((FactComposer.Fact f) -> f.clause().begin()));
        List<Point> points = new ArrayList<>();
        for (FactComposer.Fact f : chosen) {
            points.add(new Point(Point.labelFor(points.size()), f.text()));
        }
        return new Dimension(title, points);
    }

    /** Dimensions the clause belongs to, most hits first (lexicon order breaks ties). */
    private List<DimensionLexicon.Dimension> matching(List<Token> tokens) {
        List<DimensionLexicon.Dimension> out = new ArrayList<>();
        Map<DimensionLexicon.Dimension, Integer> hits = new LinkedHashMap<>();
        for (DimensionLexicon.Dimension d : ctx.dimensions().dimensions()) {
            int n = 0;
            for (Token t : tokens) {
                if (isContent(t) && matches(d, t)) {
                    n++;
                }
            }
            if (n > 0) {
                hits.put(d, n);
                out.add(d);
            }
        }
        out.sort(Comparator.comparingInt((DimensionLexicon.Dimension d) -> -hits.get(d)));
        return out;
    }

    private boolean matches(DimensionLexicon.Dimension d, Token t) {
        if (d.matches(t.lemma())) {
            return true;
        }
        for (String part : partsCache.computeIfAbsent(t.text(), ctx.compounds()::parts)) {
            if (part.length() >= 4 && d.matches(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isContent(Token t) {
        return Set.of(Pos.NOUN, Pos.PROPN, Pos.VERB, Pos.ADJ).contains(t.pos());
    }
}
