package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.GermanCalendar;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Shortens a headline by dropping what only qualifies it, never what it claims or what the verb
 * needs: free adverbs (not negations, hedges, number qualifiers or time qualifiers such as
 * „künftig“), then free prepositional phrases from the end that give a date or the place of a name
 * („von Lindenau“; issue 13: a place, cause or genitive the claim may need stays), a phrase after a
 * counted noun („450 Stellen in der Verwaltung“), the subject's article. The verb, the
 * subject and every number stay; the result is a part of the clause's own words in their own
 * order, apart from an adjective that loses its article („die ersten“ → „erste“).
 */
final class Compressor {

    /** Adverbs that carry negation, restriction, time or a hedge: dropping them changes the claim. */
    private static final Set<String> KEPT_ADVERBS = Set.of(
            "zumindest", // „zumindest manchmal“ is not „manchmal“
            "überhaupt", // „hat den Streit überhaupt erst ins Rollen gebracht“ is not „… erst ins Rollen gebracht“
            "hintereinander", // „im dritten Spiel hintereinander“ is not „im dritten Spiel“
            "nacheinander",
            "jeweils",
            "genauso", // „genauso überlastet wie …“
            "nicht",
            "nie",
            "niemals",
            "kaum",
            "nur",
            "erst",
            "noch",
            "offenbar",
            "angeblich",
            "mutmaßlich",
            "vermutlich",
            "wohl",
            "möglicherweise",
            "womöglich",
            "voraussichtlich",
            "offensichtlich",
            "anscheinend",
            "wahrscheinlich",
            "eventuell",
            "vielleicht",
            "keineswegs",
            "weder",
            "bis",
            "mehr",
            "weniger",
            "länger",
            "fast",
            "rund",
            "etwa",
            "knapp",
            "mindestens",
            "höchstens",
            "jährlich",
            "gut",
            "annähernd",
            "nahezu",
            "beinahe",
            "ungefähr",
            "circa",
            "ca.",
            "über",
            "unter",
            "je",
            "pro",
            "wieder",
            "immer",
            "sogar",
            "allein",
            "zusammen",
            "gemeinsam",
            "schwer",
            "leicht",
            "tödlich",
            "eher",
            "gerade",
            "ganz",
            "völlig",
            "komplett",
            "teilweise",
            "weitgehend",
            "größtenteils",
            "deutlich",
            "stark",
            "lediglich",
            "ausschließlich",
            "mehrere",
            "teils",
            "vorwiegend",
            "überwiegend",
            "hauptsächlich",
            "insbesondere",
            "vor",
            "weiter",
            "einmal",
            "einander",
            "rechts",
            "links",
            "oben",
            "unten",
            "erstmals",
            "erstmalig",
            "nochmals",
            "abermals",
            "besonders",
            "vergleichsweise", // „verliefen vergleichsweise glimpflich“: a relative claim, not an absolute one
            "relativ",
            "verhältnismäßig",
            "einigermaßen",
            "halbwegs",
            "ziemlich",
            "zu"); // „kam zu spät“: without it the claim says the opposite

    /**
     * Adverbs that count or give a frequency, a bound or a share („zweimal“, „mehrmals“, „dreifach“, „wöchentlich“,
     * „maximal“): „zweimal, am Wochenende einmal täglich aktualisiert“ without „zweimal“ says once a day every day.
     */
    private static final java.util.regex.Pattern COUNTING =
            java.util.regex.Pattern.compile("\\p{L}+(mal|mals|fach)|\\p{L}*(täglich|wöchentlich|monatlich|stündlich)");

    /**
     * Adverbs that say on which days or at which time of day something holds („werktags“, „sonntags“, „nachts“):
     * „ist werktags von 6 bis 20 Uhr geöffnet“ without „werktags“ says every day.
     */
    private static final java.util.regex.Pattern RESTRICTING_TIME = java.util.regex.Pattern.compile(
            "(werk|wochen|sonn|feier|mon|diens|donners|frei|sams)tags|mittwochs|wochenends|(vor|nach)?mittags"
                    + "|nachts|abends|morgens|tagsüber");

    /**
     * True if dropping the adverb (lower case) changes the claim: {@link #KEPT_ADVERBS}, the adverbs of time and
     * frequency of {@link WordOrder#SENTENCE_ADVERBS}, counting ones and those of
     * {@link #RESTRICTING_TIME}.
     */
    /** „zweimal“, „erstmals“, „wöchentlich“: an adverb that counts ({@code lower} is lower case). */
    static boolean isCounting(String lower) {
        return COUNTING.matcher(lower).matches();
    }

    static boolean isKeptAdverb(String lower) {
        return KEPT_ADVERBS.contains(lower)
                || WordOrder.SENTENCE_ADVERBS.contains(lower)
                || isCounting(lower)
                || RESTRICTING_TIME.matcher(lower).matches();
    }

    private static final Set<String> DEFINITE = Set.of("der", "die", "das");

    /**
     * Prepositions of a cause or means: a phrase of theirs after a counted noun („zwei Männer wegen der Angriffe …
     * festgenommen“) is the verb's, not the noun's, and says why.
     */
    static final Set<String> CAUSES =
            Set.of("wegen", "trotz", "aufgrund", "infolge", "dank", "mangels", "durch", "mittels", "nach");

    /**
     * True if the word at {@code i} is the „so“ of a „so … wie“ comparison later in the line: „stiegen so stark, wie
     * Experten erwartet hatten“ is not „stiegen stark, wie …“.
     */
    private static boolean opensComparison(List<Token> out, int i) {
        return Phrases.lower(out.get(i).text()).equals("so")
                && out.subList(i + 1, out.size()).stream()
                        .anyMatch(x -> Phrases.lower(x.text()).equals("wie"));
    }

