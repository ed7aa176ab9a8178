package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.Entity;
import de.ozd.newsroom.language.EntityType;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.List;
import java.util.Optional;

/**
 * The person a third-person pronoun („er“, „sie“) stands for, where the report leaves no doubt: the one person named
 * in a sentence, as its subject, whose role noun does not contradict the pronoun. Shared by the speaker of „…, sagte
 * er“ ({@link SpeakerPrefix}) and the subject of „Er bestreitet …“ ({@link PronounSubjects}). Stateless.
 */
final class Antecedents {
    private Antecedents() {}

    /**
     * The persons named in a sentence, in text order; not the place of a dateline the name finder takes for one
     * („Lindenau – Der Stadtrat …“).
     */
    static List<Entity> persons(TextAnalysis analysis, int sentence) {
        List<Token> s = analysis.sentences().get(sentence).tokens();
        return analysis.entitiesIn(sentence).stream()
                .filter(e -> e.type() == EntityType.PERSON && !isDateline(s, e))
                .toList();
    }

    /** The entity opens its sentence and is its dateline ({@link #datelineDash}). */
    private static boolean isDateline(List<Token> s, Entity e) {
        return !s.isEmpty() && s.get(0).begin() == e.begin() && datelineDash(s) > 0;
    }

    /** True if the sentence opens with a dateline („Lindenau – …“). */
    static boolean opensWithDateline(List<Token> s) {
        return datelineDash(s) > 0;
    }

    /** The dash after a dateline („Lindenau – …“: capitalised words, then a dash, within the first four), or -1. */
    private static int datelineDash(List<Token> s) {
        for (int i = 1; i <= 3 && i < s.size(); i++) {
            if (ClauseSplitter.isDash(s, i) || s.get(i).text().matches("[–-]")) {
                return s.subList(0, i).stream().allMatch(Token::isCapitalised) ? i : -1;
            }
        }
        return -1;
    }

    /** True if every mention is of one person (the same surname): „Müller traf Meier“ names two. */
    static boolean onePerson(List<Entity> persons) {
        return !persons.isEmpty() && persons.stream().allMatch(e -> surname(e).equals(surname(persons.get(0))));
    }

    /**
     * The person as the subject of its sentence: named before the sentence's first verb and not right after a
     * preposition („Bei Müller …“). Empty otherwise; else the token before the name (a role noun, or none), which
     * {@link #genderAgrees} reads.
     */
    private static Optional<List<Token>> asSubject(List<Token> sentence, Entity person) {
        int firstVerb = sentence.stream()
                .filter(Phrases::isVerb)
                .mapToInt(Token::begin)
                .findFirst()
                .orElse(Integer.MAX_VALUE);
        List<Token> before =
                sentence.stream().filter(t -> t.end() <= person.begin()).toList();
        boolean subject = person.begin() < firstVerb
                && (before.isEmpty() || !before.get(before.size() - 1).pos().isAdposition());
        return subject
                ? Optional.of(before.isEmpty() ? List.of() : before.subList(before.size() - 1, before.size()))
                : Optional.empty();
    }

    /**
     * „er“ is no *Ministerin*, „sie“ no *Minister*: a role noun in {@code span}, outside the name ({@code person}),
     * must fit the pronoun.
     */
    static boolean genderAgrees(boolean er, List<Token> span, Entity person) {
        for (Token t : span) {
            if (!t.isCapitalised() || t.begin() >= person.begin() && t.end() <= person.end()) {
                continue;
            }
            boolean feminine = t.text().matches("\\p{Lu}\\p{L}+in") || t.text().endsWith("frau");
            if (er == feminine) {
                return false;
            }
        }
        return true;
    }

    /** The name as a nominative or „laut“ takes it: without a genitive „-s“ the name itself does not have. */
    static String nameOf(Entity e) {
        return e.text().replaceAll("s$", e.canonical().endsWith("s") ? "s" : "");
    }

