package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.draft.DraftLabels;
import de.ozd.newsroom.language.Attribution;
import de.ozd.newsroom.language.AttributionKind;
import de.ozd.newsroom.language.Entity;
import de.ozd.newsroom.language.GermanCalendar;
import de.ozd.newsroom.language.GermanWords;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compresses a clause of the report into a short fact in headline style, using only the clause's
 * own words in their own forms (so every fact stays grounded), and prefixes the attribution of its
 * sentence („Laut Kim: …“) or a hedge („Unbestätigt: …“) so no fact sounds surer than its source.
 *
 * <p>Three shapes, tried in order: a number phrase with the clause's participle („neun
 * nordkoreanische Soldaten getötet“, {@link NumberHeadline}); a verb-final subordinate clause
 * turned into verb-second order („Truppen kämpfen in der Ukraine“); a main clause with its fronted
 * source phrase or filler removed and the subject put first („Nordkorea unterstützt Russland …“,
 * {@link WordOrder}). Only a clause that states a fact of the report and keeps what its verb
 * needs gives one ({@link Completeness}); shortening drops free adjuncts only ({@link
 * Compressor}). A clause that still has more words than allowed yields nothing: facts are never
 * cut off mid-phrase. Stateless apart from the analysis.
 */
final class FactComposer {

    /** A composed fact. */
    record Fact(String text, int sentence, int words, double score, Clause clause) {}

    static final Set<String> FILLERS = Set.of(
            "zudem",
            "auch",
            "dabei",
            "ebenfalls",
            "bereits",
            "nun",
            "jedoch",
            "aber",
            "allerdings",
            "außerdem",
            "parallel",
            "darüber",
            "inzwischen",
            "indes",
            "freilich",
            "hingegen",
            "wiederum",
            "somit",
            "also",
            "mittlerweile",
            "indessen");
    static final Set<String> CUE_LEMMAS = Set.of(
            "besagen", // „Der Bericht besagt: …“
            "sagen",
            "erklären",
            "betonen",
            "mitteilen",
            "berichten",
            "melden",
            "schreiben",
            "bestätigen",
            "warnen",
            "hervorheben",
            "kritisieren",
            "fordern",
            "ankündigen",
            "behaupten",
            "meinen",
            "ergänzen",
            "gehen",
            "bezweifeln",
            "vermuten",
            "glauben",
            "fürchten",
            "hoffen",
            "befürchten",
            "sprechen",
            "teilen",
            "argumentieren",
            "bekräftigen",
            "nennen",
            "zitieren",
            "verdeutlichen",
            "verkünden",
            "bezeichnen",
            "unterstreichen",
            "versichern",
            "dementieren",
            "antworten",
            "erläutern",
            "schildern",
            "äußern",
            "beklagen",
            "mahnen",
            "verweisen",
            "bemängeln",
            "monieren",
            "bestreiten",
            "titeln",
            "twittern",
            "kommentieren",
            "konstatieren",
            "resümieren",
            "erzählen",
            "weisen",
            "hinweisen");

    private final TextAnalysis analysis;
    private final Phrases phrases;
    private final SpeakerPrefix speaker;
    private final Compressor compressor;
    private final Completeness completeness;
    private final WordOrder order;
    private final ClauseInSentence context;
    private final CutLines cutLines;
    /** The first sentence of an interview's questions and answers („STANDARD: …“), or none. */
    private final int interviewFrom;
    /** The facts this composer made by {@link ObjectHeadline}: a title prefers a clause that keeps its agent. */
    private final Set<Fact> agentless = new java.util.HashSet<>();
    /** The words of each fact and the speaker prefix it was drafted with, for {@link #withoutArticle}. */
    private final java.util.Map<Fact, Body> bodies = new java.util.HashMap<>();

    private record Body(List<Token> tokens, String fullPrefix) {}

    FactComposer(TextAnalysis analysis) {
        this.analysis = analysis;
        this.phrases = new Phrases(analysis, VerbArguments.standard());
        this.speaker = new SpeakerPrefix(analysis);
        this.compressor = new Compressor(analysis, phrases, speaker);
        this.completeness = new Completeness(analysis, VerbArguments.standard());
        this.order = new WordOrder(analysis, phrases);
        this.context = new ClauseInSentence(analysis);
        this.cutLines = new CutLines(analysis);
        this.interviewFrom = MeaningGuard.interviewStart(analysis);
    }

    /**
     * The fact of a clause for a timeline entry, whose label says its date: a present may lose a date that lies ahead
     * there ({@link Compressor#tellsAhead}).
     */
    Optional<Fact> composeDated(Clause c, int maxWords) {
        return compressor.withDateElsewhere(() -> compose(c, maxWords));
    }

    /** A fact from the clause with at most {@code maxWords} words, if one can be made. */
    Optional<Fact> compose(Clause c, int maxWords) {
        if (isCueClause(c)
                || isBareGehen(c.tokens())
                || afterWie(c)
                || c.tokens().stream().anyMatch(t -> t.text().matches("[!?.]")) // a name „Ehe jetzt!“, „Margrethe II.“
                || ClauseSplitter.goesOnAfterAside(
                        analysis.sentences().get(c.sentence()).tokens(), c)
                || endsInSplitScore(c)
                || !completeness.isComplete(c)
                || !context.standsAlone(c)) {
            return Optional.empty();
        }
        // „Eine Schließung befürchten die Vereine“: the clause names who speaks; the attribution finder may take its
        // fronted object for the speaker
        String fullPrefix = namesWhatIsSaid(c.tokens()) ? "" : speaker.of(c);
        if (fullPrefix.equals(SpeakerPrefix.PRONOUN_SOURCE)) {
            return Optional.empty(); // „wenn er sagt: …“: no name to attribute the fact to
        }
        if (fullPrefix.equals(DraftLabels.UNCONFIRMED)) {
            return Optional.empty(); // the hedge is another clause's („…, der Schaden dürfte …“): which part is unsure
        }
        if (fullPrefix.isEmpty() && isTalkOf(c.tokens())) {
            return Optional.empty(); // „Zunächst war von 35 Toten die Rede“: said by someone the sentence does not name
        }
        if (afterQuoteColon(c.sentence())) {
            return Optional.empty(); // „… Lega Nord: Das ist …“ – the next sentence may still be her words
        }
        if (MeaningGuard.inSpeechRun(analysis, c.sentence())) {
            // someone's words though the sentence names nobody: under the speaker of the tag before, or not at all; a
            // sentence in the past („Das Gericht beurteilte die Lage anders.“) may be the reporter's, so nobody's
            Optional<String> run = fullPrefix.isEmpty()
                            && MeaningGuard.speaksNow(
                                    analysis.sentences().get(c.sentence()).tokens(), true)
                    ? speaker.ofRun(c.sentence())
                    : Optional.empty();
            if (run.isEmpty()) {
                return Optional.empty();
            }
            fullPrefix = run.get();
        }
        if (sourcePhraseElsewhere(c)) {
            return Optional.empty(); // „…, der zumindest laut Statistik …“: the source phrase is another clause's
        }
        boolean named = SpeakerPrefix.inClause(c, fullPrefix);
        int[] budgets = named ? new int[] {maxWords} : new int[] {maxWords - words(fullPrefix), maxWords};
        for (int budget : budgets) {
            Optional<Fact> fact = composeWithin(c, budget, maxWords, fullPrefix);
            if (fact.isPresent()) {
                return fact;
            }
        }
        String surname = named ? "" : surnameOf(SpeakerPrefix.name(fullPrefix));
        if (!surname
                .isEmpty()) { // „Laut Milutinović:“ for „Laut Nevena Milutinović:“ when the whole is one word too long
            String shortPrefix = DraftLabels.speaker(surname);
            return composeWithin(c, maxWords - words(shortPrefix), maxWords, shortPrefix);
        }
        return Optional.empty();
    }

    /**
     * The report's own headline phrase, a clause of its first sentence: a news report often opens with a verbless
     * line („Explosion auf der Einkaufsstraße – 40 Verletzte“, „Uraufführung des Dramatikers Ferdinand Schmalz“)
     * that no clause rule reads, since it has no finite verb. Taken word for word, and only when it is a noun phrase
     * of its own (not a list of nouns, not two parts glued at a dash): it opens with a noun, adjective or number (not with a
     * preposition, adverb, article, pronoun or conjunction: „Seit 2010 in Wien“, „Auch scharfe Kritik …“), ends on
     * a noun, number, adjective or participle, has a common noun, no finite verb, comma, colon, quote or question,
     * and passes the same checks as a fact: nothing of the sentence's conditions, referents or speakers lost, no
     * fragment, no speech tag or source phrase elsewhere in the sentence, no word pointing back. Empty otherwise.
     */
    Optional<Fact> openingHeadline(Clause c, int maxWords) {
        return openingHeadline(c, maxWords, false);
    }

    /**
     * As {@link #openingHeadline(Clause, int)}; with {@code withVerb} also the report's own headline line that is a
     * clause („21-Jähriger soll Diebstahl zugegeben haben“, „Anklageschrift umfasst 270 Seiten“) which the clause
     * rules refused for a word they misread: word for word, only when the line ends the first sentence or a dash
     * follows it (the house's „Titel – Untertitel“ opening, never a lead sentence cut at a comma), has a subject before
     * its verb, passes the strict fragment check, has no Konjunktiv, and its hedge or speaker („soll“, „laut …“)
     * stands inside the line.
     */
    Optional<Fact> openingHeadline(Clause c, int maxWords, boolean withVerb) {
        var sentence = analysis.sentences().get(c.sentence());
        List<Token> b = new ArrayList<>(c.tokens());
        while (!b.isEmpty() && Set.of(".", "!").contains(b.get(b.size() - 1).text())) {
            b.remove(b.size() - 1);
        }
        if (c.sentence() != 0
                || c.subordinate()
                || b.size() < 2
                || Phrases.wordCount(b) > maxWords
                || interviewFrom <= c.sentence()
                || isQuestion(sentence.tokens())
                || isCueClause(c)
                || !context.standsAlone(c)
                || !analysis.attributionsIn(c.sentence()).isEmpty() && !withVerb
                || !analysis.hedgesIn(c.sentence()).isEmpty() && !withVerb) {
            return Optional.empty();
        }
        boolean outsideSpeaker = analysis.attributionsIn(c.sentence()).stream()
                .anyMatch(a -> a.begin() < c.begin()
                        || a.end() > c.end()
                        || a.hasSpeaker() && (a.speakerBegin() < c.begin() || a.speakerEnd() > c.end()));
        boolean outsideHedge =
                analysis.hedgesIn(c.sentence()).stream().anyMatch(h -> h.begin() < c.begin() || h.end() > c.end());
        if (outsideSpeaker || outsideHedge) {
            return Optional.empty();
        }
        if (b.stream()
                .anyMatch(t -> Set.of(",", ":", ";", "„", "“", "\"", "»", "«", "(", ")", "?", "/")
                        .contains(t.text()))) {
            return Optional.empty();
        }
        String source = analysis.text().substring(c.begin(), c.end());
        if (source.matches("(?s).*-\\s+(?!und |oder |bzw|sowie ).*")
                || b.get(b.size() - 1).text().endsWith("-")) {
            return Optional.empty(); // „Diversität- Kritik an …“: two headline parts glued at a dash
        }
        if (b.stream().allMatch(t -> t.pos().isNoun() || t.pos() == Pos.CCONJ)) {
            return Optional.empty(); // „Holzspielzeug und Traditionsware“: a list of things says no news
        }
        Token first = b.get(0);
        boolean opensNominal = Set.of(Pos.NOUN, Pos.PROPN, Pos.ADJ, Pos.NUM).contains(first.pos())
                && (Character.isUpperCase(first.text().codePointAt(0))
                        || Character.isDigit(first.text().codePointAt(0)));
        boolean verbFirst = first.pos() == Pos.NOUN // „Ermöglicht Ausführung …“: a verb the tagger read as a noun
                && Phrases.lower(first.text()).matches("\\p{L}+(t|en)")
                && Set.of(Pos.NOUN, Pos.PROPN, Pos.DET).contains(b.get(1).pos())
                && !Phrases.lower(first.text()).matches("\\p{L}+(ung|heit|keit|schaft|ion|tät|ment|kt|st)");
        if (!opensNominal || verbFirst) {
            return Optional.empty();
        }
        String firstWord = Phrases.lower(first.text());
        if (firstWord.matches(
                        "war|waren|ist|sind|hat|hatte|hatten|wird|wurde|wurden|kann|konnte|muss|musste|soll|sollte")
                || firstWord.matches("samt|mitsamt|nebst|trotz|wegen|dank|laut")
                || Phrases.SECONDARY_PREPOSITIONS.contains(firstWord)) {
            return Optional.empty(); // „War mit seinem Wagen … gekommen“, „Samt 1.200 Mitarbeitern“: tagged as nouns
        }
        Token last = b.get(b.size() - 1);
        boolean participle = last.pos().isVerb() && NumberHeadline.isParticipleShape(last.text());
        boolean endsNominal = Set.of(Pos.NOUN, Pos.PROPN, Pos.NUM).contains(last.pos())
                || last.pos() == Pos.ADJ && Character.isLowerCase(last.text().codePointAt(0))
                || participle;
        boolean finite = b.stream()
                .anyMatch(t -> t.pos() == Pos.AUX
                        || MeaningGuard.isSurelyFinite(t)
                        || t.pos().isVerb()
                                && t != last
                                && !Character.isUpperCase(t.text().codePointAt(0)));
        boolean commonNoun = b.stream()
                .anyMatch(t -> t.pos() == Pos.NOUN
                        && t.isCapitalised()
                        && !MeaningGuard.isMeasure(t) // „Rund zehn Prozent“: of what
                        && analysis.entitiesIn(c.sentence()).stream()
                                .noneMatch(e -> e.begin() <= t.begin() && t.end() <= e.end()));
        if (finite && withVerb) {
            return verbatimHeadline(c, b, sentence);
        }
        if (!endsNominal || finite || !commonNoun || beforeColon(c)) {
            return Optional.empty(); // „Forscher des Instituts: Langzeitfolgen vorhersagbar“: a label, not the news
        }
        if (MeaningGuard.lost(b, false, sentence, c.tokens(), false).isPresent()
                || MeaningGuard.speakerDropped(b, sentence, c.tokens()).isPresent()
                || MeaningGuard.fragment(b, false).isPresent()
                || pointsBack(b)
                || cutAtInnerPeriod(c)) {
            return Optional.empty();
        }
        String out = capitalise(text(b));
        return Optional.of(new Fact(out, c.sentence(), words(out), score(c, b), c));
    }

