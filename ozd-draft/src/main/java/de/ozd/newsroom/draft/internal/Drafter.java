package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.model.Analysis;
import de.ozd.newsroom.core.model.Dimension;
import de.ozd.newsroom.core.model.Explainer;
import de.ozd.newsroom.core.model.Explainers;
import de.ozd.newsroom.core.model.Extras;
import de.ozd.newsroom.core.model.Infobox;
import de.ozd.newsroom.core.model.Point;
import de.ozd.newsroom.draft.DraftLabels;
import de.ozd.newsroom.draft.ExplainerLibrary;
import de.ozd.newsroom.language.Entity;
import de.ozd.newsroom.language.EntityType;
import de.ozd.newsroom.language.GermanCompounds;
import de.ozd.newsroom.language.Quantity;
import de.ozd.newsroom.language.QuantityKind;
import de.ozd.newsroom.language.Sentence;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drafts the sections of one package from one analysed report. One instance per draft; not shared.
 */
public final class Drafter {

    /**
     * Words of an analysis point, and of a fact that fills a box short of complete facts within the
     * house's {@link HouseConfig.Limits#maxWordsPerFact()}: the house sets no limit for points, this is the
     * drafter's own.
     */
    private static final int MAX_POINT_WORDS = 10;
    /** Points the drafter gives a dimension at most (never more than the house's maximum). */
    private static final int DRAFTED_POINTS = 3;

    private static final int MAX_EXPLAINERS = 3;
    private static final Pattern FIRST =
            Pattern.compile("(?iu)\\b(erstmals|erstmalig|zum ersten mal|historisch\\w*|premiere|rekord\\w*)\\b");

    private final TextAnalysis analysis;
    private final ExplainerLibrary library;
    private final DimensionLexicon dimensions;
    private final GermanCompounds compounds;
    private final FactComposer composer;
    private final List<Clause> clauses;
    private final Set<String> usedFacts = new HashSet<>();
    private final int maxFactWords;
    private final int minFacts;
    private final int maxFacts;
    private final int minDimensions;
    private final int maxDimensions;
    private final int minPoints;
    private final int maxPoints;

    public Drafter(
            TextAnalysis analysis,
            ExplainerLibrary library,
            DimensionLexicon dimensions,
            GermanCompounds compounds,
            HouseConfig.Limits limits) {
        this.analysis = analysis;
        this.maxFactWords = limits.maxWordsPerFact();
        this.minFacts = limits.minFacts();
        this.maxFacts = limits.maxFacts();
        this.minDimensions = limits.minDimensions();
        this.maxDimensions = limits.maxDimensions();
        this.maxPoints = Math.min(DRAFTED_POINTS, limits.maxPoints());
        this.minPoints = Math.min(limits.minPoints(), this.maxPoints);
        this.library = library;
        this.dimensions = dimensions;
        this.compounds = compounds;
        this.composer = new FactComposer(analysis);
        this.clauses = new ClauseSplitter().split(analysis);
    }

    /**
     * Title and 3–5 facts, in report order. The title is the lead sentence compressed to a headline;
     * the facts come from the most salient other clauses, one per sentence first, then a second
     * clause of a sentence when the report has too few sentences that give a fact.
     */
    public Infobox infobox() {
        List<FactComposer.Fact> facts = ranked(maxFactWords);
        Optional<FactComposer.Fact> title = headline(facts, 2)
                .or(() -> headline(ranked(MAX_POINT_WORDS), 1)); // a longer lead beats a list of names
        List<FactComposer.Fact> chosen = new ArrayList<>();
        Set<Integer> sentences = new HashSet<>();
        Set<String> texts = new HashSet<>();
        title.ifPresent(t -> texts.add(t.text()));
        for (FactComposer.Fact f : facts) {
            if (chosen.size() < maxFacts && !texts.contains(f.text()) && sentences.add(f.sentence())) {
                chosen.add(f);
                texts.add(f.text());
            }
        }
        for (FactComposer.Fact f : facts) { // a second clause of a sentence, best first
            if (chosen.size() < minFacts && texts.add(f.text())) {
                chosen.add(f);
            }
        }
        fillWithLongerFacts(chosen, texts, title.map(t -> t.clause().begin()).orElse(-1));
        if (chosen.isEmpty() && title.isPresent()) {
            chosen.add(title.get()); // a one-clause report: its headline is its only fact
        }
        chosen.sort(Comparator.comparingInt((FactComposer.Fact f) -> f.clause().begin()));
        List<String> lines = chosen.stream().map(FactComposer.Fact::text).toList();
        usedFacts.addAll(lines);
        if (lines.isEmpty()) {
            lines = List.of(DraftLabels.placeholder("Fakten ergänzen – der Bericht gibt keine kurzen Aussagen her."));
        }
        return new Infobox(title.map(FactComposer.Fact::text).orElseGet(this::namesTitle), lines);
    }

