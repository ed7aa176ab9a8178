package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Analysis dimensions named from the report's own subject (issue 13): a noun the report comes back to in several
 * sentences, and that two or more of the points say something about, names a dimension of those points („Küken“,
 * „Flüchtlinge“, „Stellenabbau“). A point shares the noun when one of its own words is that noun or a compound
 * of it (*Flüchtlingsandrang* shares *Flüchtling*).
 *
 * <p>The title is the noun in a form the report itself uses and that is certain to be a nominative: the form the
 * lemmatiser gives as its own lemma (a singular), or a plural after *die* or a number with no preposition before
 * it. Nouns too general to name anything (*Jahr*, *Prozent*, *Mann*; {@code subject-nouns.txt}) and names of
 * persons, organisations and places name no dimension. When no noun fits, there is no dimension: never a wrong
 * one.
 */
final class SubjectDimensions {

    /** A dimension named from a noun, with its points. */
    record Named(String title, String key, List<FactComposer.Fact> points) {}

    private static final Set<String> GENERAL = WordLists.load("subject-nouns.txt");

    /** Fugenelemente a compound part may carry („Flüchtlings-“, „Brücken-“). */
    private static final int MAX_LINK = 2;

    /**
     * Letters a noun needs to be shared by a compound it only modifies: *Flüchtlingsandrang* shares *Flüchtling*,
     * but *Landesparlament* is not about *Land*.
     */
    private static final int MIN_MODIFIER = 6;

    private final DraftContext ctx;
    private final Map<String, List<String>> parts = new HashMap<>();

