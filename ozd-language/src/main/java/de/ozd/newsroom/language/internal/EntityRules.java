package de.ozd.newsroom.language.internal;

import de.ozd.newsroom.language.EntityType;
import de.ozd.newsroom.language.GermanCalendar;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * House rules on top of the statistical tagger, per sentence: entity spans from per-token labels,
 * names completed where the CRF drops their last part („Kim Jong [Un]“), merged neighbours split
 * („Nordkorea Russland“ → two places), and gazetteer places and organisations the tagger missed.
 * Without tagger labels (all {@code O}) the gazetteer and runs of proper nouns still yield
 * entities. Stateless and thread-safe.
 */
public final class EntityRules {

    /** An entity span over token indexes {@code [from, to)} of one sentence. */
    public record TokenSpan(int from, int to, EntityType type) {}

    private static final Set<String> NAME_PARTICLES = Set.of(
            "von", "van", "vom", "zu", "de", "di", "da", "du", "del", "della", "dos", "le", "la", "ten", "ter", "bin",
            "al", "el");

    private static final Set<String> NOT_NAME_PARTS =
            Set.of("Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Und", "Im", "In", "Am", "An");

    private final GermanLexicon lexicon = GermanLexicon.get();

    /**
     * Entity spans of one sentence, in order, non-overlapping. With {@code statistical} false (no
     * tagger), runs of proper nouns stand in for the tagger's names.
     */
    public List<TokenSpan> spans(List<Token> tokens, String[] labels, boolean statistical) {
        List<TokenSpan> raw = fromLabels(tokens, labels);
        List<TokenSpan> out = new ArrayList<>();
        for (TokenSpan s : raw) {
            s = trimPunctuation(tokens, s);
            if (s == null || isLowerCaseAdjective(tokens, s)) {
                continue; // „südkoreanischer“: a derived adjective, not a name
            }
            out.addAll(splitMergedPlaces(tokens, s));
        }
        out = completeNames(tokens, out);
        out = addGazetteer(tokens, out);
        if (!statistical && allOutside(labels)) {
            out = addProperNounRuns(tokens, out);
        }
        return out;
    }

    private static boolean allOutside(String[] labels) {
        for (String l : labels) {
            if (!"O".equals(l)) {
                return false;
            }
        }
        return true;
    }