    static String surname(Entity e) {
        String[] words = e.canonical().split("\\s+");
        return words[words.length - 1];
    }

    /**
     * The person as the subject of its sentence, with the token before its name (a role noun, or none): before the
     * first verb and right before a verb, a comma or a bracket („Lustig erschien“, „Lustig, der …, erschien“, not
     * „Lustig und sein Anwalt“ or „Lustigs Anwalt“); or right after the main verb, alone or after a role noun, with
     * „der/die“ or without („baute Frenzel seine Führung aus“, „Dritter wurde der Italiener Pietro Caucchioli“,
     * „eröffnete Bürgermeisterin Petra Albrecht …“) where the
     * sentence opens with no subject of its own ({@link #openedByAdjunct}), not before „und“ nor as a possessor
     * („baute Frenzels Team …“).
     */
    static Optional<List<Token>> subjectOf(List<Token> s, Entity person) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).begin() >= person.begin() && s.get(i).end() <= person.end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0 || last + 1 >= s.size()) {
            return Optional.empty();
        }
        Token next = s.get(last + 1);
        if (s.subList(0, first).stream().noneMatch(Phrases::isVerb)) {
            boolean standsAlone = next.pos().isVerb() || next.text().matches("[,(]");
            return standsAlone ? asSubject(s, person) : Optional.empty();
        }
        int verb = mainVerb(s);
        if (verb < 0 || first <= verb || !openedByAdjunct(s)) {
            return Optional.empty();
        }
        int k = verb + 1;
        if (k < first && s.get(k).text().matches("der|die")) {
            k++;
            while (k < first && s.get(k).pos() == Pos.ADJ) {
                k++;
            }
            k = k < first && Phrases.isNoun(s.get(k)) ? k + 1 : -1;
        } else if (k + 1 == first && s.get(k).pos() == Pos.NOUN) {
            k++; // „eröffnete Bürgermeisterin Petra Albrecht …“
        }
        boolean possessor = person.text().endsWith("s") && Phrases.isNoun(next);
        if (k != first || next.pos() == Pos.CCONJ || possessor) {
            return Optional.empty();
        }
        return Optional.of(first > verb + 1 ? List.of(s.get(first - 1)) : List.of());
    }

    /**
     * The sentence opens with what cannot be its subject – a subordinate clause, a preposition, an adverb, a number or
     * an adjective („Nach dem Lauf übernahm …“, „Heuer gewann …“, „Dritter wurde …“) – so a name after the verb is the
     * subject; after „Ein zehnjähriges Mädchen ist …“ it is not.
     */
    private static boolean openedByAdjunct(List<Token> s) {
        Pos first = s.get(0).pos();
        return first.isAdposition() || first == Pos.SCONJ || first == Pos.ADV || first == Pos.NUM || first == Pos.ADJ;
    }

    /**
     * The main clause's finite verb of a declarative sentence: the first verb, with no comma or subordinating
     * conjunction before it; or, after a subordinate clause that opens the sentence („Weil er Berufung eingelegt
     * hatte, ist Schettino …“), the verb right after its comma. -1 if neither.
     */
    static int mainVerb(List<Token> s) {
        if (s.isEmpty()) {
            return -1;
        }
        if (s.get(0).pos() == Pos.SCONJ) {
            for (int i = 1; i + 1 < s.size(); i++) {
                if (s.get(i).text().equals(",")) {
                    return s.get(i - 1).pos().isVerb() && s.get(i + 1).pos().isVerb() ? i + 1 : -1;
                }
            }
            return -1;
        }
        int dateline = datelineDash(s); // „Lindenau – …“
        for (int i = dateline + 1; i < s.size(); i++) {
            Token t = s.get(i);
            if (t.text().matches("[,;:?„“\"]") || t.pos() == Pos.SCONJ || ClauseSplitter.isDash(s, i)) {
                return -1;
            }
            if (Phrases.isVerb(t)) {
                return i;
            }
        }
        return -1;
    }
}