    /**
     * The adverb at {@code i} grades the attributive adjective after it („zu so genannten Zwecken“, „eine sehr hohe
     * Zahl“): part of the noun phrase, and without it the phrase says something else.
     */
    private static boolean modifiesAttribute(List<Token> out, int i) {
        if (i + 2 >= out.size()
                || INTENSIFIERS.contains(Phrases.lower(out.get(i).text()))) {
            return false; // „eine wirklich schlagkräftige Mannschaft“: without „wirklich“ the claim is only weaker
        }
        Token adjective = out.get(i + 1);
        return adjective.pos() == Pos.ADJ
                && Phrases.lower(adjective.text()).matches(".*\\p{L}(e|en|er|es|em)") // inflected: attributive
                && (Phrases.isNoun(out.get(i + 2)) || out.get(i + 2).pos() == Pos.ADJ);
    }

    /** Adverbs that only raise an adjective's degree: dropped, the line says less, not something else. */
    private static final Set<String> INTENSIFIERS =
            Set.of("sehr", "wirklich", "besonders", "äußerst", "extrem", "überaus", "höchst", "enorm", "ausgesprochen");

    /** Comparison phrases are the verb's complement more often than not („verhält sich wie …“). */
    private static final Set<String> COMPARISON = Set.of("wie", "als");

    private final TextAnalysis analysis;
    private final Phrases phrases;
    private final SpeakerPrefix speaker;
    /** While a timeline's facts are composed: their date is the entry's label, so {@link #tellsAhead} keeps none. */
    private boolean datedElsewhere;

    Compressor(TextAnalysis analysis, Phrases phrases, SpeakerPrefix speaker) {
        this.analysis = analysis;
        this.phrases = phrases;
        this.speaker = speaker;
    }

    /**
     * The headline shortened towards {@code budget} words (it may stay longer). When dropping adjuncts does not
     * reach the budget, a past passive or „sein“ perfect also loses its auxiliary and its subject's article
     * ({@link #dropPastAuxiliary}): „Die Brücke wurde im Mai gesperrt“ → „Brücke im Mai gesperrt“.
     */
    List<Token> compress(List<Token> t, Clause c, int budget, boolean attributed) {
        List<Token> out = shortened(t, c, budget, attributed);
        if (Phrases.wordCount(out) <= budget) {
            return out;
        }
        List<Token> headline = new ArrayList<>(t);
        if (!dropPastAuxiliary(headline)) {
            return out;
        }
        dropArticle(headline);
        dropIndefiniteArticle(headline);
        return shortened(headline, c, budget, attributed);
    }

    /**
     * Headline style for an indefinite subject: „Ein zehnjähriges Mädchen … getötet“ → „Zehnjähriges Mädchen …
     * getötet“. After a nominative „ein/eine“ an adjective has its strong form already („Ein Verletzter“ →
     * „Verletzter“), so nothing else changes; only before adjectives and a common noun, never before a name.
     */
    private static void dropIndefiniteArticle(List<Token> out) {
        if (out.size() <= 3
                || !Set.of("ein", "eine").contains(Phrases.lower(out.get(0).text()))) {
            return;
        }
        int i = 1;
        while (i < out.size() && out.get(i).pos() == Pos.ADJ) {
            i++;
        }
        if (i < out.size() && out.get(i).pos() == Pos.NOUN) {
            out.remove(0); // the fact's first letter is capitalised when it is written
        }
    }

    private List<Token> shortened(List<Token> t, Clause c, int budget, boolean attributed) {
        List<Token> out = new ArrayList<>(t);
        if (out.size() < 4) {
            return out;
        }
        Set<String> verbs = VerbArguments.verbs(c.tokens());
        Token particle = clauseFinalParticle(out);
        for (int i = out.size() - 1; i >= 1 && Phrases.wordCount(out) > budget; i--) {
            Token x = out.get(i);
            if (MeaningGuard.boundsNegation(out, x) || MeaningGuard.isComparativeForm(x) || opensComparison(out, i)) {
                continue; // „gehen schärfer gegen Hetze vor“ is not „gehen gegen Hetze vor“
            }
            if (x.pos() == Pos.ADV
                    && x != particle
                    && !FactComposer.afterPreposition(out, x)
                    && !FactComposer.focusesPhrase(out, x) // „war auch die Infrastruktur“: not the only one
                    && !(i == out.size() - 1 && isParticle(x)) // „kam … an die Daten heran“
                    && !(out.get(i - 1).text().length() > 1 // „Prell- beziehungsweise Schürfwunden“
                            && out.get(i - 1).text().endsWith("-"))
                    && !isHedge(x, c)
                    && !isKeptAdverb(x.text().toLowerCase(Locale.GERMAN))
                    && !modifiesAttribute(out, i)) {
                out.remove(i);
            } else if (isLoneDate(out, i) && !tellsAhead(c) && !MeaningGuard.boundsCount(c.tokens(), List.of(x))) {
                out.remove(i); // „ist Montagfrüh … getötet worden“: a date word of its own, as „am Montag“ may go
            }
        }
        // a particle verb's arguments („deuten auf … hin“) are not in the lexicon: between verb and
        // particle nothing goes
        boolean keepAfterVerb = particle != null;
        dropVoteCount(out, budget);
        List<Token> headline = new ArrayList<>(out);
        dropArticles(headline, budget);
        if (Phrases.wordCount(headline) <= budget) {
            return headline; // the articles alone make it fit: every phrase of the clause stays
        }
        prepositional(out, c, budget, attributed, 0, verbs, keepAfterVerb);
        prepositional(out, c, budget, attributed, 1, verbs, keepAfterVerb);
        dropArticles(out, budget);
        prepositional(out, c, budget, attributed, 2, verbs, keepAfterVerb);
        return out;
    }

