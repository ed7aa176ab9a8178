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
    if (isCueClause(c) || endsInSplitScore(c)) {
      return Optional.empty();
    }
    String fullPrefix = attributionPrefix(c);
    if (fullPrefix.equals(PRONOUN_SOURCE)) {
      return Optional.empty(); // „wenn er sagt: …“: no name to attribute the fact to
    }
    int[] budgets = speakerInClause(c, fullPrefix) ? new int[] {maxWords}
        : new int[] {maxWords - words(fullPrefix), maxWords};
    for (int budget : budgets) {
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
        .or(() -> reordered(c, budget, fullPrefix.startsWith("Laut ")
            && !speakerInClause(c, fullPrefix)));
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

  /** „mit 3“ of „mit 3:1“ when the tokenizer read „1.“ as an ordinal: not a fact. */
  private boolean endsInSplitScore(Clause c) {
    List<Token> sentence = analysis.sentences().get(c.sentence()).tokens();
    Token last = c.tokens().get(c.tokens().size() - 1);
    int i = sentence.indexOf(last);
    return last.pos().equals("NUM") && i >= 0 && i + 1 < sentence.size()
        && sentence.get(i + 1).text().equals(":");
  }

  /**
   * True if the clause names its speaker outside a source phrase („Die Polizei in Graz meldete
   * …“): the fact then needs no prefix and must keep the name. „nach Angaben des Unternehmens“
   * is a source phrase that the prefix „Laut Unternehmen:“ replaces.
   */
  private static boolean speakerInClause(Clause c, String fullPrefix) {
    return fullPrefix.startsWith("Laut ")
        && join(c.tokens()).contains(fullPrefix.substring(5, fullPrefix.length() - 2))
        && c.tokens().stream().noneMatch(FactComposer::isSourceWord);
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
      if (!isNumberWord(t.get(i)) || i > 0 && t.get(i - 1).pos().startsWith("ADP")
          || i > 1 && t.get(i - 2).pos().startsWith("ADP")
              && !t.get(i - 1).pos().equals("NOUN")) { // „nach nur zehn Monaten“
        continue; // „für vier Fähren“: a prepositional object is not what the participle is about
      }
      int head = i + 1;
      while (head < t.size() && t.get(head).pos().equals("ADJ")) {
        head++;
      }
      if (head >= t.size() || !t.get(head).pos().equals("NOUN")) {
        continue;
      }
      Optional<Token> participle = participle(t, head + 1)
          .filter(p -> !Set.of("werden", "sein", "haben").contains(p.lemma()
              .toLowerCase(Locale.GERMAN)));
      if (participle.isPresent() && isObjectOfActivePerfect(t, i)) {
        continue; // „Verdi hat die 650 Beschäftigten … aufgerufen“: they did not call, they were called
      }
      if (participle.isPresent()) {
        List<Token> out = new ArrayList<>(t.subList(i, head + 1));
        out.add(participle.get());
        return Optional.of(out);
      }
    }
    return Optional.empty();
  }

  /** True if an AUX „haben“ stands before the number phrase at {@code i}: it is an object then. */
  private static boolean isObjectOfActivePerfect(List<Token> t, int i) {
    for (int k = 0; k < i; k++) {
      if (t.get(k).pos().equals("AUX") && t.get(k).lemma().equalsIgnoreCase("haben")) {
        return true;
      }
    }
    return false;
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
    if (end - 3 >= from && t.get(end - 2).pos().equals("NOUN")
        && t.get(end - 3).pos().startsWith("ADP")) {
      return Optional.empty(); // „ums Leben gekommen“: the participle alone would say otherwise
    }
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
  private Optional<List<Token>> reordered(Clause c, int budget, boolean attributed) {
    if (c.sourcePhraseEnd() == 0 && !c.subordinate() && isVerb(c.tokens().get(0))) {
      return Optional.empty(); // a clause cut off before its verb: its subject is elsewhere
    }
    List<Token> t = new ArrayList<>(c.tokens().subList(c.sourcePhraseEnd(), c.tokens().size()));
    t.removeIf(x -> FILLERS.contains(x.text().toLowerCase(Locale.GERMAN)));
    t.removeIf(x -> x.isPunctuation() && !x.text().equals(":")); // a colon left is a score, 2:1
    if (t.size() < 2) {
      return Optional.empty();
    }
    List<Token> out = c.subordinate() ? verbSecondFromFinal(t) : verbSecondFromFirst(t);
    if (out == null && !c.subordinate()) {
      out = withoutFrontedPhrase(t, c, attributed);
    }
    if (out == null) {
      return Optional.empty();
    }
    if (out.size() > budget) {
      out = shortenSubject(out);
    }
    if (out.size() > budget) {
      out = compress(out, c, budget, attributed);
    }
    return out.size() <= budget ? Optional.of(out) : Optional.empty();
  }

  /** Adverbs that carry negation, restriction or a hedge: dropping them would change the claim. */
  private static final Set<String> KEPT_ADVERBS = Set.of("nicht", "nie", "niemals", "kaum", "nur",
      "erst", "noch", "offenbar", "angeblich", "mutmaßlich", "vermutlich", "wohl",
      "möglicherweise", "womöglich", "voraussichtlich", "offensichtlich", "anscheinend",
      "wahrscheinlich", "eventuell", "vielleicht", "keineswegs", "weder", "bislang", "bisher",
      "bis", "mehr", "weniger", "länger", "fast", "rund", "etwa", "knapp", "mindestens",
      "höchstens", "jährlich", "gut", "annähernd", "nahezu", "beinahe", "ungefähr", "circa",
      "ca.", "über", "unter", "je", "pro");

  /**
   * Shortens a headline by dropping what only qualifies it, never what it claims: first free
   * adverbs (not negations, hedges or a number's qualifier such as „rund“), then prepositional
   * phrases from the end – those without a number or date first, then those naming only a place or
   * organisation. The verb, the subject and every number stay; the result is a part of the
   * clause's own words in their own order.
   */
  private List<Token> compress(List<Token> t, Clause c, int budget, boolean attributed) {
    List<Token> out = new ArrayList<>(t);
    if (out.size() < 4) {
      return out;
    }
    for (int i = out.size() - 1; i >= 1 && out.size() > budget; i--) {
      Token x = out.get(i);
      if (x.pos().equals("ADV") && !isHedge(x, c)
          && !KEPT_ADVERBS.contains(x.text().toLowerCase(Locale.GERMAN))) {
        out.remove(i);
      }
    }
    prepositional(out, c, budget, attributed, 0);
    prepositional(out, c, budget, attributed, 1);
    for (int i = out.size() - 2; i >= 2 && out.size() > budget; i--) {
      // a genitive attribute after a noun: „die 650 Beschäftigten der Verkehrsbetriebe“
      if (!GENITIVE.contains(out.get(i).text()) || !out.get(i - 1).pos().equals("NOUN")) {
        continue;
      }
      int end = phraseEnd(out, i);
      if (end < 0) {
        continue;
      }
      List<Token> phrase = out.subList(i, end);
      boolean number = phrase.stream().anyMatch(FactComposer::isNumberWord);
      if (!number && !isSourcePhrase(phrase, c) && leavesAClaim(out, i, end)) {
        phrase.clear();
      }
    }
    if (out.size() > budget && out.size() > 3 && out.get(0).pos().equals("DET")
        && DEFINITE.contains(out.get(0).text().toLowerCase(Locale.GERMAN))
        && !isVerb(out.get(1))) {
      out.remove(0); // headline style: „Gewerkschaft Verdi hat …“
    }
    prepositional(out, c, budget, attributed, 2);
    return out;
  }

  /**
   * Drops prepositional phrases from the end while {@code out} is too long: in pass 0 after the
   * verb and without a name, number or date; in pass 1 also with a name; in pass 2 also with a
   * date given in words („am Dienstag“). Never a phrase with digits or a hedge, nor the source
   * phrase unless the fact's prefix carries it.
   */
  private void prepositional(List<Token> out, Clause c, int budget, boolean attributed,
      int pass) {
    if (out.size() <= budget) {
      return;
    }
    int verb = firstVerb(out);
    for (int i = out.size() - 1; i > (pass == 0 ? Math.max(0, verb) : 1) && out.size() > budget;
        i--) {
      if (!out.get(i).pos().startsWith("ADP") || out.get(i - 1).pos().startsWith("ADP")) {
        continue;
      }
      int end = phraseEnd(out, i + 1); // „in der Nähe des Rathauses“ goes whole
      if (end < 0 || isVerb(out.get(i - 1)) && end < out.size() && isVerb(out.get(end))) {
        continue; // „kündigte an, eigene Vorschläge vorzulegen“: a verb particle, no phrase
      }
      List<Token> phrase = out.subList(i, end);
      if (isSourcePhrase(phrase, c) && !attributed) {
        continue; // „nach Angaben des Unternehmens“ is the attribution: it stays unless the
                  // fact's prefix „Laut Unternehmen:“ carries it
      }
      boolean digits = phrase.stream().anyMatch(FactComposer::isNumberWord);
      boolean number = digits || pass < 2 && analysis.quantitiesIn(c.sentence()).stream()
          .anyMatch(q -> phrase.stream()
              .anyMatch(p -> p.begin() >= q.begin() && p.end() <= q.end()));
      boolean named = phrase.stream().anyMatch(p -> p.pos().equals("PROPN"));
      boolean hedge = phrase.stream().anyMatch(p -> isHedge(p, c));
      if (!number && !hedge && (pass >= 1 || !named) && leavesAClaim(out, i, end)) {
        phrase.clear();
      }
    }
  }

  private static final Set<String> DEFINITE = Set.of("der", "die", "das");

  /**
   * A main clause that opens with an adverbial phrase („Im Nahverkehr der Stadt fallen …“) or
   * with its verb after a source phrase („fehlen an den Schulen … rund 800 Lehrkräfte“): the
   * adverbials go, then the subject is put first. Null if that does not give a clause.
   */
  private List<Token> withoutFrontedPhrase(List<Token> t, Clause c, boolean attributed) {
    List<Token> rest = new ArrayList<>(t);
    if (rest.get(0).pos().startsWith("ADP")) {
      int end = phraseEnd(rest, 1);
      if (end < 0 || end >= rest.size() || !isVerb(rest.get(end))
          || isSourcePhrase(rest.subList(0, end), c)
          || rest.subList(0, end).stream().anyMatch(FactComposer::isNumberWord)) {
        return null;
      }
      rest = new ArrayList<>(rest.subList(end, rest.size()));
    }
    if (rest.size() > 3 && rest.get(0).pos().equals("ADV") && isVerb(rest.get(1))
        && !isHedge(rest.get(0), c)
        && !KEPT_ADVERBS.contains(rest.get(0).text().toLowerCase(Locale.GERMAN))) {
      rest.remove(0); // „Insgesamt arbeiten … 1.900 Menschen“
    }
    if (!isVerb(rest.get(0))) {
      return null;
    }
    List<Token> shorter = compress(rest, c, 0, attributed);
    return shorter.size() >= 3 ? verbSecondFromFirst(shorter) : null;
  }

  private static final Set<String> GENITIVE = Set.of("des", "der", "eines", "einer");

  private static boolean isSourceWord(Token p) {
    return p.lemma().matches("(?iu)angabe|schätzung|auskunft|information|bericht|sicht|meinung")
        || p.text().equalsIgnoreCase("laut") || p.text().equalsIgnoreCase("zufolge");
  }

  private boolean isSourcePhrase(List<Token> phrase, Clause c) {
    if (phrase.stream().anyMatch(FactComposer::isSourceWord)) {
      return true;
    }
    String prefix = attributionPrefix(c); // the speaker the fact is attributed to stays in it
    return prefix.startsWith("Laut ")
        && join(phrase).contains(prefix.substring(5, prefix.length() - 2));
  }

  /** True if dropping tokens [from, to) leaves a verb and a noun after the subject. */
  private static boolean leavesAClaim(List<Token> t, int from, int to) {
    List<Token> rest = new ArrayList<>(t.subList(0, from));
    rest.addAll(t.subList(to, t.size()));
    return rest.size() >= 3 && firstVerb(rest) >= 0
        && !rest.get(rest.size() - 1).pos().equals("DET")
        && !rest.get(rest.size() - 1).pos().equals("ADP");
  }

  private boolean isHedge(Token t, Clause c) {
    return analysis.hedgesIn(c.sentence()).stream()
        .anyMatch(h -> h.begin() <= t.begin() && t.end() <= h.end());
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
    if (last.pos().equals("AUX") && t.size() >= 2 && isVerb(t.get(t.size() - 2))
        && firstVerb(t) >= t.size() - 2) {
      return null; // only a verb-final cluster („erlitten haben“): not a main clause
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
    while (np + 1 < t.size() && Set.of("des", "eines").contains(t.get(np).text())) {
      int next = nounPhraseEnd(t, np); // „eine Spezialeinheit des Landeskriminalamts“
      if (next < 0) {
        break;
      }
      np = next;
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
    int start = np - 1;
    while (start > 0 && sameEntity(t.get(start - 1), t.get(np - 1))) {
      start--; // the whole name: „Kim Jong Un“, not „Un“
    }
    return new ArrayList<>(t.subList(start, t.size()));
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
        || t.get(i).pos().equals("NUM") || i > from && t.get(i).pos().equals("DET"))) {
      i++;
    }
    int head = i;
    while (i < t.size() && (t.get(i).pos().equals("NOUN") || t.get(i).pos().equals("PROPN"))) {
      if (i > head && startsEntity(t.get(i)) && !sameEntity(t.get(i - 1), t.get(i))
          && inEntity(t.get(i - 1))) {
        break; // „Nordkorea | Russland“, but „Kultusministerin Petra Kaminski“ stays one phrase
      }
      i++;
    }
    return i > head ? i : -1;
  }

  private boolean inEntity(Token t) {
    return analysis.entities().stream().anyMatch(e -> e.begin() <= t.begin() && t.end() <= e.end());
  }

  /**
   * End of a phrase that can be dropped as a whole: a noun phrase with its genitive attributes,
   * names in apposition and coordinated noun phrases („in Brenheim und Sulzfeld“), so that no
   * part of it is left dangling. -1 if no noun phrase starts at {@code from}.
   */
  private int phraseEnd(List<Token> t, int from) {
    int end = nounPhraseEnd(t, from);
    while (end > 0 && end < t.size()) {
      Token x = t.get(end);
      if (x.pos().equals("PROPN")) {
        end++;
      } else if ((GENITIVE.contains(x.text()) || Set.of("und", "oder").contains(x.text()))
          && end + 1 < t.size()) {
        int next = nounPhraseEnd(t, x.pos().equals("CCONJ") ? end + 1 : end);
        if (next < 0) {
          break;
        }
        end = next;
      } else {
        break;
      }
    }
    return end;
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
    return dative(a, speakerWord(a));
  }

  private String speakerWord(Attribution a) {
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

  /** „nach Angaben des Ministeriums“ → „laut Ministerium“, „des Kreises“ → „laut Kreis“. */
  private String dative(Attribution a, String who) {
    Token before = null;
    for (Token t : analysis.sentences().get(a.sentenceIndex()).tokens()) {
      if (t.end() <= a.speakerBegin()) {
        before = t;
      }
    }
    boolean genitive = before != null && before.text().matches("(?i)des|eines")
        && who.indexOf(' ') < 0 && who.endsWith("s") && who.length() > 4;
    if (!genitive) {
      return who;
    }
    return who.endsWith("ses") || who.length() <= 6 && who.endsWith("es")
        ? who.substring(0, who.length() - 2) : who.substring(0, who.length() - 1);
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
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean score = i >= 2 && tokens.get(i - 1).text().equals(":")
          && tokens.get(i - 2).text().matches("\\d+") && t.text().matches("\\d+");
      if (b.length() > 0 && !t.isPunctuation() && !score) {
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
