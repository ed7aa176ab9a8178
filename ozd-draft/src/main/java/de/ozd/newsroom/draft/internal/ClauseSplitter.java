package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.Attribution;
import de.ozd.newsroom.language.AttributionKind;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Sentence;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits sentences into clauses: at commas that open a subordinate, relative or inserted clause
 * (not at commas of an enumeration), at semicolons, colons and dashes, and at „und“ between two
 * clauses that each have a verb. Text inside quotation marks is never part of a clause: quotes are
 * reported speech and are not compressed. Stateless.
 */
final class ClauseSplitter {

    private static final Set<String> BREAKS = Set.of(";", ":");
    private static final Set<String> QUOTES = Set.of("„", "“", "”", "\"", "»", "«");
    private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("aber", "sondern", "doch", "denn");

    List<Clause> split(TextAnalysis analysis) {
        List<Clause> out = new ArrayList<>();
        for (Sentence s : analysis.sentences()) {
            int phraseEnd = fronted(analysis, s);
            Kind previous = Kind.MAIN;
            for (List<Token> part : parts(s.tokens())) {
                // a clause joined by „und“ to a subordinate clause is subordinate too (verb-final)
                boolean joined = !part.isEmpty() && part.get(0).text().equals("und");
                boolean subordinate = previous != Kind.MAIN;
                if (joined && !subordinate && part.size() > 1 && isVerb(part.get(1))) {
                    continue; // „… und vertieft die …“: the subject is in the clause before
                }
                if (joined && previous == Kind.EMBEDDED && endsInVerb(part)) {
                    continue; // „…, wo der Verbrauch null beträgt und die Erzeugung schon da ist“: still the relative
                }
                previous = addClause(out, s, part, phraseEnd, joined && subordinate);
                phraseEnd = 0;
            }
        }
        return out;
    }

    /** Tokens of a source phrase that opens the sentence („Nach Angaben … Geheimdienste“). */
    private static int fronted(TextAnalysis a, Sentence s) {
        for (Attribution at : a.attributionsIn(s.index())) {
            if (at.kind() == AttributionKind.SOURCE_PHRASE
                    && at.hasSpeaker()
                    && !at.cue().contains("davon aus")
                    && !at.cue().startsWith("wie")) {
                int count = 0;
                for (Token t : s.tokens()) {
                    if (t.end() <= at.speakerEnd()) {
                        count++;
                    }
                }
                Token first = s.tokens().get(0);
                if (at.cue().equalsIgnoreCase("zufolge")) {
                    return opensWithZufolge(s.tokens(), at, count);
                }
                boolean opens = first.text().equalsIgnoreCase(at.cue().split(" ")[0]);
                return opens ? withSpeakersPlace(s.tokens(), count) : 0;
            }
        }
        return 0;
    }

    /**
     * The source phrase with the place of its speaker („Nach Angaben des Landeskriminalamts in Sachsen befinden sich
     * …“): a place phrase between the speaker and the finite verb stands in the same first field, and a first field
     * holds one phrase, so the place is the speaker's, not where the clause's claim happens. {@code count} tokens end
     * within the speaker; the phrase is „in“, „im“ or „aus“ with a name and the words of its noun phrase.
     */
    private static int withSpeakersPlace(List<Token> t, int count) {
        if (count >= t.size()
                || !Set.of("in", "im", "aus")
                        .contains(Phrases.lower(t.get(count).text()))) {
            return count;
        }
        int k = count + 1;
        boolean name = false;
        while (k < t.size()
                && Set.of(Pos.DET, Pos.ADJ, Pos.NOUN, Pos.PROPN)
                        .contains(t.get(k).pos())) {
            name |= t.get(k).pos() == Pos.PROPN;
            k++;
        }
        return name && k > count + 1 && k < t.size() && isVerb(t.get(k)) ? k : count;
    }

    /**
     * „Dem Ministerium zufolge waren …“: the source phrase opens the sentence when only an article and adjectives stand
     * before its speaker; it runs to „zufolge“ ({@code count} tokens end within the speaker). 0 if it does not open it.
     */
    private static int opensWithZufolge(List<Token> t, Attribution at, int count) {
        for (Token x : t) {
            boolean before = x.begin() < at.speakerBegin();
            if (before && x.pos() != Pos.DET && x.pos() != Pos.ADJ
                    || !before && x.end() <= at.speakerEnd() && isVerb(x)) {
                return 0; // „UNMISS-Truppen konnten eigenen Angaben zufolge …“: a clause before „zufolge“, no phrase
            }
        }
        boolean followed =
                count < t.size() && Phrases.lower(t.get(count).text()).equals("zufolge");
        return followed ? count + 1 : 0;
    }

