package de.ozd.newsroom.language.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists the analysers and the drafting engine use (abbreviations, cue verbs, hedges, modal
 * verbs, forms of „werden“, negations, gazetteer; public through {@link
 * de.ozd.newsroom.language.GermanWords} and {@link de.ozd.newsroom.language.Gazetteer}). They live in {@code lexicon/*.txt} next to this class: one entry per line, {@code #}
 * starts a comment. Loaded once; immutable.
 */
public final class GermanLexicon {

    private static final GermanLexicon INSTANCE = new GermanLexicon();

    private final Set<String> abbreviations = words("abbreviations.txt");
    private final Set<String> sentenceStarters = words("sentence-starters.txt");
    private final Set<String> cueVerbs = words("cue-verbs.txt");
    private final Set<String> cueLemmas = words("cue-lemmas.txt");
    private final Set<String> hedges = words("hedges.txt");
    private final Set<String> konjunktiv = words("konjunktiv.txt");
    private final Set<String> speakerStops = words("speaker-stops.txt");
    private final Map<String, String> gazetteer = pairs("gazetteer.txt");
    private final Set<String> modalVerbs = words("modal-verbs.txt");
    private final Set<String> werdenForms = words("werden-forms.txt");
    private final Set<String> negations = words("negations.txt");
    private final Set<String> complementizers = words("complementizers.txt");

    private GermanLexicon() {}

    public static GermanLexicon get() {
        return INSTANCE;
    }

    /** Abbreviations without their final period, lower-case („dr“, „z.b“, „bzw“). */
    public boolean isAbbreviation(String word) {
        return abbreviations.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Words that typically start a sentence (articles, pronouns), lower-case. */
    public boolean isSentenceStarter(String word) {
        return sentenceStarters.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Inflected verbs of saying („sagte“, „erklärte“, „betonte“), lower-case. */
    public boolean isCueVerb(String word) {
        return cueVerbs.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Inflected verbs of saying, lower-case (the list {@link #isCueVerb} reads). */
    public Set<String> cueVerbs() {
        return cueVerbs;
    }

    /**
     * Lemmas of verbs of saying („sagen“, „erklären“); particle verbs as {@code "geben an"}, valid
     * only with their particle in the sentence.
     */
    public Set<String> cueLemmas() {
        return cueLemmas;
    }

    /** Konjunktiv-I/II forms typical of reported speech („sei“, „habe“, „hätten“). */
    public boolean isKonjunktiv(String word) {
        return konjunktiv.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Words that end a speaker phrase (prepositions, conjunctions, finite verbs). */
    public boolean isSpeakerStop(String word) {
        return speakerStops.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Hedge phrases, lower-case, single words or multi-word („gehen davon aus“). */
    public Set<String> hedges() {
        return hedges;
    }

    /** Lemmas of the modal verbs („sollen“, „wollen“, „können“ …), lower-case. */
    public Set<String> modalVerbs() {
        return modalVerbs;
    }

    /** Present and subjunctive forms of „werden“ („wird“, „würden“ …), lower-case. */
    public Set<String> werdenForms() {
        return werdenForms;
    }

    /** Words that open a complement clause („dass“, „ob“, „wie“, „warum“ …), lower-case. */
    public Set<String> complementizers() {
        return complementizers;
    }

    /** Negating words („nicht“, „kein“, „niemand“ …), lower-case. */
    public Set<String> negations() {
        return negations;
    }

    /**
     * Gazetteer: known place or organisation names and demonym stems, mapped to a line {@code
     * TYPE|Canonical}. Keys are lower-case.
     */
    public Map<String, String> gazetteer() {
        return gazetteer;
    }

    private static Set<String> words(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : lines(name)) {
            out.add(line.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static Map<String, String> pairs(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(name)) {
            String[] parts = line.split("\t");
            if (parts.length == 3) {
                out.put(parts[0].toLowerCase(Locale.ROOT), parts[1] + "|" + parts[2]);
            }
        }
        return Map.copyOf(out);
    }

    static List<String> lines(String name) {
        String path = "lexicon/" + name;
        try (InputStream in = GermanLexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + path, e);
        }
    }
}