    /**
     * Fewer than the house minimum of short facts: complete statements of up to ten words (the
     * analysis limit) fill the box rather than fragments or a placeholder. The house check then
     * says which ones are longer than a headline (OZD011) and the editor shortens them; if there
     * are still fewer than three, it says so (OZD023) and the editor adds some.
     */
    private void fillWithLongerFacts(List<FactComposer.Fact> chosen, Set<String> texts, int titleClause) {
        for (FactComposer.Fact f : ranked(MAX_POINT_WORDS)) {
            boolean newSentence = chosen.stream().noneMatch(x -> x.sentence() == f.sentence())
                    && f.clause().begin() != titleClause;
            if (chosen.size() < minFacts && newSentence && texts.add(f.text())) {
                chosen.add(f);
            }
        }
    }

    /**
     * The news in one line: the first fact of the lead sentence (its first clause that gives one),
     * else of the second sentence, both within the eight words of a fact; else the lead sentence
     * within the ten words of an analysis point.
     */
    private Optional<FactComposer.Fact> headline(List<FactComposer.Fact> facts, int sentences) {
        for (int sentence = 0; sentence < sentences; sentence++) {
            int s = sentence;
            Optional<FactComposer.Fact> lead = facts.stream()
                    .filter(f -> f.sentence() == s)
                    .min(Comparator.comparingInt(
                            (FactComposer.Fact f) -> f.clause().begin()));
            if (lead.isPresent()) {
                return lead;
            }
        }
        return Optional.empty();
    }

    private final Map<Integer, List<FactComposer.Fact>> rankedCache = new java.util.HashMap<>();
    private final Map<String, List<String>> partsCache = new java.util.HashMap<>();

    /** Facts of at most {@code maxWords} words, best first (computed once per limit). */
    private List<FactComposer.Fact> ranked(int maxWords) {
        return new ArrayList<>(rankedCache.computeIfAbsent(maxWords, this::rank));
    }

    private List<FactComposer.Fact> rank(int maxWords) {
        List<FactComposer.Fact> out = new ArrayList<>();
        for (Clause c : clauses) {
            composer.compose(c, maxWords).ifPresent(out::add);
        }
        out.sort(Comparator.comparingDouble((FactComposer.Fact f) -> -f.score())
                .thenComparingInt(f -> f.clause().begin()));
        return out;
    }

    /** The fallback title when no sentence of the lead gives a headline. */
    private String namesTitle() {
        List<String> top = topEntities(e -> e.type() != EntityType.OTHER, 2);
        if (top.isEmpty()) {
            return DraftLabels.FACTS_TITLE;
        }
        return DraftLabels.namesTitle(top);
    }

