package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.Severity;
import de.ozd.newsroom.core.format.NodeLayout;
import de.ozd.newsroom.core.format.SourceLayout;
import de.ozd.newsroom.core.format.SourceLine;
import de.ozd.newsroom.draft.GroundingRule;
import de.ozd.newsroom.language.Attribution;
import de.ozd.newsroom.language.Entity;
import de.ozd.newsroom.language.GermanAnalyzer;
import de.ozd.newsroom.language.Quantity;
import de.ozd.newsroom.language.Sentence;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Checks the claims of one line against the source and adds findings. One per check run. */
public final class ClaimChecker {

  static final String UNSUPPORTED = GroundingRule.UNSUPPORTED;
  static final String CERTAINTY_UPGRADE = GroundingRule.CERTAINTY_UPGRADE;
  static final String ATTRIBUTION_DROPPED = GroundingRule.ATTRIBUTION_DROPPED;

  /** Words that state certainty; the source must say the same for the claim to use them. */
  private static final Set<String> CERTAIN = Set.of("bestätigt", "bestätigte", "bestätigten",
      "bestätigen", "bestätigung", "offiziell", "offizielle", "offiziellen", "offizieller",
      "erwiesen", "nachweislich", "definitiv", "zweifellos", "eindeutig", "belegt", "feststeht",
      "sicher", "gesichert");
  private static final List<String> CERTAIN_STEMS = List.of("bestätig", "offiziell", "erwiesen",
      "nachweis", "definitiv", "zweifellos", "eindeutig", "beleg", "fest", "sicher", "gesichert");
  /** Words that attribute or hedge a claim. */
  private static final Set<String> MARKERS = Set.of("laut", "zufolge", "nach", "angaben", "sagte",
      "sagt", "sagten", "erklärte", "erklärt", "so", "mutmaßlich", "mutmaßliche", "vermutlich",
      "angeblich", "soll", "sollen", "sollten", "unbestätigt", "offenbar", "wohl", "berichtet",
      "berichten", "meldet", "meldete", "bestätigt", "bestätigte", "vermuten", "vermutet",
      "schätzen", "schätzungen", "heißt", "wahrscheinlich", "möglicherweise");

  private final GermanAnalyzer analyzer;
  private final SourceIndex source;
  private final SourceLayout layout;
  private final List<Diagnostic> out;

  public ClaimChecker(GermanAnalyzer analyzer, SourceIndex source, SourceLayout layout,
      List<Diagnostic> out) {
    this.analyzer = analyzer;
    this.source = source;
    this.layout = layout;
    this.out = out;
  }

  /**
   * Checks one line: names, numbers and dates always; certainty always; attribution only where
   * {@code attributionMatters} (infobox and extras: short claims that stand alone).
   */
  public void check(String text, String path, String extra, boolean attributionMatters) {
    if (text.isBlank() || text.strip().startsWith("[Redaktion:")) {
      return;
    }
    TextAnalysis claim = analyzer.analyze(text);
    for (Entity e : claim.entities()) {
      if (!source.supportsEntity(e.text(), e.canonical(), extra)) {
        report(path, e.text(), UNSUPPORTED, "Nicht belegt: „" + e.text() + "“ steht weder im "
            + "Bericht noch in der Erklärbibliothek – belegen Sie den Namen oder streichen Sie ihn.");
      }
    }
    for (Quantity q : claim.quantities()) {
      if (!source.supportsQuantity(q, extra)) {
        report(path, q.text(), UNSUPPORTED, "Nicht belegt: „" + q.text() + "“ steht weder im "
            + "Bericht noch in der Erklärbibliothek – belegen Sie die Angabe oder streichen Sie sie.");
      }
    }
    List<Token> tokens = claim.tokens();
    certainty(path, tokens);
    if (attributionMatters && claim.hedges().isEmpty() && claim.attributions().isEmpty()) {
      attribution(path, tokens);
    }
  }

