package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.GermanAnalyzer;
import de.ozd.newsroom.language.GermanWords;
import de.ozd.newsroom.language.Hedge;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Sentence;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A measuring instrument, not part of the engine: says why a drafted line is a fragment or a
 * distortion of its report sentence. It reads only the drafted text and the report: it aligns the
 * line's words with the report sentence that shares most of them, then compares the clause the
 * words come from with what the line kept. The engine must not use it, so that counting its
 * findings on drafts measures the engine. The closed word classes it shares with the engine (complementizers,
 * modal verbs, forms of „werden“, negations, verbs of saying) come from the lexicon through {@link GermanWords}, so
 * instrument and engine cannot drift apart.
 */
public final class FragmentDetector {

    /** Why a line is no complete, faithful statement. */
    public enum Reason {
        /** A pronoun or pronominal adverb pointing outside the line („warfen ihm vor“, „darauf“). */
        PRONOUN,
        /** The verb's object or complement was a following dass/ob/w-/zu-clause, now cut off. */
        OPEN_COMPLEMENT,
        /** A prepositional phrase the verb needs was dropped („Busse umstellen“ without „auf …“). */
        ARGUMENT_DROPPED,
        /** A modal or future verb of the clause is gone („sollen … ausgeliefert werden“). */
        MODALITY_LOST,
        /** A negation of the clause is gone. */
        NEGATION_LOST,
        /** A hedge of the clause is gone and nothing marks the line as unconfirmed. */
        HEDGE_LOST,
        /** A phrase lost its head („von 450 Euro“ without „in Höhe“, „das gebrachte Gesetz“). */
        STRANDED_PHRASE,
        /** A date lost the year the report gives („im April“ of „im April 2027“). */
        YEAR_DROPPED,
        /** „Laut“ with a speaker form that is not dative („Laut Kritiker“). */
        SPEAKER_CASE,
        /** „Was ist X?“ without the article the report uses for X. */
        ARTICLE_MISSING
    }

    private static final Pattern PREFIX = Pattern.compile("^(?:Laut ([^:]+): |Unbestätigt: )");
    private static final Set<String> PERSONAL = Set.of(
            "er", "sie", "es", "ihm", "ihn", "ihr", "ihnen", "wir", "uns", "ich", "mir", "mich", "euch", "du", "dir",
            "dich");
    private static final Set<String> DEMONSTRATIVE =
            Set.of("das", "dies", "diese", "dieser", "dieses", "jene", "jener", "jenes");
    private static final Set<String> PRONOMINAL_ADVERBS = Set.of(
            "darauf",
            "dafür",
            "davon",
            "daran",
            "darüber",
            "dazu",
            "darum",
            "dagegen",
            "daraus",
            "darunter",
            "davor",
            "dahinter");
    private static final Set<String> FREE_INFINITIVE = Set.of("um", "ohne", "statt", "anstatt", "außer");
    private static final Pattern MONTH = Pattern.compile("(?i)januar|februar|märz|april|mai|juni|"
            + "juli|august|september|oktober|november|dezember|frühjahr|sommer|herbst|winter");

    private final GermanAnalyzer analyzer;
    private final TextAnalysis source;
    private final VerbArguments lexicon = VerbArguments.standard();

    public FragmentDetector(GermanAnalyzer analyzer, TextAnalysis source) {
        this.analyzer = analyzer;
        this.source = source;
    }

    /** Reasons why a drafted fact, title, point or timeline entry („Datum – Fakt“) is no fact. */
    public Set<Reason> check(String line) {
        Set<Reason> out = EnumSet.noneOf(Reason.class);
        String body = line.strip();
        Matcher m = PREFIX.matcher(body);
        String speaker = m.find() ? m.group(1) : null;
        body = speaker != null || body.startsWith("Unbestätigt: ") ? body.substring(m.end()) : body;
        List<Token> fact = tokens(body);
        if (fact.isEmpty()) {
            return out;
        }
        Sentence s = bestSentence(fact);
        int[] align = align(fact, s.tokens());
        pronouns(fact, out);
        stranded(fact, align, s.tokens(), out);
        years(fact, align, s.tokens(), out);
        if (speaker != null) {
            source.sentences().forEach(x -> speakerCase(speaker, x, out));
        }
        int seg = mainSegment(align, s.tokens());
        if (seg >= 0) {
            clause(fact, align, s, seg, speaker != null || line.startsWith("Unbestätigt"), out);
        }
        return out;
    }

