package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.draft.DraftLabels;
import de.ozd.newsroom.language.Attribution;
import de.ozd.newsroom.language.Entity;
import de.ozd.newsroom.language.Gazetteer;
import de.ozd.newsroom.language.GermanCompounds;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Quantity;
import de.ozd.newsroom.language.QuantityKind;
import de.ozd.newsroom.language.Sentence;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the source report contains, in the forms the grounding check compares: lower-case text,
 * canonical entity names, places implied by adjectives, normalised quantity values, and per
 * sentence its content stems, attributions and hedges. Immutable after construction.
 */
public final class SourceIndex {

    /** Capitalised words at the start of a line that are not part of a name („Laut Polizei“). */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "laut",
            "nach",
            "der",
            "die",
            "das",
            "den",
            "dem",
            "des",
            "ein",
            "eine",
            "am",
            "im",
            "beim",
            "vom",
            "zum",
            "zur",
            "wer",
            "was",
            // a fact's hedge prefix (the extras labels are taken off before a claim is read)
            lower(DraftLabels.UNCONFIRMED.replace(":", "").strip()));

    private static final Set<String> STOP_LEMMAS =
            Set.of("sein", "haben", "werden", "laut", "seit", "der", "die", "das", "ein");

    private final TextAnalysis analysis;
    private final GermanCompounds compounds;
    private final String lowerText;
    private final Set<String> canonicals = new HashSet<>();
    private final Set<String> values = new HashSet<>();
    private final List<Set<String>> sentenceStems = new ArrayList<>();

    public SourceIndex(TextAnalysis analysis, GermanCompounds compounds) {
        this.analysis = analysis;
        this.compounds = compounds;
        this.lowerText = lower(analysis.text());
        for (Entity e : analysis.entities()) {
            canonicals.add(lower(e.canonical()));
        }
        for (Token t : analysis.tokens()) {
            Gazetteer.get().placeOfAdjective(t.text()).ifPresent(p -> canonicals.add(lower(p)));
        }
        for (Quantity q : analysis.quantities()) {
            values.add(q.value());
            if (q.value().startsWith("day:")) {
                values.add("month:" + q.value().substring(q.value().indexOf('.') + 1));
            }
        }
        for (Sentence s : analysis.sentences()) {
            sentenceStems.add(stems(s.tokens()));
        }
    }

    public TextAnalysis analysis() {
        return analysis;
    }

    /** True if a mention (or its canonical form) can be found in the source or {@code extra}. */
    public boolean supportsEntity(String mention, String canonical, String extra) {
        String extraLower = lower(extra);
        for (String form : forms(mention, canonical)) {
            if (lowerText.contains(form) || canonicals.contains(form) || extraLower.contains(form)) {
                return true;
            }
        }
        List<String> words = new ArrayList<>();
        for (String w : mention.split("[\\s-]+")) {
            if (w.length() >= 3 && Character.isUpperCase(w.codePointAt(0)) && !FUNCTION_WORDS.contains(lower(w))) {
                words.add(stripGenitive(lower(w)));
            }
        }
        if (words.isEmpty()) {
            return true; // only function words or the drafts' own labels: no name at all
        }
        return words.stream().allMatch(w -> lowerText.contains(w) || extraLower.contains(w));
    }

    private static Set<String> forms(String mention, String canonical) {
        Set<String> out = new LinkedHashSet<>();
        out.add(lower(mention));
        out.add(lower(canonical));
        out.add(stripGenitive(lower(mention)));
        return out;
    }

    /** True if a number or date of a claim is in the source (or in {@code extra}). */
    public boolean supportsQuantity(Quantity q, String extra) {
        if (values.contains(q.value()) || lowerText.contains(lower(q.text()))) {
            return true;
        }
        String digits = q.value().replaceAll("^(year|month|day|season|weekday):", "");
        if (q.kind() == QuantityKind.YEAR || q.kind() == QuantityKind.NUMBER || q.kind() == QuantityKind.MEASURE) {
            if (digits.matches("\\d+") && containsNumber(lowerText + " " + lower(extra), digits)) {
                return true;
            }
        }
        if (q.value().endsWith("+")) {
            long floor = Long.parseLong(q.value().substring(0, q.value().length() - 1));
            return values.stream().anyMatch(v -> v.matches("\\d+") && Long.parseLong(v) >= floor);
        }
        return lower(extra).contains(lower(q.text()));
    }

    private static boolean containsNumber(String text, String digits) {
        return java.util.regex.Pattern.compile("(?<![\\d.,])" + digits + "(?![\\d])")
                .matcher(text)
                .find();
    }

    /** Indexes of the source sentences that best back a claim (share the most content stems). */
    public List<Integer> supportingSentences(List<Token> claim) {
        Set<String> stems = stems(claim);
        int best = 0;
        int[] scores = new int[sentenceStems.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = overlap(stems, sentenceStems.get(i));
            best = Math.max(best, scores[i]);
        }
        List<Integer> out = new ArrayList<>();
        if (best == 0) {
            return out;
        }
        int floor = best >= 3 ? Math.max(2, best - 1) : best;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] >= floor) {
                out.add(i);
            }
        }
        return out;
    }

    /** How many content stems a claim shares with one source sentence. */
    public int overlap(List<Token> claim, int sentence) {
        return overlap(stems(claim), sentenceStems.get(sentence));
    }

    /** How many content stems a claim shares with some tokens of the source. */
    public int overlap(List<Token> claim, List<Token> part) {
        return overlap(stems(claim), stems(part));
    }

    /** Number of content stems of a claim. */
    public int stemCount(List<Token> claim) {
        return stems(claim).size();
    }

    /** Indexes of the sentences with the single highest overlap. */
    public List<Integer> bestSentences(List<Token> claim) {
        Set<String> stems = stems(claim);
        int best = 0;
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < sentenceStems.size(); i++) {
            int s = overlap(stems, sentenceStems.get(i));
            if (s > best) {
                best = s;
                out.clear();
            }
            if (s == best && s > 0) {
                out.add(i);
            }
        }
        return out;
    }

    /** Attributions with a speaker in a source sentence. */
    public List<Attribution> attributionsIn(int sentence) {
        return analysis.attributionsIn(sentence).stream()
                .filter(Attribution::hasSpeaker)
                .toList();
    }

    private static int overlap(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y)
                        || (x.length() >= 5
                                && y.length() >= 5
                                && (x.startsWith(y.substring(0, 5)) && y.startsWith(x.substring(0, 5))))) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** Content stems: lemmas of nouns, names, verbs, adjectives and numbers, compound parts. */
    public Set<String> stems(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        for (Token t : tokens) {
            if (!Set.of(Pos.NOUN, Pos.PROPN, Pos.VERB, Pos.ADJ, Pos.NUM).contains(t.pos())) {
                continue;
            }
            String lemma = fold(t.lemma().replaceAll("-$", ""));
            if (lemma.length() < 3 || STOP_LEMMAS.contains(lemma)) {
                continue;
            }
            out.add(lemma);
            Gazetteer.get().placeOfAdjective(t.text()).ifPresent(p -> out.add(fold(p)));
            for (String part : compounds.parts(t.text().replaceAll("-$", ""))) {
                if (part.length() >= 4) {
                    out.add(fold(part));
                }
            }
        }
        return out;
    }

    /** Lower case without umlauts and ß, so „kämpfen“ and „Kampf“ share a stem. */
    static String fold(String s) {
        String n = Normalizer.normalize(lower(s).replace("ß", "ss"), Normalizer.Form.NFD);
        return n.replaceAll("\\p{M}", "");
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.GERMAN);
    }

    static String stripGenitive(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }
}
