package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.draft.DraftLabels;
import de.ozd.newsroom.language.Attribution;
import de.ozd.newsroom.language.AttributionKind;
import de.ozd.newsroom.language.Entity;
import de.ozd.newsroom.language.EntityType;
import de.ozd.newsroom.language.Hedge;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The prefix that keeps a fact's source: „Laut Kim: “, „Laut Kritikern: “ (the speaker in the
 * dative that „laut“ needs), „Unbestätigt: “ for a bare hedge, or nothing. Stateless apart from the
 * analysis.
 */
final class SpeakerPrefix {

    /** Marks a sentence whose speaker is a pronoun: no name to attribute the fact to. */
    static final String PRONOUN_SOURCE = "\u0000pronoun";

    private static final Set<String> PRONOUNS =
            Set.of("Er", "Sie", "Es", "Wir", "Ich", "Man", "Dieser", "Diese", "Dieses");

    private final TextAnalysis analysis;

    SpeakerPrefix(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    /** „Laut Kim: “ from the sentence's speaker, „Unbestätigt: “ for a bare hedge, else empty. */
    String of(Clause c) {
        List<Attribution> attrs = analysis.attributionsIn(c.sentence()).stream()
                .filter(Attribution::hasSpeaker)
                .toList();
        if (!attrs.isEmpty()) {
            Attribution a = attrs.get(0);
            boolean named =
                    c.tokens().stream().anyMatch(t -> t.begin() >= a.speakerBegin() && t.end() <= a.speakerEnd());
            if (!named && governs(a, c) && isPersonalPronoun(a)) { // „…, sagte er“ after „…, sagte Brenner“
                return antecedent(a).map(DraftLabels::speaker).orElse(PRONOUN_SOURCE);
            }
            if (!governs(a, c) || !named && !plausible(a) || possessed(a)) {
                return PRONOUN_SOURCE; // a speaker the clause may not be attributed to, nor stated without
            }
            // a source phrase inside the clause goes when the prefix carries it: then the prefix must keep its words
            String who = speaker(attrs.get(0), named && a.kind() != AttributionKind.SOURCE_PHRASE);
            boolean adjectivesFirst = who.matches("(\\p{Ll}+(e|en|er|em|es) )+\\p{Lu}\\S*"); // „vorläufigem Ergebnis“
            return !who.isEmpty()
                            && (Character.isUpperCase(who.codePointAt(0)) || adjectivesFirst)
                            && !PRONOUNS.contains(who)
                    ? DraftLabels.speaker(who)
                    : PRONOUN_SOURCE;
        }
        List<Hedge> hedges = analysis.hedgesIn(c.sentence());
        boolean hedgeInClause = hedges.stream().anyMatch(h -> h.begin() >= c.begin() && h.end() <= c.end());
        return !hedges.isEmpty() && !hedgeInClause ? DraftLabels.UNCONFIRMED : "";
    }

    /**
     * The prefix for a sentence that goes on with someone's words without naming them ({@link
     * MeaningGuard#inSpeechRun}): the speaker of the speech tag that ends or opens the sentence before („…, kritisierte
     * er. Russland hat eine Verantwortung …“ → „Laut Kerry: “, the pronoun read as for the tag's own sentence). Empty
     * where that sentence has no speech tag with a speaker one can name (the run follows words in the first person,
     * or reported speech whose speaker is further back): the sentence then gives no fact.
     */
    java.util.Optional<String> ofRun(int sentence) {
        if (sentence == 0) {
            return java.util.Optional.empty();
        }
        List<Attribution> tags = analysis.attributionsIn(sentence - 1).stream()
                .filter(a -> a.hasSpeaker() && a.kind() != AttributionKind.SOURCE_PHRASE)
                .toList();
        if (tags.size() != 1) {
            return java.util.Optional.empty();
        }
        Attribution a = tags.get(0);
        if (isPersonalPronoun(a)) {
            return antecedent(a).map(DraftLabels::speaker);
        }
        if (!plausible(a)) {
            return java.util.Optional.empty();
        }
        String who = speaker(a, false);
        return !who.isEmpty() && Character.isUpperCase(who.codePointAt(0)) && !PRONOUNS.contains(who)
                ? java.util.Optional.of(DraftLabels.speaker(who))
                : java.util.Optional.empty();
    }

    /**
     * True if the speaker's words may include the clause: the clause says who speaks itself, or stands before the cue
     * with only commas between („…, sagte Brenner“), or after it as reported speech, a „dass“ clause or after a colon.
     * A dash, colon or semicolon before the cue, or an indicative main clause after it, is another statement
     * („Die Feuerwehr meldete eine ruhige Lage, ein Bericht schildert es anders“; „Coup gelingt – App versprach …“).
     */
    private boolean governs(Attribution a, Clause c) {
        if (a.kind() == AttributionKind.SOURCE_PHRASE) {
            return true;
        }
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        int first = s.indexOf(c.tokens().get(0));
        int last = s.indexOf(c.tokens().get(c.tokens().size() - 1));
        String cueWord = a.cue().split(" ")[0];
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.get(i);
            boolean speakerToken = t.begin() >= a.speakerBegin() && t.end() <= a.speakerEnd();
            boolean cue = t.text().equals(cueWord) && !cueWord.equalsIgnoreCase("wie");
            if (speakerToken
                    && from == Integer.MAX_VALUE
                    && s.subList(Math.max(0, i - 3), i).stream()
                            .anyMatch(x -> Phrases.lower(x.text()).equals("als"))) {
                return false; // „die als Konkurrenten bezeichneten Grazer“: what they are called, nobody speaks
            }
            if (speakerToken || cue) {
                from = Math.min(from, i);
                to = Math.max(to, i);
            }
        }
        if (first < 0 || last < 0 || to < 0 || first <= to && last >= from) {
            return true; // the clause names its speaker, or the cue is not found: as before
        }
        if (last < from) {
            return java.util.stream.IntStream.range(last + 1, from)
                    .noneMatch(i -> Set.of(":", ";").contains(s.get(i).text()) || ClauseSplitter.isClauseDash(s, i));
        }
        List<Token> between = s.subList(to + 1, first);
        if (java.util.stream.IntStream.range(to + 1, first)
                .anyMatch(i -> s.get(i).text().equals(";") || ClauseSplitter.isClauseDash(s, i))) {
            return false;
        }
        return between.stream().anyMatch(t -> t.text().equals(":"))
                || c.subordinate()
                || c.tokens().stream().anyMatch(MeaningGuard::isReportedSpeech);
    }