    /**
     * 2–4 dimensions from the lexicon, each with two or three lettered points from the report. A
     * point goes to the dimension most of its clause's words belong to; points whose clause matches
     * none go to the dimension their whole sentence matches best. When that still gives fewer than
     * two dimensions of two points, the remaining points fill generic dimensions of the lexicon
     * (its first entries among {@link #GENERIC}, best matching first): the report's own clauses
     * under a broad heading that an editor confirms or renames.
     */
    public Analysis analysis() {
        List<FactComposer.Fact> facts = ranked(MAX_POINT_WORDS);
        facts.sort(Comparator.comparing((FactComposer.Fact f) -> usedFacts.contains(f.text()))
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
                    matching(analysis.sentences().get(f.sentence()).tokens());
            bySentence.sort(Comparator.comparingInt((DimensionLexicon.Dimension d) ->
                    isIncomplete(byDimension.getOrDefault(d, List.of())) ? 0 : 1)); // complete a short one first
            if (!assign(f, bySentence, byDimension)) {
                left.add(f);
            }
        }
        List<Dimension> out = choose(byDimension);
        if (out.size() < minDimensions) {
            // move single points into the generic fill, then fill generic dimensions
            for (var e : byDimension.entrySet()) {
                if (e.getValue().size() < minPoints) {
                    left.addAll(e.getValue());
                }
            }
            left.sort(Comparator.comparingDouble((FactComposer.Fact f) -> -f.score())
                    .thenComparingInt(f -> f.clause().begin()));
            Set<String> titles = new HashSet<>();
            out.forEach(d -> titles.add(d.title()));
            for (DimensionLexicon.Dimension g : generic(left)) {
                if (out.size() >= minDimensions || left.size() < minPoints) {
                    break;
                }
                if (titles.add(g.title())) {
                    List<FactComposer.Fact> points = new ArrayList<>(left.subList(0, minPoints));
                    left.subList(0, minPoints).clear();
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
        return !points.isEmpty() && points.size() < minPoints;
    }

    /** Dimensions to use when keyword matching finds too few, in order of preference. */
    static final List<String> GENERIC =
            List.of("Politische Dimension", "Wirtschaftliche Dimension", "Gesellschaftliche Dimension");

    private List<DimensionLexicon.Dimension> generic(List<FactComposer.Fact> facts) {
        Map<DimensionLexicon.Dimension, Integer> hits = new LinkedHashMap<>();
        List<DimensionLexicon.Dimension> out = new ArrayList<>();
        for (String title : GENERIC) {
            dimensions.dimensions().stream()
                    .filter(d -> d.title().equals(title))
                    .findFirst()
                    .ifPresent(out::add);
        }
        if (out.isEmpty()) {
            out.addAll(dimensions.dimensions()); // an editor's own lexicon: its entries in order
        }
        for (DimensionLexicon.Dimension d : out) {
            int n = 0;
            for (FactComposer.Fact f : facts) {
                n += matching(analysis.sentences().get(f.sentence()).tokens()).contains(d) ? 1 : 0;
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
            if (points.size() < maxPoints) {
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
                        -Math.min(maxPoints, e.getValue().size()))
                .thenComparingInt(e -> dimensions.dimensions().indexOf(e.getKey())));
        List<Dimension> out = new ArrayList<>();
        for (var e : ranked) {
            if (out.size() < maxDimensions && e.getValue().size() >= minPoints) {
                out.add(dimension(e.getKey().title(), e.getValue()));
            }
        }
        return out;
    }

    private Dimension dimension(String title, List<FactComposer.Fact> facts) {
        List<FactComposer.Fact> chosen = new ArrayList<>(facts.subList(0, Math.min(maxPoints, facts.size())));
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
        for (DimensionLexicon.Dimension d : dimensions.dimensions()) {
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
        for (String part : partsCache.computeIfAbsent(t.text(), compounds::parts)) {
            if (part.length() >= 4 && d.matches(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isContent(Token t) {
        return Set.of("NOUN", "PROPN", "VERB", "ADJ").contains(t.pos());
    }

    /** „Wer ist …?“ / „Was ist …?“ for the most prominent entities. */
    public Explainers explainers() {
        List<Explainer> out = new ArrayList<>();
        for (Entity e : prominent()) {
            if (out.size() >= MAX_EXPLAINERS) {
                break;
            }
            Optional<ExplainerLibrary.Entry> entry =
                    library.lookup(e.canonical()).or(() -> library.lookup(e.text()));
            if (entry.isPresent()) {
                out.add(entry.get().explainer());
            } else if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANISATION) {
                String q = e.type() == EntityType.PERSON
                        ? "Wer ist " + e.canonical() + "?"
                        : "Was ist "
                                + Articles.of(analysis, e).map(a -> a + " ").orElse("") + e.canonical() + "?";
                out.add(new Explainer(
                        q,
                        DraftLabels.placeholder("Antwort ergänzen – zu „" + e.canonical()
                                + "“ hat die Erklärbibliothek keinen Eintrag, und der Bericht erklärt es nicht.")));
            }
        }
        if (out.isEmpty()) {
            out.add(new Explainer(
                    "Worum geht es?",
                    DraftLabels.placeholder("Erklärung ergänzen – der Bericht "
                            + "nennt keine Person oder Organisation, die eine Erklärung braucht.")));
        }
        return new Explainers(out.stream().distinct().toList());
    }

    private List<Entity> prominent() {
        Map<String, Entity> first = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Entity e : analysis.entities()) {
            if (e.type() == EntityType.OTHER || e.canonical().length() < 2) {
                continue;
            }
            first.putIfAbsent(e.canonical(), e);
            counts.merge(e.canonical(), 1, Integer::sum);
        }
        List<Entity> out = new ArrayList<>(first.values());
        out.sort(Comparator.comparingInt((Entity e) -> -counts.get(e.canonical()))
                .thenComparingInt(e -> typeRank(e.type()))
                .thenComparingInt(Entity::begin));
        return out;
    }

    private static int typeRank(EntityType t) {
        return switch (t) {
            case PERSON -> 0;
            case ORGANISATION -> 1;
            case LOCATION -> 2;
            case OTHER -> 3;
        };
    }

    private List<String> topEntities(java.util.function.Predicate<Entity> filter, int n) {
        return prominent().stream()
                .filter(filter)
                .map(Entity::canonical)
                .limit(n)
                .toList();
    }

    /** A context note: the report's sentence about a first or historic event, or a timeline. */
    public Optional<Extras> extras() {
        for (Sentence s : analysis.sentences()) {
            if (FIRST.matcher(s.text()).find() && balancedQuotes(s.text())) {
                return Optional.of(new Extras(List.of(DraftLabels.context(s.text()))));
            }
        }
        List<String> timeline = new ArrayList<>();
        Set<Integer> done = new HashSet<>();
        List<FactComposer.Fact> longer = ranked(MAX_POINT_WORDS + 4);
        for (Quantity q : analysis.quantities()) {
            if ((q.kind() == QuantityKind.DATE || q.kind() == QuantityKind.YEAR) && done.add(q.sentenceIndex())) {
                longer.stream()
                        .filter(f -> f.sentence() == q.sentenceIndex())
                        .findFirst()
                        .ifPresent(f -> timeline.add(dateWithYear(q) + " – " + f.text()));
            }
        }
        if (timeline.size() >= 2) {
            return Optional.of(new Extras(List.of(DraftLabels.timeline(timeline))));
        }
        return Optional.empty();
    }

    /** „im April 2027“, not „im April“: the year that follows a date in the report stays with it. */
    private String dateWithYear(Quantity q) {
        for (Quantity next : analysis.quantitiesIn(q.sentenceIndex())) {
            if (next.kind() == QuantityKind.YEAR
                    && next.begin() > q.begin()
                    && analysis.text().substring(q.end(), next.begin()).isBlank()) {
                return analysis.text().substring(q.begin(), next.end());
            }
        }
        return q.text();
    }

    private static boolean balancedQuotes(String s) {
        long open = s.chars().filter(c -> c == '„').count();
        long close = s.chars().filter(c -> c == '“').count();
        return open == close;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.GERMAN);
    }
}
