package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.Entity;
import de.ozd.newsroom.language.EntityType;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Sentence;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The report as the drafter reads it, with a subject pronoun („Er bestreitet …“, „Heuer gewann er …“) read as the
 * person it stands for: „Der angeklagte Bauunternehmer Franz Lustig erschien nicht. Er liegt im Krankenhaus.“ gives
 * the clause „Franz Lustig liegt im Krankenhaus“, which stands on its own as a fact; the pronoun did not. Only where
 * the report leaves no doubt (see {@link #resolved}); the report's text, its sentences' text and every other token
 * stay as they are, the name takes the pronoun's place and offsets. A sentence that opens with „Das Unternehmen“ or
 * „Der Konzern“ is read in the same way as the organisation the report named ({@link OrganisationSubjects}). Stateless.
 */
final class PronounSubjects {
    private PronounSubjects() {}

    /**
     * The analysis with each resolvable subject pronoun replaced by its person's name, as one proper-noun token and a
     * person entity at the pronoun's offsets. A pronoun is resolved when it is the subject of its sentence's main verb
     * in the indicative – „Er“ or „Sie“ opening the sentence before a verb in the singular („Er bestreitet“, „Sie
     * war“, not „Sie sind“, not reported speech „Er sei“), or „er“ right after that verb („Heuer gewann er …“) – its
     * sentence names no speaker, and the sentence right before names one person, as its subject, with no speaker of
     * its own (what follows „Huber sagte, der Angeklagte …“ may be about the Angeklagte) and no role noun against the
     * pronoun („Ministerin“ is no „er“); see {@link Antecedents#subjectOf}. A pronoun resolved this way is the
     * antecedent's subject in turn for the next sentence.
     */
    static TextAnalysis resolved(TextAnalysis analysis) {
        List<Sentence> sentences = new ArrayList<>(analysis.sentences());
        List<Entity> entities = new ArrayList<>(analysis.entities());
        boolean changed = false;
        for (int k = 1; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            int at = pronounAt(s.tokens());
            if (at < 0) {
                continue;
            }
            Token pronoun = s.tokens().get(at);
            TextAnalysis current = changed ? copy(analysis, sentences, entities) : analysis; // a chain: „Er … Er …“
            Optional<Entity> person = antecedent(current, k, pronoun);
            if (person.isEmpty()) {
                continue;
            }
            String name = Antecedents.nameOf(person.get());
            List<Token> tokens = new ArrayList<>(s.tokens());
            tokens.set(at, new Token(name, pronoun.begin(), pronoun.end(), Pos.PROPN, name));
            sentences.set(k, new Sentence(s.index(), s.begin(), s.end(), s.text(), tokens));
            entities.add(new Entity(
                    name,
                    pronoun.begin(),
                    pronoun.end(),
                    EntityType.PERSON,
                    person.get().canonical(),
                    k));
            changed = true;
        }
        // then „Das Unternehmen …“ as the one organisation the report named
        return OrganisationSubjects.resolved(changed ? copy(analysis, sentences, entities) : analysis);
    }

    /** The analysis with these sentences and entities (in text order); shared with {@link OrganisationSubjects}. */
    static TextAnalysis copy(TextAnalysis a, List<Sentence> sentences, List<Entity> entities) {
        List<Entity> ordered = new ArrayList<>(entities);
        ordered.sort(Comparator.comparingInt(Entity::begin));
        return new TextAnalysis(a.text(), sentences, ordered, a.quantities(), a.attributions(), a.hedges());
    }

    /**
     * Where the sentence's subject pronoun stands: 0 for „Er“ or „Sie“ before a verb in the singular, the place after
     * the main verb for „er“ there; -1 if none, or if the verb is reported speech or a Konjunktiv II.
     */
    private static int pronounAt(List<Token> s) {
        if (s.size() < 3) {
            return -1;
        }
        int at = -1;
        if (s.get(0).pos() == Pos.PRON && s.get(0).text().matches("Er|Sie")) {
            at = s.get(1).pos().isVerb() && (s.get(0).text().equals("Er") || !isPlural(s.get(1))) ? 0 : -1;
        } else {
            int verb = Antecedents.mainVerb(s);
            boolean er = verb > 0
                    && verb + 2 < s.size()
                    && s.get(verb + 1).text().equals("er")
                    && s.get(verb + 1).pos() == Pos.PRON;
            at = er ? verb + 1 : -1;
        }
        Token verb = at < 0 ? null : s.get(at == 0 ? 1 : at - 1);
        return verb == null || MeaningGuard.isReportedSpeech(verb) || MeaningGuard.isConjunctiveTwo(verb) ? -1 : at;
    }

    /** The person the subject pronoun of sentence {@code k} stands for, if the report leaves no doubt. */
    private static Optional<Entity> antecedent(TextAnalysis analysis, int k, Token pronoun) {
        if (hasSpeaker(analysis, k) || hasSpeaker(analysis, k - 1)) {
            return Optional.empty(); // „…, sagte er“ is the speaker's rule; after a quote, the quote's nouns
        }
        List<Entity> persons = Antecedents.persons(analysis, k - 1);
        if (!Antecedents.onePerson(persons)) {
            return Optional.empty();
        }
        Entity person = persons.get(0);
        boolean er = Phrases.lower(pronoun.text()).equals("er");
        return Antecedents.subjectOf(analysis.sentences().get(k - 1).tokens(), person)
                .filter(role -> Antecedents.genderAgrees(er, role, person))
                .map(role -> person);
    }

    private static boolean hasSpeaker(TextAnalysis analysis, int sentence) {
        return analysis.attributionsIn(sentence).stream().anyMatch(a -> a.hasSpeaker());
    }

    /** „sind“, „haben“, „waren“, „konnten“: the plural „sie“, not a woman. */
    static boolean isPlural(Token verb) {
        String w = Phrases.lower(verb.text());
        return w.equals("sind") || w.equals("tun") || w.matches(".*(en|ern|eln)");
    }
}
