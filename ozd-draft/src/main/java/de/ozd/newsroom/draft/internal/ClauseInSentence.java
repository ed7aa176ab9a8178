package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.EntityType;
import de.ozd.newsroom.language.GermanWords;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.List;
import java.util.Set;

/**
 * Whether a clause can stand alone, judged from the sentence around it (issue 13): the words before or after it that
 * make it someone's words (a speech tag, a colon after a speaker), that it needs to be whole (a defining relative
 * clause, a complement, the rest of a verb bracket, what follows its colon), or that show the sentence is not one (a
 * heading run into it, a missing period). {@link FactComposer} refuses a fact where one of these holds. Stateless
 * apart from the analysis.
 */
final class ClauseInSentence {
    private final TextAnalysis analysis;

    ClauseInSentence(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    /**
     * False if the sentence around the clause shows it cannot stand alone, whatever the fact keeps of it: the words
     * after a speaker's colon, a speech tag, a heading run into it, a complement, the rest of its verb bracket or of
     * the sentence after it, or a period the splitter took for a sentence end.
     */
    boolean standsAlone(Clause c) {
        return !(afterSpeechColon(c)
                || insideOpenQuotation(c) // „Satz eins. Satz zwei.“: the second sentence is still someone's words
                || beforeQuotedColon(c)
                || wordingNamedAfterColon(c) // „… kommt zu einem Ende: Über diese Formulierung wurde gestritten“
                || agentlessAccusation(c) // „Dem Landrat wird Täuschung vorgeworfen“: by whom, the clause does not say
                || saidInNextSentence(c) // „… Das meldete die Zeitung am Abend.“
                || isSpeechTag(c) // „Barbara Riedl stellt klar: …“
                || runsIntoHeading(c) // „Künftig kostenfrei Auch die Kammer …“
                || beforeItsComplement(c)
                || openListBeforeNextVerb(c) // „… setzt auf Tablets, Spielkonsolen | und baut …“
                || reactsToWhatFollows(c) // „Die Anwältin war überrascht, | als der Mann einfach wegfuhr“
                || continuesAfter(c)
                || runsIntoNextSentence(c)
                || bracketClosedLater(c) // „In Lindenau wurde Hilfe, und sei es nur …, erhofft“
                || infinitiveOfModalBefore(c) // „… will er eine Messe halten und die Haftanstalt besuchen“
                || splitAtAbbreviation(c) // „Assistenz-Coach von Wr. | Neustadt will …“
                || conditionalVerbFirst(c) // „Erfolgte die Lieferung pünktlich, wurde …“: if it did
                || supersededLater(c) // „… hatte eine Schließung erwogen, sich dann jedoch für Reformen entschieden“
                || beforeExclamation(c)); // „Ein Löwe ist ausgebrochen. Mitten in der Stadt!“: someone's words
    }

    /**
     * The sentence after the clause's ends with an exclamation mark. A report does not exclaim in its own voice: where
     * a source lost its quotation marks (the 10kGNAD texts have none), „Eine Fünfjährige wurde gegessen. Lebendig! …,
     * erzählt die junge Frau“ is a rumour she repeats, not a fact. A sentence that itself ends with one may be the
     * writer's own call („Vernissage ist am Samstag um 19 Uhr!“) and stays.
     */
    private boolean beforeExclamation(Clause c) {
        var sentences = analysis.sentences();
        if (c.sentence() + 1 >= sentences.size()) {
            return false;
        }
        List<Token> next = sentences.get(c.sentence() + 1).tokens();
        return !next.isEmpty() && next.get(next.size() - 1).text().equals("!");
    }

    /** Words of a later time that turn what came before into a past state („…, dann jedoch …“, „…, nun …“). */
    private static final Set<String> LATER =
            Set.of("dann", "später", "schließlich", "inzwischen", "mittlerweile", "nun", "jetzt", "seither", "danach");

    /** Words by which a clause says its state held only at first („hatten zunächst einen Unfall angenommen“). */
    private static final Set<String> AT_FIRST = Set.of("zunächst", "ursprünglich", "anfangs", "eigentlich");

    /**
     * The clause is in the pluperfect and the sentence goes on after it with a later time, against it („jedoch“,
     * „aber“, „doch“) or after a clause that said it held at first: „Papst Franziskus hatte eine Schließung des
     * Geldhauses erwogen, sich dann jedoch für Reformen entschieden“, „Die Ermittler hatten zunächst einen Unfall
     * angenommen, nun ermitteln sie wegen Mordes“. The clause alone gives the superseded state as the news.
     */
    private boolean supersededLater(Clause c) {
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        int last = s.indexOf(c.tokens().get(c.tokens().size() - 1));
        boolean pluperfect = c.tokens().stream()
                        .anyMatch(
                                t -> t.pos().isVerb() && Phrases.lower(t.text()).matches("hatten?|war(en)?"))
                && c.tokens().stream().anyMatch(t -> NumberHeadline.isParticipleShape(t.text()));
        if (last < 0 || !pluperfect) {
            return false;
        }
        List<String> rest = s.subList(last + 1, s.size()).stream()
                .map(t -> Phrases.lower(t.text()))
                .toList();
        boolean against = rest.stream().anyMatch(Phrases.CONTRAST::contains)
                || c.tokens().stream().anyMatch(t -> AT_FIRST.contains(Phrases.lower(t.text())));
        return against && rest.stream().anyMatch(LATER::contains);
    }

    /**
     * The clause opens its sentence with a finite verb and a comma and another finite verb follow it, not a verb of
     * saying: a condition without „wenn“ („Regnet es, fällt das Fest aus“), not a statement.
     */
    private boolean conditionalVerbFirst(Clause c) {
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        int last = s.indexOf(c.tokens().get(c.tokens().size() - 1));
        Token first = c.tokens().get(0);
        if (s.isEmpty() || !s.get(0).equals(first) || last < 0 || last + 2 >= s.size()) {
            return false;
        }
        Token after = s.get(last + 2);
        boolean verbFirst = MeaningGuard.isSurelyFinite(first)
                || first.pos() == Pos.AUX
                || !Set.of(Pos.DET, Pos.PRON, Pos.PROPN, Pos.ADP, Pos.NUM, Pos.ADV)
                                .contains(first.pos())
                        && c.tokens().size() > 1
                        && c.tokens().get(1).pos() == Pos.DET; // „Erfolgte seine Wahl …“, the verb tagged a noun
        return verbFirst
                && s.get(last + 1).text().equals(",")
                && (MeaningGuard.isSurelyFinite(after) || after.pos() == Pos.AUX)
                && !GermanWords.isCueVerb(after.text()); // „Das Spiel ist aus, sagte …“: a speech tag follows
    }

    /**
     * The clause starts inside a quotation that an earlier part of its paragraph opened and did not close („Wir
     * lehnen das ab. Die Stadt darf nicht …“): the sentence splitter cut the quotation at its inner period, so the
     * clause has no quote mark of its own, yet it is someone's words. Quote marks as the clause splitter reads them:
     * „ and » open, “ ” and « close, a straight " toggles.
     */
    boolean insideOpenQuotation(Clause c) {
        String text = analysis.text();
        int begin = Math.min(c.begin(), text.length());
        int from = text.lastIndexOf('\n', Math.max(0, begin - 1)) + 1;
        boolean open = false;
        for (int i = from; i < begin; i++) {
            char ch = text.charAt(i);
            if (ch == '„' || ch == '»') {
                open = true;
            } else if (ch == '“' || ch == '”' || ch == '«') {
                open = false;
            } else if (ch == '"') {
                open = !open;
            }
        }
        return open;
    }

    /**
     * Verbs of reporting or opining: „Das meldet die Zeitung“ makes the sentence before someone's report. Not the
     * verbs of announcing („Das teilte das Unternehmen mit“, „Dies gab das Komitee bekannt“, „kündigte … an“): a body
     * that announces its own doing is the report's source, and the house states that without „Laut …:“.
     */
    private static final Set<String> REPORTING = Set.of(
            "melden",
            "vermelden",
            "berichten",
            "schreiben",
            "sagen",
            "behaupten",
            "vermuten",
            "meinen",
            "glauben",
            "zitieren",
            "erfahren",
            "spekulieren",
            "befürchten",
            "fürchten",
            "titeln",
            "twittern");

    /**
     * The next sentence of the same paragraph opens with „Das“, „Dies“ or „So“ and a verb of reporting or opining
     * („Das meldet die Zeitung …“, „So berichtet der Sender …“): it names who says the clause's sentence.
     */
    private boolean saidInNextSentence(Clause c) {
        var sentences = analysis.sentences();
        if (c.sentence() + 1 >= sentences.size()) {
            return false;
        }
        List<Token> here = sentences.get(c.sentence()).tokens();
        List<Token> next = sentences.get(c.sentence() + 1).tokens();
        String text = analysis.text();
        int end = here.get(here.size() - 1).end();
        if (next.size() < 3
                || next.get(0).begin() > text.length()
                || end > next.get(0).begin()
                || text.substring(end, next.get(0).begin()).contains("\n")) {
            return false;
        }
        Token verb = next.get(1);
        return Phrases.lower(next.get(0).text()).matches("das|dies|so")
                && Phrases.isVerb(verb)
                && REPORTING.contains(Phrases.lower(verb.lemma()));
    }

    /** Participles of accusing: in the passive without „von …“ the clause does not say who accuses. */
    private static final Set<String> ACCUSING =
            Set.of("vorwerfen", "beschuldigen", "anlasten", "bezichtigen", "unterstellen", "vorhalten", "ankreiden");

    /**
     * „Dem Landrat wird Täuschung vorgeworfen“, „Er wurde beschuldigt, …“: an accusation in the passive whose
     * clause names no accuser („von …“, „durch …“). Stated alone it reads as the report's own charge.
     */
    private boolean agentlessAccusation(Clause c) {
        List<Token> t = c.tokens();
        boolean passive = t.stream()
                .anyMatch(x -> GermanWords.isWerdenForm(Phrases.lower(x.text()))
                        || Phrases.lower(x.text()).matches("wurden?|worden"));
        boolean accusing = t.stream()
                .anyMatch(x -> x.pos().isVerb()
                        && ACCUSING.contains(Phrases.lower(x.lemma()))
                        && !Phrases.lower(x.text()).equals(Phrases.lower(x.lemma())));
        boolean agent = t.stream().anyMatch(x -> Set.of("von", "vom", "durch").contains(Phrases.lower(x.text())));
        return passive && accusing && !agent;
    }

    /**
     * The clause follows „und“ or „oder“ and its first verb is an infinitive, after a part of the sentence with a modal
     * or „werden“: the second infinitive of that verb, without the verb and subject it needs.
     */
    private boolean infinitiveOfModalBefore(Clause c) {
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        int first = s.indexOf(c.tokens().get(0));
        if (first < 1
                || !Set.of("und", "oder")
                        .contains(Phrases.lower(s.get(first - 1).text()))) {
            return false;
        }
        Token verb = c.tokens().stream().filter(Phrases::isVerb).findFirst().orElse(null);
        if (verb == null
                || !Phrases.lower(verb.text()).equals(Phrases.lower(verb.lemma()))
                || !Phrases.lower(verb.text()).endsWith("en")) {
            return false;
        }
        return s.subList(0, first - 1).stream()
                .anyMatch(t -> t.pos() == Pos.AUX
                        && (GermanWords.isModalVerb(t.lemma()) || GermanWords.isWerdenForm(Phrases.lower(t.text()))));
    }

    /**
     * The sentence splitter ended a sentence at the period of an abbreviation („von Wr. | Neustadt will …“): the
     * clause that ends there and the clause that opens the next sentence are each cut.
     */
    private boolean splitAtAbbreviation(Clause c) {
        var sentences = analysis.sentences();
        List<Token> s = sentences.get(c.sentence()).tokens();
        boolean endsHere = cutAtAbbreviation(s)
                && c.tokens().stream()
                        .anyMatch(t -> t.end() >= s.get(s.size() - 2).begin());
        if (endsHere) {
            return true;
        }
        if (c.sentence() == 0 || s.indexOf(c.tokens().get(0)) != 0) {
            return false;
        }
        return cutAtAbbreviation(sentences.get(c.sentence() - 1).tokens());
    }

    /** The sentence ends in „Wr.“ or in an ordinal after its article („bei der 107.“), not at a sentence's end. */
    private static boolean cutAtAbbreviation(List<Token> s) {
        if (s.size() < 3) {
            return false;
        }
        Token end = s.get(s.size() - 1);
        Token word = s.get(s.size() - 2);
        if (end.text().matches("\\d+\\.")) { // the period on the number: „der 107.“
            word = end;
        } else if (!end.text().equals(".")) {
            return false;
        }
        Token before = s.get(s.indexOf(word) - 1);
        boolean ordinal = word.text().matches("\\d+\\.?")
                && (before.pos() == Pos.DET || Phrases.lower(before.text()).matches("am|im|zum|zur|beim|vom"))
                && !word.text().matches("\\d{4}\\.?");
        return MeaningGuard.isAbbreviation(word) || ordinal;
    }

    /**
     * A proper name: tagged as one and inside a name the analysis found. The tagger reads some common nouns as names
     * („gibt Geld aus, das …“), and a relative clause restricts those as it does any noun.
     */
    private boolean isName(Token t, Clause c) {
        return t.pos() == Pos.PROPN && inName(t, c);
    }

    private boolean inName(Token t, Clause c) {
        return analysis.entitiesIn(c.sentence()).stream().anyMatch(e -> e.begin() <= t.begin() && t.end() <= e.end());
    }

    /**
     * The clause follows a colon whose part before it says who speaks or only names someone („Blecha konstatierte
     * zufrieden: …“, „Fraser: …“, „Dazu der Text: …“): what follows is someone's words.
     */
    private boolean afterSpeechColon(Clause c) {
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        int first = s.indexOf(c.tokens().get(0));
        int colon = -1;
        for (int i = first - 1; i >= 0; i--) {
            if (s.get(i).text().equals(":")) {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            return false;
        }
        int from = colon - 1;
        while (from > 0
                && !Set.of(":", ".").contains(s.get(from - 1).text())
                && !ClauseSplitter.isClauseDash(s, from - 1)) {
            from--;
        }
        List<Token> before = s.subList(Math.max(0, from), colon);
        boolean verb = before.stream().anyMatch(Phrases::isVerb);
        boolean cue = before.stream()
                .anyMatch(t -> Phrases.isVerb(t)
                                && (FactComposer.CUE_LEMMAS.contains(Phrases.lower(t.lemma()))
                                        || GermanWords.isCueVerb(t.text()))
                        || GermanWords.isCueVerb(Phrases.lower(t.text()))); // „Betont wird …:“, tagged as no verb
        boolean speechNoun = before.stream()
                .anyMatch(
                        t -> Phrases.lower(t.lemma())
                                .matches(
                                        ".*(mantra|text|motto|devise|credo|botschaft|parole|tweet|statement|zitat|aussage|fazit|spruch)"));
        boolean reported = before.stream().anyMatch(MeaningGuard::isReportedSpeech)
                || before.stream()
                        .anyMatch(t -> analysis.entitiesIn(c.sentence()).stream()
                                .anyMatch(e -> e.type() == EntityType.PERSON
                                        && e.begin() <= t.begin()
                                        && t.end() <= e.end())); // „Stiftner … sieht …: …“: his view
        // „fand er das Muster: …“: his view, and so a body's or that of a person whose name the name finder missed
        // („Roman Stiftner … sieht …: …“)
        boolean finding = before.stream()
                .anyMatch(t -> Phrases.isVerb(t)
                        && Set.of("finden", "sehen", "erkennen", "entdecken", "beobachten", "glauben")
                                .contains(Phrases.lower(t.lemma())));
        return !verb || cue || speechNoun || reported || finding; // „…, sei absurd: …“ goes on in his words
    }

    /** Verbs of deciding or judging whose content a colon may bring („entschied: …“, „urteilte: …“). */
    private static final Set<String> DECIDING = Set.of(
            "entscheiden",
            "urteilen",
            "beschließen",
            "befinden",
            "feststellen",
            "festhalten",
            "folgern",
            "bilanzieren",
            "resümieren",
            "lauten");

    /**
     * The clause stands before a colon after which the sentence calls what came before a wording: „Die illegale
     * Migration über die Balkanroute kommt zu einem Ende: Über diese Formulierung im Entwurf wurde gestritten.“ The
     * clause is a draft's or someone's words, quoted without quotation marks, not the report's claim.
     */
    private boolean wordingNamedAfterColon(Clause c) {
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        int last = s.indexOf(c.tokens().get(c.tokens().size() - 1));
        int colon = -1;
        for (int i = Math.max(0, last + 1); i < s.size(); i++) {
            if (s.get(i).text().equals(":")) {
                colon = i;
                break;
            }
        }
        if (last < 0 || colon < 0) {
            return false;
        }
        for (int i = colon + 1; i + 1 < s.size() && i <= colon + 4; i++) {
            if (Phrases.lower(s.get(i).text()).matches("dies(e|er|es|em|en)")
                    && Phrases.lower(s.get(i + 1).lemma()).matches(WORDING)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The clause without a time phrase before its verb („Vor kurzem hat der Konzern klargestellt: …“, „Am Montag hat
     * das Gericht geurteilt: …“): its preposition says when, not what the verb did.
     */
    private static List<Token> afterFrontedTime(List<Token> t) {
        int verb = Phrases.firstVerb(t);
        if (verb <= 1 || !t.get(0).pos().isAdposition()) {
            return t;
        }
        List<Token> fronted = t.subList(0, verb);
        boolean time = FactComposer.isDatePhrase(fronted)
                || fronted.size() == 2 && Phrases.lower(fronted.get(1).text()).matches("kurzem|langem");
        return time ? t.subList(verb, t.size()) : t;
    }

    /** Nouns that call words a wording: „diese Formulierung“, „dieser Satz“, „diese Passage“. */
    private static final String WORDING =
            "formulierung|satz|sätze|passage|passus|wortlaut|wortwahl|worte|wort|zeile|zeilen|satzteil|textstelle";

    /** „… zeigt Erdogan mit der Aufschrift: …“: the clause names words that follow its colon; alone it is cut. */
    private boolean beforeQuotedColon(Clause c) {
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        int last = s.indexOf(c.tokens().get(c.tokens().size() - 1));
        if (last < 0 || last + 1 >= s.size() || !s.get(last + 1).text().equals(":")) {
            return false;
        }
        Token end = s.get(last);
        boolean participle = end.pos() == Pos.ADJ // „hat … klar gestellt“: the tagger's adjective
                && end.text().matches("\\p{Ll}{0,5}ge\\p{Ll}{2,}(t|en)") // „gestellt“, not „ernst“
                && c.tokens().stream().anyMatch(x -> Phrases.lower(x.lemma()).matches("haben|sein|werden"));
        if ((Phrases.isVerb(end) || participle)
                && c.tokens().size() > 1
                && afterFrontedTime(c.tokens()).stream()
                        .noneMatch(t -> t.pos().isAdposition()
                                || Phrases.lower(t.text()).equals("sich"))) {
            return true; // „Jetzt hat das Landesgericht geurteilt: Die Stadt habe …“: only who, and what follows
        }
        if (c.tokens().stream().anyMatch(t -> Phrases.isVerb(t) && DECIDING.contains(Phrases.lower(t.lemma())))) {
            return true; // „Nun entschied auch der Beirat: keine Rückgabe“
        }
        if (end.pos() == Pos.ADV
                || end.pos() == Pos.AUX && Phrases.lower(end.lemma()).equals("sein")) {
            return true; // „Das Problem ist immer: Geld.“: the predicate is after the colon
        }
        if (Phrases.lower(end.text()).matches(ANNOUNCING_PREDICATES)) {
            return true; // „Der Anlass ist bekannt: …“: which one, the colon says
        }
        return Phrases.isNoun(s.get(last))
                && Phrases.lower(s.get(last).lemma())
                        .matches(".*(aufschrift|schlagzeile|slogan|titel|worte|wort|satz|frage|botschaft|parole|motto"
                                // „… lassen keinen Zweifel: …“, „… hat Symbolcharakter: …“: what is meant
                                + "|zweifel|fazit|lehre|devise|antwort|symbolcharakter|signalwirkung"
                                // „Die Stadt ereilen weitere schlechte Nachrichten: …“: which ones, the colon says
                                + "|nachricht|nachrichten|neuigkeit|neuigkeiten|anlass|grund|gründe|begründung|ursache"
                                + "|ergebnis|problem|bilanz|befund|erklärung|lösung|rezept)");
    }

    /**
     * Predicates that only announce what a colon brings („Der Anlass ist bekannt: …“, „Die Antwort fiel eindeutig aus“
     * is no such case: the adjective must end the part before the colon).
     */
    private static final String ANNOUNCING_PREDICATES =
            "bekannt|klar|einfach|simpel|eindeutig|offensichtlich|offenkundig|folgende|folgender|folgendes|schlicht"
                    + "|banal|naheliegend|erkennbar|sichtbar|absehbar|deutlich"
                    // „Tausende Beschäftigte sind betroffen: …“: by what, and how, the colon says (thirty-first round)
                    + "|betroffen";

    /**
     * „Das Buch kann nur ein Mann geschrieben haben, der …“, „Die Frist lief aus, die der Richter gesetzt hatte“: a
     * relative clause after the clause's verb that says which one (its noun has „nur“, „kein“, „jede“ or an article
     * like the relative pronoun). Cut off, the claim says something else.
     */
    private boolean cutsExtraposedRelative(Clause c, List<Token> s, int i) {
        if (i < 0 || i + 3 >= s.size() || !s.get(i + 1).text().equals(",")) {
            return false;
        }
        Token last = s.get(i);
        boolean endsInVerb = Phrases.isVerb(last) || VerbArguments.PARTICLES.contains(Phrases.lower(last.text()));
        String relative = Phrases.lower(s.get(i + 2).text());
        if (!endsInVerb || !relative.matches("der|die|das|denen|dessen|deren|welche[rsnm]?")) {
            return false;
        }
        int close = i + 3;
        while (close < s.size() && !ClauseSplitter.endsPart(s, close)) {
            close++;
        }
        int firstVerb = close;
        for (int k = i + 3; k < close; k++) {
            if (Phrases.isVerb(s.get(k))) {
                firstVerb = k;
                break;
            }
        }
        boolean pronoun = !Set.of(Pos.NOUN, Pos.ADJ, Pos.PROPN, Pos.NUM)
                .contains(s.get(i + 3).pos());
        if (!pronoun && firstVerb < close - 2) {
            return false; // „…, den größten Hit konnte er …“: verb second, an article and a main clause
        }
        Token noun = null;
        for (Token t : c.tokens()) {
            noun = Phrases.isNoun(t) ? t : noun;
        }
        if (noun != null && isName(noun, c)) {
            return false; // „… verzichten auf Sulimani, der gesperrt ist“: a name needs no relative clause to say who
        }
        List<Token> nouns = c.tokens().stream().filter(Phrases::isNoun).toList();
        if (!nouns.isEmpty()) {
            Token lastNoun = nouns.get(nouns.size() - 1);
            int nounAt = c.tokens().indexOf(lastNoun);
            int at = nounAt;
            while (at > 0
                    && (c.tokens().get(at - 1).pos() == Pos.ADJ
                            || c.tokens().get(at - 1).pos() == Pos.ADV
                                    && at < nounAt
                                    && c.tokens().get(at).pos() == Pos.ADJ)) {
                // „Nun sind neue Gerüchte aufgetaucht, die …“: the adjectives say no more which ones (but „eine
                // bislang geheime Nummer“ has its article)
                at--;
            }
            Token before = at > 0 ? c.tokens().get(at - 1) : null;
            boolean bare = !isName(lastNoun, c)
                    && (before == null
                            || Phrases.isVerb(before)
                            || before.pos() == Pos.ADV
                            || before.pos() == Pos.PART);
            if (bare) {
                return true; // „… werden Rechner erwähnt, die …“: which ones, the relative clause says
            }
            int verb = Phrases.firstVerb(c.tokens());
            for (int k = Math.max(1, verb + 1); k < nounAt; k++) {
                Token n = c.tokens().get(k);
                Token b = c.tokens().get(k - 1);
                if (Phrases.isNoun(n)
                        && n.pos() == Pos.NOUN
                        && !isName(n, c)
                        && relative.matches("die|deren|denen|welche")
                        && (b.pos() == Pos.ADV
                                || b.pos() == Pos.PART
                                || Phrases.isVerb(b)
                                || Phrases.isNoun(b))) { // „in Deutschland Lastwagen …, die …“
                    return true; // „steht auch Kindern aus dem Ort offen, deren Eltern …“: which children, it says
                }
            }
        }
        return c.tokens().stream().anyMatch(t -> {
            String w = Phrases.lower(t.text());
            return w.equals(relative) && t.pos() == Pos.DET
                    || w.matches("nur|niemand|jemand|(kein|jed|all|derjenig|diejenig|dasjenig)(e|er|es|em|en)?");
        });
    }

    /**
     * The part from {@code from} to the next comma or end has its first verb at its end: a relative clause („die lange
     * nachwirken“, „dessen Verbreitung … kennt“), not a main clause after an article („den Hit konnte er landen“).
     */
    private static boolean verbFinal(List<Token> s, int from) {
        int close = from;
        while (close < s.size() && !ClauseSplitter.endsPart(s, close)) {
            close++;
        }
        for (int k = from; k < close; k++) {
            if (Phrases.isVerb(s.get(k))) {
                return k >= close - 2;
            }
        }
        return false;
    }

    /**
     * The fact ends at a noun that a relative clause of the sentence restricts („noch andere Wirte, die …“,
     * „jene Kunden, die …“): without it the noun says something else.
     */
    boolean cutsDefiningRelative(Clause c, List<Token> b) {
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        Token last = c.tokens().get(c.tokens().size() - 1);
        int i = s.indexOf(last);
        if (cutsExtraposedRelative(c, s, i)) {
            return true;
        }
        if (i < 0
                || i + 2 >= s.size()
                || !s.get(i + 1).text().equals(",")
                || !b.contains(last)
                || !Phrases.isNoun(last)) {
            return false;
        }
        String relative = Phrases.lower(s.get(i + 2).text());
        if (!relative.matches("der|die|das|dem|den|denen|dessen|deren|welche[rsnm]?")
                || i + 3 < s.size()
                        && Set.of(Pos.NOUN, Pos.ADJ, Pos.PROPN, Pos.NUM)
                                .contains(s.get(i + 3).pos())
                        && !verbFinal(s, i + 3)) {
            return false; // „…, den größten Hit konnte er …“: an article, no relative clause
        }
        int close = i + 3;
        while (close < s.size()
                && !s.get(close).text().equals(",")
                && !s.get(close).text().equals(".")) {
            close++;
        }
        if (close + 1 < s.size()
                && s.get(close).text().equals(",")
                && !Set.of(Pos.CCONJ, Pos.SCONJ).contains(s.get(close + 1).pos())
                && !s.get(close + 1).isPunctuation()) {
            return true; // „Im Freiland sorgen Krebse, die …, für das rosa Gefieder“: the clause goes on after it
        }
        if (last.pos() == Pos.PROPN) {
            return false; // „… war eine Zenit 3SL, die …“: ends in what the tagger calls a name (the extraposed case
            // above asks the analysis, since there the noun is bare: „gibt Geld aus, das …“)
        }
        int k0 = c.tokens().size() - 2;
        while (k0 >= 0 && c.tokens().get(k0).pos() == Pos.ADJ) {
            k0--;
        }
        if (k0 < 0
                || c.tokens().get(k0).pos() != Pos.DET
                        && !FactComposer.isNumberWord(c.tokens().get(k0))) {
            return true; // „… entdeckten Antikörper, die …“: a bare noun is what the relative clause says it is
        }
        for (int k = c.tokens().size() - 2; k >= 0 && k >= c.tokens().size() - 4; k--) {
            String w = Phrases.lower(c.tokens().get(k).text());
            if (w.matches("(ander|jen|derjenig|diejenig|dasjenig|solch|all|jed|manch|kein)(e|er|es|em|en)?")
                    || w.matches("der|die|das|den|dem|ein|eine|einen|einem|einer|eines")) {
                return true; // „die Frist, die der Richter gesetzt hatte“: which one, the relative clause says
            }
            if (FactComposer.isNumberWord(c.tokens().get(k))
                    && c.tokens().stream()
                            .anyMatch(x -> Phrases.lower(x.lemma()).equals("sein"))) {
                return true; // „… sind zwei Seiten, die sich bedingen“: a counted predicate says nothing without it
            }
            if (c.tokens().get(k).pos() != Pos.ADJ) {
                break;
            }
        }
        return false;
    }

    /**
     * The sentence ends, right after the clause, in a speech tag the attribution finder does not know: a comma, then a
     * finite verb and a name or article („…, berechnet Denk …“), or „wie“ with a clause that ends in its verb („…, wie
     * Biologen herausfanden“).
     */
    boolean speechTagAfter(Clause c) {
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        int last = s.indexOf(c.tokens().get(c.tokens().size() - 1));
        int end = s.size() - 1;
        while (end >= 0 && s.get(end).isPunctuation()) {
            end--;
        }
        int k = end;
        while (k > last && !s.get(k).text().equals(",")) {
            k--;
        }
        if (k <= last || k + 2 > end) {
            return false; // no last part after the clause
        }
        Token verb = s.get(k + 1);
        Token after = s.get(k + 2);
        if (Phrases.lower(after.text()).equals("sich") && k + 3 <= end) {
            after = s.get(k + 3); // „…, erinnerte sich Lejsek“
        }
        boolean inverted = Phrases.isVerb(verb)
                && Character.isLowerCase(verb.text().codePointAt(0))
                && (after.pos() == Pos.PROPN || after.pos() == Pos.DET || after.isCapitalised());
        boolean wie = Phrases.lower(verb.text()).equals("wie") && Phrases.isVerb(s.get(end));
        return inverted || wie || cueAfterComma(s, last, k);
    }

    /**
     * „…, erzählt Caritas-Mitarbeiterin Elisabeth Hartl, die …“: a verb of saying right after a comma between the clause
     * and the sentence's last part, followed by who says it.
     */
    private static boolean cueAfterComma(List<Token> s, int last, int lastComma) {
        for (int k = last + 1; k + 2 < s.size() && k < lastComma; k++) {
            Token verb = s.get(k + 1);
            if (s.get(k).text().equals(",")
                    && Phrases.isVerb(verb)
                    && Character.isLowerCase(verb.text().codePointAt(0))
                    && (FactComposer.CUE_LEMMAS.contains(Phrases.lower(verb.lemma()))
                            || GermanWords.isCueVerb(verb.text()))
                    && (s.get(k + 2).pos() == Pos.PROPN
                            || s.get(k + 2).isCapitalised()
                            || s.get(k + 2).pos() == Pos.DET)) {
                return true;
            }
        }
        return false;
    }

    /**
     * „Die Tabelle lügt nicht Die Wichtigkeit … ist klar, sagte …“: the sentence has no closing mark and the next one
     * opens with an article, so the splitter cut one sentence (and its speaker) in two at a missing period.
     */
    private boolean runsIntoNextSentence(Clause c) {
        var sentences = analysis.sentences();
        List<Token> s = sentences.get(c.sentence()).tokens();
        Token end = s.get(s.size() - 1);
        if (Set.of(".", "!", "?", "“", "\"", ":").contains(end.text()) || c.sentence() + 1 >= sentences.size()) {
            return false;
        }
        Token next = sentences.get(c.sentence() + 1).tokens().get(0);
        return next.pos() == Pos.DET
                && analysis.text().substring(end.end(), next.begin()).isBlank();
    }

    /**
     * The clause says only that something was needed or that someone reacted, and the subordinate clause right after
     * it says to what: „Die Anwältin war überrascht, als der Mann einfach wegfuhr“, „Die Neuwahl war notwendig
     * geworden, weil die Koalition zerbrach“, „Groß war die Enttäuschung, als …“. Alone the clause says nothing the
     * reader can use (issue 13, thirty-second round).
     */
    private boolean reactsToWhatFollows(Clause c) {
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        List<Token> t = c.tokens();
        int last = s.indexOf(t.get(t.size() - 1));
        if (last < 0
                || last + 2 >= s.size()
                || !s.get(last + 1).text().equals(",")
                || !REASONS.contains(Phrases.lower(s.get(last + 2).text()))) {
            return false;
        }
        return t.stream().anyMatch(x -> Phrases.lower(x.text()).matches(REACTING));
    }

    /** Conjunctions that give what a clause before reacted to or why it was needed. */
    private static final Set<String> REASONS = Set.of("als", "weil", "da", "dass", "nachdem", "wenn");

    /** Predicates and nouns of need or of a reaction: what they are about is in the clause after them. */
    private static final String REACTING = "nötig|notwendig|erforderlich|überrascht|erstaunt|enttäuscht|verwundert"
            + "|erleichtert|verärgert|empört|schockiert|entsetzt|enttäuschung|überraschung|erleichterung|empörung"
            + "|verwunderung|entsetzen";

    /**
     * The clause ends in a list of two or more members joined by commas only, and the sentence goes on with „und“ or
     * „oder“ and the next clause's verb: „Der Hersteller setzt auf Tablets, Spielkonsolen und baut …“, „Sie spielt
     * resolut, straff und verfügt über …“. The report joined the list to the next clause, so the clause alone ends on an
     * open list (issue 13, thirty-first round).
     */
    private boolean openListBeforeNextVerb(Clause c) {
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        List<Token> t = c.tokens();
        int last = s.indexOf(t.get(t.size() - 1));
        if (last < 0
                || last + 2 >= s.size()
                || !Set.of("und", "oder").contains(Phrases.lower(s.get(last + 1).text()))) {
            return false;
        }
        int comma = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).text().equals(",")) {
                comma = i;
            }
        }
        int verb = Phrases.firstVerb(t);
        if (comma < 0 || verb < 0 || comma < verb) {
            return false;
        }
        List<Token> member = t.subList(comma + 1, t.size()); // the last member: a word or two, no verb, no conjunction
        return !member.isEmpty()
                && member.size() <= 3
                && member.stream().noneMatch(x -> Phrases.isVerb(x) || x.pos() == Pos.CCONJ)
                && Phrases.isVerb(s.get(last + 2)); // the next clause's verb right after „und“
    }

    /**
     * The rest of the sentence still belongs to the clause: a part of only a negation after commas („Andi kennt einige
     * Situationen, etwa im Zweikampf, noch nicht“), a dash with no verb after it up to the end („… hat die Verkleidung
     * X – Y für Kinder im Sortiment“), or the clause starts right after a period inside a name („Change.|org“).
     */
    private boolean continuesAfter(Clause c) {
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        int first = s.indexOf(c.tokens().get(0));
        int last = s.indexOf(c.tokens().get(c.tokens().size() - 1));
        if (first < 0 || last < 0) {
            return false;
        }
        if (first > 0
                && s.get(first - 1).text().equals(".")
                && s.get(first - 1).end() == s.get(first).begin()) {
            return true;
        }
        if (first == 0 && c.sentence() > 0) {
            var before = analysis.sentences().get(c.sentence() - 1).tokens();
            Token end = before.get(before.size() - 1);
            if (end.text().equals(".") && end.end() == s.get(0).begin()) {
                return true; // the splitter cut „Change.org“ after its period
            }
        }
        int k = last + 1;
        while (k < s.size()) {
            int from = k + 1;
            int to = from;
            while (to < s.size() && !ClauseSplitter.endsPart(s, to)) {
                to++;
            }
            List<Token> part = s.subList(Math.min(from, s.size()), to);
            if (s.get(k).text().equals(",")
                    && !part.isEmpty()
                    && part.stream().allMatch(t -> GermanWords.isNegation(t.text()) || t.pos() == Pos.ADV)
                    && part.stream().anyMatch(t -> GermanWords.isNegation(t.text()))) {
                return true;
            }
            if (ClauseSplitter.isClauseDash(s, k)
                    && k == last + 1
                    && from < s.size()
                    && !Character.isUpperCase(s.get(from).text().codePointAt(0))
                    && c.tokens().stream()
                            .anyMatch(t -> t.pos() == Pos.AUX
                                    || Phrases.lower(t.lemma()).equals("haben"))
                    && java.util.stream.IntStream.range(from, s.size())
                            .noneMatch(j -> ClauseSplitter.isClauseDash(s, j))
                    && s.subList(from, s.size()).stream().noneMatch(Phrases::isVerb)) {
                return true; // „… hat die Verkleidung X – 1./2. Weltkrieg für Kinder im Sortiment“
            }
            if (to >= s.size() || !s.get(to).text().equals(",")) {
                break;
            }
            k = to;
        }
        return false;
    }

    /** „so“ right before an adjective or adverb („so leicht“, „so schnell“): a degree the clause after names. */
    private static boolean soBeforeDegree(List<Token> clause) {
        for (int i = 0; i + 1 < clause.size(); i++) {
            if (Phrases.lower(clause.get(i).text()).equals("so")
                    && (clause.get(i + 1).pos() == Pos.ADJ || clause.get(i + 1).pos() == Pos.ADV)) {
                return true;
            }
        }
        return false;
    }

    /**
     * „Die Fluglinie ist überzeugt, dass …“: the clause ends without a noun and a „dass“ or „ob“ clause follows, which
     * is what it is about. Alone it says nothing.
     */
    private boolean beforeItsComplement(Clause c) {
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        Token lastToken = c.tokens().get(c.tokens().size() - 1);
        int last = s.indexOf(lastToken);
        if (last < 0 || last + 2 >= s.size() || !s.get(last + 1).text().equals(",")) {
            return false;
        }
        String next = Phrases.lower(s.get(last + 2).text());
        if (next.equals("wonach")) {
            return true; // „… gab es Medienberichte, wonach …“: what the reports say is the news
        }
        boolean noun = Phrases.isNoun(lastToken);
        if (!noun && (Phrases.isDass(next) || next.equals("ob"))) {
            return true;
        }
        if (Set.of("weil", "da", "wie", "als").contains(next) && soBeforeDegree(c.tokens())) {
            return true; // „kann die Sparte so leicht verkaufen, weil …“: how easily, the clause after says
        }
        for (int k = last + 2;
                k < s.size() && !Set.of(",", ".", ";", ":").contains(s.get(k).text());
                k++) {
            Token t = s.get(k);
            if (!noun && (MeaningGuard.isReportedSpeech(t) || MeaningGuard.isConjunctiveTwo(t))) {
                return true; // „… ist überzeugt, die Piloten hätten …“
            }
            boolean zuInfinitive = Phrases.isVerb(t) && Phrases.lower(t.text()).matches("\\p{L}+zu\\p{L}+en")
                    || Phrases.lower(t.text()).equals("zu") && k + 1 < s.size() && Phrases.isVerb(s.get(k + 1));
            if (zuInfinitive) {
                return true; // „… gibt es keinen Grund, anzunehmen, …“, „… zeigten sich bereit, sich … zu lassen“
            }
        }
        return false;
    }

    /**
     * The clause ends in its verb or particle and what follows is what was said: a colon, or a comma and a clause in
     * reported speech („Pröll stellte klar, er habe …“). The clause is the speech tag, not a fact.
     */
    private boolean isSpeechTag(Clause c) {
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        Token lastToken = c.tokens().get(c.tokens().size() - 1);
        int last = s.indexOf(lastToken);
        boolean endsInVerb =
                Phrases.isVerb(lastToken) || VerbArguments.PARTICLES.contains(Phrases.lower(lastToken.text()));
        if (last < 0 || last + 1 >= s.size()) {
            return false;
        }
        String next = s.get(last + 1).text();
        boolean saying = c.tokens().stream()
                        .anyMatch(t -> Phrases.isVerb(t)
                                && (FactComposer.CUE_LEMMAS.contains(Phrases.lower(t.lemma()))
                                        || GermanWords.isCueVerb(t.text())))
                || c.tokens().stream().anyMatch(t -> GermanWords.isCueVerb(Phrases.lower(t.text()))) // „Betont wird …“
                || Set.of("klar", "fest").contains(Phrases.lower(lastToken.text())) // „stellt klar“, „hält fest“
                || saysWithParticle(c.tokens()); // „Die Elternvertreter werfen dem Ministerium vor: …“
        if (!saying) {
            return false;
        }
        if (next.equals(":")) {
            return true; // „Die Sprecherin stellt klar: …“
        }
        if (!endsInVerb) {
            return false;
        }
        if (!next.equals(",")) {
            return false;
        }
        for (int k = last + 2;
                k < s.size() && !Set.of(",", ".", ":", ";").contains(s.get(k).text());
                k++) {
            if (MeaningGuard.isReportedSpeech(s.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Particle verbs of saying or accusing whose content a colon brings („wirft … vor: …“, „hält … entgegen: …“). */
    private static final Set<String> SAYING_PARTICLE_VERBS = Set.of(
            "vorwerfen",
            "vorhalten",
            "entgegenhalten",
            "entgegnen",
            "anmerken",
            "hinzufügen",
            "anfügen",
            "einräumen",
            "zugeben",
            "einwenden",
            "vorrechnen",
            "darlegen",
            "ausführen",
            "nachlegen",
            "zusammenfassen",
            "anprangern",
            "ausrichten",
            "mitteilen",
            "ankündigen");

    /**
     * The clause's verb and the particle that ends the clause make a verb of saying or accusing („werfen … vor“): the
     * lemma the tagger gives is the bare verb („werfen“), so the cue lists do not know it.
     */
    private static boolean saysWithParticle(List<Token> t) {
        Token last = t.get(t.size() - 1);
        String particle = Phrases.lower(last.text());
        if (t.size() < 3 || !particle.matches("\\p{Ll}+") || Phrases.isVerb(last)) {
            return false;
        }
        return t.subList(0, t.size() - 1).stream()
                .anyMatch(x -> Phrases.isVerb(x)
                        && (SAYING_PARTICLE_VERBS.contains(particle + Phrases.lower(x.lemma()))
                                || ACCUSING.contains(particle + Phrases.lower(x.lemma()))));
    }

    /** Endings of nouns only: a capitalised word with one is a noun, whatever its tag. */
    private static final java.util.regex.Pattern NOUN_ENDING = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{L}{2,}(ung|ion|heit|keit|schaft|tät|zeit|nis|tum|ment|ismus|enz|anz)");

    /**
     * An article, pronoun, preposition, adverb or subordinating conjunction by its tag; not a word with a noun's
     * ending the tagger called an adverb („Währungsunion“ in a headline).
     */
    static boolean isFunctionWord(Token x) {
        Pos p = x.pos();
        boolean function = p == Pos.DET || p == Pos.PRON || p == Pos.ADV || p.isAdposition() || p == Pos.SCONJ;
        return function && !(p == Pos.ADV && NOUN_ENDING.matcher(x.text()).matches());
    }

    /**
     * A capitalised article, pronoun, preposition or adverb inside the clause after a word: a heading or caption ran
     * into the sentence without a period („Künftig kostenfrei Auch die Kammer …“, „Vorab verkauft Die …“).
     */
    private boolean runsIntoHeading(Clause c) {
        List<Token> t = c.tokens();
        for (int i = 1; i < t.size(); i++) {
            Token x = t.get(i);
            boolean function = isFunctionWord(x);
            if (x.isCapitalised()
                    && Phrases.lower(x.text()).equals(Phrases.lower(t.get(i - 1).text()))) {
                return true; // „Schwechat zufrieden Zufrieden reagierte …“: the heading's last word starts the text
            }
            if (function
                    && x.isCapitalised()
                    && !t.get(i - 1).isPunctuation()
                    && !MeaningGuard.isTitleNoun(t.get(i - 1))
                    && !inName(x, c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence ends in a last part of one or two verbs after a comma („…, erhofft.“) that is not this clause:
     * the clause's verb bracket closes there, after an inserted clause, and the clause alone is cut.
     */
    private boolean bracketClosedLater(Clause c) {
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        int end = s.size() - 1;
        while (end >= 0 && s.get(end).isPunctuation()) {
            end--;
        }
        int comma = end;
        while (comma >= 0 && !s.get(comma).text().equals(",")) {
            comma--;
        }
        if (comma < 0 || end - comma > 2 || c.tokens().contains(s.get(end))) {
            return false;
        }
        return s.subList(comma + 1, end + 1).stream().allMatch(Phrases::isVerb)
                && s.indexOf(c.tokens().get(c.tokens().size() - 1)) < comma;
    }
}