    /**
     * Headline style while the line is too long: the subject's article ({@link #dropArticle}), then the objects'
     * indefinite ones ({@link #isObjectsIndefiniteArticle}) where the line opens with its subject.
     */
    private static void dropArticles(List<Token> out, int budget) {
        if (Phrases.wordCount(out) > budget) {
            dropArticle(out);
        }
        int verb = Phrases.firstVerb(out);
        boolean subjectFirst = verb > 0
                && Set.of(Pos.DET, Pos.NOUN, Pos.PROPN, Pos.ADJ, Pos.NUM)
                        .contains(out.get(0).pos())
                && !isKeptAdverb(Phrases.lower(out.get(0).text())) // „Später startete …“, read as a noun
                && out.subList(0, verb).stream().anyMatch(x -> Phrases.isNoun(x) || x.pos() == Pos.NUM);
        for (int i = out.size() - 1; subjectFirst && i > 0 && Phrases.wordCount(out) > budget; i--) {
            if (isObjectsIndefiniteArticle(out, i)) {
                out.remove(i); // „verzeichnet einen deutlichen Rückgang“ → „verzeichnet deutlichen Rückgang“
            }
        }
    }

    /** Verbs after which „ein …“ is no object a headline may leave bare („ist ein Problem“, „gibt es einen …“). */
    private static final Set<String> PREDICATING = Set.of(
            "sein", "werden", "bleiben", "haben", "geben", "heißen", "gelten", "meinen", "bedeuten", "bezeichnen");

    /**
     * Headline style for an object: the indefinite article at {@code i} („ein“, „eine“, „einen“) after the line's
     * verb, before adjectives and a common noun, not after a preposition, conjunction, adverb or particle („nur
     * eine Stimme“, „noch nie eine Lösung“), before a bare noun only right after the verb, not beside another object
     * of a list, not the object of a „zu“ infinitive, not after a verb of being, having or naming ({@link
     * #PREDICATING}: „ist ein Problem“), and not before a measure, a time („eine Million“, „eine Woche“) or a noun
     * whose plural has its form („einen Treffer“). The compressor takes it only where the line opens with its subject („In Liskeard
     * trauert eine Familie …“ keeps it). An adjective has the same form with or without it („einen deutlichen
     * Rückgang“ → „deutlichen Rückgang“, „eine neue Version“ → „neue Version“, „ein neues Modell“ → „neues Modell“);
     * after the dative and genitive („einem“, „einer“, „eines“) it would not, and they stay.
     */
    static boolean isObjectsIndefiniteArticle(List<Token> t, int i) {
        Token x = t.get(i);
        if (x.pos() != Pos.DET || !Set.of("ein", "eine", "einen").contains(Phrases.lower(x.text())) || i < 2) {
            return false;
        }
        int verb = Phrases.firstVerb(t);
        if (verb < 1 || verb >= i) {
            return false;
        }
        int last = verb;
        for (int k = verb; k < t.size(); k++) {
            if (Phrases.isVerb(t.get(k))) {
                last = k;
                String lemma = Phrases.lower(t.get(k).lemma());
                if (PREDICATING.contains(lemma) && !lemma.equals("haben")) {
                    return false; // also a passive: „wurde ein neuer Leiter gewählt“ has its subject there
                }
            }
        }
        if (Phrases.lower(t.get(last).lemma()).equals("haben")) {
            return false; // „hat einen Sohn“; „hat einen Rückgang verzeichnet“ is a perfect and may
        }
        Token before = t.get(i - 1);
        if (before.pos().isAdposition()
                || before.pos() == Pos.CCONJ
                || before.pos() == Pos.DET
                || before.pos() == Pos.ADV
                || before.pos() == Pos.PART
                || before.isPunctuation()
                || Set.of("als", "wie", "je", "pro").contains(Phrases.lower(before.text()))) {
            return false; // „nur eine Stimme“, „noch nie eine Lösung“, „jeweils eine Art“: the number one, or a scope
        }
        for (int k = i + 1; k < t.size(); k++) {
            if (t.get(k).pos() == Pos.PART && Phrases.lower(t.get(k).text()).equals("zu")) {
                return false; // „versucht, einen Standort zu finden“: the object of an infinitive
            }
        }
        int head = i + 1;
        while (head < t.size()
                && t.get(head).pos() == Pos.ADJ
                && Character.isLowerCase(t.get(head).text().codePointAt(0))) {
            head++;
        }
        if (head >= t.size() || t.get(head).pos() != Pos.NOUN || !t.get(head).isCapitalised()) {
            return false; // „ein Pharao“ read as a name, „einen anderen“: no common noun to stand bare
        }
        if (head == i + 1 && !Phrases.isVerb(before)) {
            return false; // „vergangenen April eine Xperia-Reihe“: a bare noun would run into the word before it
        }
        Token noun = t.get(head);
        boolean listed = head + 1 < t.size() && t.get(head + 1).pos() == Pos.CCONJ;
        // „einen Treffer“: bare, a noun whose plural has the same form reads as many („erzielte Treffer“)
        boolean samePlural = Phrases.lower(noun.text()).matches("\\p{L}+(er|el|en|chen|lein)");
        return !listed
                && !samePlural
                && !MeaningGuard.isMeasure(noun)
                && !FactComposer.isDateWord(noun)
                && !Phrases.lower(noun.text()).matches("hälfte|drittel|viertel|teil|vielzahl|mal");
    }

    /**
     * A day that stands alone in the clause as its time („ist Montagfrüh … getötet worden“, „Dienstagabend“; not „am
     * Montag“, „vergangenen Montag“, „Montag, 3. Mai“): it says when, and a fact may leave it out as it leaves out „am
     * Montag“. A month never stands alone („Ende November“).
     */
    static boolean isLoneDate(List<Token> out, int i) {
        Token x = out.get(i);
        if (x.pos() != Pos.PROPN && x.pos() != Pos.NOUN && x.pos() != Pos.ADV
                || !LONE_DAY.matcher(Phrases.lower(x.text())).matches()) {
            return false; // most words: no day at all
        }
        Token before = out.get(i - 1);
        Token after = i + 1 < out.size() ? out.get(i + 1) : null;
        return !IN_PHRASE_BEFORE.contains(before.pos())
                && !before.pos().isAdposition()
                && !DAY_ADJECTIVE.matcher(Phrases.lower(before.text())).matches()
                && (after == null
                        || !IN_PHRASE_AFTER.contains(after.pos())
                                && !after.text().equals(","));
    }

