package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.Attribution;
import de.ozd.newsroom.language.Entity;
import de.ozd.newsroom.language.EntityType;
import de.ozd.newsroom.language.Hedge;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Compresses a clause of the report into a short fact in headline style, using only the clause's
 * own words in their own forms (so every fact stays grounded), and prefixes the attribution of its
 * sentence („Laut Kim: …“) or a hedge („Unbestätigt: …“) so no fact sounds surer than its source.
 *
 * <p>Three shapes, tried in order: a number phrase with the clause's participle („neun
 * nordkoreanische Soldaten getötet“); a verb-final subordinate clause turned into verb-second order
 * („Truppen kämpfen in der Ukraine“); a main clause with its fronted source phrase or filler removed
 * and the subject put first („Nordkorea unterstützt Russland …“). A clause that still has more
 * words than allowed yields nothing: facts are never cut off mid-phrase. Stateless.
 */
final class FactComposer {

  /** A composed fact. */
  record Fact(String text, int sentence, int words, double score, Clause clause) {}

  private static final Set<String> PRONOUNS = Set.of("Er", "Sie", "Es", "Wir", "Ich", "Man",
      "Dieser", "Diese", "Dieses");

  private static final Set<String> FILLERS = Set.of("zudem", "auch", "dabei", "dann", "ebenfalls",
      "bereits", "nun", "jedoch", "aber", "allerdings", "außerdem", "parallel", "darüber",
      "inzwischen", "indes", "freilich", "hingegen", "wiederum", "somit", "also");
  private static final Set<String> CUE_LEMMAS = Set.of("sagen", "erklären", "betonen",
      "mitteilen", "berichten", "melden", "schreiben", "bestätigen", "warnen", "hervorheben",
      "kritisieren", "fordern", "ankündigen", "behaupten", "meinen", "ergänzen", "gehen",
      "bezweifeln", "vermuten", "glauben", "fürchten", "hoffen", "befürchten", "sprechen",
      "teilen", "argumentieren", "bekräftigen", "nennen", "zitieren", "verdeutlichen",
      "verkünden", "bezeichnen", "unterstreichen", "versichern", "dementieren", "antworten",
      "erläutern", "schildern", "äußern", "beklagen", "mahnen", "verweisen");

  private final TextAnalysis analysis;

  FactComposer(TextAnalysis analysis) {
    this.analysis = analysis;
  }

  /** A fact from the clause with at most {@code maxWords} words, if one can be made. */
  Optional<Fact> compose(Clause c, int maxWords) {
    if (isCueClause(c)) {
      return Optional.empty();
    }
    String fullPrefix = attributionPrefix(c);
    if (fullPrefix.equals(PRONOUN_SOURCE)) {
      return Optional.empty(); // „wenn er sagt: …“: no name to attribute the fact to
    }
    for (int budget : new int[] {maxWords - words(fullPrefix), maxWords}) {
      Optional<Fact> fact = composeWithin(c, budget, maxWords, fullPrefix);
      if (fact.isPresent()) {
        return fact;
      }
    }
    return Optional.empty();
  }

  /**
   * The fact with a body of at most {@code budget} words; the prefix is left out when the body
   * names the speaker itself, and the whole must stay within {@code maxWords}.
   */
  private Optional<Fact> composeWithin(Clause c, int budget, int maxWords, String fullPrefix) {
    Optional<List<Token>> body = numberHeadline(c).filter(b -> b.size() <= budget)
        .or(() -> reordered(c, budget));
    return body.filter(b -> hasContent(b) && b.size() >= 3)
        .map(b -> {
          String plain = join(b);
          String prefix = fullPrefix.startsWith("Laut ")
              && plain.contains(fullPrefix.substring(5, fullPrefix.length() - 2)) ? "" : fullPrefix;
          String text = prefix + capitalise(plain);
          return new Fact(text, c.sentence(), words(text), score(c, b), c);
        })
        .filter(f -> f.words() <= maxWords);
  }

