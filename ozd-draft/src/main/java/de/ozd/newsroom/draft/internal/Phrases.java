package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.EntityType;
import de.ozd.newsroom.language.GermanCalendar;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Phrase structure of a clause from POS tags, without a parser: noun phrases with what belongs to
 * them (genitives, names in apposition, coordinated parts, attached prepositional phrases such as
 * „Tankstelle für Wasserstoff“, „in Höhe von 450 Euro“), and which prepositional phrases the verb
 * needs (from {@link VerbArguments}) or sit inside an extended attribute („das im Sommer … auf den
 * Weg gebrachte Gesetz“). One per analysed report; stateless apart from it.
 */
final class Phrases {

    /** Prepositions whose phrase right after a noun belongs to that noun, unless the verb needs it. */
    private static final Set<String> ATTACHING = Set.of("von", "für", "gegen", "über", "aus", "zu", "um", "mit");

    /** Nouns of an amount whose „an“ phrase says what it is of („Millionen an Testkilometern“). */
    private static final Set<String> AMOUNTS = Set.of(
            "million", "milliarde", "tausend", "hundert", "dutzend", "menge", "vielzahl", "fülle", "mangel", "anzahl");

    /**
     * Nouns of time besides months and weekdays: a phrase after them belongs to the clause („am Montag mit großer
     * Mehrheit“).
     */
    private static final Set<String> TIME_NOUNS = Set.of(
            "jahr",
            "jahren",
            "monat",
            "monaten",
            "woche",
            "wochen",
            "tag",
            "tagen",
            "abend",
            "morgen",
            "wochenende",
            "sommer",
            "herbst",
            "winter",
            "frühjahr",
            "quartal",
            "zeit",
            "ende",
            "anfang",
            "mitte");

    static final Set<String> GENITIVE = Set.of("des", "der", "eines", "einer");

    /** Words that set what follows against what came before („zwar …, aber …“, „…, sich dann jedoch …“). */
    static final Set<String> CONTRAST = Set.of("aber", "doch", "jedoch");

    private final TextAnalysis analysis;
    private final VerbArguments lexicon;

    Phrases(TextAnalysis analysis, VerbArguments lexicon) {
        this.analysis = analysis;
        this.lexicon = lexicon;
    }

    VerbArguments lexicon() {
        return lexicon;
    }

    /**
     * End (exclusive) of a noun phrase starting at {@code from}: DET? (ADJ|ADV)* (NOUN|PROPN)+,
     * where a run of nouns stops at the start of another named entity („Nordkorea | Russland“).
     */
    /**
     * Prepositions the tagger may take for adjectives or adverbs („der 72-Jährige angesichts der Spannungen“): a noun
     * phrase ends before them.
     */
    static final Set<String> SECONDARY_PREPOSITIONS = Set.of(
            "angesichts",
            "aufgrund",
            "infolge",
            "anlässlich",
            "mithilfe",
            "seitens",
            "zufolge",
            "gemäß",
            "trotz",
            "wegen",
            "innerhalb",
            "außerhalb",
            "oberhalb",
            "unterhalb",
            "hinsichtlich",
            "bezüglich",
            "zugunsten",
            "mangels");

    /** The tokens strictly between a determiner at {@code from} and {@code i} are all adverbs. */
    private static boolean onlyAdverbsBetween(List<Token> t, int from, int i) {
        if (t.get(from).pos() != Pos.DET) {
            return false;
        }
        for (int k = from + 1; k < i; k++) {
            if (t.get(k).pos() != Pos.ADV) {
                return false;
            }
        }
        return true;
    }

    /**
     * The number of words the tokens make as they are written: a token glued to the one before it („4:1“ is three
     * tokens, „Faymann,“ two) is no word of its own. The house's limits count words, not tokens.
     */
    static int wordCount(List<Token> t) {
        int n = 0;
        for (int i = 0; i < t.size(); i++) {
            if (i == 0 || t.get(i).begin() != t.get(i - 1).end()) {
                n++;
            }
        }
        return n;
    }

