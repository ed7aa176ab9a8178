package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.draft.ExplainerLibrary;
import de.ozd.newsroom.language.Entity;
import de.ozd.newsroom.language.EntityType;
import de.ozd.newsroom.language.GermanCompounds;
import de.ozd.newsroom.language.TextAnalysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every section drafter of one draft shares: the analysed report, its clauses, the facts composed from them
 * (ranked once per word limit), the prominent entities and the house's limits. One per draft; not shared.
 */
final class DraftContext {
    /**
     * Words of an analysis point, and of a fact that fills a box short of complete facts within the
     * house's {@link HouseConfig.Limits#maxWordsPerFact()}: the house sets no limit for points, this is the
     * drafter's own.
     */
    static final int MAX_POINT_WORDS = 10;
    /** Points the drafter gives a dimension at most (never more than the house's maximum). */
    private static final int DRAFTED_POINTS = 3;

    private final TextAnalysis written;
    private final TextAnalysis analysis;
    private final ExplainerLibrary library;
    private final DimensionLexicon dimensions;
    private final GermanCompounds compounds;
    private final FactComposer composer;
    private final List<Clause> clauses;
    private final HouseConfig.Limits limits;
    private final Map<Integer, List<FactComposer.Fact>> rankedCache = new java.util.HashMap<>();

    DraftContext(
            TextAnalysis analysis,
            ExplainerLibrary library,
            DimensionLexicon dimensions,
            GermanCompounds compounds,
            HouseConfig.Limits limits) {
        this.written = analysis;
        this.analysis = PronounSubjects.resolved(analysis);
        this.library = library;
        this.dimensions = dimensions;
        this.compounds = compounds;
        this.limits = limits;
        this.composer = new FactComposer(this.analysis);
        this.clauses = new ClauseSplitter().split(this.analysis);
    }

    /** The report as the drafter reads it: its opening subject pronouns read as their persons ({@link PronounSubjects}). */
    TextAnalysis analysis() {
        return analysis;
    }

    /** The report as written, pronouns as pronouns: who it names and how often, for the explainers. */
    TextAnalysis written() {
        return written;
    }

    ExplainerLibrary library() {
        return library;
    }

    DimensionLexicon dimensions() {
        return dimensions;
    }

    GermanCompounds compounds() {
        return compounds;
    }

    int maxFactWords() {
        return limits.maxWordsPerFact();
    }

    int minFacts() {
        return limits.minFacts();
    }

    int maxFacts() {
        return limits.maxFacts();
    }

    int minDimensions() {
        return limits.minDimensions();
    }

    int maxDimensions() {
        return limits.maxDimensions();
    }

    int maxPoints() {
        return Math.min(DRAFTED_POINTS, limits.maxPoints());
    }

    int minPoints() {
        return Math.min(limits.minPoints(), maxPoints());
    }

    /** The report's clauses, outside quotation marks, in report order. */
    List<Clause> clauses() {
        return clauses;
    }

    /** The fact as a headline in the present, where it is a perfect that has one ({@link FactComposer#inPresent}). */
    FactComposer.Fact inPresent(FactComposer.Fact f) {
        return composer.inPresent(f);
    }

    /** The fact in a title's headline style, without its subject's article ({@link FactComposer#withoutArticle}). */
    FactComposer.Fact withoutArticle(FactComposer.Fact f) {
        return composer.withoutArticle(f);
    }

    /** The fact with the name its subject's role noun stands for ({@link FactComposer#named}). */
    FactComposer.Fact named(FactComposer.Fact f) {
        return composer.named(f, maxFactWords());
    }

    /** True if the fact names no agent of its active clause („Neubau der Brücke beschlossen“). */
    boolean dropsAgent(FactComposer.Fact f) {
        return composer.dropsAgent(f);
    }

    /** Facts of at most {@code maxWords} words, best first (computed once per limit). */
    List<FactComposer.Fact> ranked(int maxWords) {
        return new ArrayList<>(rankedCache.computeIfAbsent(maxWords, this::rank));
    }