  private boolean isCueClause(Clause c) {
    if (isWholeSentence(c)) {
      return false; // „Die Polizei meldete drei Festnahmen.“: what is said is the object itself
    }
    for (Attribution a : analysis.attributionsIn(c.sentence())) {
      for (Token t : c.tokens()) {
        if (t.pos().equals("VERB") && a.cue().endsWith(t.text())) {
          return true; // the clause that says who speaks, not what is said
        }
      }
    }
    for (Token t : c.tokens()) {
      if ((t.pos().equals("VERB") || t.pos().equals("AUX"))
          && CUE_LEMMAS.contains(t.lemma().toLowerCase(Locale.GERMAN))
          && c.tokens().size() <= 8) {
        return true;
      }
    }
    return false;
  }

  /** True if the clause is its sentence, without speech or a colon elsewhere in it. */
  private boolean isWholeSentence(Clause c) {
    var sentence = analysis.sentences().get(c.sentence());
    long words = sentence.tokens().stream().filter(t -> !t.isPunctuation()).count();
    long clauseWords = c.tokens().stream().filter(t -> !t.isPunctuation()).count();
    boolean speech = sentence.tokens().stream().anyMatch(t -> Set.of("„", "“", "\"", "»", ":")
        .contains(t.text()));
    return clauseWords == words && !speech;
  }

  private static boolean hasContent(List<Token> b) {
    return b.stream().anyMatch(t -> t.pos().equals("NOUN") || t.pos().equals("PROPN"))
        && b.stream().noneMatch(t -> t.pos().equals("PRON") && b.indexOf(t) == 0);
  }

  /** „neun nordkoreanische Soldaten getötet“: a number phrase and the clause's participle. */
  private static Optional<List<Token>> numberHeadline(Clause c) {
    List<Token> t = c.tokens();
    for (int i = 0; i < t.size(); i++) {
      if (!isNumberWord(t.get(i)) || i > 0 && t.get(i - 1).pos().startsWith("ADP")) {
        continue; // „für vier Fähren“: a prepositional object is not what the participle is about
      }
      int head = i + 1;
      while (head < t.size() && t.get(head).pos().equals("ADJ")) {
        head++;
      }
      if (head >= t.size() || !t.get(head).pos().equals("NOUN")) {
        continue;
      }
      Optional<Token> participle = participle(t, head + 1);
      if (participle.isPresent()) {
        List<Token> out = new ArrayList<>(t.subList(i, head + 1));
        out.add(participle.get());
        return Optional.of(out);
      }
    }
    return Optional.empty();
  }

  private static boolean isNumberWord(Token t) {
    return t.pos().equals("NUM") || t.lemma().equalsIgnoreCase("tausend")
        || t.text().equalsIgnoreCase("tausende") || t.text().equalsIgnoreCase("hunderte")
        || t.text().equalsIgnoreCase("dutzende");
  }

  private static Optional<Token> participle(List<Token> t, int from) {
    int end = t.size();
    while (end > from && t.get(end - 1).pos().equals("AUX")) {
      end--;
    }
    if (end <= from) {
      return Optional.empty();
    }
    Token last = t.get(end - 1);
    boolean looksLikeParticiple = last.pos().equals("VERB")
        && !last.lemma().equalsIgnoreCase(last.text()) && isParticipleShape(last.text());
    return looksLikeParticiple ? Optional.of(last) : Optional.empty();
  }

  /** „getötet“, „eingesetzt“, „verletzt“, „informiert“ – not „kommt“ (a finite verb). */
  static boolean isParticipleShape(String w) {
    String x = w.toLowerCase(Locale.GERMAN);
    if (!(x.endsWith("t") || x.endsWith("en"))) {
      return false;
    }
    int ge = x.indexOf("ge");
    boolean prefixedGe = ge >= 0 && ge <= 5 && x.length() > ge + 4;
    boolean inseparable = x.matches("(be|ent|er|ver|zer|emp|miss).{3,}");
    return prefixedGe || inseparable || x.endsWith("iert");
  }