    private static final java.util.regex.Pattern LONE_DAY = java.util.regex.Pattern.compile(
            FactComposer.DAY + "s?(früh|morgen|vormittag|mittag|nachmittag|abend|nacht)?");
    private static final java.util.regex.Pattern DAY_ADJECTIVE =
            java.util.regex.Pattern.compile("(vergangen|kommend|letzt|nächst|vorig|selb|gleich)\\p{L}*");
    private static final Set<Pos> IN_PHRASE_BEFORE = java.util.EnumSet.of(Pos.DET, Pos.ADJ, Pos.NUM);
    private static final Set<Pos> IN_PHRASE_AFTER = java.util.EnumSet.of(Pos.NOUN, Pos.PROPN, Pos.NUM);

    /** Indicative auxiliaries of a past passive or a perfect with „sein“: the participle alone says it is done. */
    private static final Set<String> PAST_AUXILIARIES = Set.of("wurde", "wurden", "war", "waren", "ist", "sind");

    /**
     * Headline style for a past passive or a perfect with „sein“: subject and participle without the finite
     * auxiliary („Mehr als 300 Menschen wurden verletzt“ → „Mehr als 300 Menschen verletzt“, „… ist … entgleist“ →
     * „… entgleist“), and without „worden“. Only when the auxiliary stands second after the subject, the clause ends
     * in a participle (pos VERB, not its infinitive, no „zu“ before it) and no other verb stands between: no present
     * or future „wird/werden“ (a bare participle reads as done), no subjunctive („sei“, reported speech), no modal, no
     * „haben“ (an active perfect needs its finite verb: „Regierung Gesetz gebilligt“ is no headline). Everything else
     * stays, negation and approximators included.
     */
    static boolean dropPastAuxiliary(List<Token> out) {
        int v = Phrases.firstVerb(out);
        if (v < 1 || !PAST_AUXILIARIES.contains(Phrases.lower(out.get(v).text()))) {
            return false;
        }
        int end = out.size();
        boolean worden = Phrases.lower(out.get(end - 1).text()).equals("worden");
        if (worden) {
            end--;
        }
        if (end - 1 < v + 1 || end - 1 == v + 1 && v < 3) {
            return false; // a short subject and nothing between auxiliary and participle: no headline of its own (a
            // long one is: „Die Skepsis der Österreicher gegenüber … ist gestiegen“ → „Skepsis … gestiegen“)
        }
        Token participle = out.get(end - 1);
        boolean wurde = Phrases.lower(out.get(v).text()).startsWith("wurde");
        if (participle.pos() != Pos.VERB
                || Phrases.lower(participle.text()).equals(Phrases.lower(participle.lemma()))
                || !NumberHeadline.isParticipleShape(participle.text())
                || Phrases.lower(out.get(end - 2).text()).equals("zu")
                || wurde && worden) {
            return false;
        }
        Token first = out.get(0);
        boolean counted = FactComposer.isNumberWord(first); // „21 Pilger“, „Mehr als 300 Menschen“
        for (int i = 1; i <= 2 && i < v; i++) {
            counted |= FactComposer.isNumberWord(out.get(i))
                    && !MeaningGuard.approximator(out, i).isEmpty();
        }
        if (!counted && !Set.of(Pos.DET, Pos.NOUN, Pos.PROPN, Pos.ADJ).contains(first.pos())) {
            return false; // „Erst vergangene Woche war …“, „Mit X ist …“: the subject does not lead
        }
        if (out.get(v + 1).pos() == Pos.DET || out.get(v + 1).pos() == Pos.PRON) {
            return false; // „Gleichzeitig wurde die Strecke …“, „Jubelmeldungen ist der Tiroler gewohnt“: the subject
            // may follow the auxiliary, and what leads is then an adverbial or an object
        }
        if (first.pos() == Pos.DET && out.get(1).pos().isAdposition()) {
            return false; // „Der von der Sonde aufgenommene Körper wurde …“: the article cannot go, and kept it reads
            // as no headline
        }
        for (int i = v + 1; i < end - 1; i++) {
            if (out.get(i).pos().isVerb()) {
                return false; // another verb between: „… ist … gekommen, um zu …“ or a cluster the headline cannot keep
            }
        }
        if (worden) {
            out.remove(out.size() - 1);
        }
        out.remove(v);
        return true;
    }

    /**
     * The separable particle that ends a verb-second clause („deuten … hin“, „geht … aus“), or null.
     * It belongs to the verb: it stays, and so does every phrase between verb and particle.
     */
    private Token clauseFinalParticle(List<Token> out) {
        Token last = out.get(out.size() - 1);
        boolean particleTag = last.pos() == Pos.ADV || last.pos().isAdposition();
        return particleTag && VerbArguments.PARTICLES.contains(Phrases.lower(last.text())) && isParticle(last)
                ? last
                : null;
    }