    /**
     * „Seinen Angaben zufolge“, „nach ihrer Einschätzung“: whose words, a possessive says, and the sentence before
     * names („seine Anwältin“ is a speaker of her own).
     */
    private boolean possessed(Attribution a) {
        List<Token> all = analysis.sentences().get(a.sentenceIndex()).tokens();
        int at = 0;
        while (at < all.size() && all.get(at).begin() < a.speakerBegin()) {
            at++;
        }
        return isPossessiveOfStatement(all, at - 1) || isPossessiveOfStatement(all, at);
    }

    private static boolean isPossessiveOfStatement(List<Token> t, int i) {
        return i >= 0
                && i + 1 < t.size()
                && t.get(i).pos() == Pos.DET
                && Phrases.lower(t.get(i).text()).matches("(sein|ihr|unser|mein|dein|euer|eur)(e|er|es|em|en)?")
                && Phrases.lower(t.get(i + 1).text()).matches(STATEMENT_NOUNS);
    }

    /** Nouns of what someone says or thinks, not of who: „Angaben“, „Worten“, „Einschätzung“. */
    private static final String STATEMENT_NOUNS = "angaben|worten?|aussagen?|ansicht|meinung|einschätzung|darstellung"
            + "|schätzungen?|berechnungen?|informationen|erkenntnissen|auffassung|überzeugung";