    /**
     * True if the clause opens with the speaker of its sentence and its verb of saying stands in another clause, the
     * speaker's next act („Mexikos Regierung verurteilte den Vorfall scharf und forderte …“): what the clause says is
     * the speaker's own doing, not its words. Never with a Konjunktiv of reported speech in the clause.
     */
    private boolean namesItsSpeaker(Clause c) {
        List<Attribution> said = analysis.attributionsIn(c.sentence()).stream()
                .filter(Attribution::hasSpeaker)
                .toList();
        if (said.isEmpty() || c.tokens().isEmpty()) {
            return false;
        }
        Attribution a = said.get(0);
        String cue = a.cue().split(" ")[0];
        return c.tokens().get(0).begin() == a.speakerBegin()
                && c.tokens().stream().noneMatch(t -> t.text().equals(cue))
                && c.tokens().stream().noneMatch(MeaningGuard::isReportedSpeech);
    }

    /** The clause stands right before a colon of its sentence. */
    private boolean beforeColon(Clause c) {
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        int last = s.indexOf(c.tokens().get(c.tokens().size() - 1));
        return last >= 0 && last + 1 < s.size() && s.get(last + 1).text().equals(":");
    }

    /** The verbatim headline clause of {@link #openingHeadline(Clause, int, boolean)}, if it passes its checks. */
    private Optional<Fact> verbatimHeadline(Clause c, List<Token> b, de.ozd.newsroom.language.Sentence sentence) {
        List<Token> s = sentence.tokens();
        int end = s.indexOf(c.tokens().get(c.tokens().size() - 1));
        boolean closes = end >= 0
                && (end + 1 >= s.size()
                        || Set.of(".", "!").contains(s.get(end + 1).text())
                        || ClauseSplitter.isDash(s, end + 1));
        int verb = Phrases.firstVerb(b);
        boolean subjectFirst = verb > 0
                && b.subList(0, verb).stream()
                        .anyMatch(t -> t.pos().isNoun() || t.pos() == Pos.ADJ && t.isCapitalised());
        if (!closes
                || !subjectFirst
                || MeaningGuard.lost(b, false, sentence, c.tokens(), false).isPresent()
                || MeaningGuard.speakerDropped(b, sentence, c.tokens()).isPresent()
                || MeaningGuard.fragment(b, true).isPresent()
                || b.stream().anyMatch(t -> MeaningGuard.isConjunctiveTwo(t) || MeaningGuard.isReportedSpeech(t))
                || pointsBack(b)
                || cutAtInnerPeriod(c)
                || isComplementClause(c)) {
            return Optional.empty();
        }
        String out = capitalise(text(b));
        return Optional.of(new Fact(out, c.sentence(), words(out), score(c, b), c));
    }

    /**
     * Particles that belong to a last name when it stands alone („Thomas de Maizière“ is „de Maizière“, „Maggie De
     * Block“ „De Block“); a German „von“ or „zu“ is left out („Moltke“), but not before an article („von der Leyen“).
     */
    static final Set<String> NAME_PARTICLES = Set.of(
            "de", "De", "del", "della", "di", "Di", "da", "Da", "dos", "du", "Du", "van", "Van", "ten", "ter", "le",
            "Le", "la", "La", "al", "el", "bin", "ibn");

    /**
     * The last name of a speaker who is a person named by first and last name in the report, with the particles
     * that belong to it, if no other person of the report has that last name; else empty.
     */
    private String surnameOf(String name) {
        String[] parts = name.strip().split("\\s+");
        int from = parts.length - 1;
        while (from > 1) {
            String w = parts[from - 1];
            if (NAME_PARTICLES.contains(w)) {
                from--;
            } else if ((w.equals("der") || w.equals("den"))
                    && from > 2
                    && (NAME_PARTICLES.contains(parts[from - 2]) || parts[from - 2].equals("von"))) {
                from -= 2; // „von der Leyen“, „Van der Bellen“
            } else {
                break;
            }
        }
        if (from < 1 || NAME_PARTICLES.contains(parts[from - 1]) || parts[from - 1].matches("der|den")) {
            return ""; // one word, or „de Maizière“, „von der Leyen“ already: no shorter form
        }
        String last = parts[parts.length - 1];
        String surname = String.join(" ", java.util.Arrays.asList(parts).subList(from, parts.length));
        boolean person = false;
        Set<String> others = new java.util.HashSet<>();
        for (Entity e : analysis.entities()) {
            if (e.type() != de.ozd.newsroom.language.EntityType.PERSON) {
                continue;
            }
            String text = e.canonical().strip();
            if (text.equals(name.strip())) {
                person = true;
            } else if (text.endsWith(" " + last) || text.equals(last)) {
                if (!name.strip().endsWith(text)) {
                    others.add(text);
                }
            }
        }
        return person && others.isEmpty() && last.length() > 2 && Character.isUpperCase(last.codePointAt(0))
                ? surname
                : "";
    }

    /**
     * The fact with a body of at most {@code budget} words; the prefix is left out when the body
     * names the speaker itself, and the whole must stay within {@code maxWords}.
     */
    private Optional<Fact> composeWithin(Clause c, int budget, int maxWords, String fullPrefix) {
        Optional<List<Token>> numbers =
                cutBeforeVerb(c) // „…, in Serbien, sind … registriert worden“: the place is cut off
                        ? Optional.empty()
                        : NumberHeadline.of(
                                        c,
                                        phrases,
                                        analysis.sentences().get(c.sentence()).tokens())
                                .filter(b -> Phrases.wordCount(b) <= budget);
        Optional<Fact> fact = numbers.flatMap(b -> checked(c, b, maxWords, fullPrefix));
        if (fact.isPresent()) {
            return fact;
        }
        // the number headline dropped what the clause needs („zwei Personen verhaftet“ of „… wegen der Übergriffe
        // verhaftet worden“): the whole clause in headline form, if it fits
        boolean attributed = fullPrefix.startsWith(DraftLabels.SPEAKER) && !SpeakerPrefix.inClause(c, fullPrefix);
        // an active perfect too long for the line: first its headline present, one word shorter and so keeping more
        // of the clause („Industrie verzeichnet einen spürbaren Rückgang“), read and checked as the clause it is
        Optional<Clause> present = PresentHeadline.of(c, phrases)
                .filter(p -> reordered(c, Integer.MAX_VALUE, attributed)
                        .filter(b -> Phrases.wordCount(b) <= budget)
                        .isEmpty());
        if (present.isPresent()) {
            Clause p = present.get();
            fact = reordered(p, budget, attributed)
                    .filter(PresentHeadline::standsAsHeadline)
                    .flatMap(b -> checked(p, b, maxWords, fullPrefix));
            if (fact.isPresent()) {
                return fact;
            }
        }
        fact = reordered(c, budget, attributed)
                .filter(b -> numbers.isEmpty() || !b.equals(numbers.get()))
                .flatMap(b -> checked(c, b, maxWords, fullPrefix));
        if (fact.isPresent()) {
            return fact;
        }
        // the active clause is too long or refused: the passive headline of its object („Neubau der Saalebrücke
        // beschlossen“), through the same checks, with only the agent, the auxiliary and the object's article let go
        return ObjectHeadline.of(c, phrases, analysis).flatMap(h -> {
            List<Token> b = Phrases.wordCount(h.body()) <= budget ? h.body() : h.withoutDates();
            if (Phrases.wordCount(b) > budget) {
                b = compressor.compress(b, c, budget, attributed);
            }
            Optional<Fact> headline = Phrases.wordCount(b) <= budget
                    ? checked(c, b, maxWords, fullPrefix, h.dropped())
                    : Optional.empty();
            headline.ifPresent(agentless::add);
            return headline;
        });
    }

    /** True if the fact is the passive headline of an active clause ({@link ObjectHeadline}): it names no agent. */
    boolean dropsAgent(Fact f) {
        return agentless.contains(f);
    }

    /**
     * The headline style of a title or box fact: the fact without the article of its subject („Die Diskussion über
     * … nimmt … Fahrt auf“ → „Diskussion über … nimmt … Fahrt auf“, „Der Oberste Gerichtshof …“ → „Oberster
     * Gerichtshof …“, „Laut Studie: Die Preise steigen“ → „Laut Studie: Preise steigen“), through the same checks as
     * the fact. The fact itself where {@link Compressor#dropArticle} keeps the article (not the subject's for sure, an
     * adjective's form without it not certain), or where the subject has an „und“ or a comma („Die Polizei und die
     * Feuerwehr“; a box fact too long for the house may still lose it).
     */
    Fact withoutArticle(Fact f) {
        Body drafted = bodies.get(f);
        List<Token> body = drafted == null ? null : drafted.tokens();
        int verb = body == null ? -1 : Phrases.firstVerb(body);
        if (verb < 2 || body.subList(0, verb).stream().anyMatch(t -> t.pos() == Pos.CCONJ || t.isPunctuation())) {
            return f; // a verbless headline line („Die Angst vor …“) stays as the report wrote it, and so does a list
        }
        if (Phrases.lower(body.get(0).text()).equals("die") && isPluralPresent(body, verb)) {
            return f; // „Die taktilen Wahrnehmungen sind isoliert“ (a baby's): without it, a claim about all of them;
            // a line that only fits without its article (Compressor) takes a headline's bare plural instead of none
        }
        List<Token> b = new ArrayList<>(body);
        Compressor.dropArticle(b);
        if (b.size() == body.size()) {
            return f;
        }
        return checked(f.clause(), b, f.words(), drafted.fullPrefix()).orElse(f);
    }

    /**
     * The fact with the name of the person its subject stands for, where that subject is a role noun with its
     * definite article alone before the verb and the report links the role to that one person ({@link RoleNames}):
     * „Der Arzt hat in der Folge Gutachter engagiert“ → „Rainer Possert hat in der Folge Gutachter engagiert“. The
     * checks the fact passed hold for it still (only its subject is said by name; the checks would read the role's
     * words as dropped), so only its length is checked: within {@code maxWords}; the fact itself otherwise.
     */
    Fact named(Fact f, int maxWords) {
        Body drafted = bodies.get(f);
        List<Token> b = drafted == null ? List.of() : drafted.tokens();
        if (b.size() < 4 || Phrases.firstVerb(b) != 2 || Phrases.inEntity(analysis, b.get(1))) {
            return f; // the article, „der“ or „die“, RoleNames reads
        }
        return RoleNames.nameFor(analysis, b.get(0), b.get(1), f.sentence())
                .map(name -> {
                    List<Token> named = new ArrayList<>(name);
                    named.addAll(b.subList(2, b.size()));
                    return named;
                })
                .map(named -> fact(f.clause(), named, drafted.fullPrefix()))
                .filter(named -> named.words() <= maxWords)
                .orElse(f);
    }

    /**
     * The title's headline in the present: a perfect that fits its line as it stands is still a report's sentence
     * („Microsoft hat eine neue Version veröffentlicht“); where {@link PresentHeadline} has its present, through the
     * same checks and within the same words, the title says it as a headline does („Microsoft veröffentlicht eine
     * neue Version“). The fact itself otherwise, and for a passive headline that left out its agent.
     */
    Fact inPresent(Fact f) {
        Body drafted = bodies.get(f);
        if (drafted == null || agentless.contains(f)) {
            return f;
        }
        Optional<Clause> present = PresentHeadline.of(f.clause(), phrases);
        if (present.isEmpty()) {
            return f;
        }
        Clause p = present.get();
        String prefix = drafted.fullPrefix();
        boolean attributed = prefix.startsWith(DraftLabels.SPEAKER) && !SpeakerPrefix.inClause(f.clause(), prefix);
        return reordered(p, Phrases.wordCount(drafted.tokens()), attributed)
                .filter(PresentHeadline::standsAsHeadline)
                .flatMap(b -> checked(p, b, f.words(), prefix))
                .orElse(f);
    }

