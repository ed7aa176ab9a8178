package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.Entity;
import de.ozd.newsroom.language.EntityType;
import de.ozd.newsroom.language.GermanCalendar;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Explainer answers the report itself gives: a role or apposition next to a person's or organisation's name.
 *
 * <ul>
 *   <li>a role noun right before a person („Bürgermeisterin Petra Albrecht (SPD) sagte …“ → „Petra Albrecht
 *       (SPD) ist Bürgermeisterin.“), with the place only when it stands in the same phrase („Lindenaus
 *       Bürgermeisterin …“ → „… ist Lindenaus Bürgermeisterin.“);
 *   <li>an apposition between commas after the name („Jörg Haller, Betriebsratschef des Werks, …“ → „Jörg Haller
 *       ist Betriebsratschef des Werks.“), taken word for word;
 *   <li>a noun with its article right before an organisation („Der Autozulieferer Brennwald …“ → „Brennwald ist
 *       ein Autozulieferer.“).
 * </ul>
 *
 * Only nominative forms are used (a role in another case, „des Präsidenten …“, answers nothing), nothing is
 * added that the report does not say (an adjective before a role such as „frühere“ makes the drafter skip the
 * role rather than guess its form), and the first mention that answers wins. Stateless.
 */
final class Appositions {
    private Appositions() {}

    /** Articles an apposition after a comma may open with (nominative; „dem“, „den“, „des“ are refused). */
    private static final Set<String> APPOSITION_ARTICLES = Set.of("der", "die", "das", "ein", "eine");

    private static final int MAX_APPOSITION_TOKENS = 8;

    /**
     * Endings of nouns that name a person's role („Bürgermeisterin“, „Präsident“, „Sprecher“, „Experte“,
     * „Kandidat“, „Regisseur“): a noun before a name without one („Sendung Markus Lanz“, „Film …“) is no role.
     */
    private static final java.util.regex.Pattern PERSON_NOUN = java.util.regex.Pattern.compile(
            "(er|in|ent|ant|ist|or|eur|ör|at|e|chef|arzt|wirt|mann|frau|boss|profi|coach|star|graf|fürst|prinz|könig|papst|bischof|rat)$");

    /** The answer the report gives for „Wer ist …?“ / „Was ist …?“, or empty. */
    static Optional<String> answer(TextAnalysis analysis, Entity entity, Optional<String> article) {
        if (entity.type() != EntityType.PERSON && entity.type() != EntityType.ORGANISATION) {
            return Optional.empty();
        }
        for (Entity mention : analysis.entities()) {
            if (!mention.canonical().equals(entity.canonical())
                    || !mention.text().equals(mention.canonical())) {
                continue; // another entity, or an inflected mention („Albrechts“)
            }
            List<Token> s = analysis.sentences().get(mention.sentenceIndex()).tokens();
            int first = indexAt(s, mention.begin());
            int last = lastIndex(s, mention.end());
            if (first < 0 || last < 0) {
                continue;
            }
            Optional<String> a = entity.type() == EntityType.PERSON
                    ? person(analysis, s, first, last)
                    : organisation(analysis.text(), s, first, last, subject(mention.canonical(), article));
            if (a.isPresent()) {
                return a;
            }
        }
        return Optional.empty();
    }

    private static String subject(String name, Optional<String> article) {
        return article.map(a -> Character.toUpperCase(a.charAt(0)) + a.substring(1) + " " + name)
                .orElse(name);
    }

    private static Optional<String> person(TextAnalysis analysis, List<Token> s, int first, int last) {
        int afterName = last + 1;
        String name = join(analysis.text(), s, first, last);
        if (afterName + 2 < s.size()
                && s.get(afterName).text().equals("(")
                && s.get(afterName + 2).text().equals(")")
                && s.get(afterName + 1).pos().isNoun()) {
            name += " (" + s.get(afterName + 1).text() + ")"; // the party: „Petra Albrecht (SPD)“
            afterName += 3;
        }
        Optional<String> after = commaApposition(analysis.text(), s, first, afterName);
        if (after.isPresent()) {
            return Optional.of(name + " ist " + after.get() + ".");
        }
        int r = first - 1;
        if (r < 0 || !isRole(s.get(r)) || !PERSON_NOUN.matcher(s.get(r).text()).find()) {
            return Optional.empty();
        }
        String role = s.get(r).text();
        if (r >= 1) {
            Token before = s.get(r - 1);
            if (before.pos() == Pos.ADJ && !before.isCapitalised()) {
                return Optional.empty(); // „die frühere Bürgermeisterin“: the form would have to change
            }
            if (before.isCapitalised() && isPlace(analysis, before, r - 1 > 0)) {
                role = before.text() + " " + role; // „Lindenaus Bürgermeisterin“, „Lindenauer Bürgermeisterin“
            }
        }
        return Optional.of(name + " ist " + role + ".");
    }