    int nounPhraseEnd(List<Token> t, int from) {
        int i = from;
        if (i < t.size() && (t.get(i).pos() == Pos.DET || isPossessorBeforeAdjective(t, i))) {
            i++;
        }
        while (i < t.size()
                && !SECONDARY_PREPOSITIONS.contains(Phrases.lower(t.get(i).text()))
                && (t.get(i).pos() == Pos.ADJ
                        || t.get(i).pos() == Pos.ADV
                        || t.get(i).pos() == Pos.NUM
                        || isComparingAls(t, from, i)
                        || i > from
                                && t.get(i).pos() == Pos.DET
                                && !Phrases.lower(t.get(i).text()).startsWith("ein"))) {
            if (i > from + 1 && t.get(i).pos() == Pos.DET && onlyAdverbsBetween(t, from, i)) {
                return -1; // „das noch wenige Leute“: the first „das“ is a pronoun, not this phrase's article
            }
            i++;
        }
        if ((i == t.size() || !t.get(i).pos().isNoun()) && isNominalisedAdjective(t, from, i - 1)) {
            return i; // „Ein 30-Jähriger steht …“, „Die Kärntner gewannen …“: the adjective is the head
        }
        int head = i;
        while (i < t.size() && (t.get(i).pos().isNoun())) {
            if (i > head && GermanCalendar.isDayOrMonth(t.get(i - 1).text())) {
                break; // „im Oktober | Risse“: nothing but a year follows a month or a weekday
            }
            if (i > head
                    && startsEntity(t.get(i))
                    && !sameEntity(t.get(i - 1), t.get(i))
                    && inEntity(t.get(i - 1))
                    && !namesWhoThePersonIs(t.get(i - 1), t.get(i))) {
                break; // „Nordkorea | Russland“, but „Kultusministerin Petra Kaminski“ stays one phrase
            }
            i++;
        }
        return i > head ? i : -1;
    }

    /** „als“ in „mehr als 7.000“, „weniger als zehn“: part of the number, whatever the tagger called it. */
    private static boolean isComparingAls(List<Token> t, int from, int i) {
        return i > from
                && i + 1 < t.size()
                && Phrases.lower(t.get(i).text()).equals("als")
                && Phrases.lower(t.get(i - 1).text()).matches("mehr|weniger")
                && (t.get(i + 1).pos() == Pos.NUM || t.get(i + 1).pos() == Pos.ADJ); // „mehr als siebenstündigen“
    }

    /**
     * A capitalised adjective after the article or another adjective, with no noun after it: a nominalised
     * adjective, the phrase's head („ein 30-Jähriger“, „die Kärntner“). Not the first word of the phrase, whose
     * capital may be the sentence's.
     */
    private static boolean isNominalisedAdjective(List<Token> t, int from, int j) {
        return j > from
                && t.get(j).pos() == Pos.ADJ
                && t.get(j).text().matches("(\\d+-)?\\p{Lu}.*") // „Kärntner“, „30-Jährige“
                && (t.get(j - 1).pos() == Pos.DET
                        || t.get(j - 1).pos() == Pos.ADJ
                        || t.get(j - 1).pos() == Pos.NUM);
    }

    /**
     * A name's genitive that stands for the article before an adjective and its noun: „Chinas kommunistische Führung“
     * („Chinas Führung“ is a name and a noun, one phrase already).
     */
    private static boolean isPossessorBeforeAdjective(List<Token> t, int i) {
        Token name = t.get(i);
        return name.pos() == Pos.PROPN
                && name.text().length() > 3
                && name.text().endsWith("s")
                && !name.text().endsWith("ss")
                && i + 2 < t.size()
                && t.get(i + 1).pos() == Pos.ADJ
                && !t.get(i + 1).isCapitalised();
    }