    private static List<TokenSpan> fromLabels(List<Token> tokens, String[] labels) {
        List<TokenSpan> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String l = labels[i];
            if ("O".equals(l)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && l.equals(labels[j]) && !breaksName(tokens.get(j))) {
                j++;
            }
            out.add(new TokenSpan(i, j, type(l)));
            i = j;
        }
        return out;
    }

    /** „:“, „–“, „,“ and the like never stand inside a name. */
    private static boolean breaksName(Token t) {
        return t.isPunctuation()
                && !t.text().equals("&")
                && !t.text().equals(".")
                && !t.text().equals("-");
    }

    static EntityType type(String label) {
        return switch (label) {
            case "PER" -> EntityType.PERSON;
            case "LOC" -> EntityType.LOCATION;
            case "ORG" -> EntityType.ORGANISATION;
            default -> EntityType.OTHER;
        };
    }

    private static boolean isLowerCaseAdjective(List<Token> tokens, TokenSpan s) {
        Token only = tokens.get(s.from());
        if (s.to() - s.from() == 1 && only.isCapitalised() && GermanCalendar.isDayOrMonth(only.text())) {
            return true; // a date, not a name
        }
        // „südkoreanischer“ is derived, „Sanktions-“ is half of „Sanktions- und Eskalationsrisiken“
        return s.to() - s.from() == 1 && (!only.isCapitalised() || only.text().endsWith("-"));
    }

    private static TokenSpan trimPunctuation(List<Token> tokens, TokenSpan s) {
        int from = s.from();
        int to = s.to();
        while (from < to
                && (tokens.get(from).isPunctuation()
                        || !tokens.get(from).isCapitalised()
                                && !Character.isDigit(tokens.get(from).text().charAt(0))
                                && !NAME_PARTICLES.contains(tokens.get(from).text()))) {
            from++; // „am Donnerstag“: a name starts with a capital (or „von“, „van“ …)
        }
        while (to > from && tokens.get(to - 1).isPunctuation()) {
            to--;
        }
        return from < to ? new TokenSpan(from, to, s.type()) : null;
    }

    /** „Nordkorea Russland“ tagged as one place becomes two when each part is a known place. */
    private List<TokenSpan> splitMergedPlaces(List<Token> tokens, TokenSpan s) {
        if (s.to() - s.from() < 2) {
            return List.of(s);
        }
        for (int i = s.from(); i < s.to(); i++) {
            String g = gazetteerType(tokens.get(i).text());
            if (g == null || g.startsWith("DEMONYM")) {
                return List.of(s);
            }
        }
        List<TokenSpan> parts = new ArrayList<>();
        for (int i = s.from(); i < s.to(); i++) {
            parts.add(new TokenSpan(i, i + 1, gazetteerEntityType(tokens.get(i).text())));
        }
        return parts;
    }

    /** Extends a person over following capitalised name parts the tagger left out. */
    private static List<TokenSpan> completeNames(List<Token> tokens, List<TokenSpan> spans) {
        List<TokenSpan> out = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            TokenSpan s = spans.get(k);
            int limit = k + 1 < spans.size() ? spans.get(k + 1).from() : tokens.size();
            int to = s.to();
            if (s.type() == EntityType.PERSON) {
                while (to < limit && isNamePart(tokens.get(to))) {
                    to++;
                }
            }
            out.add(new TokenSpan(s.from(), to, s.type()));
        }
        return out;
    }

    private static boolean isNamePart(Token t) {
        if (!t.isCapitalised() || NOT_NAME_PARTS.contains(t.text()) || t.text().contains("-")) {
            return false;
        }
        // only the short syllables of East Asian names („Un“, „Uns“, „Il“) that the CRF drops:
        // a longer capitalised word after a name is mostly a noun („Hitlers Vizekanzler“)
        return t.text().length() <= 3
                && t.pos() != Pos.DET
                && t.pos() != Pos.PRON
                && !t.pos().isAdposition();
    }

    private List<TokenSpan> addGazetteer(List<Token> tokens, List<TokenSpan> spans) {
        List<TokenSpan> out = new ArrayList<>(spans);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isCapitalised() && !isAllCapsAcronym(t.text())) {
                continue;
            }
            String g = gazetteerType(t.text());
            if (g == null || g.startsWith("DEMONYM") || covered(out, i)) {
                continue;
            }
            out.add(new TokenSpan(i, i + 1, gazetteerEntityType(t.text())));
        }
        out.sort(java.util.Comparator.comparingInt(TokenSpan::from));
        return out;
    }

    private static boolean isAllCapsAcronym(String s) {
        return s.length() >= 2 && s.chars().allMatch(c -> Character.isUpperCase(c));
    }

    /** Without a tagger: runs of capitalised proper nouns not at the very start of the sentence. */
    private static List<TokenSpan> addProperNounRuns(List<Token> tokens, List<TokenSpan> spans) {
        List<TokenSpan> out = new ArrayList<>(spans);
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.pos() == Pos.PROPN && t.isCapitalised() && !t.text().endsWith("-") && !covered(out, i)) {
                int j = i + 1;
                while (j < tokens.size() && tokens.get(j).pos() == Pos.PROPN && !covered(out, j)) {
                    j++;
                }
                out.add(new TokenSpan(i, j, EntityType.OTHER));
                i = j;
            } else {
                i++;
            }
        }
        out.sort(java.util.Comparator.comparingInt(TokenSpan::from));
        return out;
    }

    private static boolean covered(List<TokenSpan> spans, int i) {
        for (TokenSpan s : spans) {
            if (i >= s.from() && i < s.to()) {
                return true;
            }
        }
        return false;
    }

    /** The gazetteer entry ({@code TYPE|Canonical}) for a word, also in the genitive. */
    String gazetteerType(String word) {
        String w = word.toLowerCase(Locale.GERMAN);
        String hit = lexicon.gazetteer().get(w);
        if (hit == null && w.endsWith("s") && w.length() > 3) {
            hit = lexicon.gazetteer().get(w.substring(0, w.length() - 1));
        }
        return hit;
    }

    private EntityType gazetteerEntityType(String word) {
        String g = gazetteerType(word);
        return g != null && g.startsWith("ORGANISATION") ? EntityType.ORGANISATION : EntityType.LOCATION;
    }
}