    /**
     * True if the speaker found can be one: no verb in it („so behandeln viele Halter …“ is no „so Brenner“), not a
     * place before the noun that speaks („Lindenaus Bürgermeister“), and without a name a noun that names a person,
     * group or body („Verlust“ or „Viertel“ say nothing).
     */
    private boolean plausible(Attribution a) {
        List<Token> span = speakerTokens(a);
        if (span.isEmpty()) {
            return true;
        }
        List<Token> all = analysis.sentences().get(a.sentenceIndex()).tokens();
        List<Token> raw = all.stream()
                .filter(t -> t.begin() >= a.speakerBegin() && t.end() <= a.speakerEnd())
                .toList();
        if (raw.stream()
                .anyMatch(t -> Phrases.isVerb(t) || Phrases.lower(t.text()).equals("als"))) {
            return false; // „die als Konkurrenten bezeichneten Grazer“: what someone is called, not who speaks
        }
        if (raw.stream().anyMatch(t -> t.pos() == Pos.SCONJ || t.pos() == Pos.PRON)) {
            return false; // „bevor er den Brief an Brenner schrieb“: a clause, not a speaker
        }
        int first = all.indexOf(raw.isEmpty() ? null : raw.get(0));
        if (first > 0 && all.get(first - 1).pos().isAdposition() && a.kind() != AttributionKind.SOURCE_PHRASE) {
            return false; // „… den Brief an Rauball schrieb“, „nennt die Marktmacht von Rewe“: not who speaks
        }
        if (raw.size() >= 2
                && Phrases.lower(raw.get(0).text()).equals("der")
                && Phrases.lower(raw.get(1).text())
                        .matches("(nachrichten|presse)?agentur|(tages|wochen)?zeitung|deutschen presse-agentur")) {
            return false; // „bestätigte der Nachrichtenagentur AFP“: a dative, who was told, not who speaks
        }
        if (raw.size() == 1
                && raw.get(0).text().matches("Reuters|AFP|dpa|APA|AP|Bloomberg")
                && a.cue().matches("(?i)sagte|sagten|sagt|erklärte|erklärten")) {
            return false; // „…, sagte Reuters, …“: the agency is who was told, not who speaks
        }
        for (Entity e : analysis.entitiesIn(a.sentenceIndex())) {
            if (e.begin() >= span.get(0).begin()
                    && e.end() <= span.get(span.size() - 1).end()) {
                if (e.type() == EntityType.OTHER) {
                    continue;
                }
                boolean nounAfter = span.stream()
                        .anyMatch(t -> t.begin() >= e.end()
                                && t.isCapitalised()
                                && analysis.entitiesIn(a.sentenceIndex()).stream()
                                        .noneMatch(x -> x.begin() <= t.begin() && t.end() <= x.end()));
                return !nounAfter; // „Lindenaus Bürgermeister“, „Mazda-Chef“: the name is not the one who speaks
            }
        }
        int head = span.size() - 1;
        while (head > 0 && !span.get(head).isCapitalised()) {
            head--;
        }
        return Phrases.lower(span.get(head).text()).matches(AGENT);
    }

    /** Sentences back from a pronoun speaker in which its antecedent may be named. */
    private static final int ANTECEDENT_SENTENCES = 3;

    /** The speaker is „er“, or „sie“ with a verb in the singular („sagte sie“, not „sagten sie“). */
    private boolean isPersonalPronoun(Attribution a) {
        List<Token> span = speakerTokens(a);
        if (span.size() != 1) {
            return false;
        }
        String w = Phrases.lower(span.get(0).text());
        return w.equals("er") || w.equals("sie") && !isPlural(a, span, 0, "");
    }