    /**
     * The finite verb at {@code verb} is in the plural present: „sind“, or a form that is its own infinitive
     * („steigen“, „können“); not the singular („steigt“), the past („stiegen“, „waren“), nor a perfect, which tells
     * what happened („Die ersten Küken sind … geschlüpft“). A past form the lemmatizer does not know counts as
     * present: the article stays.
     */
    private static boolean isPluralPresent(List<Token> body, int verb) {
        String w = Phrases.lower(body.get(verb).text());
        boolean present = w.equals("sind")
                || w.endsWith("en") && w.equals(Phrases.lower(body.get(verb).lemma()));
        boolean perfect = (w.equals("sind") || w.equals("haben"))
                && body.subList(verb + 1, body.size()).stream()
                        .anyMatch(t -> t.pos() == Pos.VERB
                                && !Phrases.lower(t.lemma()).equals(Phrases.lower(t.text()))
                                && NumberHeadline.isParticipleShape(t.text()));
        return present && !perfect;
    }

    /** The fact of body {@code b} with its prefix, if it has content, keeps the clause's meaning and fits. */
    private Optional<Fact> checked(Clause c, List<Token> body, int maxWords, String fullPrefix) {
        return checked(c, body, maxWords, fullPrefix, Set.of());
    }

    /**
     * As {@link #checked(Clause, List, int, String)}, where the body may also leave out the clause tokens that begin at
     * {@code dropped} (the agent, auxiliary and article of an {@link ObjectHeadline}).
     */
    private Optional<Fact> checked(Clause c, List<Token> body, int maxWords, String fullPrefix, Set<Integer> dropped) {
        return Optional.of(body)
                .filter(b -> hasContent(b) && b.size() >= 3)
                .filter(b -> keepsMeaning(c, b, fullPrefix, dropped))
                .map(b -> fact(c, b, fullPrefix))
                .filter(f -> f.words() <= maxWords)
                .map(f -> {
                    bodies.put(f, new Body(List.copyOf(body), fullPrefix)); // it may drop its article later
                    return f;
                });
    }

    /** The fact of body {@code b}, with its prefix where the body does not name the speaker itself. */
    private Fact fact(Clause c, List<Token> b, String fullPrefix) {
        String plain = text(b);
        String prefix = SpeakerPrefix.namedIn(plain, SpeakerPrefix.name(fullPrefix))
                ? ""
                : fullPrefix; // „Forscher stellen … fest“ needs no „Laut Forschern:“
        String out = prefix + capitalise(plain);
        return new Fact(out, c.sentence(), words(out), score(c, b), c);
    }

    /**
     * True if the body, with its prefix, says what its sentence says under the same conditions and with its speaker
     * ({@link MeaningGuard}, the classes the grounding check reports too), is a complete clause, and does not cut a
     * „nicht …, sondern …“ in half. When unsure, the clause gives no fact.
     */
    private boolean keepsMeaning(Clause c, List<Token> b, String prefix, Set<Integer> dropped) {
        var sentence = analysis.sentences().get(c.sentence());
        // attributed only when the fact will carry „Laut …:“ – the check reads nothing else as a speaker
        boolean attributed =
                prefix.startsWith(DraftLabels.SPEAKER) && !SpeakerPrefix.namedIn(text(b), SpeakerPrefix.name(prefix));
        // the line's subject is the speaker, and its verb the speaker's own act: „Mexikos Regierung verurteilte den
        // Vorfall“ of „… verurteilte den Vorfall und forderte eine Untersuchung“ needs not the other verb of saying
        boolean ownAct = prefix.startsWith(DraftLabels.SPEAKER) && !attributed && namesItsSpeaker(c);
        if (MeaningGuard.lost(b, attributed, sentence, c.tokens(), interviewFrom <= c.sentence())
                        .isPresent()
                || !attributed
                        && !ownAct
                        && MeaningGuard.speakerDropped(b, sentence, c.tokens()).isPresent()
                || MeaningGuard.fragment(asWritten(b, c), true).isPresent()) {
            return false;
        }
        List<Token> clauseVerbs =
                c.tokens().stream().filter(t -> t.pos().isVerb()).toList();
        if (clauseVerbs.size() == 1
                && clauseVerbs.get(0) == b.get(b.size() - 1)
                && c.tokens().stream().anyMatch(t -> t.text().equals(","))) {
            return false; // „Die Vertreter, von der Gewerkschaft unterstützt, rüsten sich …“: the subject, cut off
        }
        if (!attributed && b.stream().anyMatch(MeaningGuard::isConjunctiveTwo)) {
            return false; // „Die Strafe würde geringer ausfallen“: under a condition the fact does not say
        }
        if (commaBeforeVerb(b)) {
            return false; // „einem Manager der Firma, wurde …“: an apposition left when its source phrase went
        }
        if (!attributed && MeaningGuard.pastFormNow(c.tokens())) {
            return false; // „…, derzeit liefen Verhandlungen“: someone's words in Konjunktiv II, not a past
        }
        if (b.stream().anyMatch(t -> t.pos().isVerb() && Set.of("hätte", "wäre").contains(Phrases.lower(t.text())))
                && b.stream()
                        .noneMatch(t -> Set.of("wenn", "falls", "ohne", "sonst").contains(Phrases.lower(t.text())))) {
            return false; // „Laut Vana: Das Publikum hätte eine Sendung verloren“: singular, so no reported speech but
            // a counterfactual whose condition is elsewhere
        }
        for (var e : analysis.entitiesIn(c.sentence())) {
            long kept = b.stream()
                    .filter(t -> t.begin() >= e.begin() && t.end() <= e.end())
                    .count();
            long all = c.tokens().stream()
                    .filter(t -> t.begin() >= e.begin() && t.end() <= e.end())
                    .count();
            boolean headKept = b.stream().anyMatch(t -> t.end() == e.end());
            boolean firstKept = b.stream().anyMatch(t -> t.begin() == e.begin());
            if (kept > 0 && (!headKept || firstKept && kept < all)) {
                return false; // „Ärzte unterstützt …“ of „Ärzte ohne Grenzen“: a name is never cut
            }
        }
        if (interviewFrom <= c.sentence()) {
            return false; // an interview: its questions and answers are someone's words, and „Laut …“ guesses wrong
        }
        if (dropsLastPhrase(c, b) || pointsBack(b) || havesNothing(b)) {
            return false;
        }
        if (isQuestion(sentence.tokens())
                || dropsContent(c, b, attributed, dropped)
                || context.cutsDefiningRelative(c, b)
                || dropsPhraseComma(c, b)) {
            return false;
        }
        if (!attributed && isComplementClause(c)) {
            return false; // „…, in der Hoffnung, dass die Nutzer Inhalte kaufen“: someone's hope, belief or claim
        }
        if (!attributed
                && b.stream().anyMatch(t -> Set.of("demnach", "demzufolge").contains(Phrases.lower(t.text())))) {
            return false; // „Acht Mitarbeiter werden demnach vermisst“: according to whom
        }
        if (isHeadline(b) && besideCoordinator(c) || sharesVerbAfter(c)) {
            return false; // „Michael Diamond betrunken“ of „… betrunken und bewaffnet gestoppt“: the verb is shared
        }
        if (!attributed && context.speechTagAfter(c)) {
            return false; // „…, berechnet Denk aus einem Test“, „…, wie Biologen herausfanden“: someone's finding
        }
        if (cutAtInnerPeriod(c)) {
            return false; // „Domain hc-strache“ of „hc-strache.at“
        }
        if (cutLines.cut(c, b, sentence.tokens())) {
            return false; // cut from what it needs, or a comment (CutLines)
        }
        boolean zwar = b.stream().anyMatch(t -> Phrases.lower(t.text()).equals("zwar"));
        if (zwar && b.stream().noneMatch(t -> Phrases.CONTRAST.contains(Phrases.lower(t.text())))) {
            return false; // „Thiem breakte seinen Gegner zwar gleich“: the „aber“ is the news
        }
        if (!attributed && b.stream().anyMatch(MeaningGuard::isReportedSpeech)) {
            return false; // „Die Pensionsquote sinke“: reported speech needs its speaker
        }
        if (!attributed && !ownAct && (CutLines.judges(b) || CutLines.takesAStance(b))) {
            return false; // „Die Volksbefragung ist überflüssig“: someone's judgement, not the report's
        }
        if (rateAfter(c)) {
            return false; // „Hartl fand 580 Treffer“ of „… 580 Treffer – pro Bild“: another amount
        }
        boolean negated = b.stream().anyMatch(t -> GermanWords.isNegation(t.text()));
        boolean contrast =
                sentence.tokens().stream().anyMatch(t -> Phrases.lower(t.text()).equals("sondern"));
        return !(negated
                && contrast
                && b.stream().noneMatch(t -> Phrases.lower(t.text()).equals("sondern")));
    }

    /**
     * The clause's last phrase before its closing verbs (or at its end) is a prepositional phrase or object that the
     * fact dropped: that is where German puts what the verb needs („… ruhen auf Angreifer Jonas“, „… wurde ins
     * Krankenhaus gebracht“, „… sind als Transportmittel eindeutig von Vorteil“). A date may go.
     */
    private static boolean dropsLastPhrase(Clause c, List<Token> b) {
        List<Token> t = c.tokens();
        int end = t.size() - 1;
        while (end >= 0
                && (t.get(end).isPunctuation()
                        || Phrases.isVerb(t.get(end))
                        || t.get(end).pos() == Pos.PART
                        || end == t.size() - 1
                                && VerbArguments.PARTICLES.contains(
                                        Phrases.lower(t.get(end).text())))) {
            end--;
        }
        if (end < 0 || b.contains(t.get(end))) {
            return false;
        }
        int start = end;
        while (start > 0
                && !t.get(start).pos().isAdposition()
                && !Phrases.isVerb(t.get(start - 1))
                && !t.get(start - 1).isPunctuation()) {
            start--;
        }
        if (start > 0
                && Phrases.isNoun(t.get(start - 1))
                && b.contains(t.get(start - 1))
                && !inPrepositional(t, start - 1)) {
            return false; // „450 Stellen in der Verwaltung“: an attribute of a noun the fact keeps
        }
        for (int m = Math.max(0, start - 8); m < start; m++) {
            if (m + Compressor.voteCountLength(t.subList(m, t.size())) == end + 1) {
                return false; // „… mit 14 gegen 9 Stimmen bei zwei Enthaltungen beschlossen“: the vote, not an argument
            }
        }
        List<Token> phrase = t.subList(start, end + 1);
        boolean date = phrase.stream().anyMatch(x -> x.text().matches(".*\\d.*") || isDateWord(x));
        return !date;
    }

    /** Nouns of time besides the weekdays and months of {@link GermanCalendar} ({@link #isDateWord}). */
    private static final Set<String> DATE_WORDS = Set.of(
            "uhr",
            "jahr",
            "woche",
            "tag",
            "morgen",
            "abend",
            "nacht",
            "vormittag",
            "nachmittag",
            "wochenende",
            "frühjahr",
            "sommer",
            "herbst",
            "winter",
            "vorjahr",
            "monat",
            "zeit");

    /** A weekday, month or other noun of time („Montag“, „Jänner“, „Wochenende“). */
    static boolean isDateWord(Token x) {
        return DATE_WORDS.contains(Phrases.lower(x.lemma())) || GermanCalendar.isDayOrMonth(x.lemma());
    }

    /** The noun at {@code i} ends a prepositional phrase („vor dem Spiel“): a phrase after it is the verb's. */
    private static boolean inPrepositional(List<Token> t, int i) {
        int k = i - 1;
        while (k >= 0
                && (t.get(k).pos() == Pos.DET
                        || t.get(k).pos() == Pos.ADJ
                        || t.get(k).pos() == Pos.NUM)) {
            k--;
        }
        return k >= 0 && t.get(k).pos().isAdposition();
    }

    /** The sentence before ends in a colon or has a name right before a colon („… Lega Nord: Das ist …“). */
    private boolean afterQuoteColon(int sentence) {
        if (sentence == 0) {
            return false;
        }
        List<Token> p = analysis.sentences().get(sentence - 1).tokens();
        for (int i = 1; i < p.size(); i++) {
            if (p.get(i).text().equals(":")
                    && (i == p.size() - 1
                            || i == p.size() - 2 && p.get(i + 1).isPunctuation()
                            || p.get(i - 1).pos() == Pos.PROPN)) {
                return true;
            }
        }
        return false;
    }

    /** The sentence's source phrase („laut Statistik“, „nach Angaben …“) stands outside the clause. */
    private boolean sourcePhraseElsewhere(Clause c) {
        return analysis.attributionsIn(c.sentence()).stream()
                .anyMatch(a -> a.kind() == AttributionKind.SOURCE_PHRASE
                        && a.hasSpeaker()
                        && (a.speakerBegin() < c.begin() || a.speakerEnd() > c.end())
                        && c.sourcePhraseEnd() == 0
                        && !a.cue().startsWith("wie"));
    }

    /** „dass …“, „ob …“: a clause that is what someone says, hopes or asks, not what the report states. */
    private boolean isComplementClause(Clause c) {
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        int at = s.indexOf(c.tokens().get(0));
        String first = Phrases.lower(c.tokens().get(0).text());
        String before = at > 0 ? Phrases.lower(s.get(at - 1).text()) : "";
        boolean dassBefore = c.subordinate()
                && s.subList(0, Math.max(0, at)).stream()
                        .anyMatch(t -> Phrases.isDass(Phrases.lower(t.text()))
                                || Phrases.lower(t.text()).equals("ob"));
        return Phrases.isDass(first)
                || first.equals("ob")
                || Phrases.isDass(before)
                || before.equals("ob")
                || dassBefore; // „…, dass man so nicht umspringen darf und Vielfalt super ist“
    }

