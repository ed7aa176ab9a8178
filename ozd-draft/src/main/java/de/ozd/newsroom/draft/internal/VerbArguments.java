package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lexicon of prepositional arguments ({@code verb-arguments.txt}): which prepositional phrases
 * a verb needs for its meaning („umstellen auf“, „arbeiten in“) and which fixed phrases belong to
 * any verb („in Kraft“, „auf den Weg“). A fact may drop free adjuncts only. Immutable.
 */
public final class VerbArguments {

    /**
     * Separable verb particles („stellt … um“ is „umstellen“): the word that ends a verb-second clause and belongs to
     * its verb. One list for the lexicon lookup, the compressor and the word order.
     */
    static final Set<String> PARTICLES = Set.of(
            "ab",
            "an",
            "auf",
            "aus",
            "bei",
            "bereit",
            "dar",
            "durch",
            "ein",
            "fern",
            "fest",
            "fort",
            "frei",
            "her",
            "heraus",
            "herum",
            "hervor",
            "hin",
            "hinaus",
            "hinzu",
            "hoch",
            "kennen",
            "los",
            "mit",
            "nach",
            "nahe",
            "nieder",
            "offen",
            "statt",
            "teil",
            "um",
            "unter",
            "vor",
            "voran",
            "vorbei",
            "weg",
            "weiter",
            "wieder",
            "zu",
            "zurück",
            "zusammen",
            "über");

    /** Particles that also begin inseparable verbs („übernimmt“, „unterstützt“, „wiederholt“, „umfährt“). */
    private static final Set<String> ALSO_INSEPARABLE = Set.of("durch", "über", "um", "unter", "wieder");

    /** Particles whose verb-final form is always a separable verb („zunimmt“, „freigibt“, „festlegt“). */
    static final Set<String> ALWAYS_SEPARABLE =
            PARTICLES.stream().filter(p -> !ALSO_INSEPARABLE.contains(p)).collect(Collectors.toUnmodifiableSet());

    private static final VerbArguments STANDARD = load();

    private final Map<String, Set<String>> prepositions;
    private final Set<String> fixedPhrases;
    private final Set<String> nonAssertive;

    private VerbArguments(Map<String, Set<String>> prepositions, Set<String> fixedPhrases, Set<String> nonAssertive) {
        this.prepositions = Map.copyOf(prepositions);
        this.fixedPhrases = Set.copyOf(fixedPhrases);
        this.nonAssertive = Set.copyOf(nonAssertive);
    }

    /** The bundled lexicon. */
    public static VerbArguments standard() {
        return STANDARD;
    }

    private static VerbArguments load() {
        try (InputStream in = VerbArguments.class.getResourceAsStream("/de/ozd/newsroom/draft/verb-arguments.txt")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled verb argument lexicon", e);
        }
    }

    static VerbArguments parse(String text) {
        Map<String, Set<String>> preps = new HashMap<>();
        Set<String> fixed = new HashSet<>();
        Set<String> nonAssertive = new HashSet<>();
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("=")) {
                fixed.add(lower(line.substring(1).strip().replaceAll("\\s+", " ")));
                continue;
            }
            if (line.startsWith("!")) {
                nonAssertive.add(lower(line.substring(1).strip()));
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length == 2) {
                Set<String> set = new HashSet<>();
                for (String p : parts[1].split(",")) {
                    set.add(lower(p.strip()));
                }
                preps.put(lower(parts[0].strip()), Set.copyOf(set));
            }
        }
        return new VerbArguments(preps, fixed, nonAssertive);
    }

    /** True if a phrase headed by {@code preposition} is an argument of one of the verbs. */
    public boolean isArgument(Set<String> verbs, String preposition) {
        for (String v : verbs) {
            if (prepositions.getOrDefault(v, Set.of()).contains(preposition)) {
                return true;
            }
        }
        return false;
    }

    /** True if a phrase of this preposition and noun lemma is fixed („in Kraft“, „zur Verfügung“). */
    public boolean isFixedPhrase(String preposition, String nounLemma) {
        return fixedPhrases.contains(preposition + " " + lower(nounLemma));
    }

    /** True if one of the verbs does not assert its dass-clause („bezweifeln“, „hoffen“). */
    public boolean isNonAssertive(Set<String> verbs) {
        return verbs.stream().anyMatch(nonAssertive::contains);
    }

    /** The base form of a preposition token: „im“ is „in“, „zum“ is „zu“. */
    public static String preposition(Token t) {
        String lemma = t.lemma();
        int plus = lemma.indexOf('+');
        String base = plus > 0 ? lemma.substring(0, plus) : t.text();
        return lower(base);
    }

    /**
     * The verbs of a clause as the lexicon lists them: lemmas of full verbs and predicative
     * adjectives, and a finite verb joined with its separable particle at the end of the clause
     * („stellt … um“ → „umstellen“).
     */
    public static Set<String> verbs(List<Token> clause) {
        Set<String> out = new HashSet<>();
        String particle = particle(clause);
        for (Token t : clause) {
            if (t.pos() == Pos.VERB || t.pos() == Pos.ADJ) {
                String lemma = lower(t.lemma());
                out.add(lemma);
                if (lemma.equals(lower(t.text())) && lemma.endsWith("e")) {
                    lemma = lemma + "n"; // a form the lemmatiser does not know („sinke“)
                    out.add(lemma);
                }
                if (particle != null && t.pos() == Pos.VERB) {
                    out.add(particle + lemma);
                }
            }
        }
        return out;
    }

    /** The separable particle that ends a clause, or null. */
    private static String particle(List<Token> clause) {
        int i = clause.size() - 1;
        while (i >= 0 && clause.get(i).isPunctuation()) {
            i--;
        }
        if (i <= 0) {
            return null;
        }
        Token last = clause.get(i);
        String w = lower(last.text());
        boolean tagged = last.pos().isAdposition() || last.pos() == Pos.ADV || last.pos() == Pos.PART;
        return tagged && PARTICLES.contains(w) ? w : null;
    }

    /** True if the word is a pronominal adverb of this preposition („darauf“ of „auf“). */
    public static boolean isPronominalAdverb(String word, String preposition) {
        String w = lower(word);
        boolean vowel = !preposition.isEmpty() && "aeiouäöü".indexOf(preposition.charAt(0)) >= 0;
        return w.equals((vowel ? "dar" : "da") + preposition);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.GERMAN);
    }
}