    /**
     * The person a pronoun speaker stands for, as a prefix names it: the one person named nearest before it, in its
     * own sentence or one of the {@value #ANTECEDENT_SENTENCES} before, when that person is the subject there
     * ({@link Antecedents#subjectOf}: „Brenner erklärte“, „Am Montag erklärte Brenner“) or its speaker („…, sagte
     * Brenner“), nobody else is named in that sentence, and a role noun before the name fits the pronoun (*Ministerin*
     * is no „er“). „Wolff lehnt das ab. Das sei nicht vereinbar, sagt er.“ gives „Laut Wolff: …“. Anything less
     * certain, and the fact has no speaker: empty.
     */
    private java.util.Optional<String> antecedent(Attribution pronoun) {
        int at = pronoun.sentenceIndex();
        boolean er = Phrases.lower(pronoun.speaker().strip()).equals("er");
        for (int i = at; i >= Math.max(0, at - ANTECEDENT_SENTENCES); i--) {
            List<Entity> persons = Antecedents.persons(analysis, i);
            if (persons.isEmpty()) {
                continue;
            }
            if (!Antecedents.onePerson(persons)) {
                return java.util.Optional.empty(); // „Müller traf Meier. …, sagte er“: which of them speaks
            }
            Entity person = persons.get(0);
            java.util.Optional<Attribution> spoke = analysis.attributionsIn(i).stream()
                    .filter(a -> a != pronoun && a.speakerBegin() <= person.begin() && person.end() <= a.speakerEnd())
                    .findFirst();
            if (spoke.isPresent()) {
                List<Token> span = speakerTokens(spoke.get());
                String who = speaker(spoke.get(), false);
                return plausible(spoke.get()) && Antecedents.genderAgrees(er, span, person) && !who.isEmpty()
                        ? java.util.Optional.of(who)
                        : java.util.Optional.empty();
            }
            return Antecedents.subjectOf(analysis.sentences().get(i).tokens(), person)
                    .filter(role -> Antecedents.genderAgrees(er, role, person))
                    .map(role -> Antecedents.nameOf(person));
        }
        return java.util.Optional.empty();
    }

    /** Endings and words of nouns that name a person, group or body that can speak. */
    private static final String AGENT =
            "\\p{L}*(er|ern|erin|erinnen|in|innen|ent|enten|eur|eure|ist|isten|ant|anten|te|ten"
                    + "|schaft|amt|ämter|ium|ien|ei|ung|rat|räte|bund|verband|gericht|partei|kommission|behörde|institut|agentur"
                    + "|zeitung|blatt|studie|umfrage|statistik|bericht|quelle|quellen|kreise|stadt|gemeinde|land|länder"
                    + "|konzern|unternehmen|firma|bank|verein|klub|club|team|armee|militär|bundesheer|klinik|spital|krankenhaus"
                    + "|universität|zoo|museum|vorstand|management|senat|parlament|fraktion|magazin|sender|medien|dienst|dienste"
                    + "|chef|chefin|boss|anwalt|anwälte|mann|frau|leute|gremium|komitee|ausschuss|opposition|justiz|staat)";

    /** The speaker's name in a prefix, or empty. */
    static String name(String prefix) {
        return prefix.startsWith(DraftLabels.SPEAKER)
                ? prefix.substring(DraftLabels.SPEAKER.length(), prefix.length() - DraftLabels.SPEAKER_END.length())
                : "";
    }

    /**
     * True if the line names the speaker of prefix name {@code name} itself, as a word: the dative of the prefix
     * („Laut Anwohnern“) or its form without the dative „-n“ („Anwohner berichten …“). The composer asks this once
     * for whether the prefix goes and whether the line counts as attributed, so both answers agree.
     */
    static boolean namedIn(String line, String name) {
        if (name.isEmpty()) {
            return false;
        }
        return containsWord(line, name)
                || name.endsWith("n") && containsWord(line, name.substring(0, name.length() - 1));
    }