    /**
     * Headline style: „Gewerkschaft Verdi hat …“. An adjective after the article takes the form it
     * has without one („die ersten 20 Fahrzeuge“ → „erste 20 Fahrzeuge“); where that form is not
     * certain („den neuen“), the article stays.
     */
    static void dropArticle(List<Token> out) {
        if (out.size() <= 3
                || out.get(0).pos() != Pos.DET
                || !DEFINITE.contains(out.get(0).text().toLowerCase(Locale.GERMAN))
                || Phrases.isVerb(out.get(1))
                || out.get(1).pos() == Pos.ADV && out.get(2).pos() == Pos.ADJ) {
            return; // „Der bisher geschätzte Schaden“: „Bisher geschätzte Schaden“ is no German
        }
        String article = out.get(0).text().toLowerCase(Locale.GERMAN);
        if (Set.of("meisten", "wenigsten").contains(Phrases.lower(out.get(1).text()))) {
            return; // „die meisten Stunden“: „meiste Stunden“ is no German
        }
        boolean afterHead = false; // an adjective in a phrase after the head noun is that phrase's („Die Skepsis der
        // Österreicher gegenüber fahrerlosen Pkw“), not an attribute of the head
        for (int i = 1; i + 1 < out.size() && !Phrases.isVerb(out.get(i)); i++) {
            if ((Phrases.isNoun(out.get(i)) || out.get(i).pos().isAdposition() && !afterHead)
                    && out.get(i + 1).pos() == Pos.ADJ) {
                return; // „Die Luxleaks genannten Veröffentlichungen“: an attribute that needs its article
            }
            afterHead |= Phrases.isNoun(out.get(i));
        }
        if (out.get(1).pos() == Pos.NUM && out.get(2).pos() == Pos.ADJ) {
            return; // „Die vier linksliberalen Richter“: „Vier linksliberalen“ is no German
        }
        // after „die“ a noun in -e keeps its form without it („die Elfjährige“, „die Studie“), but not beside
        // another subject: „Angestellte und der Geiselnehmer“ reads as a plural
        boolean feminineInE = article.equals("die")
                && Phrases.lower(out.get(1).text()).endsWith("e")
                && out.get(2).pos() != Pos.CCONJ;
        if (isNominalisedAdjective(out.get(1)) && !feminineInE) {
            return; // „Der Verdächtige“ without article would need „Verdächtiger“, „die Grünen“ „Grüne“
        }
        if (Phrases.lower(out.get(1).text()).equals("rede")) {
            return; // „Die Rede ist von …“: a set phrase with its article
        }
        List<Token> adjectives = new ArrayList<>();
        int head = 1;
        for (;
                head < out.size()
                        && (out.get(head).pos() == Pos.ADJ || out.get(head).pos() == Pos.DET);
                head++) {
            adjectives.add(out.get(head)); // „die beiden“ → „beide“
        }
        if (head >= out.size()
                || !Phrases.isNoun(out.get(head)) && out.get(head).pos() != Pos.NUM) {
            return; // „Der erst 2011 unabhängig gewordene Staat“: an attribute the strong form would not reach
        }
        if (article.equals("der") && isFeminine(out.get(head))) {
            return; // „Der Regierung fehlt Geld“: a feminine noun after „der“ is a dative, not the subject
        }
        if (Phrases.lower(out.get(head).text()).equals("mal")) {
            return; // „Das erste Mal taucht … auf“ is a time, not the subject: „Erstes Mal taucht …“ is no German
        }
        List<Token> strong = new ArrayList<>();
        for (Token a : adjectives) {
            boolean afterBeide =
                    !strong.isEmpty() && Phrases.lower(strong.get(0).text()).equals("beide");
            // „die beiden neuen Hallen“ → „beide neuen Hallen“: after „beide“ the adjective stays weak
            String form = afterBeide ? a.text() : strongForm(article, a.text());
            if (form == null) {
                return;
            }
            strong.add(new Token(form, a.begin(), a.end(), a.pos(), a.lemma()));
        }
        out.remove(0);
        for (int i = 0; i < strong.size(); i++) {
            out.set(i, strong.get(i));
        }
    }

    /** A noun whose ending or head makes it feminine („Regierung“, „Musik“, „Partei“, „Bundesbehörde“). */
    private static boolean isFeminine(Token noun) {
        return Phrases.isNoun(noun)
                && (Phrases.lower(noun.text()).matches("\\p{L}{2,}(ung|heit|keit|schaft|ion|tät|ik|ei|enz|anz)")
                        || "die".equals(Articles.articleOfHead(noun.text())));
    }

    /**
     * „Verdächtige“, „Beschäftigten“, „Abgeordnete“: an adjective or participle used as a noun; a name only with an
     * adjective's ending („die Grünen“, „die Linken“, „die Freiheitlichen“).
     */
    private static boolean isNominalisedAdjective(Token t) {
        String w = Phrases.lower(t.text());
        // „die Kleinen“, „die Angestellten“: any noun in -e or -en may be one, and keeping its article costs a word;
        // of a compound with a hyphen only a participle or adjective („WM-Führende“, not „Eishockey-Meister“). After
        // „der/die/das“ none ends in -er: „Der Richter“, „Der Aufsteiger“ are nouns of their own
        return t.pos() == Pos.NOUN && w.matches("\\p{L}+(e|en)|[\\p{L}-]+-\\p{L}+(ig|lich|isch|end)(e|en)")
                || t.pos() == Pos.PROPN && w.matches("[\\p{L}-]+(t|ig|lich|isch|end|ün|ink)(e|en)");
    }

    /** The strong form of an adjective after a nominative article, or null if not certain. */
    static String strongForm(String article, String weak) {
        if (weak.matches("(?i)meisten|wenigsten|beiden")) {
            return article.equals("die") && weak.equalsIgnoreCase("beiden") ? "beide" : null; // „Meiste Teilnehmer“
        }
        return switch (article) {
            case "die" ->
                weak.endsWith("en")
                        ? weak.substring(0, weak.length() - 1)
                        : weak.endsWith("e") ? weak : null; // plural „die ersten“ → „erste“; „die neue“ stays
            case "der" -> weak.endsWith("e") ? weak + "r" : null;
            case "das" -> weak.endsWith("e") ? weak + "s" : null;
            default -> null;
        };
    }