    private static Optional<String> organisation(String text, List<Token> s, int first, int last, String subject) {
        Optional<String> after = commaApposition(text, s, first, last + 1);
        if (after.isPresent()) {
            return Optional.of(subject + " ist " + after.get() + ".");
        }
        int r = first - 1;
        if (r < 1 || !isRole(s.get(r))) {
            return Optional.empty();
        }
        Token det = s.get(r - 1);
        Optional<String> indefinite = indefinite(det, r >= 2 ? s.get(r - 2) : null);
        return indefinite.map(a -> subject + " ist " + a + " " + s.get(r).text() + ".");
    }

    /** „ein“ / „eine“ from the article before the noun, if its form tells the gender. */
    private static Optional<String> indefinite(Token det, Token before) {
        String a = Phrases.lower(det.text());
        boolean oblique =
                before != null && (Phrases.isNoun(before) || before.pos().isAdposition());
        if (det.pos() == Pos.ADP_DET) {
            return a.equals("zur")
                    ? Optional.of("eine")
                    : a.matches("im|beim|vom|zum|am") ? Optional.of("ein") : Optional.empty();
        }
        if (det.pos() != Pos.DET) {
            return Optional.empty();
        }
        return switch (a) {
            case "die" -> Optional.of("eine");
            case "das", "dem" -> Optional.of("ein");
            case "der" -> Optional.of(oblique ? "eine" : "ein");
            default -> Optional.empty();
        };
    }

    /**
     * The words between the commas after a name („, Betriebsratschef des Werks in Kassel,“), when they are a noun
     * phrase in the nominative: no verb, no pronoun or conjunction, at most eight words, opening with a noun or a
     * nominative article, and the name not governed by a preposition.
     */
    private static Optional<String> commaApposition(String text, List<Token> s, int first, int comma) {
        if (comma >= s.size() || !s.get(comma).text().equals(",")) {
            return Optional.empty();
        }
        if (first > 0 && s.get(first - 1).pos().isAdposition()) {
            return Optional.empty(); // „mit Petra Albrecht, der Bürgermeisterin“ is not nominative
        }
        int end = comma + 1;
        while (end < s.size() && !s.get(end).text().equals(",")) {
            end++;
        }
        if (end >= s.size() || end == comma + 1 || end - comma - 1 > MAX_APPOSITION_TOKENS) {
            return Optional.empty(); // the apposition must be closed by a second comma
        }
        List<Token> span = s.subList(comma + 1, end);
        int i = 0;
        if (span.get(0).pos() == Pos.DET) {
            if (!APPOSITION_ARTICLES.contains(Phrases.lower(span.get(0).text()))) {
                return Optional.empty();
            }
            i++;
            while (i < span.size() && span.get(i).pos() == Pos.ADJ) {
                i++;
            }
        }
        if (i >= span.size() || span.get(i).pos() != Pos.NOUN || !span.get(i).isCapitalised()) {
            return Optional.empty();
        }
        for (Token t : span) {
            Pos p = t.pos();
            if (p.isVerb()
                    || p == Pos.PRON
                    || p == Pos.SCONJ
                    || p == Pos.CCONJ
                    || p == Pos.ADV
                    || t.text().matches("[()„“\"]")) {
                return Optional.empty();
            }
        }
        return Optional.of(join(text, span, 0, span.size() - 1));
    }

    /** A common noun in its dictionary form, not a day or month: „Bürgermeisterin“, not „Präsidenten“. */
    private static boolean isRole(Token t) {
        return t.pos() == Pos.NOUN
                && t.isCapitalised()
                && t.text().equals(t.lemma())
                && t.text().length() > 2
                && !GermanCalendar.isDayOrMonth(t.text());
    }

    /** A place word in the role's own phrase: a place name („Lindenaus“) or its adjective („Lindenauer“). */
    private static boolean isPlace(TextAnalysis analysis, Token t, boolean inside) {
        for (Entity e : analysis.entities()) {
            if (e.type() == EntityType.LOCATION && e.begin() <= t.begin() && t.end() <= e.end()) {
                return true;
            }
        }
        return inside && t.pos() == Pos.ADJ && t.text().endsWith("er");
    }

    /** The report's own words from token {@code from} to {@code to}, as they stand. */
    private static String join(String text, List<Token> s, int from, int to) {
        return text.substring(s.get(from).begin(), s.get(to).end()).replaceAll("\\s+", " ");
    }

    private static int indexAt(List<Token> s, int begin) {
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).begin() == begin) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndex(List<Token> s, int end) {
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).end() == end) {
                return i;
            }
        }
        return -1;
    }
}