  /** The clause in verb-second order with fronted source phrase and fillers removed. */
  private Optional<List<Token>> reordered(Clause c, int budget) {
    if (c.sourcePhraseEnd() == 0 && !c.subordinate() && isVerb(c.tokens().get(0))) {
      return Optional.empty(); // a clause cut off before its verb: its subject is elsewhere
    }
    List<Token> t = new ArrayList<>(c.tokens().subList(c.sourcePhraseEnd(), c.tokens().size()));
    t.removeIf(x -> FILLERS.contains(x.text().toLowerCase(Locale.GERMAN)));
    t.removeIf(Token::isPunctuation);
    if (t.size() < 2) {
      return Optional.empty();
    }
    List<Token> out = c.subordinate() ? verbSecondFromFinal(t) : verbSecondFromFirst(t);
    if (out == null) {
      return Optional.empty();
    }
    if (out.size() > budget) {
      out = shortenSubject(out);
    }
    return out.size() <= budget ? Optional.of(out) : Optional.empty();
  }

  /** „Truppen in der Ukraine kämpfen“ → „Truppen kämpfen in der Ukraine“. */
  private List<Token> verbSecondFromFinal(List<Token> t) {
    Token last = t.get(t.size() - 1);
    if (!(last.pos().equals("VERB") || last.pos().equals("AUX"))) {
      return null;
    }
    if (t.size() >= 2 && isVerb(t.get(t.size() - 2))) {
      return null; // „erlitten haben“: moving only one verb would read wrong
    }
    int np = nounPhraseEnd(t, 0);
    if (np <= 0) {
      return null;
    }
    List<Token> out = new ArrayList<>(t.subList(0, np));
    out.add(last);
    out.addAll(t.subList(np, t.size() - 1));
    return out;
  }

  /** A main clause: keep verb-second order, or put the subject first when the verb leads. */
  private List<Token> verbSecondFromFirst(List<Token> t) {
    Token last = t.get(t.size() - 1);
    if (last.pos().equals("AUX") && t.size() >= 2 && isVerb(t.get(t.size() - 2))) {
      return null; // a verb-final cluster („erlitten haben“): not a main clause
    }
    if (!isVerb(t.get(0))) {
      int verb = firstVerb(t);
      if (verb < 0) {
        return null;
      }
      int np = nounPhraseEnd(t, 0);
      while (np > 0 && np < verb && t.get(np).pos().equals("ADP")) {
        int next = nounPhraseEnd(t, np + 1); // „Die Polizei in Graz meldete …“
        if (next < 0) {
          break;
        }
        np = next;
      }
      return np == verb ? t : null; // something other than a subject is fronted
    }
    int np = nounPhraseEnd(t, 1);
    if (np <= 1) {
      return null;
    }
    List<Token> out = new ArrayList<>(t.subList(1, np));
    out.add(t.get(0));
    out.addAll(t.subList(np, t.size()));
    return out;
  }

  /** Drops the article and adjectives of a subject whose head is a proper noun. */
  private List<Token> shortenSubject(List<Token> t) {
    int np = nounPhraseEnd(t, 0);
    if (np <= 1 || !sameEntity(t.get(np - 1), t.get(np - 1))) {
      return t; // only a named subject („das isolierte Nordkorea“) can lose its modifiers
    }
    List<Token> out = new ArrayList<>(t.subList(np - 1, t.size()));
    return out;
  }