    /**
     * End of a phrase that can be dropped as a whole: a noun phrase with its genitive attributes,
     * names in apposition, coordinated noun phrases („in Brenheim und Sulzfeld“) and attached
     * prepositional phrases, so that no part of it is left dangling. -1 if no noun phrase starts at
     * {@code from}.
     */
    int phraseEnd(List<Token> t, int from, Set<String> verbs) {
        int end = nounPhraseEnd(t, from);
        while (end > 0 && end < t.size()) {
            Token x = t.get(end);
            if (x.pos() == Pos.PROPN
                    && GermanCalendar.isDayOrMonth(t.get(end - 1).text())) {
                break; // „im Oktober | Risse“: a month takes no apposition
            } else if (x.pos() == Pos.PROPN
                    && startsEntity(x)
                    && inEntity(t.get(end - 1))
                    && !sameEntity(t.get(end - 1), x)) {
                break; // „unterstützt Nordkorea | Russland“: a second name is the object, no apposition
            } else if (x.pos() == Pos.PROPN || x.pos() == Pos.NUM && x.text().matches("\\d{4}")) {
                end++; // a name in apposition, a year after its month („im Mai 2026“)
            } else if ((GENITIVE.contains(x.text()) || Set.of("und", "oder").contains(x.text()))
                    && end + 1 < t.size()) {
                int next = nounPhraseEnd(t, x.pos() == Pos.CCONJ ? end + 1 : end);
                if (next < 0) {
                    break;
                }
                end = next;
            } else if (isAttached(t, end, verbs)) {
                int next = nounPhraseEnd(t, end + 1);
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

    /**
     * True if the preposition at {@code i} opens a phrase that belongs to the noun before it
     * („Tankstelle für Wasserstoff“, „Höhe von 450 Euro“, „Liter pro Jahr“) rather than to the verb.
     */
    boolean isAttached(List<Token> t, int i, Set<String> verbs) {
        if (i < 1 || i + 1 >= t.size() || !t.get(i).pos().isAdposition()) {
            return false;
        }
        Token before = t.get(i - 1);
        if (!isNoun(before)
                || (GermanCalendar.isDayOrMonth(before.text()) || TIME_NOUNS.contains(lower(before.text())))) {
            return false;
        }
        String p = VerbArguments.preposition(t.get(i));
        if (Set.of("pro", "je").contains(p)) {
            return true; // a rate: „450 Euro pro Jahr“
        }
        if (p.equals("an") && AMOUNTS.contains(lower(before.lemma()))) {
            return true; // „Millionen an Testkilometern“: what the amount is of
        }
        return ATTACHING.contains(p) && !lexicon.isArgument(verbs, p);
    }

    /** True if the phrase opened by the preposition at {@code i} is one the verb needs. */
    boolean isArgument(List<Token> t, int i, Set<String> verbs) {
        String p = VerbArguments.preposition(t.get(i));
        if (lexicon.isArgument(verbs, p)) {
            return true;
        }
        for (int k = i + 1; k < t.size() && k <= i + 3; k++) {
            if (isNoun(t.get(k))) {
                return lexicon.isFixedPhrase(p, t.get(k).lemma());
            }
        }
        return false;
    }

    /**
     * True if the preposition at {@code i} stands inside an extended attribute between an article
     * and its noun: „das [im Sommer vom Ministerium auf den Weg] gebrachte Gesetz“.
     */
    boolean insideAttribute(List<Token> t, int i) {
        int d = i - 1;
        while (d >= 0 && t.get(d).pos() != Pos.DET && !isVerb(t.get(d))) {
            if (isNoun(t.get(d)) && d + 1 < t.size() && !t.get(d + 1).pos().isAdposition()) {
                return false; // the article's noun came before
            }
            d--;
        }
        if (d < 0 || t.get(d).pos() != Pos.DET) {
            return false;
        }
        for (int k = i + 1; k + 1 < t.size(); k++) {
            Token x = t.get(k);
            if (isAttributeWord(x) && isNoun(t.get(k + 1))) {
                return true;
            }
            if (!Set.of(Pos.ADP, Pos.ADP_DET, Pos.DET, Pos.NOUN, Pos.PROPN, Pos.ADJ, Pos.ADV, Pos.NUM)
                    .contains(x.pos())) {
                return false;
            }
        }
        return false;
    }

    /** An inflected adjective or participle before a noun („gebrachte“, „geplanten“). */
    static boolean isAttributeWord(Token t) {
        String w = lower(t.text());
        return (t.pos() == Pos.ADJ || t.pos() == Pos.VERB) && w.matches(".*[a-zäöüß](e|en|er|es|em)$") && !isNoun(t);
    }

    boolean startsEntity(Token t) {
        return analysis.entities().stream().anyMatch(e -> e.begin() == t.begin());
    }

    /**
     * „der Schweizer Marco Brunner“: a word the name finder marks as a name of its own kind (a nationality, a group)
     * right before a person's name says who the person is; the two are one phrase.
     */
    private boolean namesWhoThePersonIs(Token before, Token name) {
        return analysis.entities().stream().anyMatch(e -> e.begin() == name.begin() && e.type() == EntityType.PERSON)
                && analysis.entities().stream()
                        .anyMatch(e ->
                                e.begin() <= before.begin() && before.end() <= e.end() && e.type() == EntityType.OTHER);
    }

    boolean sameEntity(Token a, Token b) {
        return analysis.entities().stream().anyMatch(e -> e.begin() <= a.begin() && b.end() <= e.end());
    }

    boolean inEntity(Token t) {
        return inEntity(analysis, t);
    }

    /** True if a named entity of the analysis holds the token. */
    static boolean inEntity(TextAnalysis analysis, Token t) {
        return analysis.entities().stream().anyMatch(e -> e.begin() <= t.begin() && t.end() <= e.end());
    }

    static int firstVerb(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            if (isVerb(t.get(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean isVerb(Token t) {
        return t.pos().isVerb();
    }

    static boolean isNoun(Token t) {
        return t.pos().isNoun();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.GERMAN);
    }

    /** True for „dass“ in either spelling (the old „daß“ of archives and quotations); {@code lower} is lower case. */
    static boolean isDass(String lower) {
        return lower.equals("dass") || lower.equals("daß");
    }
}
