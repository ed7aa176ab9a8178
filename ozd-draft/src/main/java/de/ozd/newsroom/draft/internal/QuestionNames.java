package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.Entity;
import de.ozd.newsroom.language.GermanCalendar;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The name an explainer question asks about, in the form a question takes it (issue 13): the name finder's span is
 * the report's form, which may carry a role noun („Kosmetikchef Hans Van Bylen“), a date („Iswestija am Montag“), a
 * genitive („Apples WWDC-Event“) or an inflected adjective („des Deutschen Bundestags“). Where the base form cannot be
 * read off the report, there is no question: a wrong name asked about is worse than one explainer fewer. Stateless.
 */
final class QuestionNames {
    private QuestionNames() {}

    /**
     * Lowercase words a person's name may have („Thomas de Maizière“, „Ursula von der Leyen“): the particles a last
     * name keeps ({@link FactComposer#NAME_PARTICLES}) and the German ones it drops when it stands alone.
     */
    private static boolean isParticle(String word) {
        return FactComposer.NAME_PARTICLES.contains(word)
                || Set.of("von", "zu", "der", "den", "y").contains(word);
    }

    /** Prepositions and articles a name never opens with. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "vom", "von", "im", "am", "zum", "zur", "beim", "bei", "mit", "aus", "für", "der", "die", "das", "des",
            "dem", "den", "ein", "eine");

    /**
     * The name of {@code e} for „Wer ist …?“ ({@code person}) or „Was ist …?“, or empty where the report's form is no
     * base form. A date after the name is cut („am Montag“, „Mittwochfrüh“); a role noun before a person's first and
     * last name is dropped, and before a last name alone where the tagger calls it a noun („Forensiker Havranek“); a genitive „-s“ of a person's name is dropped where the report also names the person
     * without it (a name that ends in „-s“ itself, „Varoufakis“, is never cut). A person's name with a lowercase word
     * that is no particle („Konrad parteifreier Mandatar“), an organisation's name that opens with an inflected
     * adjective („Deutschen Bundestags“, „laut Rotem Kreuz“), has a genitive as its first or last word („Apples
     * WWDC-Event“, „Bundeskanzleramtes“) or a lowercase word that joins no name's words („Universität Basel forscht“,
     * „Westbahn am Westbahnhof“), any name with someone's genitive before its last word („Sarkozys
     * Wahlkampfbudget“: the report writes „Sarkozy“ too), one that ends in a particle („Alexander Van“, cut before
     * „der Bellen“) or opens with a preposition once its role is dropped („Koalitionspartner von Stubb“), and names
     * joined by a slash („Wien/Linz“, a dateline), give none.
     */
    static Optional<String> of(TextAnalysis analysis, Entity e, boolean person) {
        if (e.canonical().contains("/")) {
            return Optional.empty(); // „Wien/Linz“, „APA/dpa“, „Isis/Isil“: a dateline, a credit or two names, not one
        }
        List<String> words = new ArrayList<>(Arrays.asList(e.canonical().strip().split("\\s+")));
        for (int k = 1; k < words.size(); k++) {
            if (k + 1 < words.size()
                            && words.get(k).matches("am|im|vom|zum|ab|bis|seit")
                            && GermanCalendar.isDayOrMonth(words.get(k + 1))
                    || isDayTime(words.get(k))) {
                // „Iswestija am Montag“, „die BBC Mittwochfrüh“: the date is the sentence's
                words = new ArrayList<>(words.subList(0, k));
                break;
            }
        }
        if (isParticle(words.get(words.size() - 1).toLowerCase(Locale.GERMAN))) {
            return Optional.empty(); // „Alexander Van“: the finder cut the name before „der Bellen“
        }
        boolean shouted = words.size() > 1 && words.stream().allMatch(w -> w.equals(w.toUpperCase(Locale.GERMAN)));
        if (FUNCTION_WORDS.contains(shouted ? words.get(0).toLowerCase(Locale.GERMAN) : words.get(0))) {
            // „vom Institut für Virologie …“: the finder's span began too early; „DIE FRAU“: a role in a play's text
            return Optional.empty();
        }
        for (String w : words.subList(0, words.size() - 1)) {
            if (w.length() > 4 && w.endsWith("s") && namedWithout(analysis, w)) {
                return Optional.empty(); // „Sarkozys Wahlkampfbudget“, „Googles Online-Speicher“: someone's thing
            }
        }
        List<Token> tokens = tokens(analysis, e);
        if (person) {
            while (words.size() > 2
                    && (isCommonNoun(tokens, words.get(0)) || words.get(0).length() >= 12)
                    && Appositions.looksLikeRole(words.get(0))) {
                // a long word with a role's ending is no first name, however the tagger reads it („Steuerkommissar“)
                words.remove(0); // „Kosmetikchef Hans Van Bylen“: the role belongs in the answer
            }
            if (words.size() == 2
                    && isCommonNoun(tokens, words.get(0))
                    && words.get(0).length() >= 7
                    && !(words.get(0).length() < 9 && words.get(0).endsWith("ier")) // „Olivier“, „Javier“, „Xavier“
                    && Appositions.looksLikeRole(words.get(0))) {
                // „Forensiker Havranek“, „Klubobfrau Krismer“: a last name alone, asked only where the report says who
                // the person is; a short word with a role's ending may be a first name the tagger calls a noun
                words.remove(0);
            }
            if (FUNCTION_WORDS.contains(words.get(0))) {
                return Optional.empty(); // „Koalitionspartner von Stubb“: the role's own phrase, not a name
            }
            if (words.stream().anyMatch(w -> Character.isLowerCase(w.codePointAt(0)) && !isParticle(w))
                    || words.subList(1, Math.max(1, words.size() - 1)).stream().anyMatch(w -> isGenitive(tokens, w))) {
                return Optional.empty(); // „Konrad parteifreier Mandatar“, „Tom Rostons Buch“: more than a name
            }
            String last = words.get(words.size() - 1);
            if (last.length() > 4 && last.endsWith("s") && namedWithout(analysis, last)) {
                words.set(words.size() - 1, last.substring(0, last.length() - 1));
            }
        } else if (words.size() >= 2
                        && (isInflectedAdjective(tokens, words.get(0))
                                || isGenitive(tokens, words.get(0))
                                || words.get(0).matches("\\p{Lu}\\p{Ll}+em") && afterPreposition(analysis, e))
                || isGenitive(tokens, words.get(words.size() - 1))
                || words.stream()
                        .anyMatch(w -> w.equals(w.toLowerCase(Locale.GERMAN))
                                && w.codePoints().anyMatch(Character::isLetter)
                                && !NAME_LINKS.contains(w))) {
            // „Was ist die Afrikanischen Union?“, „Was ist Apples WWDC-Event?“, „Was ist Bundeskanzleramtes?“, „laut
            // Rotem Kreuz“ (a dative after a preposition, whatever the tagger calls „Rotem“); „Universität Basel
            // forscht“, „Westbahn am Westbahnhof“: the finder's span ran into the sentence (a brand's „eBay“ has a
            // capital, „adidas“ gives no question)
            return Optional.empty();
        }
        return Optional.of(String.join(" ", words));
    }