    SubjectDimensions(DraftContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Up to {@code max} dimensions from {@code pool} (best points first), the noun the most sentences of the report
     * mention first. Each noun first takes the house's minimum of points, those fewest other nouns could take first,
     * then more up to the house's maximum; a point goes to one dimension only.
     */
    List<Named> choose(List<FactComposer.Fact> pool, int max) {
        List<FactComposer.Fact> left = new ArrayList<>(pool);
        Map<String, Integer> salience = salience();
        List<String> keys = new ArrayList<>(salience.keySet());
        Map<String, Integer> first = firstMention();
        keys.sort(Comparator.comparingInt((String k) -> -salience.get(k)).thenComparingInt(first::get));
        keys.removeIf(k -> salience.get(k) < 2 || title(k).isEmpty()); // named once: not what the report is about
        // how many nouns could take each point: a point only one noun can take goes to that noun first
        Map<FactComposer.Fact, Integer> options = new HashMap<>();
        for (FactComposer.Fact f : left) {
            options.put(f, (int) keys.stream().filter(k -> shares(f, k)).count());
        }
        List<Named> out = new ArrayList<>();
        for (String key : keys) {
            if (out.size() >= max) {
                break;
            }
            List<FactComposer.Fact> points =
                    new ArrayList<>(left.stream().filter(f -> shares(f, key)).toList());
            if (points.size() < ctx.minPoints()) {
                continue;
            }
            points.sort(Comparator.comparingInt(options::get)); // stable: best first among equals
            points = new ArrayList<>(points.subList(0, ctx.minPoints()));
            left.removeAll(points);
            out.add(new Named(title(key).orElseThrow(), key, points));
        }
        for (Named n : out) { // then the further points each dimension takes, up to the house's maximum
            for (FactComposer.Fact f : new ArrayList<>(left)) {
                if (n.points().size() < ctx.maxPoints() && shares(f, n.key())) {
                    n.points().add(f);
                    left.remove(f);
                }
            }
        }
        return out;
    }

    /** Nouns that may name a dimension (lower-case lemmas), by the number of sentences that mention them. */
    private Map<String, Integer> salience() {
        Set<String> candidates = new HashSet<>();
        for (var s : ctx.analysis().sentences()) {
            for (Token t : s.tokens()) {
                if (isCandidate(t)) {
                    candidates.add(key(t));
                }
            }
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String k : candidates) {
            int n = 0;
            for (var s : ctx.analysis().sentences()) {
                if (s.tokens().stream().anyMatch(t -> isNounLike(t) && has(t, k))) {
                    n++;
                }
            }
            out.put(k, n);
        }
        return out;
    }

    private Map<String, Integer> firstMention() {
        Map<String, Integer> out = new HashMap<>();
        for (Token t : ctx.analysis().tokens()) {
            if (isCandidate(t)) {
                out.putIfAbsent(key(t), t.begin());
            }
        }
        return out;
    }

    private boolean isCandidate(Token t) {
        String k = key(t);
        return t.pos() == Pos.NOUN
                && t.isCapitalised()
                && k.length() >= 4
                && k.chars().allMatch(Character::isLetter)
                && !GENERAL.contains(k)
                && !isName(t);
    }

    /** A noun, or a capitalised word the tagger took for a name („Der Lesesaal“ opening a sentence). */
    private static boolean isNounLike(Token t) {
        return (t.pos() == Pos.NOUN || t.pos() == Pos.PROPN) && t.isCapitalised();
    }

    private boolean isName(Token t) {
        return ctx.analysis().entities().stream().anyMatch(e -> e.begin() <= t.begin() && t.end() <= e.end());
    }

    private static String key(Token t) {
        return t.lemma().toLowerCase(Locale.GERMAN);
    }

    /** True if one of the words the point shows is the noun {@code key} or a compound of it. */
    boolean shares(FactComposer.Fact f, String key) {
        for (Token t : shown(f)) {
            if (isNounLike(t) && has(t, key)) {
                return true;
            }
        }
        return false;
    }

    /** The tokens of the point's clause that the point shows (a point is a subset of its clause's words). */
    static List<Token> shown(FactComposer.Fact f) {
        Set<String> words = new HashSet<>(List.of(f.text().split("[\\s:,;.!?„“\"()]+")));
        List<Token> out = new ArrayList<>();
        for (Token t : f.clause().tokens()) {
            if (words.contains(t.text())) {
                out.add(t);
            }
        }
        return out;
    }

    /** True if the noun is {@code key} or a compound with {@code key} as one of its parts. */
    private boolean has(Token t, String key) {
        if (key(t).equals(key)) {
            return true;
        }
        List<String> ps = parts.computeIfAbsent(t.text(), this::split);
        for (int i = 0; i < ps.size(); i++) {
            String p = ps.get(i);
            boolean head = i == ps.size() - 1;
            if ((head || key.length() >= MIN_MODIFIER) && p.startsWith(key) && p.length() - key.length() <= MAX_LINK) {
                return true;
            }
        }
        return false;
    }

    private List<String> split(String word) {
        List<String> out = new ArrayList<>();
        for (String piece : word.split("-")) {
            if (piece.isEmpty()) {
                continue;
            }
            List<String> p = ctx.compounds().parts(piece);
            if (p.size() > 1 || word.contains("-")) {
                out.addAll(p);
            }
        }
        return out.size() > 1 ? out : List.of();
    }

    /**
     * The noun as a title: its plural where the report uses it mostly in the plural and shows a nominative plural
     * (after „die“ or a number that no preposition governs), else the form the lemmatiser gives as its lemma.
     */
    Optional<String> title(String key) {
        String singular = null;
        String plural = null;
        int singulars = 0;
        int plurals = 0;
        for (var s : ctx.analysis().sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                Token x = t.get(i);
                if (x.pos() != Pos.NOUN || !key(x).equals(key) || isName(x)) {
                    continue;
                }
                if (x.text().equals(x.lemma())) {
                    singulars++;
                    singular = singular == null ? x.text() : singular;
                } else {
                    plurals++;
                    if (plural == null && isNominativePlural(t, i)) {
                        plural = x.text();
                    }
                }
            }
        }
        if (plural != null && plurals >= singulars) {
            return Optional.of(plural);
        }
        return Optional.ofNullable(singular);
    }

    private static boolean isNominativePlural(List<Token> t, int i) {
        if (i == 0) {
            return false;
        }
        Token before = t.get(i - 1);
        String b = before.text().toLowerCase(Locale.GERMAN);
        if (b.equals("die")) {
            return true;
        }
        return before.pos() == Pos.NUM
                && (i < 2 || !t.get(i - 2).pos().isAdposition())
                && !b.equals("1")
                && !b.equals("eins");
    }
}
