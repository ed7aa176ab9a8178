package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.core.model.Analysis;
import de.ozd.newsroom.core.model.Dimension;
import de.ozd.newsroom.core.model.Explainer;
import de.ozd.newsroom.core.model.Explainers;
import de.ozd.newsroom.core.model.Extras;
import de.ozd.newsroom.core.model.Infobox;
import de.ozd.newsroom.core.model.Point;
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

  private static final int MAX_FACT_WORDS = 8;
  private static final int MAX_POINT_WORDS = 10;
  private static final int MAX_FACTS = 5;
  private static final int MAX_POINTS = 3;
  private static final int MAX_DIMENSIONS = 4;
  private static final int MAX_EXPLAINERS = 3;
  private static final Pattern FIRST = Pattern.compile(
      "(?iu)\\b(erstmals|erstmalig|zum ersten mal|historisch\\w*|premiere|rekord\\w*)\\b");

  private final TextAnalysis analysis;
  private final ExplainerLibrary library;
  private final DimensionLexicon dimensions;
  private final GermanCompounds compounds;
  private final String placeholder;
  private final FactComposer composer;
  private final List<Clause> clauses;
  private final Set<String> usedFacts = new HashSet<>();

  public Drafter(TextAnalysis analysis, ExplainerLibrary library, DimensionLexicon dimensions,
      GermanCompounds compounds, String placeholderPrefix) {
    this.analysis = analysis;
    this.library = library;
    this.dimensions = dimensions;
    this.compounds = compounds;
    this.placeholder = placeholderPrefix;
    this.composer = new FactComposer(analysis);
    this.clauses = new ClauseSplitter().split(analysis);
  }

  /** Title and 3–5 facts, in report order. */
  public Infobox infobox() {
    List<FactComposer.Fact> facts = ranked(MAX_FACT_WORDS);
    List<FactComposer.Fact> chosen = new ArrayList<>();
    Set<Integer> sentences = new HashSet<>();
    for (FactComposer.Fact f : facts) {
      if (chosen.size() < MAX_FACTS && sentences.add(f.sentence())) {
        chosen.add(f);
      }
    }
    if (chosen.size() < 3) {
      for (FactComposer.Fact f : ranked(MAX_POINT_WORDS)) {
        if (chosen.size() < 3 && sentences.add(f.sentence())) {
          chosen.add(f);
        }
      }
    }
    chosen.sort(Comparator.comparingInt((FactComposer.Fact f) -> f.clause().begin()));
    List<String> lines = chosen.stream().map(FactComposer.Fact::text).toList();
    usedFacts.addAll(lines);
    if (lines.isEmpty()) {
      lines = List.of(placeholder + " Fakten ergänzen – der Bericht gibt keine kurzen Aussagen "
          + "her.]");
    }
    return new Infobox(infoboxTitle(), lines);
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

  private String infoboxTitle() {
    List<String> top = topEntities(e -> e.type() != EntityType.OTHER, 2);
    if (top.isEmpty()) {
      return "Die Fakten im Überblick";
    }
    return String.join(" und ", top) + ": die Fakten";
  }

  /** 2–4 dimensions from the lexicon, each with lettered points from the report. */
  public Analysis analysis() {
    List<FactComposer.Fact> facts = ranked(MAX_POINT_WORDS);
    facts.sort(Comparator.comparing((FactComposer.Fact f) -> usedFacts.contains(f.text()))
        .thenComparingDouble(f -> -f.score()).thenComparingInt(f -> f.clause().begin()));
    Map<DimensionLexicon.Dimension, List<FactComposer.Fact>> byDimension = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (FactComposer.Fact f : facts) {
      if (!seen.add(f.text())) {
        continue;
      }
      for (DimensionLexicon.Dimension d : matching(f.clause())) {
        List<FactComposer.Fact> points = byDimension.computeIfAbsent(d, k -> new ArrayList<>());
        if (points.size() < MAX_POINTS) {
          points.add(f);
          break;
        }
      }
    }
    List<Map.Entry<DimensionLexicon.Dimension, List<FactComposer.Fact>>> ranked =
        new ArrayList<>(byDimension.entrySet());
    ranked.sort(Comparator.comparingInt(
        (Map.Entry<DimensionLexicon.Dimension, List<FactComposer.Fact>> e) ->
            -Math.min(MAX_POINTS, e.getValue().size()))
        .thenComparingInt(e -> dimensions.dimensions().indexOf(e.getKey())));
    List<Dimension> out = new ArrayList<>();
    for (var e : ranked) {
      if (out.size() < MAX_DIMENSIONS && (e.getValue().size() >= 2 || out.size() < 2)) {
        out.add(dimension(e.getKey().title(), e.getValue()));
      }
    }
    if (out.isEmpty()) {
      List<FactComposer.Fact> any = facts.isEmpty() ? List.of() : facts;
      out.add(any.isEmpty()
          ? new Dimension("Kernpunkte", List.of(new Point("a", placeholder
              + " Analysepunkte ergänzen]")))
          : dimension("Kernpunkte", any));
    }
    return new Analysis(out);
  }

  private Dimension dimension(String title, List<FactComposer.Fact> facts) {
    List<FactComposer.Fact> chosen = new ArrayList<>(facts.subList(0, Math.min(MAX_POINTS,
        facts.size())));
    chosen.sort(Comparator.comparingInt((FactComposer.Fact f) -> f.clause().begin()));
    List<Point> points = new ArrayList<>();
    for (FactComposer.Fact f : chosen) {
      points.add(new Point(Point.labelFor(points.size()), f.text()));
    }
    return new Dimension(title, points);
  }

  /** Dimensions the clause belongs to, most hits first (lexicon order breaks ties). */
  private List<DimensionLexicon.Dimension> matching(Clause c) {
    List<DimensionLexicon.Dimension> out = new ArrayList<>();
    Map<DimensionLexicon.Dimension, Integer> hits = new LinkedHashMap<>();
    for (DimensionLexicon.Dimension d : dimensions.dimensions()) {
      int n = 0;
      for (Token t : c.tokens()) {
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
      Optional<ExplainerLibrary.Entry> entry = library.lookup(e.canonical())
          .or(() -> library.lookup(e.text()));
      if (entry.isPresent()) {
        out.add(entry.get().explainer());
      } else if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANISATION) {
        String q = (e.type() == EntityType.PERSON ? "Wer ist " : "Was ist ") + e.canonical() + "?";
        out.add(new Explainer(q, placeholder + " Antwort ergänzen – zu „" + e.canonical()
            + "“ hat die Erklärbibliothek keinen Eintrag, und der Bericht erklärt es nicht.]"));
      }
    }
    if (out.isEmpty()) {
      out.add(new Explainer("Worum geht es?", placeholder + " Erklärung ergänzen – der Bericht "
          + "nennt keine Person oder Organisation, die eine Erklärung braucht.]"));
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
    return prominent().stream().filter(filter).map(Entity::canonical).limit(n).toList();
  }

  /** A context note: the report's sentence about a first or historic event, or a timeline. */
  public Optional<Extras> extras() {
    for (Sentence s : analysis.sentences()) {
      if (FIRST.matcher(s.text()).find() && balancedQuotes(s.text())) {
        return Optional.of(new Extras(List.of("Einordnung laut Bericht: " + s.text())));
      }
    }
    List<String> timeline = new ArrayList<>();
    Set<Integer> done = new HashSet<>();
    List<FactComposer.Fact> longer = ranked(MAX_POINT_WORDS + 4);
    for (Quantity q : analysis.quantities()) {
      if ((q.kind() == QuantityKind.DATE || q.kind() == QuantityKind.YEAR)
          && done.add(q.sentenceIndex())) {
        longer.stream().filter(f -> f.sentence() == q.sentenceIndex())
            .findFirst()
            .ifPresent(f -> timeline.add(q.text() + " – " + f.text()));
      }
    }
    if (timeline.size() >= 2) {
      return Optional.of(new Extras(List.of("Zeitleiste laut Bericht: "
          + String.join("; ", timeline) + ".")));
    }
    return Optional.empty();
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