    /** „Zwei Männer schwer verletzt“: a headline that ends with its only verbs, participles or infinitives. */
    static boolean isHeadline(List<Token> b) {
        List<Token> verbs = b.stream().filter(t -> t.pos().isVerb()).toList();
        int cluster = b.size();
        while (cluster > 0 && b.get(cluster - 1).pos().isVerb()) {
            cluster--;
        }
        return !verbs.isEmpty()
                && cluster < b.size()
                && b.subList(0, cluster).stream().noneMatch(t -> t.pos().isVerb()) // „Die Arbeiten sollen … beginnen“
                && verbs.stream()
                        .allMatch(v -> NumberHeadline.isParticipleShape(v.text())
                                || Phrases.lower(v.text()).equals(Phrases.lower(v.lemma())));
    }

    /** The clause has „und“, „oder“ or „sowie“ right before or after it in its sentence. */
    private boolean besideCoordinator(Clause c) {
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        int first = s.indexOf(c.tokens().get(0));
        int last = s.indexOf(c.tokens().get(c.tokens().size() - 1));
        Set<String> coordinators = Set.of("und", "oder", "sowie", "sondern");
        boolean before = first > 0
                && coordinators.contains(Phrases.lower(s.get(first - 1).text()));
        boolean after = last >= 0
                && last + 1 < s.size()
                && coordinators.contains(Phrases.lower(s.get(last + 1).text()));
        boolean inside = c.tokens().stream().anyMatch(t -> coordinators.contains(Phrases.lower(t.text())));
        return before || after || inside;
    }

    /**
     * The clause is followed by „und“ or „oder“ and a phrase without a finite verb that ends with a verb („… wurde
     * betrunken | und ohne Führerschein gestoppt“): both share the verb the clause lacks; or a copula without its
     * predicate is followed by one that ends with the predicate („Zettel ist nach Stationen bei ATV | und pressetext
     * seit 2010 bei der Futurezone tätig“).
     */
    private boolean sharesVerbAfter(Clause c) {
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        int last = s.indexOf(c.tokens().get(c.tokens().size() - 1));
        if (last < 0
                || last + 1 >= s.size()
                || !Set.of("und", "oder", "sowie")
                        .contains(Phrases.lower(s.get(last + 1).text()))) {
            return false;
        }
        int end = last + 2;
        while (end < s.size() && !ClauseSplitter.endsPart(s, end)) {
            end++;
        }
        List<Token> rest = s.subList(Math.min(last + 2, end), end);
        Token clauseLast = c.tokens().get(c.tokens().size() - 1);
        if (!rest.isEmpty()
                && rest.stream().noneMatch(t -> t.pos() == Pos.AUX || MeaningGuard.isSurelyFinite(t))
                && isPredicative(rest.get(rest.size() - 1))
                && copulaWithoutPredicate(c.tokens())) {
            return true;
        }
        return !rest.isEmpty()
                && rest.get(rest.size() - 1).pos().isVerb()
                && rest.stream().noneMatch(MeaningGuard::isSurelyFinite)
                && !(clauseLast.pos().isVerb()
                        && c.tokens().stream().anyMatch(t -> t.pos().isVerb() && GermanWords.isModalVerb(t.lemma()))
                        && Phrases.lower(clauseLast.text())
                                .equals(Phrases.lower(clauseLast.lemma()))); // „sollen … beginnen und … dauern“
    }

    /**
     * The sentence goes on after the clause, behind a dash or comma, with only a phrase that makes its amount a rate
     * („… fand weltweit 580 Treffer – pro Bild.“).
     */
    private boolean rateAfter(Clause c) {
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        int next = s.indexOf(c.tokens().get(c.tokens().size() - 1)) + 1;
        if (next <= 0
                || next + 2 > s.size()
                || !Set.of("–", "-", "—", ",").contains(s.get(next).text())) {
            return false;
        }
        int end = s.size();
        while (end > next && s.get(end - 1).isPunctuation()) {
            end--;
        }
        List<Token> rest = s.subList(next + 1, end);
        return !rest.isEmpty()
                && rest.stream().noneMatch(t -> t.pos().isVerb() || t.isPunctuation())
                && Compressor.isRate(rest)
                && c.tokens().stream().anyMatch(FactComposer::isNumberWord);
    }

    /** An adjective in its predicative form, without ending („tätig“, „zuständig“). */
    private static boolean isPredicative(Token t) {
        return t.pos() == Pos.ADJ && Phrases.lower(t.text()).equals(Phrases.lower(t.lemma()));
    }

    /**
     * The clause's only verb is a form of „sein“ and no adjective (nor participle read as one) follows it that could be
     * its predicate („Claudia Zettel ist nach Stationen bei ATV“).
     */
    private static boolean copulaWithoutPredicate(List<Token> t) {
        List<Token> verbs = t.stream().filter(x -> x.pos().isVerb()).toList();
        if (verbs.size() != 1 || !Phrases.lower(verbs.get(0).lemma()).equals("sein")) {
            return false;
        }
        return t.subList(t.indexOf(verbs.get(0)) + 1, t.size()).stream().noneMatch(x -> x.pos() == Pos.ADJ);
    }

    /** The clause ends where the tokenizer cut a name or address at an inner period („hc-strache|.at“). */
    private boolean cutAtInnerPeriod(Clause c) {
        String text = analysis.text();
        int end = c.end();
        return end + 1 < text.length() && text.charAt(end) == '.' && Character.isLetter(text.charAt(end + 1));
    }

    /** A question is no claim: „Wer zahlt die Brücke?“ gives no fact, nor does any clause of it. */
    static boolean isQuestion(List<Token> sentence) {
        return sentence.stream().anyMatch(t -> t.text().equals("?"));
    }