  /**
   * End (exclusive) of a noun phrase starting at {@code from}: DET? (ADJ|ADV)* (NOUN|PROPN)+,
   * where a run of nouns stops at the start of another named entity („Nordkorea | Russland“).
   */
  private int nounPhraseEnd(List<Token> t, int from) {
    int i = from;
    if (i < t.size() && t.get(i).pos().equals("DET")) {
      i++;
    }
    while (i < t.size() && (t.get(i).pos().equals("ADJ") || t.get(i).pos().equals("ADV")
        || t.get(i).pos().equals("NUM"))) {
      i++;
    }
    int head = i;
    while (i < t.size() && (t.get(i).pos().equals("NOUN") || t.get(i).pos().equals("PROPN"))) {
      if (i > head && startsEntity(t.get(i)) && !sameEntity(t.get(i - 1), t.get(i))) {
        break;
      }
      i++;
    }
    return i > head ? i : -1;
  }

  private boolean startsEntity(Token t) {
    return analysis.entities().stream().anyMatch(e -> e.begin() == t.begin());
  }

  private boolean sameEntity(Token a, Token b) {
    return analysis.entities().stream()
        .anyMatch(e -> e.begin() <= a.begin() && b.end() <= e.end());
  }

  private static int firstVerb(List<Token> t) {
    for (int i = 0; i < t.size(); i++) {
      if (isVerb(t.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isVerb(Token t) {
    return t.pos().equals("VERB") || t.pos().equals("AUX");
  }

  private static final String PRONOUN_SOURCE = "\u0000pronoun";

  /** „Laut Kim: “ from the sentence's speaker, „Unbestätigt: “ for a bare hedge, else empty. */
  String attributionPrefix(Clause c) {
    List<Attribution> attrs = analysis.attributionsIn(c.sentence()).stream()
        .filter(Attribution::hasSpeaker).toList();
    if (!attrs.isEmpty()) {
      String who = shortSpeaker(attrs.get(0));
      return Character.isUpperCase(who.codePointAt(0)) && !PRONOUNS.contains(who)
          ? "Laut " + who + ": " : PRONOUN_SOURCE;
    }
    List<Hedge> hedges = analysis.hedgesIn(c.sentence());
    boolean hedgeInClause = hedges.stream()
        .anyMatch(h -> h.begin() >= c.begin() && h.end() <= c.end());
    return !hedges.isEmpty() && !hedgeInClause ? "Unbestätigt: " : "";
  }

  /** The speaker as it may follow „laut“: a name in it, else its head noun in the dative. */
  private String shortSpeaker(Attribution a) {
    for (Entity e : analysis.entitiesIn(a.sentenceIndex())) {
      if (e.begin() >= a.speakerBegin() && e.end() <= a.speakerEnd()
          && e.type() != EntityType.OTHER) {
        return e.text().replaceAll("s$", e.canonical().endsWith("s") ? "s" : "");
      }
    }
    String[] words = a.speaker().split(" ");
    String head = words[words.length - 1];
    for (int i = words.length - 1; i >= 0; i--) {
      if (Character.isUpperCase(words[i].codePointAt(0))) {
        head = words[i];
        break;
      }
    }
    return head.endsWith("e") && words.length > 1 && !words[0].matches("(?i)der|die|das|des")
        ? head + "n" : head;
  }

  private double score(Clause c, List<Token> body) {
    int entities = 0;
    for (Entity e : analysis.entitiesIn(c.sentence())) {
      if (e.begin() >= c.begin() && e.end() <= c.end()) {
        entities++;
      }
    }
    long numbers = analysis.quantitiesIn(c.sentence()).stream()
        .filter(q -> q.begin() >= c.begin() && q.end() <= c.end()).count();
    double position = 1.0 / (1 + c.sentence());
    return 2.0 * entities + 2.0 * numbers + 3.0 * position - 0.1 * body.size();
  }

  static String join(List<Token> tokens) {
    StringBuilder b = new StringBuilder();
    for (Token t : tokens) {
      if (b.length() > 0 && !t.isPunctuation()) {
        b.append(' ');
      }
      b.append(t.text());
    }
    return b.toString();
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.GERMAN) + s.substring(1);
  }

  static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