    /**
     * Drops prepositional phrases from the end while {@code out} is too long: in pass 0 after the
     * verb and without a name, number or date; in pass 1 also with a name; in pass 2 also with a
     * date given in words („am Dienstag“). Never a phrase with digits or a hedge, a phrase the verb
     * needs, one attached to a noun or inside an attribute, nor the source phrase unless the fact's
     * prefix carries it. With {@code keepAfterVerb} only phrases before the verb may go.
     */
    private void prepositional(
            List<Token> out,
            Clause c,
            int budget,
            boolean attributed,
            int pass,
            Set<String> verbs,
            boolean keepAfterVerb) {
        if (Phrases.wordCount(out) <= budget || keepAfterVerb && pass == 0) {
            return;
        }
        int verb = Phrases.firstVerb(out);
        int from = keepAfterVerb ? Math.min(verb, out.size()) - 1 : out.size() - 1;
        for (int i = from; i > (pass == 0 ? Math.max(0, verb) : 1) && Phrases.wordCount(out) > budget; i--) {
            if (!out.get(i).pos().isAdposition() || out.get(i - 1).pos().isAdposition()) {
                continue;
            }
            int end = phrases.phraseEnd(out, i + 1, verbs); // „in der Nähe des Rathauses“ goes whole
            if (end < 0 || Phrases.isVerb(out.get(i - 1)) && end < out.size() && Phrases.isVerb(out.get(end))) {
                continue; // „kündigte an, eigene Vorschläge vorzulegen“: a verb particle, no phrase
            }
            if (end + 1 < out.size()
                    && Phrases.lower(out.get(end).text()).equals("dem")
                    && out.get(end + 1).text().matches("\\d.*")) {
                continue; // „am Montag, dem 2. Mai,“: the date in apposition would stay behind without its phrase
            }
            List<Token> phrase = out.subList(i, end);
            if (isRate(phrase) && out.subList(0, i).stream().anyMatch(FactComposer::isNumberWord)) {
                continue; // „betragen sechs Millionen Euro im Monat“: without it, the amount is another one
            }
            if (datesTheFrontedNoun(out, i, end) && FactComposer.isDatePhrase(phrase)) {
                continue; // „Seit dem Match im Oktober verbesserte sich …“: which match, the date says
            }
            boolean source = speaker.isSourcePhrase(phrase, c);
            boolean ofCount = pass >= 1
                    && i >= 2
                    && Phrases.isNoun(out.get(i - 1))
                    && FactComposer.isNumberWord(out.get(i - 2))
                    && isPlaceOfCount(phrase)
                    && !out.get(i - 2).text().endsWith(".") // „der 28. Runde“ counts nothing
                    && !countInPhrase(out, i - 2) // „Auf den ersten acht Plätzen im Ranking“: places, not things
                    && phrase.stream().noneMatch(p -> Phrases.isVerb(p) || FactComposer.isNumberWord(p))
                    && !CAUSES.contains(Phrases.lower(out.get(i).text()))
                    && !needsItsPlace(out) // „befinden sich fünf Verdächtige in Haft“: where they are is the claim
                    && (end >= out.size() || Phrases.isVerb(out.get(end))); // „… Angriffe | auf die Feuerwehr“
            if (ofCount && !source && leavesAClaim(out, i, end)) {
                phrase.clear(); // „450 Stellen in der Verwaltung“ → „450 Stellen“: less precise, still true
                continue;
            }
            if (source ? !attributed : !isFree(out, i, verbs)) {
                continue; // „nach Angaben des Unternehmens“ is the attribution: it stays unless the
                // fact's prefix „Laut Unternehmen:“ carries it
            }
            if ((source || droppable(phrase, c, pass)) && leavesAClaim(out, i, end)) {
                phrase.clear();
            }
        }
    }

    /** Nouns of a unit of time or of what an amount is counted per („im Monat“, „pro Kopf“, „je Einwohner“). */
    private static final Set<String> RATE_NOUNS = Set.of(
            "jahr",
            "monat",
            "quartal",
            "woche",
            "tag",
            "stunde",
            "minute",
            "sekunde",
            "kopf",
            "person",
            "einwohner",
            "haushalt",
            "kilometer",
            "stück",
            "nacht",
            "saison",
            "semester",
            "schuljahr");

    /**
     * A phrase that makes an amount a rate: „im Monat“, „am Tag“, „in der Woche“, „pro Jahr“, „je Einwohner“ – a
     * preposition, at most „der“, and a noun of {@link #RATE_NOUNS}, nothing else („im Jahr 2024“ dates, „am Tag der
     * Wahl“ names a day); and „pro“ or „je“ before one noun with at most its adjectives („pro Bild“, „je verkauftem
     * Exemplar“; not „je 14 der ÖVP …“, which counts each).
     */
    static boolean isRate(List<Token> phrase) {
        List<String> w = phrase.stream().map(t -> Phrases.lower(t.text())).toList();
        String noun = w.get(w.size() - 1);
        if (Set.of("pro", "je").contains(w.get(0))
                && w.size() >= 2
                && Phrases.isNoun(phrase.get(phrase.size() - 1))
                && phrase.subList(1, phrase.size() - 1).stream().allMatch(t -> t.pos() == Pos.ADJ)) {
            return true;
        }
        if (!RATE_NOUNS.contains(noun)) {
            return false;
        }
        if (w.size() == 2) {
            return Set.of("im", "am", "pro", "je").contains(w.get(0));
        }
        return w.size() == 3
                && w.get(0).equals("in")
                && w.get(1).equals("der")
                && Set.of("woche", "stunde", "minute", "sekunde").contains(noun);
    }

    /**
     * True if the phrase at [{@code i}, {@code end}) follows the noun of the clause's first field and ends right before
     * the finite verb: in a main clause only one phrase stands before the verb, so the phrase belongs to that noun
     * („Seit dem Match im Oktober verbesserte …“, „Das Treffen im Mai brachte …“), and without it the noun names no
     * one thing. „Die Polizei nahm den Mann am Montag fest“ has its date after the verb: it dates the clause.
     */
    private static boolean datesTheFrontedNoun(List<Token> out, int i, int end) {
        Token first = out.get(0);
        return i >= 2
                && end < out.size()
                && end == Phrases.firstVerb(out)
                && Phrases.isNoun(out.get(i - 1))
                && (first.pos().isAdposition() || first.pos() == Pos.DET)
                && out.subList(1, i).stream()
                        .noneMatch(t -> t.pos().isAdposition() || Phrases.isVerb(t) || t.isPunctuation());
    }