    private static List<List<Token>> parts(List<Token> tokens) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> cur = new ArrayList<>();
        boolean inQuote = false;
        int parenthesis = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.text().equals("(") || t.text().equals(")") || parenthesis > 0) {
                // „Außenminister Sebastian Kurz (ÖVP) hat …“: the aside goes, the clause stays whole
                parenthesis += t.text().equals("(") ? 1 : t.text().equals(")") ? -1 : 0;
                parenthesis = Math.max(0, parenthesis);
                continue;
            }
            int listedEnd = inQuote ? -1 : listedAsideEnd(tokens, i);
            if (listedEnd > i) {
                i = listedEnd; // „fünf Menschen, darunter zwei Kinder, schwer verletzt“: the aside goes, the clause
                // stays
                continue;
            }
            boolean started = cur.stream().anyMatch(ClauseSplitter::isVerb) || opensSubordinate(cur);
            int asideEnd = inQuote || !started ? -1 : asideEnd(tokens, i, cur);
            if (asideEnd > i) {
                i = asideEnd; // „weist die Zahlen – also die von Bing und MSN – nicht mehr aus“: the aside goes
                continue;
            }
            if (QUOTES.contains(t.text())) {
                inQuote = !inQuote || t.text().equals("„") || t.text().equals("»");
                if (t.text().equals("“") || t.text().equals("«") || t.text().equals("”")) {
                    inQuote = false;
                }
                cur.add(t); // kept, so the clause is recognised as quoting and dropped
                continue;
            }
            if (!inQuote && (isBreak(tokens, i) || isMainClauseAfterComma(tokens, i, cur))) {
                flush(out, cur);
                continue;
            }
            if (!inQuote && isClauseAnd(tokens, i, cur)) {
                flush(out, cur);
            }
            cur.add(t);
            if (endsScoreSentence(tokens, i)) {
                flush(out, cur); // „stand es bald 3:0. Soriano nahm …“: the sentence splitter kept the period
            }
        }
        flush(out, cur);
        return out;
    }

    /** Words that open an aside naming some of the things just counted or listed („darunter zwei Kinder“). */
    private static final Set<String> LISTING = Set.of("darunter", "davon", "insbesondere");

    /** Longest listing aside, in tokens between its commas. */
    private static final int MAX_LISTING = 8;

    /** Adverbs that open an aside saying who or what most of a number are („20 Flüchtlinge, meist Syrer, …“). */
    private static final Set<String> MOSTLY = Set.of(
            "meist", "meistens", "zumeist", "überwiegend", "vorwiegend", "hauptsächlich", "großteils", "mehrheitlich");

    /**
     * „suchen 20 Flüchtlinge, meist Syrer, den Weg …“: the aside is a noun phrase between two commas, and whatever
     * follows the second comma is the clause's again. -1 if no such aside starts at the comma {@code i}.
     */
    private static int mostlyAsideEnd(List<Token> t, int i) {
        for (int j = i + 2; j < t.size() && j <= i + 1 + MAX_LISTING; j++) {
            Token x = t.get(j);
            if (x.text().equals(",")) {
                return j > i + 2 ? j : -1;
            }
            boolean nounPhrase = x.pos().isNoun()
                    || x.pos() == Pos.ADJ
                    || x.pos() == Pos.DET
                    || x.pos() == Pos.NUM
                    || x.pos() == Pos.CCONJ;
            if (!nounPhrase) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The closing comma of an aside between commas that names some of what the clause counts („Bei dem Unfall wurden
     * fünf Menschen, darunter zwei Kinder, schwer verletzt“), opened at the comma {@code i}: „darunter“, „davon“,
     * „insbesondere“, „unter anderem“, „unter ihnen“, „vor allem“, then no verb up to a comma after which the clause
     * goes on with its verb, a preposition, an adverb or a particle (not with an article, pronoun or number: a
     * relative clause or the list's next member). -1 otherwise. Without the aside the clause says what the
     * report says; cut at the aside, it lost its verb.
     */
    static int listedAsideEnd(List<Token> t, int i) {
        if (!t.get(i).text().equals(",") || i + 2 >= t.size()) {
            return -1;
        }
        String first = t.get(i + 1).text().toLowerCase(Locale.GERMAN);
        String two = first + " " + t.get(i + 2).text().toLowerCase(Locale.GERMAN);
        if (MOSTLY.contains(first)) {
            return mostlyAsideEnd(t, i);
        }
        if (!LISTING.contains(first)
                && !Set.of("unter anderem", "unter ihnen", "vor allem").contains(two)) {
            return -1;
        }
        for (int j = i + 2; j < t.size() && j <= i + 1 + MAX_LISTING; j++) {
            Token x = t.get(j);
            if (isVerb(x)
                    || QUOTES.contains(x.text())
                    || Set.of(".", ";", ":", "(").contains(x.text())
                    || isDash(t, j)) {
                return -1;
            }
            if (x.text().equals(",")) {
                Token next = j + 1 < t.size() ? t.get(j + 1) : null;
                boolean goesOn = next != null
                        && (isVerb(next)
                                || next.pos().isAdposition()
                                || next.pos() == Pos.ADV
                                || next.pos() == Pos.PART
                                || next.pos() == Pos.ADJ && j + 2 < t.size() && isVerb(t.get(j + 2)));
                return goesOn && j > i + 2 ? j : -1;
            }
        }
        return -1;
    }

    /** „3:0.“ before a capitalised word: the period of the score ends the sentence. */
    private static boolean endsScoreSentence(List<Token> t, int i) {
        return i >= 2
                && i + 1 < t.size()
                && t.get(i).text().matches("\\d+\\.")
                && t.get(i - 1).text().equals(":")
                && t.get(i - 2).text().matches("\\d+")
                && t.get(i + 1).isCapitalised();
    }

    /**
     * The closing dash of an aside that opens at {@code i} („… seiner Sparten – also Bing und MSN – nicht mehr …“):
     * the sentence goes on after it with a verb, particle, negation, adverb or preposition of the clause the dash
     * interrupted, not with a clause of its own. -1 if the dash at {@code i} opens no such aside. Only a clause that
     * has its verb already can be interrupted („Lindenau – Die Stadt …“ is a dateline, not an aside).
     */
    private static int asideEnd(List<Token> t, int i, List<Token> cur) {
        boolean subordinate = opensSubordinate(cur) && cur.stream().noneMatch(ClauseSplitter::isVerb);
        if (!isDash(t, i) || i == 0) {
            return -1;
        }
        if (i + 1 < t.size() && RESTRICTING.contains(t.get(i + 1).text().toLowerCase(Locale.GERMAN))) {
            return -1; // „Das Ende ist – zumindest aus seiner Sicht – ernüchternd“: the aside limits the claim
        }
        return closingDash(t, i, subordinate);
    }

    /**
     * True if the clause ends before a dash that opens an aside limiting it („Die Mannschaft gewann – wie schon im
     * ersten Spiel – auch gegen …“): the splitter cut it there so the limit is not dropped, and its words go on after
     * the aside; what it has alone is not what the report says.
     */
    static boolean goesOnAfterAside(List<Token> sentence, Clause c) {
        int i = sentence.indexOf(c.tokens().get(c.tokens().size() - 1)) + 1;
        return i > 0
                && i < sentence.size()
                && (isDash(sentence, i) && (closingDash(sentence, i, false) > i || coordinatedAfterAside(sentence, i))
                        || resumesAfterSubordinate(sentence, i));
    }

    /**
     * „Er konzentriert sich, nachdem die Wahl verloren ging, auf die Arbeit im Ausschuss“: a subordinate clause opens
     * at the comma {@code i}, ends at a verb before the next comma, and what follows that comma up to the sentence's
     * end has no verb of its own: the words the interrupted clause still needs. Not where the clause before the comma
     * closed with a particle or a second verb („läuft weiter“, „hat … verlassen“): what follows is the subordinate
     * clause's addition.
     */
    private static boolean resumesAfterSubordinate(List<Token> t, int i) {
        if (!t.get(i).text().equals(",") || i + 1 >= t.size() || t.get(i + 1).pos() != Pos.SCONJ) {
            return false;
        }
        Token before = t.get(i - 1);
        boolean verbBefore = t.subList(0, i - 1).stream().anyMatch(ClauseSplitter::isVerb);
        if (verbBefore
                && (isVerb(before)
                        || VerbArguments.PARTICLES.contains(before.text().toLowerCase(Locale.GERMAN)))) {
            return false; // „Sie läuft weiter, weil …, diesmal …“: the clause closed its verb before the comma
        }
        int close = i + 2;
        while (close < t.size() && !t.get(close).text().equals(",")) {
            if (Set.of(".", "!", "?", ";", ":").contains(t.get(close).text()) || isDash(t, close)) {
                return false;
            }
            close++;
        }
        if (close >= t.size() || close + 1 >= t.size() || !isVerb(t.get(close - 1))) {
            return false;
        }
        int end = close + 1;
        if (Set.of("so", "sagt", "sagte", "heißt", "hieß")
                .contains(t.get(end).text().toLowerCase(Locale.GERMAN))) {
            return false; // „…, nachdem …, so die Grünen“: who says it, not the clause's rest
        }
        while (end < t.size() && !Set.of(".", "!", "?").contains(t.get(end).text())) {
            Token w = t.get(end);
            if (isVerb(w) || w.text().matches("[,;:]") || w.pos() == Pos.CCONJ || w.pos() == Pos.SCONJ) {
                return false;
            }
            end++;
        }
        return end > close + 1;
    }

    /**
     * „… nehmen seit einem Atomtest im Jänner – dem vierten des Landes – und einem Raketenstart ständig zu“: after a
     * verbless aside, „und“ joins a phrase to the interrupted clause, which ends only after it (no verb before its
     * last word, and that word a verb or particle).
     */
    private static boolean coordinatedAfterAside(List<Token> t, int i) {
        int j = i + 1;
        while (j < t.size() && !isDash(t, j)) {
            if (isVerb(t.get(j))
                    || Set.of(".", "!", "?", ";", ":").contains(t.get(j).text())) {
                return false;
            }
            j++;
        }
        if (j + 2 >= t.size()
                || !Set.of("und", "oder", "sowie").contains(t.get(j + 1).text())) {
            return false;
        }
        int from = j + 2;
        int end = from;
        while (end < t.size() && !endsPart(t, end)) {
            end++;
        }
        if (end - from < 2
                || !Set.of(Pos.DET, Pos.ADJ, Pos.NUM, Pos.NOUN, Pos.PROPN)
                        .contains(t.get(from).pos())) {
            return false;
        }
        for (int k = from; k + 1 < end; k++) {
            if (t.get(k).pos() == Pos.ADJ && t.get(k + 1).pos() == Pos.DET) {
                return false; // „und wertete alle … aus“: a verb the tagger read as an adjective, a clause of its own
            }
        }
        Token last = t.get(end - 1);
        return t.subList(from, end - 1).stream().noneMatch(ClauseSplitter::isVerb)
                && (isVerb(last) || VerbArguments.PARTICLES.contains(last.text()));
    }

    /** The closing dash of an aside opened at {@code i} after which the interrupted clause goes on, or -1. */
    private static int closingDash(List<Token> t, int i, boolean subordinate) {
        for (int j = i + 1; j + 1 < t.size(); j++) {
            String w = t.get(j).text();
            if (Set.of(".", "!", "?", ";", ":").contains(w) || QUOTES.contains(w)) {
                return -1;
            }
            if (isDash(t, j)) {
                Token next = t.get(j + 1);
                Pos p = next.pos();
                boolean continues = p == Pos.VERB
                        || p == Pos.AUX
                        || p == Pos.PART
                        || p == Pos.ADV
                        || p == Pos.ADJ
                        || p.isAdposition();
                // a subordinate clause waits for its verb: „als der Kalif – alias … – die Gruppe übernahm“
                return (continues || subordinate) && j > i + 1 ? j : -1;
            }
        }
        return -1;
    }

    private static final Set<String> SUBORDINATORS = Set.of(
            "als",
            "wenn",
            "weil",
            "dass",
            "daß",
            "nachdem",
            "während",
            "ob",
            "obwohl",
            "bevor",
            "seitdem",
            "sobald",
            "falls",
            "weshalb",
            "weswegen",
            "wodurch",
            "womit",
            "wobei",
            "wo");

    /** Words that open an aside limiting the claim it interrupts: dropped, the claim says more than the report. */
    private static final Set<String> RESTRICTING = Set.of(
            "zumindest",
            "jedenfalls",
            "wenigstens",
            "vorerst",
            "vorläufig",
            "bislang",
            "bisher",
            "offenbar",
            "offensichtlich",
            "angeblich",
            "vermutlich",
            "wohl",
            "laut",
            "nach",
            "so",
            "wie",
            "nur",
            "noch",
            "allenfalls",
            "teilweise",
            "großteils",
            "meist",
            "meistens",
            "oft");

    /** Relative adverbs that open a clause about the clause before („…, wodurch …“, „…, wo …“). */
    private static final String RELATIVE_ADVERB =
            "wo|wor?(an|auf|aus|bei|durch|für|gegen|hin|her|in|mit|nach|über|um|unter|von|vor|zu|aufhin)|weshalb|weswegen";

    /** The part has a subordinating conjunction: its verb comes at its end. */
    private static boolean opensSubordinate(List<Token> cur) {
        return cur.stream()
                .anyMatch(x ->
                        x.pos() == Pos.SCONJ || SUBORDINATORS.contains(x.text().toLowerCase(Locale.GERMAN)));
    }

    /**
     * True if the token at {@code i} is a dash: „–“ or „—“, or a hyphen with a space on both sides, as many reports
     * type it („Zuschauer werden erwartet - denn Deutschland spielt“), unless it stands between two numbers
     * („10 - 12 Uhr“) or before „und“, „oder“ (a compound's hyphen typed apart: „Werkzeug - und Formenbau“).
     */
    static boolean isDash(List<Token> t, int i) {
        String w = t.get(i).text();
        if (w.equals("–") || w.equals("—")) {
            return true;
        }
        return w.equals("-")
                && i > 0
                && i + 1 < t.size()
                && t.get(i - 1).end() < t.get(i).begin()
                && t.get(i).end() < t.get(i + 1).begin()
                && !(t.get(i - 1).pos() == Pos.NUM && t.get(i + 1).pos() == Pos.NUM)
                && !Set.of("und", "oder", "bis", "sowie").contains(t.get(i + 1).text()); // „Werkzeug - und Formenbau“
    }

    /**
     * True if a verb comes after {@code i} before the next comma, colon, semicolon, dash or end: a spaced hyphen
     * divides two clauses („Damals gab es Streit - Jauch wollte …“) or a dateline from its clause; before a phrase
     * without a verb („Hausmeister - in Teilzeit“, „… - ein oft zitierter Satz“) it belongs to the clause, which keeps
     * it or is refused with it.
     */
    private static boolean verbBeforeNextBreak(List<Token> t, int i) {
        for (int j = i + 1; j < t.size(); j++) {
            String w = t.get(j).text();
            if (Set.of(",", ".", ";", ":", "!", "?").contains(w) || isDash(t, j)) {
                return false;
            }
            if (isVerb(t.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** True if only a name and punctuation follow {@code i} to the sentence's end: a site's tag („… - Yahoo!“). */
    private static boolean onlyNamesAfter(List<Token> t, int i) {
        return i + 1 < t.size()
                && t.subList(i + 1, t.size()).stream().allMatch(x -> x.pos() == Pos.PROPN || x.isPunctuation())
                && t.subList(i + 1, t.size()).stream().anyMatch(x -> x.pos() == Pos.PROPN);
    }

    /**
     * True if the token at {@code i} is a dash that divides clauses, as the splitter reads it: „–“ or „—“, or a spaced
     * hyphen ({@link #isDash}) before a verb or a site's tag; a spaced hyphen before a verbless phrase („Hausmeister -
     * in Teilzeit“) stays inside its clause.
     */
    static boolean isClauseDash(List<Token> t, int i) {
        return isDash(t, i) && (!t.get(i).text().equals("-") || verbBeforeNextBreak(t, i) || onlyNamesAfter(t, i));
    }

    /**
     * True if the token at {@code i} ends a part of the sentence for the checks that look at the part around a clause:
     * a comma, period, semicolon, colon or a dash that divides clauses ({@link #isClauseDash}).
     */
    static boolean endsPart(List<Token> t, int i) {
        return PART_ENDS.contains(t.get(i).text()) || isClauseDash(t, i);
    }

    private static final Set<String> PART_ENDS = Set.of(",", ".", ";", ":");

    private static boolean isBreak(List<Token> t, int i) {
        String w = t.get(i).text();
        if (w.equals(":")
                && i > 0
                && i + 1 < t.size()
                && t.get(i - 1).text().matches("\\d+")
                && t.get(i + 1).text().matches("\\d+\\.?")) {
            return false; // a score or ratio („mit 3:1“), not a colon before speech
        }
        // the period of a regnal number the sentence splitter kept inside („Elizabeth II. (89) und …“) ends no clause
        boolean nameGoesOn = i + 1 < t.size()
                && (w.equals(".")
                                && i > 0
                                && de.ozd.newsroom.language.GermanCalendar.isRegnalNumber(
                                        t.get(i - 1).text())
                        || (w.equals("!") || w.equals("?"))
                                && Character.isLowerCase(t.get(i + 1).text().codePointAt(0)));
        // „Ehe jetzt! für möglich“, „Margrethe II. und …“: the mark belongs to a name, the clause goes on
        if (nameGoesOn) {
            return false;
        }
        if (BREAKS.contains(w) || isClauseDash(t, i)) {
            return true;
        }
        if (w.equals(".") || w.equals("!") || w.equals("?")) {
            return true;
        }
        if (!w.equals(",") || i + 1 >= t.size()) {
            return false;
        }
        Token next = t.get(i + 1);
        Pos pos = next.pos();
        if (insidePhrase(t, i) || closesApposition(t, i)) {
            return false;
        }
        return pos == Pos.SCONJ
                || pos == Pos.PRON
                || pos == Pos.VERB
                || pos == Pos.AUX
                || pos == Pos.ADV
                || QUOTES.contains(next.text())
                || CLAUSE_CONJUNCTIONS.contains(next.text().toLowerCase(Locale.GERMAN))
                || next.text().equalsIgnoreCase("so")
                || next.text().equalsIgnoreCase("wie") && isWieSpeechTag(t, i + 1);
    }

    /** Words a „wie“ clause of saying may have before its verb („wie die Nachrichtenagentur PTI … berichtete“). */
    private static final int WIE_TAG_WORDS = 10;

    /**
     * „…, wie die Polizei mitteilte“: a clause that opens with „wie“ at {@code wie} and ends at its first verb, a verb of
     * saying, before a comma or the sentence's end. It says who gave the clause before it, which stands as a clause
     * of its own (the speaker finder gives it its „Laut …“); kept in it, the clause had two verbs and was no fact.
     */
    static boolean isWieSpeechTag(List<Token> t, int wie) {
        for (int j = wie + 1; j < t.size() && j <= wie + WIE_TAG_WORDS; j++) {
            Token x = t.get(j);
            if (x.isPunctuation()) {
                return false;
            }
            if (isVerb(x)) {
                boolean last = j + 1 == t.size() || t.get(j + 1).isPunctuation();
                return last && de.ozd.newsroom.language.GermanWords.isCueVerb(x.text());
            }
        }
        return false;
    }

    /**
     * „Der Kläger, ein Pensionist, hatte …“, „… 6,67 Euro, ihre gesamte Barschaft, bereits …“: the comma closes a noun
     * phrase in apposition to the noun before the comma that opened it; the clause goes on after it.
     */
    static boolean closesApposition(List<Token> t, int i) {
        int open = i - 1;
        while (open >= 0 && !t.get(open).text().equals(",")) {
            Pos p = t.get(open).pos();
            if (p != Pos.DET && p != Pos.ADJ && p != Pos.NUM && !p.isNoun() && !p.isAdposition()) {
                return false;
            }
            open--;
        }
        if (open < 1 || open == i - 1 || t.get(open + 1).pos() != Pos.DET) {
            return false;
        }
        boolean noun = t.subList(open + 1, i).stream().anyMatch(x -> x.pos().isNoun());
        Pos before = t.get(open - 1).pos();
        return noun && (before.isNoun() || before == Pos.NUM);
    }

    /** An inflected participle before its noun („sanierten“, „gebaute“, „wachsenden“). */
    private static final java.util.regex.Pattern INFLECTED_PARTICIPLE =
            java.util.regex.Pattern.compile("\\p{Ll}+(t|en|end)(e|en|er|es|em)");

    /**
     * „der drei, inzwischen geschlossenen Filialen“, „ruhiger, aber auch müder geworden“: a comma between two adjectives
     * (or a number and an adjective) of one phrase, the second after adverbs or „aber“, is no clause boundary. Nor is
     * one before a participle with a phrase of its own before it, where the participle goes on to its noun („der vier,
     * inzwischen in Auffanggesellschaften sanierten Betriebe“; thirty-first round).
     */
    static boolean insidePhrase(List<Token> t, int i) {
        if (i == 0) {
            return false;
        }
        Pos before = t.get(i - 1).pos();
        if (before != Pos.ADJ && before != Pos.NUM) {
            return false;
        }
        boolean phrase = false; // a prepositional phrase of the participle's, between comma and participle
        for (int j = i + 1; j < t.size() && j <= i + 7; j++) {
            Pos p = t.get(j).pos();
            boolean beforeNoun = j + 1 < t.size()
                    && (t.get(j + 1).pos().isNoun() || t.get(j + 1).pos() == Pos.ADJ);
            // after a phrase, the participle follows the phrase's noun („in einer Holding sanierten“); an adjective
            // after an article is the phrase's own („während des islamischen Festes“)
            boolean afterPhrase = !phrase || t.get(j - 1).pos().isNoun();
            if (afterPhrase
                    && (p == Pos.ADJ
                            || phrase
                                    && beforeNoun
                                    && INFLECTED_PARTICIPLE
                                            .matcher(t.get(j).text())
                                            .matches())) {
                return j > i + 1 && (!phrase || beforeNoun); // the tagger may read „sanierten“ as a verb
            }
            phrase |= p.isAdposition();
            boolean linking = p == Pos.ADV
                    || p == Pos.PART
                    || p == Pos.CCONJ
                            && CLAUSE_CONJUNCTIONS.contains(t.get(j).text().toLowerCase(Locale.GERMAN))
                    || phrase && (p.isAdposition() || p == Pos.DET || p == Pos.ADJ || p.isNoun() || p == Pos.NUM);
            if (!linking || !phrase && j > i + 4) {
                return false;
            }
        }
        return false;
    }

    /**
     * „23 stimmten dafür, 18 stimmten dagegen“, „Weimer verließ das Blatt, Baur wurde Chefredakteur“: a comma between
     * two main clauses, each with its own verb, the second with its verb second after a short noun phrase.
     */
    private static boolean isMainClauseAfterComma(List<Token> t, int i, List<Token> cur) {
        if (!t.get(i).text().equals(",") || cur.stream().noneMatch(ClauseSplitter::isVerb)) {
            return false;
        }
        int k = i + 1;
        if (k >= t.size()) {
            return false;
        }
        Pos first = t.get(k).pos();
        if (first != Pos.NUM && first != Pos.DET && !first.isNoun()) {
            return false;
        }
        for (int j = k + 1; j < t.size() && j <= k + 3; j++) {
            Token x = t.get(j);
            if (x.isPunctuation()) {
                return false;
            }
            if (isVerb(x)) {
                boolean last = j + 1 >= t.size() || t.get(j + 1).isPunctuation();
                return !last || j == k + 1; // verb-final would be a clause without its conjunction
            }
            if (!x.pos().isNoun() && x.pos() != Pos.ADJ && x.pos() != Pos.DET && x.pos() != Pos.NUM) {
                return false;
            }
        }
        return false;
    }

    private static boolean isClauseAnd(List<Token> t, int i, List<Token> cur) {
        if (!t.get(i).text().equals("und")) {
            return false;
        }
        boolean verbBefore = cur.stream().anyMatch(ClauseSplitter::isVerb);
        boolean verbAfter = false;
        for (int k = i + 1; k < t.size() && !t.get(k).text().equals(","); k++) {
            boolean attributive = k + 1 < t.size()
                    && t.get(k).text().matches("\\p{Ll}+(end|ende|enden|ender|endes|endem|te|ten|tes|ter|tem)")
                    && (t.get(k + 1).pos().isNoun() || t.get(k + 1).pos() == Pos.ADJ);
            verbAfter |= isVerb(t.get(k)) && !attributive; // „… bei der zum Kurier gehörenden Futurezone“
        }
        boolean clauseEnds = !cur.isEmpty() && isVerb(cur.get(cur.size() - 1));
        boolean verbFollows = i + 1 < t.size() && isVerb(t.get(i + 1));
        String inflected = "\\p{Ll}+(e|en|er|es|em)";
        boolean attributes = !cur.isEmpty() // „die vom Verband geforderte und beworbene Reform“: one noun's attributes
                && cur.get(cur.size() - 1).text().matches(inflected)
                && cur.stream().filter(ClauseSplitter::isVerb).allMatch(x -> x == cur.get(cur.size() - 1))
                && i + 2 < t.size()
                && (t.get(i + 1).pos() == Pos.ADJ || isVerb(t.get(i + 1)))
                && t.get(i + 1).text().matches(inflected)
                && t.get(i + 2).pos().isNoun();
        return verbBefore && verbAfter && (clauseEnds || verbFollows) && !attributes;
    }

    private static boolean isVerb(Token t) {
        return t.pos().isVerb();
    }

    private static void flush(List<List<Token>> out, List<Token> cur) {
        if (!cur.isEmpty()) {
            out.add(List.copyOf(cur));
            cur.clear();
        }
    }

    /**
     * What a part of a sentence was: a main clause, a subordinate clause (both added as clauses), or a relative clause
     * or indirect question, which gives no clause of its own.
     */
    private enum Kind {
        MAIN,
        SUBORDINATE,
        EMBEDDED
    }

    private static boolean endsInVerb(List<Token> part) {
        int k = part.size() - 1;
        while (k >= 0 && part.get(k).isPunctuation()) {
            k--;
        }
        return k >= 0 && isVerb(part.get(k));
    }

    /**
     * Adds the clause if it is one; returns what it was, so that a verb-final clause joined to it by „und“ is
     * subordinate too, or, after a relative clause or indirect question, part of it („…, wo er als Sanierer galt und
     * die Post in die Gewinnzone führte“).
     */
    private static Kind addClause(
            List<Clause> out, Sentence s, List<Token> part, int phraseEnd, boolean inheritedSubordinate) {
        if (part.stream().anyMatch(t -> QUOTES.contains(t.text()))) {
            return Kind.MAIN;
        }
        int from = 0;
        boolean subordinate = inheritedSubordinate;
        while (from < part.size() && isLeadingConnector(part.get(from))) {
            boolean denn = part.get(from).text().equalsIgnoreCase("denn"); // joins main clauses, verb second
            subordinate |= part.get(from).pos() == Pos.SCONJ && !denn
                    || part.get(from).text().equalsIgnoreCase("zumal");
            from++;
        }
        if (from < part.size()
                && part.get(from).text().toLowerCase(Locale.GERMAN).matches(RELATIVE_ADVERB)) {
            return Kind.EMBEDDED; // „…, wodurch das Spiel neu starten musste“: a relative clause on the clause before
        }
        if (from > 0 && part.get(from - 1).text().equalsIgnoreCase("ob")
                || from + 1 < part.size()
                        && part.get(from).text().equalsIgnoreCase("wie")
                        && Set.of(Pos.ADJ, Pos.ADV).contains(part.get(from + 1).pos())
                || from > 0
                        && from < part.size()
                        && part.get(from - 1).text().equalsIgnoreCase("wie")
                        && Set.of(Pos.ADJ, Pos.ADV).contains(part.get(from).pos())) {
            return Kind.EMBEDDED; // „ob …“, „wie weit verbreitet … sind“: an indirect question says nothing is so
        }
        if (from < part.size()
                && (part.get(from).pos() == Pos.PRON || relativeTaggedArticle(part, from))
                && Set.of("die", "der", "das", "dem", "den", "deren", "dessen", "welche", "welcher")
                        .contains(part.get(from).text().toLowerCase(Locale.GERMAN))) {
            return Kind.EMBEDDED; // a relative clause: its subject is outside the clause
        }
        List<Token> tokens = part.subList(from, part.size());
        if (tokens.size() >= 2) {
            out.add(new Clause(s.index(), tokens, subordinate, Math.max(0, phraseEnd - from)));
        }
        return subordinate ? Kind.SUBORDINATE : Kind.MAIN;
    }

    /**
     * A relative pronoun the tagger read as an article („…, die gelblich gefärbt ist“): the part after a comma opens
     * with it, no noun follows it before the first verb (adjectives and adverbs between), and the part ends with its
     * finite verb. „…, die Preise stiegen“ has its noun: a main clause.
     */
    private static boolean relativeTaggedArticle(List<Token> part, int from) {
        if (part.get(from).pos() != Pos.DET || from + 1 >= part.size()) {
            return false;
        }
        int k = from + 1;
        while (k < part.size() && (part.get(k).pos() == Pos.ADJ || part.get(k).pos() == Pos.ADV)) {
            k++;
        }
        Token last = part.get(part.size() - 1);
        if (k < part.size() && part.get(k).pos() == Pos.PROPN) { // „…, die Édith Piaf singt und …“: who sings her
            int v = k;
            while (v < part.size() && part.get(v).pos() == Pos.PROPN) {
                v++;
            }
            return v < part.size()
                    && MeaningGuard.isSurelyFinite(part.get(v))
                    && (v + 1 == part.size()
                            || Set.of("und", "oder")
                                    .contains(Phrases.lower(part.get(v + 1).text())));
        }
        return k < part.size()
                && !part.get(k).pos().isNoun()
                && part.get(k).pos() != Pos.NUM
                && (last.pos() == Pos.AUX || MeaningGuard.isSurelyFinite(last));
    }

    private static boolean isLeadingConnector(Token t) {
        return t.pos() == Pos.SCONJ
                || t.pos() == Pos.CCONJ
                || t.isPunctuation()
                || t.text().equalsIgnoreCase("zumal"); // tagged as an adverb
    }
}