    /** Reasons why an explainer question is worded wrongly. */
    public Set<Reason> checkQuestion(String question) {
        Matcher m = Pattern.compile("^Was ist (.+)\\?$").matcher(question.strip());
        if (!m.find() || m.group(1).matches("(?i)(der|die|das) .*")) {
            return EnumSet.noneOf(Reason.class);
        }
        Pattern withArticle = Pattern.compile(
                "(?<![\\p{L}])(?i:der|die|das|dem|den|des) " + Pattern.quote(m.group(1)) + "(?![\\p{L}])");
        return withArticle.matcher(source.text()).find()
                ? EnumSet.of(Reason.ARTICLE_MISSING)
                : EnumSet.noneOf(Reason.class);
    }

    private List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        for (Sentence s : analyzer.sentences(text)) {
            out.addAll(s.tokens());
        }
        return out;
    }

    private Sentence bestSentence(List<Token> fact) {
        Sentence best = source.sentences().get(0);
        int bestScore = -1;
        for (Sentence s : source.sentences()) {
            int score = 0;
            for (Token f : fact) {
                if (!f.isPunctuation() && s.tokens().stream().anyMatch(t -> same(t, f))) {
                    score++;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best;
    }

    /** For each fact token the index of the same word in the sentence (in order if possible), -1. */
    private static int[] align(List<Token> fact, List<Token> sentence) {
        int[] out = new int[fact.size()];
        boolean[] used = new boolean[sentence.size()];
        int from = 0;
        for (int i = 0; i < fact.size(); i++) {
            out[i] = find(fact.get(i), sentence, used, from);
            if (out[i] < 0) {
                out[i] = find(fact.get(i), sentence, used, 0);
            }
            if (out[i] >= 0) {
                used[out[i]] = true;
                from = out[i] + 1;
            }
        }
        return out;
    }

    private static int find(Token f, List<Token> sentence, boolean[] used, int from) {
        for (int j = from; j < sentence.size(); j++) {
            if (!used[j] && same(sentence.get(j), f)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean same(Token a, Token b) {
        return lower(a.text()).equals(lower(b.text()));
    }

    private static void pronouns(List<Token> fact, Set<Reason> out) {
        boolean exists = fact.stream().anyMatch(t -> lower(t.lemma()).equals("geben"));
        for (int i = 0; i < fact.size(); i++) {
            Token t = fact.get(i);
            String w = lower(t.text());
            boolean personal = PERSONAL.contains(w) && t.pos() == Pos.PRON && !(w.equals("es") && exists);
            boolean standing = DEMONSTRATIVE.contains(w)
                    && (t.pos() == Pos.PRON
                            || i + 1 >= fact.size()
                            || isVerb(fact.get(i + 1))
                            || fact.get(i + 1).isPunctuation());
            if (personal || standing || PRONOMINAL_ADVERBS.contains(w)) {
                out.add(Reason.PRONOUN);
            }
        }
    }

    private static void stranded(List<Token> fact, int[] align, List<Token> s, Set<Reason> out) {
        Token last = fact.get(fact.size() - 1);
        if (last.pos().isAdposition() && fact.size() > 1 && !isParticleAtEnd(last) || last.pos() == Pos.DET) {
            out.add(Reason.STRANDED_PHRASE);
        }
        for (int i = 0; i < fact.size(); i++) {
            int j = align[i];
            String w = lower(fact.get(i).text());
            if (j > 0
                    && Set.of("von", "vom", "des", "eines").contains(w)
                    && isNoun(s.get(j - 1))
                    && (i == 0 || align[i - 1] != j - 1)) {
                out.add(Reason.STRANDED_PHRASE); // „von 450 Euro“ without „in Höhe“
            }
            if (i + 2 < fact.size()
                    && fact.get(i).pos() == Pos.DET
                    && isAttribute(fact.get(i + 1))
                    && isNoun(fact.get(i + 2))
                    && j >= 0
                    && align[i + 1] > j + 1) {
                out.add(Reason.STRANDED_PHRASE); // „das gebrachte Gesetz“ of „das … auf den Weg gebrachte“
            }
        }
    }

    private static boolean isParticleAtEnd(Token t) {
        return Set.of(
                        "an", "auf", "aus", "ab", "vor", "um", "zu", "mit", "nach", "bei", "ein", "dar", "fest",
                        "zurück", "teil", "los", "weg", "hin", "her")
                .contains(lower(t.text()));
    }

    private static boolean isAttribute(Token t) {
        return t.pos() == Pos.ADJ || t.pos() == Pos.VERB && lower(t.text()).matches(".*(t|en)(e|en|er|es|em)$");
    }

    private static void years(List<Token> fact, int[] align, List<Token> s, Set<Reason> out) {
        for (int i = 0; i < fact.size(); i++) {
            int j = align[i];
            if (j > 0
                    && fact.get(i).text().matches("(19|20)\\d\\d")
                    && MONTH.matcher(s.get(j - 1).text()).matches()
                    && (i == 0 || align[i - 1] != j - 1)) {
                out.add(Reason.STRANDED_PHRASE); // „2026“ without its „im Mai“
            }
            if (j >= 0
                    && j + 1 < s.size()
                    && MONTH.matcher(fact.get(i).text()).matches()
                    && s.get(j + 1).text().matches("(19|20)\\d\\d")
                    && (i + 1 >= fact.size()
                            || !fact.get(i + 1).text().equals(s.get(j + 1).text()))) {
                out.add(Reason.YEAR_DROPPED);
            }
        }
    }

    /** „Laut Kritiker“ for plural „Kritiker verweisen“; „Laut Ministeriums“ for „des Ministeriums“. */
    private static void speakerCase(String speaker, Sentence s, Set<Reason> out) {
        String[] words = speaker.split(" ");
        String head = words[words.length - 1];
        List<Token> t = s.tokens();
        for (int j = 0; j < t.size(); j++) {
            if (!t.get(j).text().equals(head) || t.get(j).pos() != Pos.NOUN) {
                continue;
            }
            boolean pluralVerb = j + 1 < t.size()
                            && isVerb(t.get(j + 1))
                            && t.get(j + 1).text().matches(".*(en|ln|rn)")
                    || j == 1 && isVerb(t.get(0)) && t.get(0).text().matches(".*(en|ln|rn)");
            boolean genitive =
                    j > 0 && Set.of("des", "eines").contains(lower(t.get(j - 1).text())) && head.endsWith("s");
            if (pluralVerb && head.matches(".*(er|el|e)") || genitive) {
                out.add(Reason.SPEAKER_CASE);
            }
        }
    }

    private static int mainSegment(int[] align, List<Token> s) {
        int[] counts = new int[s.size() + 1];
        int[] segmentOf = segments(s);
        for (int j : align) {
            if (j >= 0 && !s.get(j).isPunctuation()) {
                counts[segmentOf[j]]++;
            }
        }
        int best = -1;
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] > 0 && (best < 0 || counts[k] > counts[best])) {
                best = k;
            }
        }
        return best;
    }

    /** Segment number of each token: the sentence split at commas, colons, dashes, semicolons. */
    private static int[] segments(List<Token> s) {
        int[] out = new int[s.size()];
        int k = 0;
        for (int j = 0; j < s.size(); j++) {
            if (Set.of(",", ";", ":", "–", "—").contains(s.get(j).text())) {
                k++;
            }
            out[j] = k;
        }
        return out;
    }

    private List<Token> segment(List<Token> s, int k) {
        int[] seg = segments(s);
        List<Token> out = new ArrayList<>();
        for (int j = 0; j < s.size(); j++) {
            if (seg[j] == k && !s.get(j).isPunctuation()) {
                out.add(s.get(j));
            }
        }
        return out;
    }

    private void clause(List<Token> fact, int[] align, Sentence s, int seg, boolean marked, Set<Reason> out) {
        List<Token> clause = segment(s.tokens(), seg);
        Set<Integer> kept = new java.util.HashSet<>();
        for (int j : align) {
            if (j >= 0) {
                kept.add(s.tokens().get(j).begin());
            }
        }
        boolean verbKept = clause.stream().anyMatch(t -> isVerb(t) && kept.contains(t.begin()));
        List<Token> next = segment(s.tokens(), seg + 1);
        if (verbKept && isComplement(next) && next.stream().noneMatch(t -> kept.contains(t.begin()))) {
            out.add(Reason.OPEN_COMPLEMENT);
        }
        Set<String> verbs = VerbArguments.verbs(clause);
        for (int i = 0; i < clause.size(); i++) {
            Token t = clause.get(i);
            if (verbKept
                    && t.pos().isAdposition()
                    && !kept.contains(t.begin())
                    && i + 1 < clause.size()
                    && opensPhrase(clause.get(i + 1))) {
                String p = VerbArguments.preposition(t);
                boolean fixed = nounAfter(clause, i)
                        .map(n -> lexicon.isFixedPhrase(p, n.lemma()))
                        .orElse(false);
                if (lexicon.isArgument(verbs, p) || fixed) {
                    out.add(Reason.ARGUMENT_DROPPED);
                }
            }
            if (!kept.contains(t.begin()) && verbKept) {
                lost(t, fact, s, marked, out);
            }
        }
    }

    private void lost(Token t, List<Token> fact, Sentence s, boolean marked, Set<Reason> out) {
        String w = lower(t.text());
        boolean modal =
                isVerb(t) && GermanWords.isModalVerb(t.lemma()) || GermanWords.isWerdenForm(w) && t.pos() == Pos.AUX;
        if (modal && fact.stream().noneMatch(f -> lower(f.lemma()).equals(lower(t.lemma())))) {
            out.add(Reason.MODALITY_LOST);
        }
        if (GermanWords.isNegation(w)) {
            out.add(Reason.NEGATION_LOST);
        }
        for (Hedge h : source.hedgesIn(s.index())) {
            if (h.begin() <= t.begin() && t.end() <= h.end() && !marked) {
                out.add(Reason.HEDGE_LOST);
            }
        }
    }

    private static java.util.Optional<Token> nounAfter(List<Token> clause, int i) {
        for (int k = i + 1; k < clause.size() && k <= i + 3; k++) {
            if (isNoun(clause.get(k))) {
                return java.util.Optional.of(clause.get(k));
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean opensPhrase(Token t) {
        return Set.of(Pos.DET, Pos.NOUN, Pos.PROPN, Pos.ADJ, Pos.NUM, Pos.PRON).contains(t.pos());
    }

    /** A dass/ob/w-clause or a zu-infinitive that is not „um … zu“ and not „wie … sagte“. */
    private static boolean isComplement(List<Token> next) {
        if (next.isEmpty()) {
            return false;
        }
        String first = lower(next.get(0).text());
        if (GermanWords.isComplementizer(first)) {
            boolean cue = first.equals("wie") && next.stream().anyMatch(t -> GermanWords.isCueVerb(t.text()));
            return !cue && next.stream().anyMatch(FragmentDetector::isVerb);
        }
        if (FREE_INFINITIVE.contains(first)) {
            return false;
        }
        for (int i = 0; i + 1 < next.size(); i++) {
            if (lower(next.get(i).text()).equals("zu") && next.get(i).pos() == Pos.PART && isVerb(next.get(i + 1))) {
                return true;
            }
        }
        return next.size() > 1
                && lower(next.get(next.size() - 1).text()).matches("\\p{L}+zu\\p{L}+en")
                && isVerb(next.get(next.size() - 1)); // „vorzulegen“
    }

    private static boolean isVerb(Token t) {
        return t.pos().isVerb();
    }

    private static boolean isNoun(Token t) {
        return t.pos().isNoun();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.GERMAN);
    }
}
