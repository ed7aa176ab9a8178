package de.ozd.newsroom.language.internal;

import de.ozd.newsroom.language.Attribution;
import de.ozd.newsroom.language.AttributionKind;
import de.ozd.newsroom.language.GermanCalendar;
import de.ozd.newsroom.language.Hedge;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Sentence;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds who says what: direct quotes with speaker and cue verb, reported speech (cue verb or
 * Konjunktiv I, the speaker carried over from the sentence before when the sentence has none),
 * source phrases („nach Angaben …“, „laut …“, „… zufolge“, „wie … mitteilte“) and hedges
 * („mutmaßlich“, „sollen“, „gehen davon aus“). Rule-based, deterministic, thread-safe.
 */
public final class AttributionExtractor {

    /** A quotation span in the text: offsets of the content without the marks. */
    record Quote(int begin, int end) {}

    private final GermanLexicon lexicon = GermanLexicon.get();

    /** Attributions of the whole text, in text order. */
    public List<Attribution> attributions(String text, List<Sentence> sentences) {
        List<Attribution> out = new ArrayList<>();
        List<Quote> quotes = quotes(text);
        Speaker previous = Speaker.NONE;
        for (Sentence s : sentences) {
            // a quote belongs to the sentence that closes it; it may have opened sentences earlier
            List<Quote> inSentence = quotes.stream()
                    .filter(q -> q.end() >= s.begin() && q.end() <= s.end())
                    .toList();
            Speaker cueSpeaker = speakerFromCue(s, quotes);
            List<Attribution> sourcePhrases = sourcePhrases(s);
            out.addAll(sourcePhrases);
            Speaker speaker = cueSpeaker;
            if (!speaker.found() && !sourcePhrases.isEmpty()) {
                Attribution a = sourcePhrases.get(0);
                speaker = new Speaker(a.speaker(), a.speakerBegin(), a.speakerEnd(), a.cue());
            }
            boolean reported = hasKonjunktiv(s, quotes);
            for (Quote q : inSentence) {
                Speaker quoteSpeaker = speaker;
                int opening = sentenceOf(sentences, q.begin());
                if (!quoteSpeaker.found() && opening >= 0 && opening != s.index()) {
                    quoteSpeaker = speakerFromCue(sentences.get(opening), quotes);
                }
                if (!quoteSpeaker.found()) {
                    quoteSpeaker = previous;
                }
                out.add(attribution(AttributionKind.DIRECT_QUOTE, quoteSpeaker, text, q.begin(), q.end(), s));
                speaker = speaker.found() ? speaker : quoteSpeaker;
            }
            if (!speaker.found() && reported) {
                speaker = previous;
            }
            if (inSentence.isEmpty() && (reported || cueSpeaker.found()) && speaker.found()) {
                out.add(attribution(AttributionKind.REPORTED_SPEECH, speaker, text, s.begin(), s.end(), s));
            }
            previous = speaker.found() ? speaker : (reported ? previous : Speaker.NONE);
        }
        return out;
    }