    /**
     * Lowercase words that join the words of an organisation's name („Institut für Virologie“, „Partei Recht und
     * Gerechtigkeit“, „Savings Bank of Ukraine“); any other lowercase word is the sentence's, not the name's.
     */
    private static final Set<String> NAME_LINKS = Set.of(
            "der", "die", "das", "des", "den", "dem", "und", "für", "zur", "zum", "von", "zu", "an", "in", "auf", "of",
            "the", "and", "for", "de", "du", "la", "le", "les", "el", "los", "las", "di", "del", "della", "da", "do",
            "dos", "y", "e", "et", "&", "e.V.", "e.", "eG", "gGmbH", "mbH");

    /** A word that ends in a time of day („Mittwochfrüh“, „Dienstagabend“). */
    private static final java.util.regex.Pattern DAY_TIME =
            java.util.regex.Pattern.compile("(?iu)(\\p{L}+?)(früh|morgen|vormittag|mittag|nachmittag|abend|nacht)");

    /** „Mittwochfrüh“, „Dienstagabend“: a day ({@link GermanCalendar}) with the time of day, written as one word. */
    private static boolean isDayTime(String word) {
        java.util.regex.Matcher m = DAY_TIME.matcher(word);
        return m.matches() && GermanCalendar.isDayOrMonth(m.group(1));
    }

    /** The mention stands right after a preposition („laut Rotem Kreuz“, „mit Blauem Auge“). */
    private static boolean afterPreposition(TextAnalysis analysis, Entity e) {
        List<Token> s = analysis.sentences().get(e.sentenceIndex()).tokens();
        int i = Articles.indexAt(s, e.begin());
        return i > 0 && s.get(i - 1).pos() == Pos.ADP;
    }

    private static List<Token> tokens(TextAnalysis analysis, Entity e) {
        return analysis.sentences().get(e.sentenceIndex()).tokens().stream()
                .filter(t -> t.begin() >= e.begin() && t.end() <= e.end())
                .toList();
    }

    private static Optional<Token> token(List<Token> tokens, String word) {
        return tokens.stream().filter(t -> t.text().equals(word)).findFirst();
    }

    private static boolean isCommonNoun(List<Token> tokens, String word) {
        return token(tokens, word).filter(t -> t.pos() == Pos.NOUN).isPresent();
    }

    /**
     * „Deutschen“ of „Deutschen Bundestags“, „Rotem“ of „Rotem Kreuz“, „Tiermedizinischen“: an adjective in a case not
     * the nominative's, by its lemma or by an adjective's suffix.
     */
    private static boolean isInflectedAdjective(List<Token> tokens, String word) {
        return word.matches("\\p{Lu}\\p{Ll}+(isch|lich|ig)(en|em|es)")
                || word.matches("\\p{Lu}\\p{Ll}+(en|em|es)")
                        && token(tokens, word)
                                .filter(t -> !t.lemma().equalsIgnoreCase(t.text())
                                        && t.text().startsWith(t.lemma()))
                                .isPresent();
    }

    /** „Bundeskanzleramtes“, „Apples“: the word is its lemma with a genitive ending. */
    private static boolean isGenitive(List<Token> tokens, String word) {
        return token(tokens, word)
                .filter(t -> word.equals(t.lemma() + "s") || word.equals(t.lemma() + "es"))
                .isPresent();
    }

    /** The report also writes {@code last} without its „-s“, as a word of its own („Schiele“ beside „Schieles“). */
    private static boolean namedWithout(TextAnalysis analysis, String last) {
        return SpeakerPrefix.containsWord(analysis.text(), last.substring(0, last.length() - 1));
    }
}