    /** Verbs whose claim is where something is („sich befinden“, „sitzen“): their place phrase never goes. */
    private static final Set<String> PLACE_VERBS =
            Set.of("befinden", "sitzen", "liegen", "stecken", "verbleiben", "bleiben", "wohnen", "leben", "aufhalten");

    private static boolean needsItsPlace(List<Token> out) {
        return out.stream().anyMatch(t -> Phrases.isVerb(t) && PLACE_VERBS.contains(Phrases.lower(t.lemma())));
    }

    /** The number at {@code number} stands in a prepositional phrase, after its article and adjectives. */
    private static boolean countInPhrase(List<Token> out, int number) {
        int k = number - 1;
        while (k >= 0 && (out.get(k).pos() == Pos.DET || out.get(k).pos() == Pos.ADJ)) {
            k--;
        }
        return k >= 0 && out.get(k).pos().isAdposition();
    }

    /**
     * „in der Verwaltung“ after „450 Stellen“: a phrase that says where the counted things are (a dative of place),
     * which may go. „ums Leben“, „in eine Wohngemeinschaft“ (accusative: where to) belong to the verb and stay.
     */
    static boolean isPlaceOfCount(List<Token> phrase) {
        if (phrase.size() < 2) {
            return false;
        }
        String p = Phrases.lower(phrase.get(0).text());
        if (Set.of("im", "beim", "vom", "am").contains(p)) {
            return true;
        }
        if (!Set.of("in", "bei", "aus", "von", "an").contains(p)) {
            return false;
        }
        String article = Phrases.lower(phrase.get(1).text());
        return phrase.get(1).pos() != Pos.DET
                || Set.of("dem", "der", "einem", "einer").contains(article);
    }

    /** True if the phrase at {@code i} is a free adjunct, not an argument or part of a noun phrase. */
    private boolean isFree(List<Token> out, int i, Set<String> verbs) {
        return !isParticle(out.get(i))
                && !COMPARISON.contains(Phrases.lower(out.get(i).text()))
                && !phrases.isArgument(out, i, verbs)
                && !phrases.isAttached(out, i, verbs)
                && !phrases.insideAttribute(out, i);
    }