    /**
     * Facts of at most {@code maxWords} words for a timeline, whose entry's label says each one's date ({@link
     * FactComposer#composeDated}), best first.
     */
    List<FactComposer.Fact> dated(int maxWords) {
        List<FactComposer.Fact> out = new ArrayList<>();
        for (Clause c : clauses) {
            composer.composeDated(c, maxWords).ifPresent(out::add);
        }
        return bestFirst(out);
    }

    private List<FactComposer.Fact> rank(int maxWords) {
        List<FactComposer.Fact> out = new ArrayList<>();
        for (Clause c : clauses) {
            composer.compose(c, maxWords).ifPresent(out::add);
        }
        return bestFirst(out);
    }

    private static List<FactComposer.Fact> bestFirst(List<FactComposer.Fact> out) {
        out.sort(Comparator.comparingDouble((FactComposer.Fact f) -> -f.score())
                .thenComparingInt(f -> f.clause().begin()));
        return out;
    }

    /**
     * The report's opening headline phrase ({@link FactComposer#openingHeadline}), if the first clause of its first
     * sentence is one and opens the sentence.
     */
    java.util.Optional<FactComposer.Fact> openingHeadline() {
        if (clauses.isEmpty()
                || clauses.get(0).sentence() != 0
                || analysis.sentences().get(0).tokens().get(0).begin()
                        != clauses.get(0).begin()) {
            return java.util.Optional.empty();
        }
        return composer.openingHeadline(clauses.get(0), MAX_POINT_WORDS, true);
    }

    /**
     * The report's own headline line as a title: the first sentence when it is one clause from its first word to its
     * end and at most {@code maxWords} words long („Dos Santos kündigt nach fast 40 Jahren an der Macht Rückzug an“),
     * the line a desk wrote as the report's headline or teaser. Longer than a box fact may be, since the title is the
     * headline and says the news whole; a lead cut at a comma, a clause of a longer sentence or a longer sentence
     * compressed to fit is no title at this length. Empty otherwise.
     */
    java.util.Optional<FactComposer.Fact> ownHeadlineLine(int maxWords) {
        if (clauses.isEmpty()
                || analysis.sentences().isEmpty()
                || clauses.size() > 1 && clauses.get(1).sentence() == 0) {
            return java.util.Optional.empty();
        }
        Clause c = clauses.get(0);
        List<de.ozd.newsroom.language.Token> first = analysis.sentences().get(0).tokens();
        int last = first.size() - 1;
        while (last > 0 && first.get(last).isPunctuation()) {
            last--;
        }
        if (c.sentence() != 0
                || first.get(0).begin() != c.begin()
                || c.end() < first.get(last).end()
                || first.stream().filter(t -> !t.isPunctuation()).count() > maxWords) {
            return java.util.Optional.empty(); // a longer lead compressed to fit is no headline line of the report's
        }
        return composer.compose(c, maxWords);
    }

    /**
     * The headline phrases of the first sentence after its first clause („… – 40 Verletzte“, „… – Urteil nicht
     * rechtskräftig“) of at most {@code maxWords} words, in report order: only a part after a dash, the house's
     * „Titel – Untertitel“. A part after „und“ shares the finite verb of the clause before it („Er hat … gewidmet und
     * 1985 … die FSF gegründet“), one after a colon may be a name's second half („um Französisch: Literatur erweitert“).
     */
    List<FactComposer.Fact> openingPhrases(int maxWords) {
        List<FactComposer.Fact> out = new ArrayList<>();
        List<de.ozd.newsroom.language.Token> first = analysis.sentences().isEmpty()
                ? List.of()
                : analysis.sentences().get(0).tokens();
        for (int i = 1; i < clauses.size() && clauses.get(i).sentence() == 0; i++) {
            int at = first.indexOf(clauses.get(i).tokens().get(0));
            if (at > 0 && ClauseSplitter.isDash(first, at - 1)) {
                composer.openingHeadline(clauses.get(i), maxWords).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Persons, organisations and places by mentions, then type, then first mention. */
    List<Entity> prominent() {
        Map<String, Entity> first = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Entity e : written.entities()) {
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

    List<String> topEntities(java.util.function.Predicate<Entity> filter, int n) {
        return prominent().stream()
                .filter(filter)
                .map(Entity::canonical)
                .limit(n)
                .toList();
    }
}