    /**
     * True if the fact drops a word of its clause whose loss may change what the clause says: anything but fillers
     * and free adverbs (not after a negation, whose scope they are in), a date phrase („am Sonntag“, „seit
     * Mittwochvormittag“), the subject's article, the role words before a name („der Frächterverband CNA-Fita“), the
     * auxiliaries of a number headline, a conjunction that asserts its clause („weil“, „nachdem“), and the source
     * phrase when the prefix carries it. A place („in Slowenien“), an object, a phrase the verb needs, a genitive or
     * an adjective („viel unnötigen Verkehr“) stays, or the clause gives no fact: the whole clause or nothing.
     */
    private boolean dropsContent(Clause c, List<Token> b, boolean attributed, Set<Integer> dropped) {
        Set<Integer> kept = new java.util.HashSet<>(dropped);
        b.forEach(t -> kept.add(t.begin()));
        List<Token> t = c.tokens();
        int negation = -1;
        for (int i = 0; i < t.size(); i++) {
            if (GermanWords.isNegation(t.get(i).text())) {
                negation = i;
                break;
            }
        }
        boolean headline = isHeadline(b);
        if (attributed) {
            for (int k = 0; k < t.size(); k++) {
                if (k < c.sourcePhraseEnd()) {
                    kept.add(t.get(k).begin()); // the fronted source phrase: the prefix carries it
                }
            }
            for (int k = 0; k < t.size(); k++) {
                if (SpeakerPrefix.isSourceWord(t.get(k)) && introducesSource(t, sourcePhrase(t, k))) {
                    sourcePhrase(t, k).forEach(x -> kept.add(x.begin())); // „nach Angaben der Polizei“
                }
            }
        }
        int i = 0;
        while (i < t.size()) {
            if (kept.contains(t.get(i).begin()) || t.get(i).isPunctuation() || headline && isAuxiliary(t.get(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < t.size()
                    && !kept.contains(t.get(end).begin())
                    && !(headline && isAuxiliary(t.get(end)))) { // „ist Montagfrüh“: the auxiliary is a run of its own
                end++;
            }
            List<Token> run = t.subList(i, end);
            Token next = end < t.size() ? t.get(end) : null;
            // the body opens with its subject: an article right before that word is the subject's, wherever the
            // report put the subject („Nach Angaben der VAG kostet der Umbau …“ → „Laut VAG: Umbau kostet …“); not
            // where a „der“ follows in the subject, which after the verb may be a dative („stellte die Behörde der
            // Jugendlichen eine Rechnung aus“) the line would read as a genitive
            boolean subjectsArticle = run.size() == 1
                    && run.get(0).pos() == Pos.DET
                    && next != null
                    && !b.isEmpty()
                    && next.begin() == b.get(0).begin()
                    && b.subList(0, Math.max(0, Phrases.firstVerb(b))).stream()
                            .noneMatch(x -> Phrases.lower(x.text()).equals("der"));
            if (!subjectsArticle
                    && (joinsAtComma(t, i, run, next, kept)
                            || !droppableRun(c, run, i, next, negation, headline, attributed))) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /**
     * True if a run goes with the comma before it and a kept word follows: the comma divided two parallel parts,
     * and without the run they read as one („an Wochentagen zweimal, am Wochenende einmal täglich“ → „zweimal
     * einmal täglich“). A run that closes with its own comma is an inserted phrase and may go.
     */
    static boolean joinsAtComma(List<Token> t, int at, List<Token> run, Token next, Set<Integer> kept) {
        return at > 0
                && t.get(at - 1).text().equals(",")
                && !kept.contains(t.get(at - 1).begin())
                && next != null
                && !run.get(run.size() - 1).isPunctuation();
    }

    /** A form of „sein“, „werden“ or „haben“: the auxiliary a headline leaves out. */
    static boolean isAuxiliary(Token x) {
        return x.pos().isVerb() && AUXILIARIES.contains(Phrases.lower(x.lemma()));
    }

    private static final Set<String> AUXILIARIES = Set.of("sein", "werden", "haben");

    private boolean droppableRun(
            Clause c, List<Token> run, int at, Token next, int negation, boolean headline, boolean attributed) {
        List<Token> words = run.stream().filter(x -> !x.isPunctuation()).toList();
        if (words.isEmpty()) {
            return true;
        }
        if (isBound(c, run, at, next)
                || words.stream()
                        .anyMatch(x -> Set.of("zwar", "dann", "folglich").contains(Phrases.lower(x.text())))
                || at == 0
                        && words.size() == 1
                        && words.get(0).isCapitalised()
                        && !(headline && Phrases.lower(words.get(0).text()).equals("insgesamt")) // „25 Sprachen …“
                        && NumberHeadline.isParticipleShape(words.get(0).text())
                        && next != null
                        && next.pos() == Pos.AUX) { // „Ersetzt wird X durch Y“: the fronted participle is the verb
            return false; // „Zwar bleiben die Zimmer privat – aber …“: without „zwar“ the concession reads as the news
        }
        if (attributed
                && speaker.isSourcePhrase(words, c)
                && words.stream().noneMatch(Phrases::isVerb)
                && (words.stream().noneMatch(SpeakerPrefix::isSourceWord) || introducesSource(c.tokens(), words))) {
            return true; // the named speaker, which the prefix „Laut …:“ carries
        }
        if (at == 0
                && c.subordinate()
                && words.size() == 1
                && ASSERTING.contains(Phrases.lower(words.get(0).text()))) {
            return true;
        }
        if (words.size() == 1 && GermanCalendar.isYear(words.get(0).text())) {
            return false; // „2014 wurden 1.641 Firmen gegründet“: a bare year says which figure it is
        }
        if (words.stream().anyMatch(x -> MeaningGuard.boundsNegation(c.tokens(), x))) {
            return false; // „ist derzeit kein Thema“: without the time, the negation denies for good
        }
        if (MeaningGuard.boundsCount(c.tokens(), words)) {
            return false; // „Am Montag kamen 7.000 Flüchtlinge an“: without the day, a total
        }
        if (isDatePhrase(words) || isAfterEvent(words) || headline && isDuringEvent(words)) {
            return true;
        }
        if (Compressor.voteCountLength(words) == words.size()) {
            return true; // „mit 61 zu 44 Stimmen“: the vote's manner; the box gives the count as its own fact
        }
        if (at == 0 && c.sentence() == 0 && isNamedSetting(words, c)) {
            return true; // the lead's setting: „Im Nahverkehr der Stadt Wellbrück fallen … aus“
        }
        if (at == 0 && words.size() == 1 && words.get(0).pos() == Pos.DET) {
            return true; // the subject's article: „Gewerkschaft Verdi hat …“
        }
        if (words.size() == 1 && Compressor.isObjectsIndefiniteArticle(c.tokens(), at)) {
            return true; // an object's „einen“ in headline style: „verzeichnet deutlichen Rückgang“
        }
        if (next != null
                && (next.pos() == Pos.PROPN || inName(next, c))
                && words.stream().allMatch(x -> x.pos() == Pos.DET || x.pos() == Pos.ADJ || x.pos() == Pos.NOUN)
                && words.stream().noneMatch(x -> Phrases.GENITIVE.contains(x.text()) && words.indexOf(x) > 0)
                && words.stream()
                        .noneMatch(x -> GROUP_NOUNS.contains(Phrases.lower(x.lemma()))
                                || PART_NOUNS.contains(Phrases.lower(x.lemma())))) {
            return true; // „das isolierte Nordkorea“ → „Nordkorea“; not „die Regierung Renzi“ → „Renzi“
        }
        int afterRun = c.tokens().indexOf(words.get(words.size() - 1)) + 1;
        if (at == 0
                && afterRun < c.tokens().size()
                && Set.of("–", "-", "—").contains(c.tokens().get(afterRun).text())) {
            return true; // the dateline „Lindenau –“
        }
        Token before = at > 0 ? c.tokens().get(at - 1) : null;
        if (before != null
                && Phrases.isNoun(before)
                && at > 1
                && isNumberWord(c.tokens().get(at - 2))
                && Compressor.isPlaceOfCount(words)
                && !c.tokens().get(at - 2).text().endsWith(".") // „der 28. Runde“ counts nothing
                && !Compressor.CAUSES.contains(Phrases.lower(words.get(0).text()))
                && (next == null || Phrases.isVerb(next))
                && words.stream().noneMatch(x -> Phrases.isVerb(x) || isNumberWord(x))) {
            return true; // „450 Stellen in der Verwaltung“ → „450 Stellen“: still true, only less precise
        }
        if (before != null
                && Phrases.isNoun(before)
                && words.size() >= 2
                && Set.of("von", "aus").contains(Phrases.lower(words.get(0).text()))
                && words.stream().skip(1).allMatch(x -> x.pos() == Pos.PROPN || inName(x, c))
                && (next == null || !Phrases.isNoun(next))) {
            return true; // „der Stadtrat von Lindenau“ → „der Stadtrat“: whose council, the dateline says
        }
        boolean allFree = true;
        for (Token x : words) {
            String w = Phrases.lower(x.text());
            int index = c.tokens().indexOf(x);
            boolean filler = FILLERS.contains(w);
            boolean freeAdverb = x.pos() == Pos.ADV
                    && !Compressor.isKeptAdverb(w)
                    && !MeaningGuard.isComparativeForm(x) // „gehen schärfer gegen Hetze vor“
                    && !compressor.isHedge(x, c)
                    && (negation < 0 || index < negation);
            allFree &= filler || freeAdverb || w.equals("insgesamt");
        }
        return allFree;
    }

    /**
     * The run belongs to words the fact keeps, so dropping it breaks them: a word right after a preposition („von nun
     * an“), one member of a coordination („jetzt oder nie“), a time phrase of a time span („zwei Tage nach Silvester“)
     * or the separable particle that ends the clause („hielten … fern“).
     */
    private static boolean isBound(Clause c, List<Token> run, int at, Token next) {
        List<Token> t = c.tokens();
        Token before = at > 0 ? t.get(at - 1) : null;
        Token first = run.get(0);
        Token last = run.get(run.size() - 1);
        if (before != null && before.pos().isAdposition() && !first.isPunctuation()) {
            return true;
        }
        if (before != null
                && Set.of("erst", "schon", "bereits", "spätestens", "frühestens", "noch")
                        .contains(Phrases.lower(before.text()))) {
            return true; // „erst im Juli“: without the date „erst“ says something else
        }
        boolean coordinated = next != null && next.pos() == Pos.CCONJ
                || before != null && before.pos() == Pos.CCONJ && !first.isPunctuation();
        if (coordinated) {
            return true;
        }
        if (before != null && Phrases.isNoun(before) && at > 1 && isNumberWord(t.get(at - 2)) && isDateWord(before)) {
            return true; // „zwei Tage nach Silvester“: the span is counted from the event
        }
        int end = t.size() - 1;
        while (end > 0 && t.get(end).isPunctuation()) {
            end--;
        }
        return t.indexOf(last) == end
                && !Phrases.isVerb(last)
                && VerbArguments.PARTICLES.contains(Phrases.lower(last.text()));
    }

    /**
     * The phrase of a source word is a source phrase („nach Angaben der Polizei“, „laut Bericht“, „Angaben zufolge“),
     * not an object that only has such a noun („beklagten sich über fehlende Auskünfte“).
     */
    private static boolean introducesSource(List<Token> t, List<Token> phrase) {
        String first = Phrases.lower(phrase.get(0).text());
        int after = t.indexOf(phrase.get(phrase.size() - 1)) + 1;
        return Set.of("nach", "laut", "gemäß", "zufolge").contains(first)
                || after < t.size() && Phrases.lower(t.get(after).text()).equals("zufolge");
    }

    /**
     * The source phrase around the source word at {@code k}: the preposition before it („nach“, „laut“) and the
     * speaker after it („der Polizei“, „des Bürgermeisters vom Donnerstag“ stops at the next preposition).
     */
    private static List<Token> sourcePhrase(List<Token> t, int k) {
        int from = k;
        while (from > 0
                && (t.get(from - 1).pos() == Pos.DET
                        || t.get(from - 1).pos() == Pos.ADJ
                        || t.get(from - 1).pos().isAdposition())) {
            from--;
            if (t.get(from).pos().isAdposition()) {
                break;
            }
        }
        int to = k + 1;
        while (to < t.size()
                && (t.get(to).pos() == Pos.DET
                        || t.get(to).pos() == Pos.ADJ
                        || Phrases.isNoun(t.get(to))
                        || t.get(to).pos() == Pos.PROPN)) {
            to++;
        }
        return t.subList(from, to);
    }

    private boolean inName(Token t, Clause c) {
        return analysis.entitiesIn(c.sentence()).stream().anyMatch(e -> e.begin() <= t.begin() && t.end() <= e.end());
    }

    /** „am Sonntag“, „seit Mittwochvormittag“, „im Juli 2015“, „heuer“: when, not where or what. */
    static boolean isDatePhrase(List<Token> words) {
        boolean date = false;
        for (Token x : words) {
            String w = Phrases.lower(x.text());
            if (x.pos().isAdposition() || x.pos() == Pos.DET && !w.startsWith("dies")) {
                continue;
            }
            if (x.text().matches("\\d{1,4}\\.?")
                    || isDateWord(x)
                    || w.matches(DAY_FORM)
                    || Set.of("heuer", "heute", "gestern", "derzeit", "jetzt", "nun", "nunmehr")
                            .contains(w)
                    || x.pos() == Pos.ADJ
                            && w.matches("(vergangen|kommend|letzt|nächst|laufend|vorig)(e|en|er|es|em)")) {
                date = true;
                continue;
            }
            return false;
        }
        return date && !words.get(0).pos().isAdposition()
                || date
                        && Set.of("am", "an", "seit", "ab", "bis", "im", "vom", "zum", "um")
                                .contains(Phrases.lower(words.get(0).text()));
    }

    /** „nach einer vierstündigen Debatte“: a time after an event, not a source („nach Angaben“) or a will. */
    static boolean isAfterEvent(List<Token> words) {
        if (words.size() < 2 || !Phrases.lower(words.get(0).text()).equals("nach")) {
            return false;
        }
        for (int i = 1; i < words.size(); i++) {
            Token x = words.get(i);
            boolean last = i == words.size() - 1;
            if (last) {
                return x.pos() == Pos.NOUN
                        && !NOT_EVENTS.contains(Phrases.lower(x.lemma()))
                        && !SpeakerPrefix.isSourceWord(x);
            }
            if (x.pos() != Pos.DET && x.pos() != Pos.ADJ) {
                return false;
            }
            if (Phrases.lower(x.text()).matches(TENTATIVE)) {
                return false; // „nach ersten Untersuchungen“: what is known so far, a source, not a time
            }
        }
        return false;
    }

    /** Adjectives that make a „nach …“ phrase what is known so far („nach ersten Erkenntnissen“). */
    private static final String TENTATIVE =
            "(erst|bisherig|vorläufig|jüngst|neuest|aktuell|derzeitig|vorliegend|inoffiziell|offiziell|unbestätigt)(e|en|er|em|es)?";

    /** „Während des 120-tägigen Einsatzes“ before a number headline of what happened then. */
    private static boolean isDuringEvent(List<Token> words) {
        return words.size() >= 2
                && Phrases.lower(words.get(0).text()).equals("während")
                && isAfterEvent(words.stream()
                        .map(x -> x == words.get(0) ? new Token("nach", x.begin(), x.end(), x.pos(), "nach") : x)
                        .filter(x -> !x.text().matches("\\d.*-\\p{L}+") || true)
                        .toList());
    }

    private static final Set<String> NOT_EVENTS = Set.of(
            "wille",
            "ansicht",
            "meinung",
            "plan",
            "vorstellung",
            "auffassung",
            "einschätzung",
            "darstellung",
            "wort",
            "angabe",
            "information",
            "bericht",
            "schätzung",
            "umfrage",
            "studie",
            "prognose",
            "aussage",
            "sicht",
            "erkenntnis",
            "recherche",
            "hochrechnung",
            "ergebnis",
            "medienbericht",
            "rechnung",
            "berechnung",
            "auskunft",
            "ansage",
            "vorgabe",
            "gesetz",
            "recht",
            "regel",
            "vorschrift",
            "vertrag");

    /** A fronted prepositional phrase with a name in it: where the lead's story happens. */
    private boolean isNamedSetting(List<Token> words, Clause c) {
        return words.get(0).pos().isAdposition()
                && Set.of("in", "im", "auf", "an", "am", "bei", "beim", "nahe", "vor")
                        .contains(Phrases.lower(words.get(0).text())) // not „Zwischen X und Y …“: who, not where
                && words.stream().anyMatch(x -> x.pos() == Pos.PROPN || inName(x, c))
                && words.stream().noneMatch(x -> Phrases.isVerb(x) || isNumberWord(x));
    }

    static final String DAY = "(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)";

    /** A weekday and its forms: „Montag“, „Samstagabend“, „Montagfrüh“, „sonntags“. */
    static final String DAY_FORM = DAY + "s?(früh|morgen|vormittag|mittag|nachmittag|abend|nacht)?s?";

    /** Conjunctions whose clause the report states as true: its fact may drop them. */
    private static final Set<String> ASSERTING = Set.of("weil", "da", "nachdem", "als", "obwohl", "während", "seit");

    /**
     * „von einem schmerzhaften, aber nötigen Schritt“ shortened to „von einem schmerzhaften nötigen Schritt“: the comma
     * inside the phrase and its „aber“ go, and the phrase says something else.
     */
    private static boolean dropsPhraseComma(Clause c, List<Token> b) {
        Set<Integer> kept = new java.util.HashSet<>();
        b.forEach(t -> kept.add(t.begin()));
        List<Token> t = c.tokens();
        for (int i = 1; i < t.size(); i++) {
            if (t.get(i).text().equals(",") && ClauseSplitter.insidePhrase(t, i)) {
                for (int j = i - 1; j < t.size() && j <= i + 4; j++) {
                    if (kept.contains(t.get(i - 1).begin())
                                    != kept.contains(t.get(j).begin())
                            && !t.get(j).isPunctuation()) {
                        return true;
                    }
                    if (j > i && t.get(j).pos() == Pos.ADJ) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    /**
     * „Kinder können so mit der Puppe plaudern“, „lassen sich so nicht ausleben“, „so was“: „so“ inside the line and not
     * before an adjective or adverb it grades („so hilflos“, „so recht“) says „in the way just told“.
     */
    private static boolean mannerSo(List<Token> b) {
        for (int i = 1; i + 1 < b.size(); i++) {
            Token next = b.get(i + 1);
            if (Phrases.lower(b.get(i).text()).equals("so")
                    && next.pos() != Pos.ADJ
                    && next.pos() != Pos.ADV
                    && !Phrases.isDass(Phrases.lower(next.text()))
                    && !Set.of("wie", "viel", "viele", "genannt", "genannte", "genannten")
                            .contains(Phrases.lower(next.text()))) {
                return true;
            }
        }
        return false;
    }

    /** Words that join a clause to one before it against it: a line that opens with one is half of a contrast. */
    private static final Set<String> AGAINST_BEFORE = Set.of("doch", "aber", "jedoch", "allerdings", "denn", "sondern");

    /**
     * „Seine Werkschauen …“, „solche Gesetze“, „derartige Initiativen“, „Doch weitere Treffer gelangen nicht“: a fact that
     * opens with a possessive or a word that joins it to the clause before, or says „solche“, points back; „die folgende
     * Grafik“, „am folgenden Tag“ point at what the line does not have; „Der Tscheche …“ calls someone named before by
     * country ({@link Nationalities}).
     */
    private static boolean pointsBack(List<Token> b) {
        String first = Phrases.lower(b.get(0).text());
        if (AGAINST_BEFORE.contains(first)) {
            return true;
        }
        boolean possessive = first.matches("(sein|ihr)(e|er|es|em|en)?")
                        && b.get(0).pos() == Pos.DET
                || possessiveBeforeAnyNoun(b)
                || b.size() > 1
                        && b.get(0).pos() == Pos.ADP
                        && Phrases.lower(b.get(1).text()).matches("(sein|ihr)(e|er|es|em|en)?")
                || b.stream() // „Unsere Games …“: the speaker's own, whoever that is in a box line
                        .anyMatch(t -> Phrases.lower(t.text()).matches("(unser|mein|dein|euer|eur)(e|er|es|em|en)?")
                                && t.pos() == Pos.DET);
        boolean such = b.stream()
                .anyMatch(t -> Phrases.lower(t.text())
                                .matches("solch(e|er|es|em|en)?|(das|der|die|dem|den|des)selb(e|en)"
                                        + "|(ähnlich|gleich|entsprechend|besagt|selb|selbig|derartig|zweiter|letzter"
                                        + "|einschlägig|betreffend|erster|dortig|hiesig|obig|gestrig|vorgestrig|morgig|folgend)(e|er|es|em|en)"
                                        + "|dies(e|er|es|em|en)?")
                        || Phrases.lower(t.text()).matches("das|dies|dieses")
                                && b.indexOf(t) > 0
                                && Phrases.isVerb(b.get(b.indexOf(t) - 1))
                                && b.indexOf(t) + 1 < b.size()
                                && b.get(b.indexOf(t) + 1).pos() == Pos.DET); // „ist das ein …“: what „das“ is
        boolean pointing = b.stream().anyMatch(t -> t.pos() != Pos.SCONJ && POINTING.contains(Phrases.lower(t.text())))
                || elidedCount(b)
                || mannerSo(b);
        boolean demonstrative = false; // „Der Stimmung tut das gut“, „Das ist neu“: „das“ standing for something said
        for (int i = 0; i < b.size(); i++) { // „gedenkt ihrer alljährlich“: a genitive pronoun, not a possessive
            boolean noun = i + 1 < b.size()
                    && (b.get(i + 1).pos().isNoun()
                            || b.get(i + 1).pos() == Pos.ADJ
                                    && i + 2 < b.size()
                                    && b.get(i + 2).pos().isNoun());
            demonstrative |= Phrases.lower(b.get(i).text()).matches("ihrer|seiner") && !noun;
        }
        for (int i = 0; i < b.size(); i++) {
            Token next = i + 1 < b.size() ? b.get(i + 1) : null;
            demonstrative |= Phrases.lower(b.get(i).text()).matches("das|dies|dieses")
                    && (next == null
                            || Phrases.isVerb(next)
                            || next.pos() == Pos.ADV
                            || next.pos() == Pos.PART
                            || next.pos() == Pos.ADJ
                                    && (i + 2 >= b.size() || !b.get(i + 2).pos().isNoun()));
        }
        String lastWord = Phrases.lower(b.get(b.size() - 1).text());
        boolean comparing = (MeaningGuard.COMPARATIVES.contains(
                                Phrases.lower(b.get(0).text()))
                        || b.size() > 1 && Phrases.isVerb(b.get(1)) && MeaningGuard.isComparative(b.get(0))
                        // „Der Anteil … liegt niedriger“: than what („nicht mehr“, „weniger“ say no comparison;
                        // „Das Problem wird stetig größer“ is a change)
                        || MeaningGuard.COMPARATIVES.contains(lastWord)
                                && !Set.of("mehr", "weniger", "länger").contains(lastWord)
                                && b.stream()
                                        .noneMatch(t -> Phrases.lower(t.lemma()).equals("werden")))
                && b.stream().noneMatch(t -> Phrases.lower(t.text()).equals("als")); // „Höher sind die Kosten“
        boolean personal = b.stream()
                .anyMatch(t -> Phrases.lower(t.text()).matches("er|ihn|ihm|ihnen")
                        || t.pos() == Pos.PRON && Phrases.lower(t.text()).matches("sie|ihr|ihrer|seiner|ihnen"));
        boolean other = false; // „Eine andere Begrifflichkeit …“: other than the one before (not „alles andere als“)
        for (int i = 0; i < b.size(); i++) { // in the subject, not „aus anderen Bibliotheken“
            boolean definite = i > 0 && Phrases.lower(b.get(i - 1).text()).matches("die|der|das|den|dem|des");
            other |= Phrases.lower(b.get(i).text()).matches("ander(e|er|es|em|en)")
                    && (i == 0
                            || i == 1 && !Phrases.lower(b.get(i - 1).text()).matches("alles|unter")
                            || definite); // „Zuerst haben die anderen Kinder …“: all but whom
        }
        boolean suchA = join(b).matches("(?iu)(.*\\s)?so\\s+ein(e|en|em|er)?\\s.*"); // „so eine Maßnahme“
        boolean aged =
                join(b).matches("(?iu)(.*\\s)?(der|die|den|dem|des)\\s+\\d+-jährige[nr]?\\b.*"); // „der 30-Jährige“
        boolean mentioned = join(b) // „den bereits erwähnten Politikern“, „im weiteren Verlauf“: named before
                .matches(
                        "(?iu)(.*\\s)?(der|die|das|den|dem|des|beide|beiden)\\s+(bereits\\s+|schon\\s+|oben\\s+)?"
                                + "(erwähnt|genannt)(e|en|er|es|em)\\s.*|(.*\\s)?im\\s+weiteren\\s+verlauf\\b(?!\\s+de[rs]\\s).*");
        boolean picture = join(b).matches(
                        "(?iu).*\\b(auf dem|im|auf diesem) (bild|foto|video)\\b.*"); // „… steht auf dem Bild rechts“
        boolean national = false; // „Der Tscheche hat …“, „Dem Niederländer droht …“: someone named before, by country
        for (int i = 0; i + 1 < b.size(); i++) {
            int k = i + 1;
            while (k < b.size() && b.get(k).pos() == Pos.ADJ) {
                k++; // „der 28-jährige Argentinier“
            }
            national |= k < b.size()
                    && (i == 0 || !b.get(i - 1).pos().isNoun()) // „die Skepsis der Österreicher“: a genitive plural
                    && Nationalities.callsOnePerson(
                            Phrases.lower(b.get(i).text()),
                            Phrases.lower(b.get(k).text()))
                    // „Dritter wurde der Italiener Pietro Caucchioli“, „der Salzburger Bürgermeister“: named, or an
                    // adjective
                    && (k + 1 == b.size() || !b.get(k + 1).isCapitalised());
        }
        return possessive
                || such
                || pointing
                || personal
                || picture
                || national
                || mentioned
                || demonstrative
                || comparing
                || aged
                || suchA
                || other
                || partWithoutWhole(b);
    }

    /**
     * „Keiner ihrer Anträge erreichte …“: a possessive „sein…“ or „ihr…“ with no noun or name before it in the line;
     * whose it is, the line does not say.
     */
    private static boolean possessiveBeforeAnyNoun(List<Token> b) {
        for (Token t : b) {
            if (t.pos().isNoun()) {
                return false;
            }
            if (t.pos() == Pos.DET && Phrases.lower(t.text()).matches("(sein|ihr)(e|er|es|em|en)?")) {
                return true;
            }
        }
        return false;
    }

    /** Nouns for a group or matter named after a person: „die Regierung Renzi“ is not Renzi. */
    private static final Set<String> GROUP_NOUNS = Set.of(
            "regierung",
            "kabinett",
            "koalition",
            "familie",
            "umfeld",
            "lager",
            "team",
            "ära",
            "fall",
            "prozess",
            "affäre",
            "anhänger",
            "clan",
            "stiftung",
            "verfahren");

    /**
     * Measures of something the line must name („Die genaue Höhe legt die Regierung fest“, „Im Iran steigt der Wert auf
     * 55 Prozent“): of what. Part of {@link #PART_NOUNS} and {@link #SHARES}; a rate or share („Dort liegt die Quote bei
     * 22 Prozent“) only inside the line: at its opening („Die höchsten Quoten verzeichneten Sachsen …“) it was not
     * measured.
     */
    private static final Set<String> MEASURES =
            Set.of("wert", "höhe", "umfang", "summe", "betrag", "dauer", "zahl", "anzahl");

    private static Set<String> withMeasures(String... nouns) {
        Set<String> out = new java.util.HashSet<>(Set.of(nouns));
        out.addAll(MEASURES);
        return Set.copyOf(out);
    }

    /** Nouns that name a part, property or relative of something the phrase must say („der Großteil der Tiere“). */
    private static final Set<String> PART_NOUNS = withMeasures(
            "großteil",
            "rest",
            "mehrheit",
            "hälfte",
            "drittel",
            "viertel",
            "grund",
            "ursache",
            "auslöser", // „Auslöser waren mehrere Fehler“: of what
            "anlass",
            "hintergrund",
            "konsequenz",
            "folge", // „Die Folge ist eine Knappheit …“, „Das Ergebnis war interessant“: of what
            "ergebnis",
            "resultat",
            "fazit",
            "nutznießer",
            "nutznießerin",
            // relations: whose grandfather, whose successor
            "opa",
            "oma",
            "großvater",
            "großmutter",
            "vater",
            "mutter",
            "bruder",
            "schwester",
            "sohn",
            "tochter",
            "ehefrau",
            "ehemann",
            "witwe",
            "nachfolger",
            "nachfolgerin",
            "vorgänger",
            "vorgängerin");

    /**
     * „Der wahre Wert …“, „(Der, Ein) Großteil lebt …“: a fact that opens with such a noun and no genitive or „von“ after
     * it names its whole in the sentence before; so does a rest or share with its article inside the fact, a quarter
     * of the compass („der Osten“) of no named place, and a percentage as the subject before its verb („39 Prozent
     * lehnten ab“: of the respondents the sentence before names).
     */
    private static boolean partWithoutWhole(List<Token> b) {
        int n = 0;
        while (n < Math.min(3, b.size())
                && !isNumberWord(b.get(n))
                && !Phrases.isVerb(b.get(n))
                && !b.get(n).pos().isAdposition()) {
            n++; // „knapp“, „mehr als“, „Ganze“
        }
        if (n + 1 < b.size()
                && isNumberWord(b.get(n))
                && Phrases.lower(b.get(n + 1).lemma()).matches("prozent(punkt)?")
                && n + 2 < b.size()
                && Phrases.isVerb(b.get(n + 2))) {
            return true; // „41,1 Prozent kündigten ein Nein an“: of the respondents, the sentence before says
        }
        int k = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines")
                        .contains(Phrases.lower(b.get(0).text()))
                ? 1
                : 0;
        while (k < b.size() && b.get(k).pos() == Pos.ADJ) {
            k++;
        }
        if (k >= b.size() || !PART_NOUNS.contains(Phrases.lower(b.get(k).lemma()))) {
            // „Auch für den Rest gab es Zustimmung“: the rest of what; „Der Osten ist in der Hand der Rebellen“: of
            // what
            for (int i = 0; i + 1 < b.size(); i++) {
                Token part = b.get(i + 1);
                boolean share = i > 0
                        && SHARES.contains(Phrases.lower(part.lemma()))
                        && !b.get(i - 1).pos().isNoun(); // „die Diktatur der Quote“: the noun before is its whole
                if (DEFINITE.contains(Phrases.lower(b.get(i).text()))
                        && (share || COMPASS.matcher(Phrases.lower(part.text())).matches())
                        && noWhole(b, i + 1)) {
                    return true;
                }
            }
            return false;
        }
        return noWhole(b, k);
    }

    /** The definite articles before a part noun inside a fact. */
    private static final Set<String> DEFINITE = Set.of("der", "die", "das", "den", "dem");

    /** Part nouns that are a share of something („der Rest“, „die Hälfte“). */
    private static final Set<String> SHARES =
            withMeasures("rest", "großteil", "hälfte", "drittel", "viertel", "quote", "anteil");

    /** A quarter of the compass („der Osten“, „den Nordwesten“). */
    private static final java.util.regex.Pattern COMPASS =
            java.util.regex.Pattern.compile("(nord|süd)?(osten|westen)|norden|süden");

    /** Nothing after the part noun at {@code k} names its whole: no genitive, „von“, „für“ or name. */
    private static boolean noWhole(List<Token> b, int k) {
        if (k + 1 >= b.size()) {
            return true;
        }
        Token after = b.get(k + 1);
        String w = Phrases.lower(after.text());
        boolean whole = after.pos() == Pos.DET && !Set.of("den", "dem").contains(w)
                || w.equals("von")
                || w.equals("für")
                || after.pos() == Pos.PROPN;
        return !whole;
    }

    /**
     * Adverbs that link the clause to a reason or concession before it („Die Industrie sammelte deshalb weniger
     * Aufträge ein“): not fronted, they go, and what is left is still what the report states. Not „damals“, „dort“,
     * „seither“ (a time or place the claim needs) nor „dadurch“, „darum“ (often what the verb needs: „geht darum“).
     */
    private static final Set<String> CONNECTIVES = Set.of("deshalb", "deswegen", "daher", "trotzdem", "dennoch");

    /**
     * Conjunctions that may stand before a main clause's first field, outside the clause: „Doch“, „Und“. Not „Denn“: a
     * reason for what the sentence before says, as „Deshalb“ is a consequence of it.
     */
    private static final Set<String> LINKING = Set.of("doch", "und");

    /** Words that point at a sentence before („dadurch“, „deswegen“, „dort“, „damals“): the fact alone cannot say what. */
    private static final Set<String> POINTING = Set.of(
            "dadurch",
            "deswegen",
            "deshalb",
            "dementsprechend",
            "demgemäß",
            "daher",
            "darum",
            "dabei",
            "davon",
            "dazu",
            "hinzu", // „Neue Zubehörteile gesellen sich hinzu“: to what the sentence before named
            "dort",
            "damals",
            "dorthin",
            "seither",
            "trotzdem",
            "dennoch",
            "damit",
            "dann", // „Der Bund kann dann nicht mehr …“: then, in which case
            "ähnlich",
            "beides",
            "folglich",
            "insofern",
            "insoweit",
            "umgekehrt", // „Umgekehrt führten … zum Verlust …“: the reverse of what the sentence before said
            "diesmal",
            "genauso",
            "ebenso",
            "gleichfalls",
            "hier",
            "zuvor",
            "vorher",
            "davor",
            "danach",
            "daraufhin",
            "anschließend",
            // „einer hierfür entwickelten Turbine“: for what the sentence before names
            "hierfür",
            "hierzu",
            "hierbei",
            "hiermit",
            "hierdurch",
            "hierauf",
            "hieraus",
            "hiervon",
            "hierüber",
            "hieran");

    /**
     * „Wöchentlich kommen weitere 50 bis 55 an“: a count after „weitere“, or one that ends the line after „von“,
     * without its noun counts what the sentence before named; so does „weitere“ with no noun after it („Weitere
     * sollen folgen“).
     */
    private static boolean elidedCount(List<Token> b) {
        int end = b.size() - 1;
        while (end > 0 && b.get(end).isPunctuation()) {
            end--;
        }
        if (end >= 2
                && Phrases.lower(b.get(end - 1).text()).equals("von")
                && b.get(end).text().matches("\\d[\\d.,]*")
                && !de.ozd.newsroom.language.GermanCalendar.isYear(b.get(end).text())
                && b.stream().noneMatch(t -> QuantityFacts.RELATIONAL.contains(Phrases.lower(t.lemma())))) {
            return true; // „Das UNHCR spricht von 42.000“: of what, the sentence before says
        }
        for (int i = 0; i < b.size(); i++) {
            if (Phrases.lower(b.get(i).text()).matches("weitere[n]?")
                    && (i + 1 >= b.size()
                            || !(Phrases.isNoun(b.get(i + 1)) && b.get(i + 1).isCapitalised())
                                    && b.get(i + 1).pos() != Pos.ADJ
                                    && b.get(i + 1).pos() != Pos.NUM
                                    && !b.get(i + 1).text().matches("\\d.*"))) {
                return true; // „Über die Jahre werden weitere folgen“: more of what the sentence before named
            }
        }
        for (int i = 1; i < b.size(); i++) {
            if (!Phrases.lower(b.get(i - 1).text()).matches("weitere[n]?")
                    || !b.get(i).text().matches("\\d[\\d.,]*")) {
                continue;
            }
            int k = i + 1;
            if (k + 1 < b.size()
                    && Phrases.lower(b.get(k).text()).equals("bis")
                    && b.get(k + 1).text().matches("\\d.*")) {
                k += 2; // „weitere 50 bis 55“
            }
            while (k < b.size() && b.get(k).pos() == Pos.ADJ) {
                k++;
            }
            if (k >= b.size() || !Phrases.isNoun(b.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the new order puts a word between two tokens the source writes without a space („mit 2:1“ →
     * „mit 2 wurde: 1“): a score, a time or a ratio is one word to a reader, never to be split.
     */
    static boolean splitsGluedTokens(List<Token> out, List<Token> in) {
        for (int i = 0; i + 1 < in.size(); i++) {
            Token a = in.get(i);
            Token b = in.get(i + 1);
            int at = out.indexOf(a);
            if (a.end() == b.begin() && at >= 0 && out.contains(b) && out.indexOf(b) != at + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the line keeps words on both sides of a dash inside its clause without the dash, and what follows the
     * dash is not a preposition's phrase („hat den Zeitsprung getan - allerdings 23 Jahre später“ → „getan 23 Jahre
     * später“ reads as one garbled clause; „Hausmeister - in Teilzeit“ → „Hausmeister in Teilzeit“ does not).
     */
    static boolean gluesAtDash(List<Token> out, List<Token> clause) {
        for (int i = 1; i + 1 < clause.size(); i++) {
            if (!ClauseSplitter.isDash(clause, i)) {
                continue; // „im IT -Bereich“: a hyphen typed apart from its compound is no dash
            }
            boolean before = clause.subList(0, i).stream().anyMatch(out::contains);
            Token after = clause.subList(i + 1, clause.size()).stream()
                    .filter(out::contains)
                    .findFirst()
                    .orElse(null);
            if (before && after != null && !after.pos().isAdposition()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The clause's words in verb-second order, by the first of the word-order rules that can order them; null if none
     * can, {@link #REFUSED} if the order shows the clause gives no fact.
     */
    private List<Token> ordered(List<Token> t, Clause c, Set<String> verbs) {
        List<Token> out = c.subordinate() ? order.fromFinal(t, verbs) : order.fromFirst(t, verbs);
        if (out != null && continuesSubordinate(c) && Phrases.firstVerb(out) == out.size() - 1) {
            return REFUSED; // „… was der Senat so sah und eine Geldbuße verhängte“: the phrase is the object
        }
        if (out == null && !c.subordinate()) {
            out = order.withoutFrontedPhrase(t, c, verbs, speaker, compressor);
        }
        if (out == null && !c.subordinate()) {
            out = SubjectLed.of(t, c); // a subject the word-order rules cannot delimit: the clause's own order
        }
        return out;
    }

    /** What {@link #ordered} gives for a clause whose order shows it gives no fact. */
    private static final List<Token> REFUSED = java.util.Collections.unmodifiableList(new ArrayList<>());

    /** True if {@code x} stands right before the word it stood before in {@code all}. */
    private static boolean nextTo(List<Token> out, Token x, List<Token> all) {
        int i = out.indexOf(x);
        int j = all.indexOf(x);
        return i >= 0 && i + 1 < out.size() && j + 1 < all.size() && out.get(i + 1) == all.get(j + 1);
    }

    /**
     * True if {@code x} is „auch“ right after the finite verb (and any adverbs after it) and before the noun phrase it
     * adds to what the report said before: „Thema der Konferenz war auch die Infrastruktur“, „Anstiege verzeichneten
     * auch Belgien und Finnland“, „Neu ist auch der Modus …“, „sind auch nur Menschen“. Without it the phrase reads as
     * the only one: the topic, the countries with a rise (issue 13, thirty-first round). Before a verb or a phrase of
     * place or time („wurden auch gegen Schulen geworfen“) it stays a filler.
     */
    static boolean focusesPhrase(List<Token> t, Token x) {
        int i = t.indexOf(x);
        if (i < 1 || i + 1 >= t.size() || !Phrases.lower(x.text()).equals("auch")) {
            return false;
        }
        int j = i - 1;
        while (j > 0 && t.get(j).pos() == Pos.ADV) {
            j--; // „verschärft nun auch …“, „steckt aber auch …“
        }
        if (!Phrases.isVerb(t.get(j)) || j != Phrases.firstVerb(t)) {
            return false;
        }
        Token next = t.get(i + 1);
        return Set.of(Pos.DET, Pos.NOUN, Pos.PROPN, Pos.NUM).contains(next.pos())
                || next.pos() == Pos.ADJ
                        && i + 2 < t.size()
                        && t.get(i + 2).pos().isNoun()
                || Phrases.lower(next.text()).equals("nur"); // „sind auch nur Menschen“
    }

    /** „von nun an“: the word stands right after a preposition and belongs to its phrase. */
    static boolean afterPreposition(List<Token> t, Token x) {
        int i = t.indexOf(x);
        return i > 0 && t.get(i - 1).pos().isAdposition();
    }

    /** „mit 3“ of „mit 3:1“ when the tokenizer read „1.“ as an ordinal: not a fact. */
    private boolean endsInSplitScore(Clause c) {
        List<Token> sentence = analysis.sentences().get(c.sentence()).tokens();
        Token last = c.tokens().get(c.tokens().size() - 1);
        int i = sentence.indexOf(last);
        if (last.text().matches("\\d+\\.")
                && i >= 1
                && sentence.get(i - 1).text().equals(":")) {
            return true; // „… 6:3, 6:2. Bereits …“: the score's period read as an ordinal's, the sentence runs on
        }
        return (last.pos() == Pos.NUM || last.text().matches("\\d+"))
                && i >= 0
                && i + 1 < sentence.size()
                && sentence.get(i + 1).text().equals(":");
    }

    /**
     * „Wiener Verständnis für die Kritik hat nach dem 0:4“ (of „Dennoch hat der Wiener Verständnis …“, the tagger's
     * „der Wiener Verständnis“ one phrase): „haben“ as a full verb with nothing after it but prepositional phrases has
     * lost its object to the subject.
     */
    static boolean havesNothing(List<Token> b) {
        int v = Phrases.firstVerb(b);
        if (v < 0 || !Phrases.lower(b.get(v).lemma()).equals("haben")) {
            return false;
        }
        boolean inPhrase = false;
        for (int k = v + 1; k < b.size(); k++) {
            Token t = b.get(k);
            if (t.pos().isVerb()) {
                return false; // an auxiliary: „hat … verschärft“
            }
            if (t.pos().isAdposition()) {
                inPhrase = true;
            } else if (t.pos() == Pos.PRON || t.pos() == Pos.NUM && !inPhrase) {
                return false;
            } else if (Phrases.isNoun(t)) {
                if (!inPhrase) {
                    return false; // its object
                }
                // a name of several words goes on („in Wien Mitte“); a noun after a common noun is the object („hatte
                // vor Jahresfrist Probleme“)
                inPhrase =
                        t.pos() == Pos.PROPN && k + 1 < b.size() && b.get(k + 1).pos() == Pos.PROPN;
            }
        }
        return true;
    }

    private boolean isCueClause(Clause c) {
        if (isWholeSentence(c)) {
            return false; // „Die Polizei meldete drei Festnahmen.“: what is said is the object itself
        }
        if (namesWhatIsSaid(c.tokens())) {
            return false; // „Der Verband warnte vor einem Engpass“: the warning is the fact, its speaker the subject
        }
        for (Attribution a : analysis.attributionsIn(c.sentence())) {
            for (Token t : c.tokens()) {
                if (t.pos() == Pos.VERB && a.cue().endsWith(t.text())) {
                    return true; // the clause that says who speaks, not what is said
                }
            }
        }
        for (Token t : c.tokens()) {
            if (Phrases.isVerb(t) && isCueVerb(t, c.tokens()) && c.tokens().size() <= 8) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lemmas of speech only with their particle: „geht davon aus“, „teilte mit“, „wies darauf hin“. Without it the
     * verb says something else („Die Mandate gehen an …“, „Die Länder teilen sich die Kosten“).
     */
    private static final Map<String, String> CUE_PARTICLES = Map.of("gehen", "aus", "teilen", "mit", "weisen", "hin");

    /**
     * „Ein Krieg geht noch“, „Das geht nicht“: „gehen“ with nothing but adverbs after it (no place, direction,
     * participle or particle) is an idiom whose meaning the sentence around it gives. Before this composer knew that
     * „gehen“ is a verb of speech only with „aus“, it refused every short clause of it.
     */
    static boolean isBareGehen(List<Token> t) {
        int verb = Phrases.firstVerb(t);
        if (verb < 0
                || !Phrases.lower(t.get(verb).lemma()).equals("gehen")
                || t.stream().filter(Phrases::isVerb).count() > 1) {
            return false;
        }
        // „ging verloren“: the tagger may read the participle as an adverb; „gehen weiter“, „gehen zurück“: a particle
        return t.subList(verb + 1, t.size()).stream()
                .allMatch(x -> x.pos() == Pos.ADV
                        && !Phrases.lower(x.text()).endsWith("en")
                        && !VerbArguments.PARTICLES.contains(Phrases.lower(x.text())));
    }

    /** True if {@code verb} is a verb of speech or belief in the clause {@code t}. */
    private static boolean isCueVerb(Token verb, List<Token> t) {
        String lemma = Phrases.lower(verb.lemma());
        String particle = CUE_PARTICLES.get(lemma);
        return CUE_LEMMAS.contains(lemma)
                && (particle == null
                        || t.stream().anyMatch(x -> Phrases.lower(x.text()).equals(particle)));
    }

    /**
     * Verbs of speech whose object says what was said, warned of or announced: „kritisierte die Reform“, „warnte vor
     * einem Engpass“, „kündigte den Bau einer Brücke an“, „nannte den Plan unausgegoren“. With it the clause is the
     * report's own statement of who said what; a verb of saying or believing proper („sagte“, „meinte“, „glaubt“) has
     * its content in another clause and stays a speech tag.
     */
    private static final Set<String> OBJECT_CUES = Set.of(
            "warnen",
            "kritisieren",
            "fordern",
            "ankündigen",
            "bestätigen",
            "befürchten",
            "fürchten",
            "nennen",
            "bezeichnen",
            "bekräftigen",
            "dementieren",
            "bestreiten",
            "beklagen",
            "bemängeln",
            "monieren",
            "verkünden");

    /**
     * True if the clause's verb of speech ({@link #OBJECT_CUES}) has an object of its own: besides its subject, one noun
     * phrase that is not in a prepositional phrase („sagte nach dem Treffen“) nor a dative („bestätigte dem Sender“),
     * or „vor“ with „warnen“. A comma, colon or quotation mark makes the clause something else (an apposition, the
     * content quoted), and so does a second verb.
     */
    static boolean namesWhatIsSaid(List<Token> t) {
        List<Token> verbs = t.stream().filter(Phrases::isVerb).toList();
        if (verbs.size() != 1 || t.stream().anyMatch(Token::isPunctuation)) {
            return false;
        }
        String lemma = Phrases.lower(verbs.get(0).lemma());
        String last = Phrases.lower(t.get(t.size() - 1).text());
        if (!OBJECT_CUES.contains(lemma) && !OBJECT_CUES.contains(last + lemma)) {
            return false; // „kündigte … an“: the lemma without its particle
        }
        boolean warnen = lemma.equals("warnen");
        int phrases = 0;
        boolean inPhrase = false;
        boolean governed = false; // a preposition (or „als“) waits for its noun phrase
        boolean warnedOf = false; // „warnte vor …“: that phrase is the object
        for (Token x : t) {
            String w = Phrases.lower(x.text());
            if (x.pos().isAdposition() || w.equals("als")) {
                warnedOf = warnen && w.equals("vor");
                governed = !warnedOf;
                inPhrase = false;
            } else if (x.pos() == Pos.PRON && !w.equals("sich")) {
                phrases++;
                inPhrase = false;
                governed = false;
            } else if (x.pos() == Pos.DET || x.pos() == Pos.ADJ || x.pos() == Pos.NUM || Phrases.isNoun(x)) {
                boolean genitive = inPhrase && x.pos() == Pos.DET && GENITIVE_ARTICLES.contains(w);
                if (!inPhrase || x.pos() == Pos.DET && !genitive) {
                    if (warnedOf || !governed && !DATIVE_ARTICLES.contains(w)) {
                        phrases++;
                    }
                    governed = false;
                    warnedOf = false;
                }
                inPhrase = true;
            } else if (x.pos() != Pos.CCONJ) {
                inPhrase = false; // a verb, an adverb or a particle ends the phrase; „und“ goes on with it
                governed = false;
            }
        }
        return phrases == 2;
    }

    /** Articles that open a genitive after a noun („die Politik der Regierung“). */
    private static final Set<String> GENITIVE_ARTICLES = Set.of("des", "der", "eines", "einer");

    /** Articles of a dative only: an addressee („dem Sender“), not what is said. */
    private static final Set<String> DATIVE_ARTICLES = Set.of("dem", "einem");

    /**
     * „…, wie die Analysten schätzen“, „…, wie sie es im Vorjahr getan hatte“: a clause after „wie“ says who knows or
     * what is compared with; without its „wie“ it would say something of its own.
     */
    private boolean afterWie(Clause c) {
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        int i = s.indexOf(c.tokens().get(0));
        return i > 0 && Phrases.lower(s.get(i - 1).text()).equals("wie");
    }

    /** True if the clause is its sentence, without speech or a colon elsewhere in it. */
    private boolean isWholeSentence(Clause c) {
        var sentence = analysis.sentences().get(c.sentence());
        long words = sentence.tokens().stream().filter(t -> !t.isPunctuation()).count();
        long clauseWords = c.tokens().stream().filter(t -> !t.isPunctuation()).count();
        boolean speech = sentence.tokens().stream()
                .anyMatch(t -> Set.of("„", "“", "\"", "»", ":").contains(t.text()));
        return clauseWords == words && !speech;
    }

    /**
     * A noun, no pronoun first, nothing that points outside the fact („ihm“, „darauf“), and no
     * phrase left open at the end („… oder“, „des ungeheuren“).
     */
    private static boolean hasContent(List<Token> b) {
        return b.stream().anyMatch(Phrases::isNoun)
                && b.stream()
                        .noneMatch(t -> t.pos() == Pos.PRON
                                && b.indexOf(t) == 0
                                && !WordOrder.SENTENCE_ADVERBS.contains(Phrases.lower(t.text()))) // „Bisher“ as PRON
                && Completeness.isSelfContained(b)
                && !endsOpen(b);
    }

    private static boolean endsOpen(List<Token> b) {
        Token last = b.get(b.size() - 1);
        Token before = b.get(b.size() - 2);
        if (isParticleOfVerb(b, last)) {
            return false; // „Die Industrie sammelte … ein“: the tagger may read the particle „ein“ as an article
        }
        return Set.of(Pos.CCONJ, Pos.SCONJ, Pos.DET).contains(last.pos())
                || Set.of(Pos.CCONJ, Pos.DET).contains(before.pos())
                        && !Phrases.isNoun(last)
                        && last.pos() != Pos.NUM
                        && last.pos() != Pos.ADJ
                || before.pos() == Pos.DET && last.pos() == Pos.ADJ
                || b.size() > 1 && Phrases.lower(b.get(1).text()).equals("sein");
    }

    /**
     * The last word is the separable particle of the fact's finite verb („Die Industrie sammelte … Aufträge ein“): a
     * particle word after a surely finite verb that is not right before it, with a noun between.
     */
    private static boolean isParticleOfVerb(List<Token> b, Token last) {
        String p = Phrases.lower(last.text());
        if (!VerbArguments.PARTICLES.contains(p)) {
            return false;
        }
        int verb = Phrases.firstVerb(b);
        return verb >= 1
                && verb < b.size() - 2
                && MeaningGuard.isSurelyFinite(b.get(verb))
                && b.subList(verb + 1, b.size() - 1).stream().noneMatch(Phrases::isVerb)
                && Phrases.isNoun(b.get(b.size() - 2));
    }

    static boolean isNumberWord(Token t) {
        return t.pos() == Pos.NUM
                || t.text().matches(".*\\d.*")
                || t.lemma().equalsIgnoreCase("tausend")
                || t.text().equalsIgnoreCase("tausende")
                || t.text().equalsIgnoreCase("hunderte")
                || t.text().equalsIgnoreCase("dutzende");
    }

    /** A main clause cut off before its verb: what stood before the verb is in another clause of the sentence. */
    private static boolean cutBeforeVerb(Clause c) {
        return c.sourcePhraseEnd() == 0
                && !c.subordinate()
                && Phrases.isVerb(c.tokens().get(0));
    }

    /**
     * „war von 35 Toten die Rede“, „sei die Rede von …“: a report of what was said, not a fact of its own. Not in the
     * present, where „Die Rede ist von …“ may be the report naming its own subject.
     */
    static boolean isTalkOf(List<Token> t) {
        return t.stream().anyMatch(x -> x.text().equals("Rede") && x.pos().isNoun())
                && t.stream().anyMatch(x -> Phrases.lower(x.text()).matches("von|vom"))
                && t.stream().anyMatch(x -> Phrases.lower(x.text()).matches("war|waren|sei|seien|wäre|gewesen"));
    }

    /** The clause in verb-second order with fronted source phrase and fillers removed. */
    private Optional<List<Token>> reordered(Clause c, int budget, boolean attributed) {
        if (cutBeforeVerb(c)) {
            return Optional.empty(); // its subject is elsewhere
        }
        List<Token> t = new ArrayList<>(
                c.tokens().subList(c.sourcePhraseEnd(), c.tokens().size()));
        List<Token> all = List.copyOf(t);
        t.removeIf(x -> FILLERS.contains(x.text().toLowerCase(Locale.GERMAN))
                && !afterPreposition(all, x)
                && !focusesPhrase(all, x));
        t.removeIf(x -> x.pos() == Pos.ADV && CONNECTIVES.contains(Phrases.lower(x.text())) && t.indexOf(x) > 0);
        t.removeIf(x -> x.isPunctuation() && !x.text().equals(":")); // a colon left is a score, 2:1
        if (t.size() > 3
                && !c.subordinate()
                && LINKING.contains(Phrases.lower(t.get(0).text()))
                && !Phrases.isVerb(t.get(1))) {
            t.remove(0); // „Doch insgesamt verläuft …“: a conjunction before the first field links to the sentence
            // before
        }
        if (t.size() < 2) {
            return Optional.empty();
        }
        Set<String> verbs = VerbArguments.verbs(c.tokens());
        List<Token> out = ordered(t, c, verbs);
        Token also = t.stream().filter(x -> focusesPhrase(all, x)).findFirst().orElse(null);
        if (also != null && (out == null || !nextTo(out, also, all))) {
            // „Nun hat auch Heidemarie Wieczorek-Zeul das Handtuch geworfen“: with the subject first „auch“ would be
            // left behind („… hat auch das Handtuch geworfen“, „Mangel herrscht auch“); without it, as before
            t.remove(also);
            out = ordered(t, c, verbs);
        }
        if (out == REFUSED) {
            return Optional.empty();
        }
        if (out == null || joinsAcrossADroppedWord(out, all) || splitsGluedTokens(out, t) || gluesAtDash(out, all)) {
            return Optional.empty();
        }
        if (Phrases.wordCount(out) > budget) {
            out = order.shortenSubject(out);
        }
        if (Phrases.wordCount(out) > budget) {
            out = compressor.compress(out, c, budget, attributed);
        }
        return Phrases.wordCount(out) <= budget ? Optional.of(out) : Optional.empty();
    }

    /**
     * „werfen einige Blogs mittlerweile Microsoft … vor“ → „Einige Blogs Microsoft werfen …“: with the filler gone,
     * subject and object met and were read as one subject. What stands before the verb must stand together in the
     * clause as well.
     */
    private static boolean joinsAcrossADroppedWord(List<Token> out, List<Token> clause) {
        int verb = Phrases.firstVerb(out);
        for (int i = 1; i < Math.min(verb, out.size()); i++) {
            int before = clause.indexOf(out.get(i - 1));
            int at = clause.indexOf(out.get(i));
            if (before >= 0
                    && at > before + 1
                    && clause.subList(before + 1, at).stream().noneMatch(Token::isPunctuation)) {
                return true;
            }
        }
        return false;
    }

    private double score(Clause c, List<Token> body) {
        int entities = 0;
        for (Entity e : analysis.entitiesIn(c.sentence())) {
            if (e.begin() >= c.begin() && e.end() <= c.end()) {
                entities++;
            }
        }
        long numbers = analysis.quantitiesIn(c.sentence()).stream()
                .filter(q -> q.begin() >= c.begin() && q.end() <= c.end())
                .count();
        double position = 1.0 / (1 + c.sentence());
        return 2.0 * entities + 2.0 * numbers + 3.0 * position - 0.1 * body.size();
    }

    /**
     * The fact's text: {@link #join} plus the comma the report has between two words the fact keeps
     * side by side („kündigte an, eigene Vorschläge vorzulegen“).
     */
    private String text(List<Token> tokens) {
        return join(tokens, analysis.text());
    }

    static String join(List<Token> tokens) {
        return join(tokens, null);
    }

    static String join(List<Token> tokens, String source) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean score = i >= 2
                    && tokens.get(i - 1).text().equals(":")
                    && tokens.get(i - 2).text().matches("\\d+")
                    && t.text().matches("\\d+");
            if (source != null && i > 0 && commaBetween(source, tokens.get(i - 1), t)) {
                b.append(',');
            }
            if (b.length() > 0 && !t.isPunctuation() && !score) {
                b.append(' ');
            }
            b.append(t.text());
        }
        return b.toString();
    }

    /**
     * The clause follows „und“, „oder“ or „sowie“ after a part that opens with a conjunction or a relative pronoun: a
     * second conjunct of a subordinate clause, verb-final, whose subject is the first conjunct's („was der Senat so sah
     * und eine Geldbuße verhängte“).
     */
    private boolean continuesSubordinate(Clause c) {
        List<Token> s = analysis.sentences().get(c.sentence()).tokens();
        int first = s.indexOf(c.tokens().get(0));
        if (first < 1 || !Phrases.lower(s.get(first - 1).text()).matches("und|oder|sowie")) {
            return false;
        }
        int k = first - 2;
        while (k >= 0 && !s.get(k).isPunctuation()) {
            k--;
        }
        Token opener = s.get(k + 1);
        return opener.pos() == Pos.SCONJ
                || opener.pos() == Pos.PRON
                        && Phrases.lower(opener.text()).matches("was|der|die|das|dem|den|deren|dessen|welche[rsnm]?");
    }

    /**
     * The body with the report's commas where the line is written with them ({@link #text}): „Polizei, Feuerwehr und
     * Rettung waren im Einsatz“ is read by the fragment check as one field before the verb, as a reader reads it, not
     * as three nouns side by side.
     */
    private List<Token> asWritten(List<Token> b, Clause c) {
        List<Token> out = new ArrayList<>();
        int verb = Phrases.firstVerb(b); // only in the field before it: after the verb a comma may join a cut clause
        for (int i = 0; i < b.size(); i++) {
            if (i > 0 && i < verb && commaBetween(analysis.text(), b.get(i - 1), b.get(i))) {
                Token prev = b.get(i - 1);
                Token next = b.get(i);
                c.tokens().stream()
                        .filter(t -> t.text().equals(",") && t.begin() >= prev.end() && t.end() <= next.begin())
                        .findFirst()
                        .ifPresent(out::add);
            }
            out.add(b.get(i));
        }
        return out;
    }

    /**
     * True if the body's first verb follows a comma of the report with nothing but its field before it: the field is
     * what is left of an aside (an apposition, a source's role), not the clause's subject or object.
     */
    private boolean commaBeforeVerb(List<Token> b) {
        int v = Phrases.firstVerb(b);
        if (v < 1 || b.subList(0, v).stream().anyMatch(t -> t.text().equals(","))) {
            return false;
        }
        return commaBetween(analysis.text(), b.get(v - 1), b.get(v));
    }

    /**
     * True if the report has a comma, and nothing else but spaces and brackets, between two tokens a line keeps side by
     * side („Griechenland (50,1 Prozent), Spanien“): the comma the line is written with.
     */
    private static boolean commaBetween(String source, Token prev, Token next) {
        return prev.end() <= next.begin()
                && source.substring(prev.end(), next.begin())
                        .replaceAll("\\([^()]*\\)", "")
                        .strip()
                        .equals(",");
    }

    /** The line with a capital first letter; a name written with a small one before a capital stays („iPad“). */
    static String capitalise(String s) {
        if (s.isEmpty() || s.length() > 1 && Character.isLowerCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Locale.GERMAN) + s.substring(1);
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
