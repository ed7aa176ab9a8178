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
     * 2–4 dimensions, each with two or three lettered points from the report that belong to it. The points are
     * first the report's nominal phrases ({@link NominalPoints}: „Streit um die Fahrgastprognose“), then its short
     * facts; none leans on another sentence ({@link #pointsBack}). First the
     * dimensions of the lexicon that are not {@link #GENERIC} (a point goes to the dimension most of its clause's
     * words belong to); then dimensions named from the report's own subject ({@link SubjectDimensions}: a noun the
     * report keeps coming back to, shared by the points); only when these give fewer than the house's minimum, the
     * generic dimensions of the lexicon, with points whose clause's words belong to them. Before these, nominal
     * points with no domain of their own go to the domain the whole report is clearly about ({@link #reportDomain}).
     * No point repeats a line
     * of the infobox ({@code infoboxLines}: its title and facts) word for word, and a point that fits no
     * dimension is left out: fewer dimensions rather than a wrong one. A report that gives no dimension at all gets
     * a placeholder for the editor.
     */
    Analysis draft(Set<String> infoboxLines) {
        List<FactComposer.Fact> nominal = new ArrayList<>();
        List<FactComposer.Fact> pool = pool(infoboxLines, nominal);
        return draft(pool, nominal);
    }

    /**
     * The points the analysis may use, best first: the nominal phrases ({@link NominalPoints}, {@link VerbPoints};
     * also added to {@code nominal}), then the short facts; none that points back, says an infobox line again or
     * says an earlier point's words again.
     */
    List<FactComposer.Fact> pool(Set<String> infoboxLines, List<FactComposer.Fact> nominal) {
        List<List<String>> box = new ArrayList<>();
        infoboxLines.forEach(l -> box.add(words(l)));
        List<FactComposer.Fact> pool = new ArrayList<>(); // best first; no point says another's words again
        List<List<String>> seen = new ArrayList<>();
        NominalPoints phrases = new NominalPoints(ctx);
        nominal.addAll(phrases.points());
        List<FactComposer.Fact> verbal = new VerbPoints(ctx, phrases).points();
        nominal.addAll(verbal);
        List<FactComposer.Fact> candidates = new ArrayList<>(nominal);
        // a fact too short for the box is no point either („34 Menschen verletzt“ is no analysis)
        ctx.ranked(DraftContext.MAX_POINT_WORDS).stream()
                .filter(f -> !InfoboxDrafter.tooShort(f))
                .forEach(candidates::add);
        for (FactComposer.Fact f : candidates) {
            if (pointsBack(f)) {
                continue;
            }
            List<String> w = words(f.text());
            // nor a point that says an earlier one's phrase again with more words („Manahl sieht die Aufnahme von
            // Flüchtlingen als Verpflichtung“ after „Aufnahme von Flüchtlingen“)
            // nor the clause again that a phrase was taken from („Verurteilung der Amokfahrt“ and „Die Regierung
            // verurteilte die Amokfahrt“), nor a box line with more words
            if (box.stream().noneMatch(b -> repeats(w, b) || isSubsequence(b, w))
                    && seen.stream().noneMatch(b -> repeats(w, b) || isSubsequence(b, w))
                    && pool.stream().noneMatch(p -> sameClause(p, f))
                    && !(verbal.contains(f) && box.stream().anyMatch(b -> b.containsAll(content(w))))) {
                pool.add(f);
                seen.add(w);
            }
        }
        return pool;
    }

    /** The analysis from the pool of points ({@link #pool}). */
    private Analysis draft(List<FactComposer.Fact> pool, List<FactComposer.Fact> nominal) {
        Map<DimensionLexicon.Dimension, List<FactComposer.Fact>> byDimension = new LinkedHashMap<>();
        for (FactComposer.Fact f : pool) {
            assign(f, matching(SubjectDimensions.shown(f)), byDimension);
        }
        List<Dimension> out = new ArrayList<>();
        Set<FactComposer.Fact> used = new HashSet<>();
        for (var e : ranked(byDimension)) {
            if (out.size() < ctx.maxDimensions()
                    && !isGeneric(e.getKey())
                    && e.getValue().size() >= ctx.minPoints()) {
                out.add(dimension(e.getKey().title(), e.getValue()));
                used.addAll(e.getValue());
            }
        }
        List<FactComposer.Fact> rest = new ArrayList<>(pool);
        rest.removeAll(used);
        for (SubjectDimensions.Named n : new SubjectDimensions(ctx).choose(rest, ctx.maxDimensions() - out.size())) {
            out.add(dimension(n.title(), n.points()));
            rest.removeAll(n.points());
        }
        reportDomain(out).ifPresent(d -> {
            List<FactComposer.Fact> points = new ArrayList<>();
            for (FactComposer.Fact f : pool) {
                List<DimensionLexicon.Dimension> m = matching(SubjectDimensions.shown(f));
                if (rest.contains(f)
                        && nominal.contains(f)
                        && (m.isEmpty() || m.get(0).equals(d))) {
                    points.add(f);
                }
            }
            if (out.size() < ctx.maxDimensions() && points.size() >= ctx.minPoints()) {
                out.add(dimension(d.title(), points));
                rest.removeAll(points);
            }
        });
        if (out.size() < ctx.minDimensions()) {
            for (var e : ranked(byDimension)) {
                List<FactComposer.Fact> points = new ArrayList<>(e.getValue());
                points.retainAll(rest);
                if (out.size() < ctx.minDimensions() && isGeneric(e.getKey()) && points.size() >= ctx.minPoints()) {
                    out.add(dimension(e.getKey().title(), points));
                    rest.removeAll(points);
                }
            }
        }
        if (out.isEmpty()) {
            out.add(new Dimension(
                    DraftLabels.placeholder(NO_DIMENSION),
                    List.of(new Point("a", DraftLabels.placeholder("Analysepunkte ergänzen")))));
        }
        return new Analysis(out);
    }

    /** Words of the report a domain needs to name the points that have no domain of their own. */
    static final int DOMAIN_HITS = 4;

    /**
     * The domain the whole report is about, if one clearly is (at least {@link #DOMAIN_HITS} of its words, twice
     * as many as any other domain) and no dimension has its title yet: a nominal point with no domain of its own
     * belongs to it („Vorsprung auf die Innviertler“ in a football report).
     */
    private java.util.Optional<DimensionLexicon.Dimension> reportDomain(List<Dimension> out) {
        List<DimensionLexicon.Dimension> all = new ArrayList<>(ctx.dimensions().dimensions());
        all.sort(Comparator.comparingInt((DimensionLexicon.Dimension d) -> -reportHits(d)));
        if (all.isEmpty()
                || reportHits(all.get(0)) < DOMAIN_HITS
                || all.size() > 1 && reportHits(all.get(1)) * 2 > reportHits(all.get(0))
                || out.stream().anyMatch(d -> d.title().equals(all.get(0).title()))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(all.get(0));
    }

    /** Words that point to what another sentence said („darüber“, „dementsprechend“). */
    private static final Set<String> BACK = Set.of(
            "darüber",
            "darauf",
            "dafür",
            "davon",
            "daran",
            "dazu",
            "damit",
            "dagegen",
            "darum",
            "daraus",
            "darunter",
            "davor",
            "dahinter",
            "dabei",
            "dadurch",
            "dementsprechend",
            "deshalb",
            "daher",
            "demnach",
            "somit",
            "folglich",
            "trotzdem",
            "dennoch",
            "dort",
            "damals");

    /** Possessive and personal pronouns whose referent a point standing alone loses („ihre Abschiebung“). */
    private static final java.util.regex.Pattern PRONOUN = java.util.regex.Pattern.compile(
            "(?iu)(sein|ihr|unser|euer|mein|dein)(e|en|em|er|es)?|er|sie|es|ihm|ihn|ihnen|wir|uns|ich|mir|mich");

    /**
     * True if a point would stand alone without what it points back to: its clause has a word that points to
     * another sentence („darüber reden auch die Flüchtlinge“, dropped or not), or the point has a pronoun or „eigen“,
     * whose owner is the clause's subject („Billigung des eigenen Militärhaushalts“: whose, the US Senate's).
     */
    static boolean pointsBack(FactComposer.Fact f) {
        for (Token t : f.clause().tokens()) {
            if (BACK.contains(t.text().toLowerCase(java.util.Locale.GERMAN))) {
                return true;
            }
        }
        for (String w : f.text().split("[^\\p{L}]+")) {
            if (PRONOUN.matcher(w).matches()
                    || w.toLowerCase(java.util.Locale.GERMAN).matches("eigen(e|en|em|er|es)?")) {
                return true;
            }
        }
        return dropsDegree(f);
    }

    /** Prepositions a point of {@link VerbPoints} puts after its noun. */
    private static final Set<String> LINKS = Set.of(
            "über", "von", "vom", "nach", "an", "am", "vor", "auf", "gegen", "mit", "zu", "zum", "zur", "aus", "in",
            "im", "für", "seit", "um", "bis");

    /**
     * The words of a point of {@link VerbPoints} without its noun and prepositions: what its clause said of the
     * object. An infobox line with all of them says the clause already („Beschluss über den Neubau der Brücke“ beside
     * „Der Stadtrat hat den Neubau der Brücke beschlossen“).
     */
    private static List<String> content(List<String> words) {
        return words.stream().skip(1).filter(w -> !LINKS.contains(w)).toList();
    }

    /** True if two points come from overlapping words of one sentence. */
    private static boolean sameClause(FactComposer.Fact a, FactComposer.Fact b) {
        return a.sentence() == b.sentence()
                && a.clause().begin() <= b.clause().end()
                && b.clause().begin() <= a.clause().end();
    }

    /** Particles that set the degree of the word after them („zu spät“ is not „spät“). */
    private static final Set<String> DEGREE = Set.of("zu", "nur", "kaum", "fast", "knapp", "erst", "allzu");

    /** True if the point keeps a word of its clause but not the degree particle before it („kam spät“). */
    static boolean dropsDegree(FactComposer.Fact f) {
        List<Token> t = f.clause().tokens();
        String text = " " + f.text().toLowerCase(java.util.Locale.GERMAN) + " ";
        for (int i = 0; i + 1 < t.size(); i++) {
            String particle = t.get(i).text().toLowerCase(java.util.Locale.GERMAN);
            String word = t.get(i + 1).text().toLowerCase(java.util.Locale.GERMAN);
            if (DEGREE.contains(particle)
                    && (t.get(i + 1).pos() == Pos.ADJ || t.get(i + 1).pos() == Pos.ADV)
                    && text.contains(" " + word + " ")
                    && !text.contains(" " + particle + " " + word + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The title of the analysis the editor writes: the report gave no two points that share a subject. */
    static final String NO_DIMENSION =
            "Dimension – keine zwei Aussagen des Berichts außerhalb der Infobox teilen ein Thema.";

    /** Articles a headline drops („Erste Fähre soll …“ for „Die erste Fähre soll …“). */
    private static final Set<String> ARTICLES = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine");

    /** The words of a line as compared with the infobox's: lower case, without punctuation and articles. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        for (String w : line.toLowerCase(java.util.Locale.GERMAN).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !ARTICLES.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Words a point may add to an infobox line and still say it again word for word („heuer“ in „Die ersten Küken
     * sind heuer … geschlüpft“); a point that adds a whole phrase („auf Spitzenreiter Salzburg“) says more.
     */
    private static final int REPEAT_EXTRA_WORDS = 2;

    /**
     * True if a point says an infobox line again word for word: the same words but for articles, in the same
     * order, or all of them with at most {@link #REPEAT_EXTRA_WORDS} more, or only some of them.
     */
    static boolean repeats(List<String> point, List<String> boxLine) {
        return !boxLine.isEmpty()
                && (isSubsequence(point, boxLine)
                        || point.size() - boxLine.size() <= REPEAT_EXTRA_WORDS && isSubsequence(boxLine, point));
    }

    private static boolean isSubsequence(List<String> shorter, List<String> longer) {
        int i = 0;
        for (String w : longer) {
            if (i < shorter.size() && shorter.get(i).equals(w)) {
                i++;
            }
        }
        return i == shorter.size();
    }

    private static boolean isGeneric(DimensionLexicon.Dimension d) {
        return GENERIC.contains(d.title());
    }

    /** Dimensions to use when keyword matching finds too few, in order of preference. */
    static final List<String> GENERIC =
            List.of("Politische Dimension", "Wirtschaftliche Dimension", "Gesellschaftliche Dimension");

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

    /** The lexicon's dimensions with their points, most points first (lexicon order breaks ties). */
    private List<Map.Entry<DimensionLexicon.Dimension, List<FactComposer.Fact>>> ranked(
            Map<DimensionLexicon.Dimension, List<FactComposer.Fact>> byDimension) {
        List<Map.Entry<DimensionLexicon.Dimension, List<FactComposer.Fact>>> ranked =
                new ArrayList<>(byDimension.entrySet());
        ranked.sort(Comparator.comparingInt((Map.Entry<DimensionLexicon.Dimension, List<FactComposer.Fact>> e) ->
                        -Math.min(ctx.maxPoints(), e.getValue().size()))
                .thenComparingInt(e -> ctx.dimensions().dimensions().indexOf(e.getKey())));
        return ranked;
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

    /**
     * Dimensions the words belong to, most hits first; a tie goes to the dimension the whole report has more words
     * of („Angriff“ in a football report is the attack of a team), then to the lexicon's order.
     */
    List<DimensionLexicon.Dimension> matching(List<Token> tokens) {
        List<DimensionLexicon.Dimension> out = new ArrayList<>();
        Map<DimensionLexicon.Dimension, Integer> hits = new LinkedHashMap<>();
        for (DimensionLexicon.Dimension d : ctx.dimensions().dimensions()) {
            int n = hits(d, tokens);
            if (n > 0) {
                hits.put(d, n);
                out.add(d);
            }
        }
        out.sort(Comparator.comparingInt((DimensionLexicon.Dimension d) -> -hits.get(d))
                .thenComparingInt(d -> -reportHits(d)));
        return out;
    }

    private int hits(DimensionLexicon.Dimension d, List<Token> tokens) {
        int n = 0;
        for (Token t : tokens) {
            if (isContent(t) && matches(d, t)) {
                n++;
            }
        }
        return n;
    }

    private final Map<DimensionLexicon.Dimension, Integer> reportHits = new java.util.HashMap<>();

    private int reportHits(DimensionLexicon.Dimension d) {
        return reportHits.computeIfAbsent(d, k -> hits(k, ctx.analysis().tokens()));
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
