package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.Entity;
import de.ozd.newsroom.language.EntityType;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Whom a report means by a role noun with its definite article: „der Grazer Arzt Rainer Possert“ in one sentence, „Der
 * Arzt hat … angestellt“ in a later one. A box fact that keeps „Arzt hat …“ says not who; with the name it does
 * („Rainer Possert hat …“). A role is linked to a person where it stands right before the name („Arzt Rainer
 * Possert“, „des Touristikchefs Jean-Jacques Gsell“) or as an apposition right after it („Rainer Possert, der Arzt,“),
 * in the fact's sentence or one before it, and only where the report links that role to one person alone. Stateless.
 */
final class RoleNames {
    private RoleNames() {}

    private static final Set<String> ARTICLES = Set.of("der", "die");

    /**
     * The tokens of the name of the one person the report calls {@code role} with the definite {@code article} (in a
     * clause of sentence {@code sentence}) before it, or empty where it names none or more than one that way, or the
     * noun is no person's role or not one person: „der Anwalt“ and „die Sprecherin“, not „die Klubobleute“ nor „die
     * Bürgermeister“.
     */
    static Optional<List<Token>> nameFor(TextAnalysis analysis, Token article, Token role, int sentence) {
        String lemma = role.lemma();
        String a = Phrases.lower(article.text());
        boolean one = role.text().equals(lemma) && (a.equals("der") || a.equals("die") && lemma.endsWith("in"));
        if (role.pos() != Pos.NOUN || !one || !Appositions.isPersonRole(lemma)) {
            return Optional.empty();
        }
        TreeMap<String, List<Token>> names = new TreeMap<>();
        for (int s = 0; s <= sentence; s++) {
            List<Token> t = analysis.sentences().get(s).tokens();
            for (Entity e : analysis.entitiesIn(s)) {
                if (e.type() != EntityType.PERSON || e.begin() >= role.begin()) {
                    continue;
                }
                int first = Articles.indexAt(t, e.begin());
                if (first < 0) {
                    continue;
                }
                int last = first;
                while (last + 1 < t.size() && t.get(last + 1).end() <= e.end()) {
                    last++;
                }
                boolean before = first > 0 && sameRole(t.get(first - 1), lemma);
                boolean after = last + 3 < t.size()
                        && t.get(last + 1).text().equals(",")
                        && ARTICLES.contains(Phrases.lower(t.get(last + 2).text()))
                        && sameRole(t.get(last + 3), lemma)
                        && (last + 4 == t.size() || t.get(last + 4).isPunctuation());
                if (before || after) {
                    names.putIfAbsent(e.canonical(), List.copyOf(t.subList(first, last + 1)));
                }
            }
        }
        return names.size() == 1 ? Optional.of(names.firstEntry().getValue()) : Optional.empty();
    }

    /** The role noun in any case: „Neurologen“ and „Touristikchefs“ too, which the lemmatizer may leave as written. */
    private static boolean sameRole(Token t, String lemma) {
        return t.pos().isNoun()
                && (t.lemma().equals(lemma) || t.text().matches(java.util.regex.Pattern.quote(lemma) + "(n|en|s|es)"));
    }
}