    /** „warfen ihm vor, …“: a preposition before a comma or the end is the verb's particle. */
    private boolean isParticle(Token t) {
        String text = analysis.text();
        int k = t.end();
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= text.length() || ",.;:!?–".indexOf(text.charAt(k)) >= 0) {
            return true;
        }
        String rest = text.substring(k, Math.min(text.length(), k + 8));
        return rest.matches("(und|oder|sondern|aber)\\b.*"); // „hielten … fern und lauerten …“
    }

    /**
     * „hat mit 61 zu 44 Stimmen … abgelehnt“ → „hat … abgelehnt“: still true, and the box says the count
     * ({@link QuantityFacts}). Only a phrase after the finite verb that is nothing but the counts (and abstentions).
     */
    private static void dropVoteCount(List<Token> out, int budget) {
        int verb = Phrases.firstVerb(out);
        for (int i = Math.max(verb + 1, 1); i < out.size() && Phrases.wordCount(out) > budget; i++) {
            int length = voteCountLength(out.subList(i, out.size()));
            if (length == 0) {
                continue;
            }
            int end = i + length;
            if (leavesAClaim(out, i, end)) {
                out.subList(i, end).clear();
            }
            return;
        }
    }

    /**
     * Prepositions of a date that bounds the claim: „fährt ab Mai wieder stündlich“ is not „fährt wieder stündlich“,
     * „ist bis Freitag gesperrt“ not „ist gesperrt“ (a state from or until a time; „seit Montag gesperrt“ still is).
     */
    private static final Set<String> BOUNDS = Set.of("ab", "bis");

    private boolean droppable(List<Token> phrase, Clause c, int pass) {
        // only a date or the place of a name's attribute may go: a place, a cause or a phrase the claim needs stays
        boolean date = FactComposer.isDatePhrase(phrase);
        boolean ofPlace = phrase.size() >= 2
                && Set.of("von", "aus").contains(Phrases.lower(phrase.get(0).text()))
                && phrase.stream().skip(1).allMatch(p -> p.pos() == Pos.PROPN);
        if (!date && !ofPlace
                || date && BOUNDS.contains(Phrases.lower(phrase.get(0).text()))
                || date && mayLieAhead(phrase) && tellsAhead(c)
                || MeaningGuard.boundsCount(c.tokens(), phrase)) {
            return false;
        }
        boolean digits = phrase.stream().anyMatch(FactComposer::isNumberWord);
        boolean number = !namesOneDay(phrase) && digits
                || pass < 2
                        && analysis.quantitiesIn(c.sentence()).stream()
                                .anyMatch(q ->
                                        phrase.stream().anyMatch(p -> p.begin() >= q.begin() && p.end() <= q.end()));
        boolean named = phrase.stream().anyMatch(p -> p.pos() == Pos.PROPN);
        boolean hedge = phrase.stream().anyMatch(p -> isHedge(p, c));
        return !number && !hedge && (pass >= 1 || !named);
    }

    /**
     * True if the clause, as the report wrote it, tells in the present indicative and is no perfect: „Die
     * Bürgermeisterin ist am Donnerstag in Kolberg zu Gast“, „Die Filialen sollen am Montag öffnen“, „Der Lindenauer SV
     * spielt am Wochenende gegen Halle“. A date of such a clause may lie ahead, and without it a plan or a fixture reads as what is so now or
     * always. A past („traf sich am Montag“) or a perfect („ist am Sonntag ertrunken“, „soll am Wochenende …
     * überfallen haben“) happened whenever it happened. Read on the report's own words of the clause, so that a
     * headline made of it in the present counts as what the report wrote.
     */
    boolean tellsAhead(Clause c) {
        if (datedElsewhere) {
            return false;
        }
        int from = c.tokens().stream().mapToInt(Token::begin).min().orElse(0);
        int to = c.tokens().stream().mapToInt(Token::end).max().orElse(0);
        List<Token> written = analysis.sentences().get(c.sentence()).tokens().stream()
                .filter(t -> t.begin() >= from && t.end() <= to)
                .toList();
        int v = Phrases.firstVerb(written);
        if (v < 0 || !MeaningGuard.isPresentIndicative(written.get(v))) {
            return false;
        }
        // a perfect, also after a modal („soll … überfallen haben“): „haben“ or „sein“ with a participle
        List<Token> after = written.subList(v, written.size());
        boolean auxiliary = after.stream()
                .anyMatch(t -> t.pos().isVerb() && Set.of("haben", "sein").contains(Phrases.lower(t.lemma())));
        return !(auxiliary
                && after.stream()
                        .skip(1) // the participle, which the tagger may read as an adjective or adverb („festgenommen“)
                        .anyMatch(t -> !t.isCapitalised() && NumberHeadline.isParticipleShape(t.text())));
    }

    /** What {@code composing} gives while the date of each clause is said elsewhere, in a timeline entry's label. */
    <T> T withDateElsewhere(java.util.function.Supplier<T> composing) {
        datedElsewhere = true;
        try {
            return composing.get();
        } finally {
            datedElsewhere = false;
        }
    }

    /**
     * A date phrase that may lie ahead, which {@link #tellsAhead} keeps: „am Dienstag“, „im Herbst“, „am kommenden
     * Wochenende“; not one that reaches up to now („seit Monaten“), which the present still holds without.
     */
    static boolean mayLieAhead(List<Token> phrase) {
        return !Phrases.lower(phrase.get(0).text()).equals("seit");
    }

    /** Words between „mit“ and the yes count of a vote: „mit einer knappen Mehrheit von 61 zu 44 Stimmen“. */
    private static final Set<String> VOTE_LEAD = Set.of(
            "einer", "der", "knappen", "knapper", "deutlichen", "deutlicher", "klaren", "klarer", "mehrheit", "von");

    /**
     * The counts of a vote in a „mit … Stimmen“ phrase: „mit 61 zu 44 Stimmen“, „mit einer Mehrheit von 23 gegen 18
     * Stimmen“ (abstentions may follow: „bei drei Enthaltungen“) – the yes and the no count, or null.
     */
    static Token[] voteCounts(List<Token> phrase) {
        if (phrase.size() < 5 || !Phrases.lower(phrase.get(0).text()).equals("mit")) {
            return null;
        }
        int i = 1;
        while (i < phrase.size()
                && VOTE_LEAD.contains(Phrases.lower(phrase.get(i).text()))) {
            i++;
        }
        if (i + 3 >= phrase.size()
                || !QuantityFacts.isNumber(phrase.get(i))
                || !Set.of("zu", "gegen")
                        .contains(Phrases.lower(phrase.get(i + 1).text()))
                || !QuantityFacts.isNumber(phrase.get(i + 2))
                || !phrase.get(i + 3).text().equals("Stimmen")) {
            return null;
        }
        return new Token[] {phrase.get(i), phrase.get(i + 2)};
    }

    /**
     * The length of the vote phrase at the start of {@code t}: counts, „Stimmen“, abstentions; 0 if none, or if a
     * genitive may follow („mit acht gegen sechs Stimmen des Gerichts“: the phrase goes on, and cut there the line
     * keeps a stranded genitive).
     */
    static int voteCountLength(List<Token> t) {
        Token[] counts = voteCounts(t);
        if (counts == null) {
            return 0;
        }
        int end = t.indexOf(counts[1]) + 2; // past „Stimmen“
        if (end + 2 < t.size()
                && Phrases.lower(t.get(end).text()).equals("bei")
                && t.get(end + 2).text().startsWith("Enthaltung")) {
            end += 3;
        }
        if (end < t.size() && GENITIVE_OPENERS.contains(Phrases.lower(t.get(end).text()))) {
            return 0;
        }
        return end;
    }

    /** Words that may open a genitive after „Stimmen“ (or a dative object: unsure, so the phrase stays). */
    private static final Set<String> GENITIVE_OPENERS = Set.of("des", "der", "eines", "einer", "aller", "beider");

    /**
     * „am 25. Juni“, „am Abend des 29. Juni“: a phrase that names one day. Its digits are no figure of the claim,
     * and it may go like a date without digits; a year or a period a count is over („seit Juni“, „2015“) is not one.
     */
    static boolean namesOneDay(List<Token> phrase) {
        return !phrase.isEmpty()
                && Set.of("am", "an").contains(Phrases.lower(phrase.get(0).text()))
                && phrase.stream().anyMatch(p -> GermanCalendar.isMonth(p.text()) || GermanCalendar.isWeekday(p.text()))
                && phrase.stream().noneMatch(p -> p.text().matches("\\d{4}"));
    }

    /**
     * True if dropping tokens [from, to) leaves a verb and a noun after the subject, and leaves the verb something
     * after it when the dropped words came after it.
     */
    static boolean leavesAClaim(List<Token> t, int from, int to) {
        List<Token> rest = new ArrayList<>(t.subList(0, from));
        rest.addAll(t.subList(to, t.size()));
        int verb = Phrases.firstVerb(rest);
        return rest.size() >= 3
                && verb >= 0
                && !(verb == rest.size() - 1 && from > Phrases.firstVerb(t)) // „Das erste Schreiben kam am 25. Juli“
                // → „Erstes Schreiben kam“: the verb without all that came after it says nothing the report says
                && rest.get(rest.size() - 1).pos() != Pos.DET
                && rest.get(rest.size() - 1).pos() != Pos.ADP;
    }

    boolean isHedge(Token t, Clause c) {
        return analysis.hedgesIn(c.sentence()).stream().anyMatch(h -> h.begin() <= t.begin() && t.end() <= h.end());
    }
}
