package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Token;
import java.util.List;
import java.util.Set;

/**
 * A main clause that leads with a noun phrase the word-order rules cannot delimit („Die eigentlich für Sonntag
 * geplante Kombination entfällt“, „Rund 33.900 Schüler haben … besucht“, „Die neuen Modelle X und Y sehen …
 * aus“) keeps its own order: the report's words in the report's order are a statement of their own. Only when the
 * whole prefield is one noun phrase of nouns, names, numbers, articles, adjectives and the phrases inside it, the
 * finite verb stands second, and nothing in the clause points elsewhere (no pronoun, no demonstrative, no
 * possessive). The composer's guards still check the result like any other. Stateless.
 */
final class SubjectLed {
    private SubjectLed() {}

    /** Articles that only open a noun phrase; demonstratives and possessives point back. */
    private static final Set<String> ARTICLES = Set.of(
            "der",
            "die",
            "das",
            "den",
            "dem",
            "des",
            "ein",
            "eine",
            "einer",
            "eines",
            "einem",
            "einen",
            "zwei",
            "drei",
            "beide",
            "beiden",
            "alle",
            "viele",
            "mehrere",
            "einige",
            "zahlreiche");

    /** Approximators that may open a counted subject („Rund 33.900 Schüler“). */
    private static final Set<String> APPROXIMATORS = Set.of(
            "rund",
            "etwa",
            "knapp",
            "fast",
            "mehr",
            "weniger",
            "über",
            "mindestens",
            "höchstens",
            "gut",
            "nahezu",
            "circa",
            "ca.",
            "annähernd",
            "beinahe",
            "ungefähr",
            "als");

    /**
     * {@code t} (the clause without fronted source phrase, fillers and punctuation) if it leads with such a subject,
     * else null. {@code clause} is the clause with its punctuation: a comma before the verb (an apposition, an
     * inserted clause) gives none.
     */
    static List<Token> of(List<Token> t, Clause clause) {
        int verb = Phrases.firstVerb(t);
        if (verb < 2 || verb < t.size() - 1 && Phrases.isVerb(t.get(verb + 1))) {
            return null; // a verb-final cluster („… kaufen wollen“): no main clause
        }
        boolean plural = verb < t.size() - 1
                && Phrases.lower(t.get(verb).text()).endsWith("en")
                && !NumberHeadline.isParticipleShape(t.get(verb).text()); // „haben“, „sehen … aus“
        if (!MeaningGuard.isSurelyFinite(t.get(verb)) && !plural) {
            return null; // a last verb only when surely finite: „… Kombination entfällt“
        }
        Token finite = t.get(verb);
        for (Token x : clause.tokens()) {
            if (x == finite || x.begin() >= finite.begin()) {
                break;
            }
            if (x.isPunctuation()) {
                return null; // „Der Generalsekretär der Industriellenvereinigung, Christoph Neumayer …“
            }
        }
        Token first = t.get(0);
        String w0 = Phrases.lower(first.text());
        boolean opens = first.pos() == Pos.DET && ARTICLES.contains(w0)
                || Set.of(Pos.NOUN, Pos.PROPN, Pos.ADJ, Pos.NUM).contains(first.pos())
                || APPROXIMATORS.contains(w0) && counted(t, verb);
        if (!opens) {
            return null;
        }
        boolean noun = false;
        for (int i = 0; i < verb; i++) {
            Token x = t.get(i);
            String w = Phrases.lower(x.text());
            if (x.pos() == Pos.PRON
                    || x.pos() == Pos.SCONJ
                    || x.pos() == Pos.ADP_PRON
                    || Phrases.isVerb(x) && !attribute(t, i, verb)
                    || w.equals("zufolge")
                    || w.equals("gegenüber")) {
                return null; // „Der Einigung zufolge …“, „Der Frau gegenüber …“: no subject
            }
            noun |= x.pos() == Pos.NOUN || x.pos() == Pos.PROPN || i > 0 && nominal(x) && x.pos() == Pos.ADJ;
            Token next = t.get(i + 1);
            if (x.pos() == Pos.ADJ && !attributive(next) && !(next.pos().isAdposition() && extended(t, i, verb))) {
                return null; // „Moskau lehnt/ADJ ab und will …“: a mistagged verb, not an attribute
            }
            if (x.pos() == Pos.CCONJ
                    && (i == 0 || !nominal(t.get(i - 1)) || !attributive(next) && next.pos() != Pos.DET)) {
                return null; // „und“ joins two nouns of the subject („Menschen und Hunden“), nothing else
            }
        }
        if (!noun || !nominal(t.get(verb - 1))) {
            return null; // the prefield ends with its head noun, name or number
        }
        for (Token x : t) {
            String w = Phrases.lower(x.text());
            if (w.equals("zwar")) {
                return null; // „X hat zwar …“: the „aber“ that follows is the news
            }
            if (x.pos() == Pos.PRON && !w.equals("sich")
                    || w.matches("(dies|jen|solch)(e|er|es|em|en)?|(sein|ihr|unser|euer|mein|dein)(e|er|es|em|en)?")) {
                return null; // „… war er …“, „dieser Lärmerei“, „seine Freundin“: a referent elsewhere
            }
        }
        return t;
    }

    /** „geplante“ of „Die für Sonntag geplante Kombination“: a participle as an attribute before its noun. */
    private static boolean attribute(List<Token> t, int i, int verb) {
        return i + 1 < verb
                && !MeaningGuard.isSurelyFinite(t.get(i))
                && Phrases.lower(t.get(i).text()).matches("\\p{L}+(te|end)(r|s|n|m)?|\\p{L}+(ene|enen|ener|enes|enem)")
                && (Phrases.isNoun(t.get(i + 1)) || t.get(i + 1).pos() == Pos.ADJ);
    }

    /** „die eigentlich für Montag geplante Sitzung“: an attribute phrase that ends in an adjective before its noun. */
    private static boolean extended(List<Token> t, int i, int verb) {
        for (int j = i + 2; j + 1 < verb; j++) {
            if ((t.get(j).pos() == Pos.ADJ || attribute(t, j, verb)) && nominal(t.get(j + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean nominal(Token t) {
        return t.pos() == Pos.NOUN
                || t.pos() == Pos.PROPN
                || t.pos() == Pos.NUM
                || FactComposer.isNumberWord(t)
                || t.pos() == Pos.ADJ && t.text().matches("(\\d+-)?\\p{Lu}\\p{Ll}+(e|er|en)"); // „Ein 30-Jähriger“
    }

    private static boolean attributive(Token next) {
        return nominal(next) || next.pos() == Pos.ADJ;
    }

    /** A number within the first three words before the verb („Mehr als 300 Menschen“). */
    private static boolean counted(List<Token> t, int verb) {
        for (int i = 1; i < Math.min(verb, 4); i++) {
            if (FactComposer.isNumberWord(t.get(i))) {
                return true;
            }
        }
        return false;
    }
}