  /**
   * A certainty word needs a source sentence that says it with certainty too (no hedge) and is
   * about the same thing (shares at least two content words with the claim, or all it has).
   */
  private void certainty(String path, List<Token> tokens) {
    for (Token t : tokens) {
      if (!CERTAIN.contains(lower(t.text()))) {
        continue;
      }
      List<Token> content = tokens.stream()
          .filter(x -> !CERTAIN.contains(lower(x.text()))).toList();
      int needed = Math.min(2, Math.max(1, source.stemCount(content)));
      boolean backed = false;
      for (Sentence s : source.analysis().sentences()) {
        if (saysCertain(s) && hedgesKept(s, tokens)
            && source.overlap(content, s.index()) >= needed) {
          backed = true;
          break;
        }
      }
      if (!backed) {
        List<Integer> support = source.supportingSentences(tokens);
        String where = support.isEmpty() ? "der Bericht enthält keine solche Aussage"
            : "im Bericht steht: „" + abbreviate(sentence(support.get(0)).text()) + "“";
        report(path, t.text(), CERTAINTY_UPGRADE, "Sicherer als die Quelle: „" + t.text()
            + "“ – " + where + ". Nennen Sie, wer es sagt, oder streichen Sie „" + t.text()
            + "“.");
      }
    }
  }

  /**
   * True if the sentence has no hedge, or the claim keeps every one of them: „Die offizielle
   * Vorstellung soll am 15. Juni stattfinden“ is as sure as its source, not surer.
   */
  private boolean hedgesKept(Sentence s, List<Token> claim) {
    Set<String> words = new java.util.HashSet<>();
    claim.forEach(t -> words.add(lower(t.text())));
    return source.analysis().hedgesIn(s.index()).stream()
        .allMatch(h -> words.containsAll(List.of(lower(h.text()).split("\\s+"))));
  }

  private static boolean saysCertain(Sentence s) {
    for (Token t : s.tokens()) {
      String w = lower(t.text());
      if (CERTAIN_STEMS.stream().anyMatch(w::startsWith)) {
        return true;
      }
    }
    return false;
  }

  private void attribution(String path, List<Token> tokens) {
    for (Token t : tokens) {
      String w = lower(t.text());
      if (MARKERS.contains(w) || w.startsWith("mutmaßlich") || w.startsWith("angeblich")
          || w.startsWith("vermeintlich")) {
        return;
      }
    }
    List<Integer> best = source.bestSentences(tokens);
    if (best.isEmpty()) {
      return;
    }
    int stems = source.stemCount(tokens);
    for (Sentence s : source.analysis().sentences()) {
      if (source.overlap(tokens, s.index()) >= stems && source.attributionsIn(s.index()).isEmpty()
          && source.analysis().hedgesIn(s.index()).isEmpty()) {
        return; // a plain sentence of the report says all of it
      }
    }
    Optional<String> who = Optional.empty();
    for (int i : best) {
      List<Attribution> attrs = source.attributionsIn(i);
      boolean hedged = !source.analysis().hedgesIn(i).isEmpty();
      if (attrs.isEmpty() && !hedged) {
        return; // one of the best matches states it plainly
      }
      if (who.isEmpty()) {
        who = attrs.isEmpty() ? Optional.of(source.analysis().hedgesIn(i).get(0).text())
            : Optional.of(attrs.get(0).speaker());
      }
    }
    Sentence s = sentence(best.get(0));
    String first = tokens.isEmpty() ? "" : tokens.get(0).text();
    report(path, first, ATTRIBUTION_DROPPED, "Quelle fehlt: im Bericht ist die Aussage "
        + "zugeschrieben oder eingeschränkt („" + who.get() + "“ in „" + abbreviate(s.text())
        + "“) – übernehmen Sie das, z. B. mit „laut …“.");
  }

  private Sentence sentence(int i) {
    return source.analysis().sentences().get(i);
  }

  private void report(String path, String span, String rule, String message) {
    int line = layout.lineNumberOf(path, 1);
    int column = 1;
    Optional<NodeLayout> node = layout.node(path);
    if (node.isPresent()) {
      for (SourceLine raw : node.get().raw()) {
        int at = raw.text().indexOf(span);
        if (at >= 0) {
          line = raw.number();
          column = raw.columnOf(at);
          break;
        }
      }
      if (column == 1 && node.get().firstLine().isPresent()) {
        column = node.get().firstLine().get().firstColumn();
      }
    }
    Severity severity = GroundingRule.severity(rule);
    out.add(new Diagnostic(line, column, severity, rule, message));
  }

  private static String abbreviate(String s) {
    return s.length() <= 70 ? s : s.substring(0, 67) + "…";
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.GERMAN);
  }
}