    /** {@code word} stands in {@code line} with no letter, digit or hyphen right before or after it. */
    static boolean containsWord(String line, String word) {
        for (int at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !isWordChar(line.charAt(at - 1)))
                    && (end == line.length() || !isWordChar(line.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '-' || ch == '_';
    }

    /**
     * True if the clause names its speaker outside a source phrase („Die Polizei in Graz meldete
     * …“): the fact then needs no prefix and must keep the name. „nach Angaben des Unternehmens“
     * is a source phrase that the prefix „Laut Unternehmen:“ replaces.
     */
    static boolean inClause(Clause c, String prefix) {
        return prefix.startsWith(DraftLabels.SPEAKER)
                && namedIn(FactComposer.join(c.tokens()), name(prefix))
                && c.tokens().stream().noneMatch(SpeakerPrefix::isSourceWord);
    }

    static boolean isSourceWord(Token p) {
        return p.lemma().matches("(?iu)angabe|schätzung|auskunft|information|bericht|sicht|meinung")
                || p.text().equalsIgnoreCase("laut")
                || p.text().equalsIgnoreCase("zufolge");
    }

    /**
     * True if the phrase is the attribution itself (a source phrase or the named speaker). A phrase whose preposition
     * never names a source is not, though it names the speaker: „Laut ORF sind die Geräte nicht mit ORF Digital
     * kompatibel“ says with what they are not (thirty-third round).
     */
    boolean isSourcePhrase(List<Token> phrase, Clause c) {
        if (phrase.stream().anyMatch(SpeakerPrefix::isSourceWord)) {
            return true;
        }
        String prefix = of(c);
        boolean otherPreposition = !phrase.isEmpty()
                && phrase.get(0).pos().isAdposition()
                && !SOURCE_PREPOSITIONS.contains(Phrases.lower(phrase.get(0).text()));
        return prefix.startsWith(DraftLabels.SPEAKER)
                && !otherPreposition
                && FactComposer.join(phrase).contains(name(prefix));
    }

    /**
     * Prepositions before a speaker's name in a phrase that says who says or holds so („von der Polizei“, „aus Kreisen
     * …“, „für den Minister ist klar …“).
     */
    private static final Set<String> SOURCE_PREPOSITIONS =
            Set.of("laut", "nach", "gemäß", "zufolge", "von", "vom", "seitens", "aus", "bei", "beim", "für");

    /**
     * The speaker as it may follow „laut“: a name in it, else its head noun in the dative; empty where the prefix would
     * drop a word that qualifies the source („der ehemalige Chef“), unless the clause {@code named} the speaker itself
     * and so keeps that word.
     */
    private String speaker(Attribution a, boolean named) {
        List<Token> span = speakerTokens(a);
        if (span.isEmpty()) {
            return "";
        }
        int firstNoun = 0;
        while (firstNoun < span.size() && !Phrases.isNoun(span.get(firstNoun))) {
            firstNoun++;
        }
        for (int p = 1; p + 1 < span.size(); p++) {
            // „Die Regierung von Tsipras“ speaks, not Tsipras: „Laut Regierung von Tsipras:“; but in „der Vorsitzende
            // der Geschäftsführung von Wien Energie“ the „von“ belongs to a noun that does not speak
            if (Phrases.lower(span.get(p).text()).equals("von")
                    && span.get(p - 1).pos() == Pos.NOUN
                    && p - 1 == firstNoun) {
                return !named && qualified(span.subList(0, p - 1))
                        ? ""
                        : dative(a, span, p - 1) + " " + FactComposer.join(span.subList(p, span.size()));
            }
        }
        for (Entity e : analysis.entitiesIn(a.sentenceIndex())) {
            if (e.begin() >= span.get(0).begin()
                    && e.end() <= span.get(span.size() - 1).end()
                    && e.type() != EntityType.OTHER) {
                if (!named
                        // „der ehemalige Bürgermeister Jonas Brehm“ is Brehm still; a one-word „person“ may be a role
                        && !(e.type() == EntityType.PERSON && e.text().contains(" "))
                        && qualified(
                                span.stream().filter(t -> t.end() <= e.begin()).toList())) {
                    return ""; // „der ehemalige Mazda Österreich-Chef“: without „ehemalige“ the line says more
                }
                List<Token> after =
                        span.stream().filter(t -> t.begin() >= e.end()).toList();
                if (!after.isEmpty()
                        && e.text().endsWith("s")
                        && after.get(0).isCapitalised()
                        && Phrases.isNoun(after.get(0))) {
                    // „Mexikos Regierung“: the government speaks, the name only says whose it is
                    return e.text() + " " + FactComposer.join(after);
                }
                String who = Antecedents.nameOf(e);
                return who.equals(e.text()) && isGenitiveArticle(before(a, tokenAt(span, e.begin())))
                        ? withoutGenitive(who)
                        : who;
            }
        }
        int head = span.size() - 1;
        while (head > 0 && !span.get(head).isCapitalised()) {
            head--;
        }
        if (head > 0 && span.get(head - 1).isCapitalised() && span.get(head - 1).pos() != Pos.DET) {
            return ""; // „Consumer Reports“: a name of two words the finder did not know; half of it names nobody
        }
        int adjectives = head;
        while (adjectives > 0
                && span.get(adjectives - 1).pos() == Pos.ADJ
                && !span.get(adjectives - 1).isCapitalised()) {
            adjectives--;
        }
        boolean own = span.subList(adjectives, head).stream()
                .anyMatch(t -> Phrases.lower(t.text()).startsWith("eigen"));
        if (own) { // „laut eigenen Angaben“: whose, the subject says; „Laut Angaben“ would say nobody's
            return adjectives == 0 && a.cue().matches("(?i)laut|zufolge") ? FactComposer.join(span) : "";
        }
        if (adjectives < head) {
            boolean dativeAlready = adjectives == 0 && a.cue().matches("(?i)laut|zufolge");
            if (dativeAlready) {
                // „laut vorläufigem Ergebnis“: the words after „laut“ are in the dative already, adjectives and all
                return FactComposer.join(span.subList(0, head + 1));
            }
        }
        if (head == 1) {
            // „…, sagte der Bürgermeister“ after „Bürgermeister Alfred Brenner …“: the person the report means
            java.util.Optional<List<Token>> name =
                    RoleNames.nameFor(analysis, span.get(0), span.get(1), a.sentenceIndex());
            if (name.isPresent()) {
                return name.get().get(name.get().size() - 1).text();
            }
        }
        return !named && qualified(span.subList(0, head)) ? "" : dative(a, span, head);
    }

    /**
     * True if an adjective of the speaker's phrase says how sure, how final or how current the source is („nach
     * Angaben des vorläufigen Ergebnisses“, „der ehemalige Chef“): a prefix that dropped it would say more.
     */
    private static boolean qualified(List<Token> span) {
        return span.stream()
                .anyMatch(t -> !t.isCapitalised() && Phrases.lower(t.text()).matches(QUALIFYING));
    }

    /** Adjectives that say how sure or how final a source is: a prefix may not drop them. */
    private static final String QUALIFYING =
            "(erst|bisherig|vorläufig|jüngst|neuest|aktuell|inoffiziell|offiziell|unbestätigt|anonym|ungenannt"
                    + "|unabhängig|inner|intern|früher|frühere|ursprünglich|vertraulich|ehemalig|einstig|damalig"
                    + "|selbsternannt|mutmaßlich|angeblich|vermeintlich)(e|en|er|em|es)?";

    /**
     * The speaker's tokens up to the end of its noun phrase: „Ermittler“ of „der Ermittler
     * mutmaßlich ins Ausland“, which the attribution finder read as one phrase.
     */
    private List<Token> speakerTokens(Attribution a) {
        List<Token> out = new ArrayList<>();
        boolean noun = false;
        for (Token t : analysis.sentences().get(a.sentenceIndex()).tokens()) {
            if (t.begin() < a.speakerBegin() || t.end() > a.speakerEnd()) {
                continue;
            }
            boolean ends = noun
                    && (Phrases.isVerb(t)
                            || t.pos() == Pos.ADJ
                            || t.pos() == Pos.ADV
                            || t.pos().isAdposition() && !namedAfter(a, t));
            if (ends) {
                break;
            }
            noun |= Phrases.isNoun(t);
            out.add(t);
        }
        return out;
    }

    /** True if a name follows the preposition („die Polizei in Graz“; the tagger may call it NOUN). */
    private boolean namedAfter(Attribution a, Token preposition) {
        List<Token> s = analysis.sentences().get(a.sentenceIndex()).tokens();
        int i = s.indexOf(preposition);
        if (i + 1 >= s.size()) {
            return false;
        }
        Token next = s.get(i + 1);
        return next.pos() == Pos.PROPN
                || analysis.entitiesIn(a.sentenceIndex()).stream()
                        .anyMatch(e -> e.begin() <= next.begin() && next.end() <= e.end());
    }

    /**
     * The head noun in the dative: „des Ministeriums“ → „Ministerium“, plural „Kritiker verweisen“
     * or „der Ermittler“ (genitive plural) → „Kritikern“, „Ermittlern“.
     */
    private String dative(Attribution a, List<Token> span, int head) {
        String who = span.get(head).text();
        Token before = before(a, span.get(head));
        String article = before == null ? "" : Phrases.lower(before.text());
        if (isGenitiveArticle(before)) {
            return withoutGenitive(who);
        }
        boolean plural = isPlural(a, span, head, article);
        return plural && !who.matches(".*[ns]") && span.get(head).pos() == Pos.NOUN ? who + "n" : who;
    }

    /**
     * Plural evidence: a plural cue verb, a genitive plural after „der“, or a bare adjective. The speaker of „wie der
     * Sprecher mitteilte“ is in the nominative: its verb says the number, not its article.
     */
    private static boolean isPlural(Attribution a, List<Token> span, int head, String article) {
        String who = span.get(head).text();
        if (a.kind() == AttributionKind.SOURCE_PHRASE
                && !a.cue().contains("davon aus")
                && !a.cue().startsWith("wie ")) {
            boolean adjectiveOnly = head > 0
                    && !Set.of("der", "die", "das", "des", "ein", "eine", "einer", "einem", "eines")
                            .contains(Phrases.lower(span.get(0).text()));
            boolean umlautPlural = article.equals("der") // „nach Angaben der Ärzte“: „Laut Ärzten“
                    && who.endsWith("e")
                    && !Phrases.lower(span.get(head).lemma()).equals(Phrases.lower(who));
            return adjectiveOnly && who.endsWith("e")
                    || article.equals("der") && who.matches(".*(er|el)")
                    || umlautPlural;
        }
        String[] cue = a.cue().split(" ");
        String verb = cue[0].equals("wie") ? cue[cue.length - 1] : cue[0]; // „wie … mitteilten“
        return verb.matches(".*(en|ln|rn)");
    }

    private static boolean isGenitiveArticle(Token t) {
        return t != null && Set.of("des", "eines").contains(Phrases.lower(t.text()));
    }

    /** „Ministeriums“ → „Ministerium“, „Kreises“ → „Kreis“, „Bundeskanzleramtes“ → „…amt“. */
    static String withoutGenitive(String who) {
        if (!who.endsWith("s") || who.length() <= 4 || who.endsWith("ss")) {
            return who;
        }
        boolean es = who.endsWith("ses")
                || who.endsWith("es") && (who.length() <= 6 || "tdgkbfpz".indexOf(who.charAt(who.length() - 3)) >= 0);
        return who.substring(0, who.length() - (es ? 2 : 1));
    }

    private static Token tokenAt(List<Token> span, int begin) {
        return span.stream().filter(t -> t.begin() >= begin).findFirst().orElse(span.get(0));
    }

    private Token before(Attribution a, Token t) {
        Token prev = null;
        for (Token x : analysis.sentences().get(a.sentenceIndex()).tokens()) {
            if (x.begin() >= t.begin()) {
                return prev;
            }
            prev = x;
        }
        return prev;
    }
}