    private static int sentenceOf(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.begin() && offset <= s.end()) {
                return s.index();
            }
        }
        return -1;
    }

    /** Hedges of one sentence. */
    public List<Hedge> hedges(Sentence s) {
        List<Hedge> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            for (String h : lexicon.hedges()) {
                String[] parts = h.split(" ");
                if (matchesAt(t, i, parts)) {
                    out.add(new Hedge(
                            null, t.get(i).begin(), t.get(i + parts.length - 1).end(), s.index()));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean matchesAt(List<Token> t, int i, String[] parts) {
        if (i + parts.length > t.size()) {
            return false;
        }
        for (int k = 0; k < parts.length; k++) {
            if (!t.get(i + k).text().toLowerCase(Locale.GERMAN).equals(parts[k])) {
                return false;
            }
        }
        return true;
    }

    /** Pairs „…“, »…«, "…" in the text; quotes of fewer than two words are scare quotes. */
    static List<Quote> quotes(String text) {
        List<Quote> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char close = switch (c) {
                case '„' -> '“';
                case '»' -> '«';
                case '"' -> '"';
                case '“' -> '”';
                default -> 0;
            };
            if (close == 0) {
                i++;
                continue;
            }
            int end = text.indexOf(close, i + 1);
            int paragraphEnd = text.indexOf('\n', i + 1);
            if (end < 0 || (paragraphEnd >= 0 && paragraphEnd < end)) {
                i++;
                continue;
            }
            String content = text.substring(i + 1, end).strip();
            if (content.split("\\s+").length >= 2) {
                out.add(new Quote(i + 1, end));
            }
            i = end + 1;
        }
        return out;
    }

    private boolean hasKonjunktiv(Sentence s, List<Quote> quotes) {
        for (Token t : s.tokens()) {
            if (lexicon.isKonjunktiv(t.text()) && !inside(quotes, t)) {
                return true;
            }
        }
        return false;
    }

    /** A speaker phrase. */
    record Speaker(String text, int begin, int end, String cue) {
        static final Speaker NONE = new Speaker("", -1, -1, "");

        boolean found() {
            return !text.isEmpty();
        }
    }

    private Speaker speakerFromCue(Sentence s, List<Quote> quotes) {
        List<Token> t = s.tokens();
        for (int c = 0; c < t.size(); c++) {
            Token cue = t.get(c);
            if (!isCue(t, c) || inside(quotes, cue)) {
                continue;
            }
            if (cue.text().equalsIgnoreCase("so") && !(c > 0 && t.get(c - 1).isPunctuation())) {
                continue; // „so“ is a cue only in „…“, so Kim
            }
            Speaker sp = speakerAround(t, c, quotes);
            if (sp.found()) {
                return sp;
            }
        }
        return Speaker.NONE;
    }

    /** A verb of saying: by its form, or by its lemma (a particle verb needs its particle). */
    private boolean isCue(List<Token> t, int c) {
        Token cue = t.get(c);
        if (lexicon.isCueVerb(cue.text())) {
            return true;
        }
        if (cue.pos() != Pos.VERB) {
            return false;
        }
        String lemma = cue.lemma().toLowerCase(Locale.GERMAN);
        if (lexicon.cueLemmas().contains(lemma)) {
            return true;
        }
        for (String entry : lexicon.cueLemmas()) {
            int space = entry.indexOf(' ');
            if (space > 0 && entry.substring(0, space).equals(lemma)) {
                String particle = entry.substring(space + 1);
                for (int k = c + 1; k < t.size(); k++) {
                    if (t.get(k).text().equalsIgnoreCase(particle)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private Speaker speakerAround(List<Token> t, int c, List<Quote> quotes) {
        if (c > 0 && SHARED_SUBJECT.contains(t.get(c - 1).text().toLowerCase(Locale.GERMAN))) {
            // „Pfeiffer hat Bedenken und nennt die Marktmacht von Rewe“: the verb's subject is the one before „und“
            return sharedSubject(t, c);
        }
        int back = phraseStartBefore(t, c);
        boolean subjectBefore =
                back < c && !(back > 0 && isPreposition(t.get(back - 1))) && !inside(quotes, t.get(c - 1));
        int after = phraseEndAfter(t, c + 1);
        if (subjectBefore
                && hasSpeakingName(t, c + 1, after)
                && !hasProperNoun(t, back, c)
                && !hasPronoun(t, back, c)) {
            subjectBefore = false; // „Der Zeitung sagte Filep Karma“: the name after the verb speaks
        }
        boolean afterPunctuation = c == 0 || t.get(c - 1).isPunctuation();
        if (subjectBefore && !afterPunctuation) {
            return speaker(t, back, c, t.get(c).text());
        }
        int end = phraseEndAfter(t, c + 1);
        if (t.get(c).text().equalsIgnoreCase("so") && end < t.size() && isFiniteVerb(t.get(end))) {
            return Speaker.NONE; // „…, so eine Anschaffung gerade ansteht“: „if“, a clause with its own verb
        }
        if (end > c + 1) {
            return speaker(t, c + 1, end, t.get(c).text());
        }
        return Speaker.NONE;
    }

    /**
     * The subject a cue after „und“ shares with the clause before: the phrase before that clause's first verb
     * („Pfeiffer hat Bedenken und nennt …“ → Pfeiffer), if one stands there; else none, never the words between
     * („Bedenken“) nor those after the cue (its object).
     */
    private Speaker sharedSubject(List<Token> t, int c) {
        int verb = -1;
        for (int i = c - 2; i >= 0; i--) {
            String w = t.get(i).text();
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
                break;
            }
            if (isFiniteVerb(t.get(i))) {
                verb = i;
            }
        }
        if (verb <= 0) {
            return Speaker.NONE;
        }
        int back = phraseStartBefore(t, verb);
        boolean subject = back < verb
                && !isPreposition(t.get(back))
                && t.subList(back, verb).stream().anyMatch(x -> isNoun(x) || x.pos() == Pos.PRON);
        return subject ? speaker(t, back, verb, t.get(c).text()) : Speaker.NONE;
    }

    /** Conjunctions after which a verb shares the subject of the clause before („… und nennt …“). */
    private static final java.util.Set<String> SHARED_SUBJECT = java.util.Set.of("und", "oder", "sowie");

    private static boolean hasProperNoun(List<Token> t, int from, int to) {
        for (int i = from; i < to && i < t.size(); i++) {
            if (t.get(i).pos() == Pos.PROPN) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name between {@code from} and {@code to} that can be the one who speaks: not a genitive before its noun
     * („Ein Historiker nannte Brehms Verhalten absurd“ – the conduct is Brehm's, the historian speaks).
     */
    private static boolean hasSpeakingName(List<Token> t, int from, int to) {
        for (int i = from; i < to && i < t.size(); i++) {
            boolean possessive = t.get(i).text().endsWith("s")
                    && i + 1 < t.size()
                    && t.get(i + 1).pos() == Pos.NOUN;
            if (t.get(i).pos() == Pos.PROPN && !possessive) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPronoun(List<Token> t, int from, int to) {
        for (int i = from; i < to && i < t.size(); i++) {
            if (t.get(i).pos() == Pos.PRON) {
                return true;
            }
        }
        return false;
    }

    private int phraseStartBefore(List<Token> t, int c) {
        int i = c;
        while (i > 0 && i > c - 8) {
            Token p = t.get(i - 1);
            boolean attachedPp = p.pos() == Pos.ADP && i - 2 >= 0 && isNoun(t.get(i - 2)) && i < c && isNoun(t.get(i));
            if (p.isPunctuation() || (isStop(p) && !attachedPp) || lexicon.isCueVerb(p.text())) {
                break;
            }
            i--;
        }
        return i;
    }

    private static boolean isNoun(Token t) {
        return t.pos().isNoun();
    }

    private int phraseEndAfter(List<Token> t, int from) {
        int i = from;
        while (i < t.size() && i < from + 8) {
            Token p = t.get(i);
            if (p.isPunctuation()
                    || isStop(p)
                    || (i > from && isFiniteVerb(p))
                    || (i > from && p.pos() == Pos.NUM)
                    || (i > from && addresseeArticle(p) && t.get(i - 1).pos() != Pos.ADP)) {
                break;
            }
            i++;
        }
        return i;
    }

    /**
     * „dem“, „einem“ after the speaker's words open the one spoken to („erzählt Mayer dem STANDARD“), never a part of
     * the speaker, unless a preposition governs them („der Chef von dem Verein“).
     */
    private static boolean addresseeArticle(Token p) {
        return p.pos() == Pos.DET
                && java.util.Set.of("dem", "einem").contains(p.text().toLowerCase(Locale.GERMAN));
    }

    private boolean isStop(Token p) {
        return lexicon.isSpeakerStop(p.text());
    }

    /** Words of time besides months and weekdays that can stand where a speaker would („am Abend“). */
    private static final java.util.Set<String> TIME_WORDS =
            java.util.Set.of("abend", "morgen", "mittag", "nachmittag", "vormittag", "wochenende", "jahr", "woche");

    private static boolean isCalendarWord(Token p) {
        return GermanCalendar.isDayOrMonth(p.text())
                || TIME_WORDS.contains(p.text().toLowerCase(Locale.GERMAN));
    }

    private static boolean isEdgeFiller(Token p) {
        return p.pos() == Pos.ADV || p.pos() == Pos.CCONJ || p.pos() == Pos.PART;
    }

    private static boolean isPreposition(Token p) {
        return p.pos().isAdposition(); // also „am“, „im“ (ADP+DET)
    }

    private static boolean isFiniteVerb(Token p) {
        return p.pos().isVerb();
    }

    private static Speaker speaker(List<Token> t, int from, int to, String cue) {
        while (from < to - 1 && isEdgeFiller(t.get(from))) {
            from++;
        }
        while (to - 1 > from && isEdgeFiller(t.get(to - 1))) {
            to--;
        }
        boolean hasNominal = false;
        for (int i = from; i < to; i++) {
            Pos pos = t.get(i).pos();
            hasNominal |= pos.isNoun() || pos == Pos.PRON;
        }
        if (!hasNominal || isCalendarWord(t.get(to - 1))) {
            return Speaker.NONE; // „nun“ or „Montag“ say nothing about who speaks
        }
        StringBuilder b = new StringBuilder();
        int prevEnd = -1;
        for (int i = from; i < to; i++) {
            Token k = t.get(i);
            if (prevEnd >= 0 && k.begin() > prevEnd) {
                b.append(' ');
            }
            b.append(k.text());
            prevEnd = k.end();
        }
        return new Speaker(b.toString(), t.get(from).begin(), t.get(to - 1).end(), cue);
    }

    private List<Attribution> sourcePhrases(Sentence s) {
        List<Attribution> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).text().toLowerCase(Locale.GERMAN);
            int from = -1;
            String cue = null;
            if (w.equals("nach") && i + 1 < t.size() && lower(t, i + 1).equals("angaben")) {
                from = skipArticle(t, i + 2);
                cue = t.get(i).text() + " " + t.get(i + 1).text();
            } else if (w.equals("laut") || w.equals("lt.")) {
                from = i + 1;
                cue = t.get(i).text();
            } else if (w.equals("zufolge") && i > 0) {
                int start = phraseStartBefore(t, i);
                if (start < i) {
                    Speaker sp = speaker(t, start, i, t.get(i).text());
                    out.add(sourcePhrase(sp, s));
                }
                continue;
            } else if (w.equals("wie") && i + 1 < t.size()) {
                int end = phraseEndAfter(t, i + 1);
                int verb = end;
                while (verb < t.size() && verb < end + 5 && !t.get(verb).isPunctuation() && !isCue(t, verb)) {
                    verb++; // „wie das Unternehmen am Donnerstag mitteilte“
                }
                if (verb < t.size() && end > i + 1 && isCue(t, verb)) {
                    Speaker sp = speaker(t, i + 1, end, "wie … " + t.get(verb).text());
                    out.add(sourcePhrase(sp, s));
                }
                continue;
            } else if (isAssumption(t, i)) {
                int start = phraseStartBefore(t, i);
                if (start < i) {
                    Speaker sp = speaker(t, start, i, t.get(i).text() + " davon aus");
                    out.add(sourcePhrase(sp, s));
                }
                continue;
            }
            if (from >= 0 && from < t.size()) {
                int end = phraseEndAfter(t, from);
                if (end > from) {
                    Speaker sp = speaker(t, from, end, cue);
                    out.add(sourcePhrase(sp, s));
                }
            }
        }
        return out;
    }

    private static boolean isAssumption(List<Token> t, int i) {
        String w = t.get(i).text().toLowerCase(Locale.GERMAN);
        return (w.equals("gehen") || w.equals("geht") || w.equals("ging") || w.equals("gingen"))
                && i + 2 < t.size()
                && lower(t, i + 1).equals("davon")
                && lower(t, i + 2).equals("aus");
    }

    private static int skipArticle(List<Token> t, int i) {
        if (i < t.size()) {
            String w = lower(t, i);
            if (w.equals("des") || w.equals("der") || w.equals("von") || w.equals("vom")) {
                return i + 1;
            }
        }
        return i;
    }

    private static String lower(List<Token> t, int i) {
        return t.get(i).text().toLowerCase(Locale.GERMAN);
    }

    private static boolean inside(List<Quote> quotes, Token t) {
        for (Quote q : quotes) {
            if (t.begin() >= q.begin() - 1 && t.end() <= q.end() + 1) {
                return true;
            }
        }
        return false;
    }

    private static Attribution attribution(
            AttributionKind kind, Speaker sp, String text, int begin, int end, Sentence s) {
        return new Attribution(
                kind, sp.text(), sp.begin(), sp.end(), sp.cue(), text.substring(begin, end), begin, end, s.index());
    }

    /** A source phrase: its content is the whole sentence. */
    private static Attribution sourcePhrase(Speaker sp, Sentence s) {
        return new Attribution(
                AttributionKind.SOURCE_PHRASE,
                sp.text(),
                sp.begin(),
                sp.end(),
                sp.cue(),
                s.text(),
                s.begin(),
                s.end(),
                s.index());
    }
}
