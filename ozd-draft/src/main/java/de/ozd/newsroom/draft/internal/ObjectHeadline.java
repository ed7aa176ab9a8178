package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.EntityType;
import de.ozd.newsroom.language.GermanWords;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The house's passive headline of an active perfect: its accusative object and its participle („Der Stadtrat hat den
 * Neubau der Saalebrücke beschlossen“ → „Neubau der Saalebrücke beschlossen“, „Die Polizei hat am Montag in Lindenau
 * einen 34-jährigen Mann festgenommen“ → „34-jähriger Mann am Montag in Lindenau festgenommen“). A bare participle reads
 * as done, and a done act stays true without its agent; the agent goes, everything else of the clause stays where the
 * checks of {@link FactComposer} demand it.
 *
 * <p>Only where it is certain: a main clause „Subjekt + hat/hatte/haben/hatten + … + Partizip“ with the subject as the
 * only phrase before the auxiliary; between auxiliary and participle exactly one noun phrase that is no date
 * (the object), the rest adverbs and prepositional phrases; no pronoun, negation, modal, Konjunktiv, second verb,
 * comma or conjunction. The object is accusative for sure: „den“ with a singular noun that has no dative plural shape
 * or „einen“ (masculine), a plural object („die“ with a plural noun, or a number) of a singular „hat/hatte“, or a
 * singular „das/ein/eine“ object of a plural „haben/hatten“ (it cannot be the subject then, and „ein“ is never a
 * masculine accusative). The verb is one of acts done to something whose headline needs no agent (a council decides, a
 * police arrests, a firm publishes); verbs of saying, wanting, getting, winning or rating („angekündigt“, „gefordert“,
 * „gewonnen“, „abgelehnt“) give none, and a named person as agent gives none (what a person did is about the person).
 * An adjective after the dropped article takes its form without article („den ersten … Plan“ → „erster … Plan“); when
 * that form is not certain, there is no headline. Stateless.
 */
final class ObjectHeadline {
    private ObjectHeadline() {}

    /**
     * A headline body (also without its time phrases, for a tighter budget) and the clause tokens it may leave out:
     * the agent, the auxiliary, the object's article, fillers and time phrases.
     */
    record Candidate(List<Token> body, List<Token> withoutDates, Set<Integer> dropped) {}

    /**
     * Verbs of an act done to its object whose passive headline is true and says the news without the agent, with
     * their participles (the tagger's lemma of a participle is not always right: „abgeschlossen“).
     */
    static final java.util.Map<String, String> VERBS = java.util.Map.ofEntries(
            java.util.Map.entry("beschließen", "beschlossen"),
            java.util.Map.entry("verabschieden", "verabschiedet"),
            java.util.Map.entry("genehmigen", "genehmigt"),
            java.util.Map.entry("billigen", "gebilligt"),
            java.util.Map.entry("bewilligen", "bewilligt"),
            java.util.Map.entry("festlegen", "festgelegt"),
            java.util.Map.entry("festsetzen", "festgesetzt"),
            java.util.Map.entry("festnehmen", "festgenommen"),
            java.util.Map.entry("verhaften", "verhaftet"),
            java.util.Map.entry("freisprechen", "freigesprochen"),
            java.util.Map.entry("abschieben", "abgeschoben"),
            java.util.Map.entry("eröffnen", "eröffnet"),
            java.util.Map.entry("einweihen", "eingeweiht"),
            java.util.Map.entry("veröffentlichen", "veröffentlicht"),
            java.util.Map.entry("vorstellen", "vorgestellt"),
            java.util.Map.entry("präsentieren", "präsentiert"),
            java.util.Map.entry("vorlegen", "vorgelegt"),
            java.util.Map.entry("verbieten", "verboten"),
            java.util.Map.entry("aufheben", "aufgehoben"),
            java.util.Map.entry("erlassen", "erlassen"),
            java.util.Map.entry("einführen", "eingeführt"),
            java.util.Map.entry("verlängern", "verlängert"),
            java.util.Map.entry("verschieben", "verschoben"),
            java.util.Map.entry("absagen", "abgesagt"),
            java.util.Map.entry("ernennen", "ernannt"),
            java.util.Map.entry("abschließen", "abgeschlossen"),
            java.util.Map.entry("unterzeichnen", "unterzeichnet"),
            java.util.Map.entry("unterschreiben", "unterschrieben"),
            java.util.Map.entry("vereinbaren", "vereinbart"),
            java.util.Map.entry("beschlagnahmen", "beschlagnahmt"),
            java.util.Map.entry("sicherstellen", "sichergestellt"),
            java.util.Map.entry("evakuieren", "evakuiert"),
            java.util.Map.entry("sperren", "gesperrt"),
            java.util.Map.entry("räumen", "geräumt"),
            java.util.Map.entry("retten", "gerettet"),
            java.util.Map.entry("bergen", "geborgen"),
            java.util.Map.entry("verhängen", "verhängt"),
            java.util.Map.entry("errichten", "errichtet"),
            java.util.Map.entry("gründen", "gegründet"),
            java.util.Map.entry("entdecken", "entdeckt"),
            java.util.Map.entry("ausschreiben", "ausgeschrieben"),
            java.util.Map.entry("verleihen", "verliehen"),
            java.util.Map.entry("abreißen", "abgerissen"),
            java.util.Map.entry("sanieren", "saniert"),
            java.util.Map.entry("renovieren", "renoviert"),
            java.util.Map.entry("fertigstellen", "fertiggestellt"),
            java.util.Map.entry("freigeben", "freigegeben"),
            java.util.Map.entry("zulassen", "zugelassen"),
            java.util.Map.entry("ratifizieren", "ratifiziert"),
            java.util.Map.entry("auflösen", "aufgelöst"),
            java.util.Map.entry("einberufen", "einberufen"),
            java.util.Map.entry("zurückrufen", "zurückgerufen"),
            java.util.Map.entry("abschalten", "abgeschaltet"),
            java.util.Map.entry(
                    "verurteilen",
                    "verurteilt")); // „verurteilt“ only by a court: „Die UN hat den Angriff verurteilt“ is an opinion

    private static final Set<String> FINITE_SINGULAR = Set.of("hat", "hatte");
    private static final Set<String> FINITE_PLURAL = Set.of("haben", "hatten");

    /** Nominalised adjectives after „einen“: the accusative „-en“ is the nominative „-er“ without article. */
    private static final String NOMINALISED =
            "\\d+-[Jj]ährigen|Verdächtigen|Tatverdächtigen|Jugendlichen|Angeklagten|Beschuldigten";

    /** The headline of clause {@code c}, or empty when any part of it is not certain. */
    static Optional<Candidate> of(Clause c, Phrases phrases, TextAnalysis analysis) {
        if (c.subordinate() || c.sourcePhraseEnd() > 0) {
            return Optional.empty();
        }
        List<Token> t = new ArrayList<>(c.tokens());
        while (!t.isEmpty() && t.get(t.size() - 1).isPunctuation()) {
            t.remove(t.size() - 1);
        }
        if (t.size() < 4 || t.stream().anyMatch(Token::isPunctuation)) {
            return Optional.empty(); // a comma, dash or quote: an apposition or a second clause the rules do not read
        }
        int aux = Phrases.firstVerb(t);
        if (aux < 1) {
            return Optional.empty();
        }
        String finite = Phrases.lower(t.get(aux).text());
        boolean singular = FINITE_SINGULAR.contains(finite);
        if (!singular && !FINITE_PLURAL.contains(finite)) {
            return Optional.empty(); // „habe“, „hätte“: reported speech or a counterfactual
        }
        int p = t.size() - 1;
        Token participle = t.get(p);
        String lemma = Phrases.lower(participle.lemma());
        boolean known = VERBS.containsValue(participle.text()); // „festgenommen“ is a participle whatever the tag
        if (!known
                && (participle.pos() != Pos.VERB
                        || Phrases.lower(participle.text()).equals(lemma)
                        || !NumberHeadline.isParticipleShape(participle.text())
                        || !VERBS.containsKey(lemma))) {
            return Optional.empty();
        }
        for (Token x : t) {
            String w = Phrases.lower(x.text());
            if (GermanWords.isNegation(w)
                    || x.pos() == Pos.PRON
                    || x.pos() == Pos.PART
                    || x.pos() == Pos.CCONJ
                    || x.pos() == Pos.SCONJ
                    || Phrases.isVerb(x) && GermanWords.isModalVerb(x.lemma())
                    || MeaningGuard.isConjunctiveTwo(x)
                    || MeaningGuard.isReportedSpeech(x)) {
                return Optional.empty();
            }
        }
        Set<String> verbs = VerbArguments.verbs(c.tokens());
        List<Token> agent = t.subList(0, aux);
        if (!isAgent(agent, t, aux, phrases, verbs, analysis, c)) {
            return Optional.empty();
        }
        if (Phrases.lower(participle.text()).equals("verurteilt")
                && agent.stream().noneMatch(x -> Phrases.lower(x.text()).contains("gericht"))) {
            return Optional.empty();
        }
        int object = -1;
        int objectEnd = -1;
        List<Token> dates = new ArrayList<>(); // „am Dienstag“, „nach einer langen Debatte“: when, which may go
        for (int i = aux + 1; i < p; ) {
            Token x = t.get(i);
            if (x.pos() == Pos.ADV
                    || i == p - 1
                            && x.pos() == Pos.ADJ
                            && Character.isLowerCase(x.text().codePointAt(0))) {
                i++; // „einstimmig beschlossen“, „offiziell festgelegt“: an adjective used as adverb of the participle
                continue;
            }
            if (x.pos().isAdposition()) {
                int own = phrases.nounPhraseEnd(t, i + 1);
                if (own > 0 && own < p && FactComposer.isDatePhrase(t.subList(i, own))) {
                    dates.addAll(t.subList(i, own)); // „am Dienstagabend | nach einer langen Debatte“
                    i = own;
                    continue;
                }
                int end = phrases.phraseEnd(t, i + 1, verbs);
                if (end < 0 || end > p) {
                    return Optional.empty();
                }
                List<Token> phrase = t.subList(i, end);
                if (FactComposer.isDatePhrase(phrase)
                        || FactComposer.isAfterEvent(phrase)
                                && !t.get(end).pos().isAdposition()) {
                    dates.addAll(phrase); // not „nach einem Überfall | auf eine Tankstelle“: the next phrase is its own
                }
                i = end;
                continue;
            }
            if (!Set.of(Pos.DET, Pos.NUM, Pos.ADJ, Pos.NOUN, Pos.PROPN).contains(x.pos())) {
                return Optional.empty(); // another verb, a particle: not a plain object and participle
            }
            int end = phrases.phraseEnd(t, i, verbs);
            if (end < 0 || end > p) {
                return Optional.empty();
            }
            if (FactComposer.isDatePhrase(t.subList(i, end))) {
                dates.addAll(t.subList(i, end)); // „vergangene Woche“
            } else {
                if (object >= 0) {
                    return Optional.empty(); // two noun phrases: which one is the object is not certain
                }
                object = i;
                objectEnd = end;
            }
            i = end;
        }
        if (object < 0) {
            return Optional.empty();
        }
        List<Token> objectCore = t.subList(object, Math.max(object, phrases.nounPhraseEnd(t, object)));
        if (objectCore.stream().anyMatch(x -> Phrases.lower(x.text()).equals("feuer"))) {
            return Optional.empty(); // „das Feuer eröffnet“: an idiom whose news is who opened fire
        }
        boolean actsOnThing = isActor(agent, analysis, c)
                && !isActor(objectCore, analysis, c)
                && analysis.entitiesIn(c.sentence()).stream()
                        .filter(e -> e.type() != EntityType.OTHER)
                        .noneMatch(
                                e -> objectCore.stream().anyMatch(x -> x.begin() >= e.begin() && x.end() <= e.end()));
        Optional<List<Token>> nominative = nominative(t.subList(object, objectEnd), singular, actsOnThing, phrases);
        if (nominative.isEmpty()) {
            return Optional.empty();
        }
        List<Token> before = t.subList(aux + 1, object);
        List<Token> after = t.subList(objectEnd, p);
        if (!after.isEmpty() && before.stream().anyMatch(x -> x.pos().isAdposition() && !dates.contains(x))) {
            return Optional.empty(); // „in Leipzig … wegen des Überfalls auf eine Tankstelle“: the place would move
            // beside another noun and may read as its attribute
        }
        // the object keeps what follows it in the report („Verbot von Einwegplastik in allen Behörden“), the verb's
        // adverbials before it stand before the participle
        List<Token> body = new ArrayList<>(nominative.get());
        body.addAll(after);
        body.addAll(before);
        if (known) {
            String infinitive = VERBS.entrySet().stream()
                    .filter(e -> e.getValue().equals(participle.text()))
                    .map(java.util.Map.Entry::getKey)
                    .findFirst()
                    .orElse(lemma);
            body.add(new Token(participle.text(), participle.begin(), participle.end(), Pos.VERB, infinitive));
        } else {
            body.add(participle);
        }
        Set<Integer> dropped = new HashSet<>();
        for (Token x : List.copyOf(body)) {
            if (x.pos() == Pos.ADV && FactComposer.FILLERS.contains(Phrases.lower(x.text()))) {
                body.remove(x); // „zudem“, „bereits“: no headline word
                dropped.add(x.begin());
            }
        }
        List<Token> withoutDates = new ArrayList<>(body);
        withoutDates.removeAll(dates);
        dates.forEach(x -> dropped.add(x.begin())); // a time may go as in any fact, also beside the agent
        agent.forEach(x -> dropped.add(x.begin()));
        dropped.add(t.get(aux).begin());
        if (t.get(object).pos() == Pos.DET) {
            dropped.add(t.get(object).begin());
        }
        return Optional.of(new Candidate(body, withoutDates, dropped));
    }

    /**
     * The phrase before the auxiliary is one noun phrase that can be the subject: it opens with a nominative-capable
     * word, has no number (a figure of the agent would be lost), no pronoun and no person's name.
     */
    private static boolean isAgent(
            List<Token> agent,
            List<Token> t,
            int aux,
            Phrases phrases,
            Set<String> verbs,
            TextAnalysis analysis,
            Clause c) {
        Token first = agent.get(0);
        int end = phrases.phraseEnd(t, 0, verbs);
        if (end > 0
                && end + 1 < aux
                && Set.of("von", "aus", "in").contains(Phrases.lower(t.get(end).text()))
                && t.subList(end + 1, aux).stream().allMatch(x -> x.pos() == Pos.PROPN)) {
            end = aux; // „Der Gemeinderat von Lindenau“, „Das Landgericht in Naumburg“
        }
        if (!Set.of(Pos.DET, Pos.NOUN, Pos.PROPN, Pos.ADJ).contains(first.pos())
                || Phrases.lower(first.text()).matches("den|dem|einen|einem|des|eines|deren|dessen")
                || end != aux) {
            return false;
        }
        if (agent.stream().anyMatch(x -> FactComposer.isNumberWord(x) || SpeakerPrefix.isSourceWord(x))) {
            return false;
        }
        return analysis.entitiesIn(c.sentence()).stream()
                .filter(e -> e.type() == EntityType.PERSON)
                .noneMatch(e -> agent.stream().anyMatch(x -> x.begin() >= e.begin() && x.end() <= e.end()));
    }

    /** Head nouns of an authority, body or firm: what acts in a report, not what is acted on. */
    private static final java.util.regex.Pattern ACTOR = java.util.regex.Pattern.compile(
            "[\\p{L}-]*(polizei|regierung|rat|stadt|parlament|landtag|bundestag|senat|kommission|ministerium|behörde|behörden"
                    + "|gericht|gerichtshof|staatsanwaltschaft|verwaltung|gemeinde|konzern|unternehmen|firma|verein|verband"
                    + "|partei|armee|militär|feuerwehr|zentralbank|notenbank|universität|institut|hersteller|gewerkschaft"
                    + "|ausschuss|kabinett|vorstand|jury|akademie|organisation|stiftung|agentur|sicherheitskräfte"
                    + "|stadtwerke|bahn|linien)");

    /**
     * The noun phrase names what acts: its head noun is an authority, body or firm („Die Stadtverwaltung“, „Die
     * EU-Kommission“), or a name of an organisation or place („Microsoft“, „Ungarn“).
     */
    private static boolean isActor(List<Token> np, TextAnalysis analysis, Clause c) {
        Token head = null;
        for (Token x : np) {
            if (Phrases.isNoun(x)) {
                head = x;
            } else if (head != null) {
                break;
            }
        }
        if (head == null) {
            return false;
        }
        Token h = head;
        return ACTOR.matcher(Phrases.lower(h.text())).matches()
                || analysis.entitiesIn(c.sentence()).stream()
                        .anyMatch(e -> (e.type() == EntityType.ORGANISATION || e.type() == EntityType.LOCATION)
                                && h.begin() >= e.begin()
                                && h.end() <= e.end());
    }

    /**
     * The object in the nominative without its article, if its case is certain and the form without article is
     * certain; empty otherwise.
     */
    private static Optional<List<Token>> nominative(
            List<Token> np, boolean singularVerb, boolean actsOnThing, Phrases phrases) {
        int coreEnd = phrases.nounPhraseEnd(np, 0);
        if (coreEnd <= 0) {
            return Optional.empty();
        }
        Token head = np.get(coreEnd - 1);
        if (!Phrases.isNoun(head)) {
            return Optional.empty();
        }
        Token first = np.get(0);
        String article = first.pos() == Pos.DET ? Phrases.lower(first.text()) : "";
        String text = head.text();
        boolean sameAsLemma = text.equals(head.lemma());
        boolean counted = np.subList(0, coreEnd - 1).stream()
                .anyMatch(x -> FactComposer.isNumberWord(x)
                        && !x.text().endsWith(".")
                        && !Phrases.lower(x.text()).matches("1|ein|eine|einen"));
        List<Token> out = new ArrayList<>(np);
        switch (article) {
            case "den" -> {
                // „den Neubau“; „den Bürgern“, „den Wagen“ may be a dative plural
                if (!sameAsLemma || Phrases.lower(text).matches(".*(en|rn|ln|s|chen|lein)")) {
                    return Optional.empty();
                }
                return masculine(out, coreEnd);
            }
            case "einen" -> {
                if (text.matches(NOMINALISED)) {
                    out.set(coreEnd - 1, retyped(head, text.substring(0, text.length() - 2) + "er"));
                } else if (!sameAsLemma) {
                    return Optional.empty(); // „einen Kunden“: a weak noun's nominative is „Kunde“
                }
                return masculine(out, coreEnd);
            }
            case "die" -> {
                boolean plural = !sameAsLemma || counted;
                boolean weakPlural = Phrases.lower(head.lemma()).endsWith("e")
                        && text.equals(head.lemma() + "n"); // „die Verdächtigen“ or „die Kunden“: not certain
                boolean feminineSingular =
                        sameAsLemma && !counted && Phrases.lower(text).matches(".*(ung|heit|keit|schaft|ion|tät)");
                if (weakPlural || !(singularVerb ? plural : feminineSingular) && !actsOnThing) {
                    return Optional.empty();
                }
                return strong(out, coreEnd, "die");
            }
            case "das" -> {
                return singularVerb && !actsOnThing ? Optional.empty() : strong(out, coreEnd, "das");
            }
            case "ein", "eine" -> {
                if (singularVerb && !actsOnThing) {
                    return Optional.empty();
                }
                out.remove(0); // an adjective after „ein“ has its strong form already
                return Optional.of(out);
            }
            case "mehrere", "zahlreiche", "etliche" -> {
                return singularVerb || actsOnThing ? Optional.of(out) : Optional.empty(); // not the subject of „hat“
            }
            case "" -> {
                // a bare plural („53 Sympathisanten“, „mehrere Häuser“) of a singular verb
                boolean plural = counted || !sameAsLemma && first.pos() != Pos.PROPN;
                return (singularVerb && plural || actsOnThing)
                                && Set.of(Pos.NUM, Pos.ADJ).contains(first.pos())
                        ? Optional.of(out)
                        : Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** „den ersten Plan“ → „erster Plan“: after „den“ or „einen“ every adjective ends in „-en“, without one in „-er“. */
    private static Optional<List<Token>> masculine(List<Token> out, int coreEnd) {
        for (int i = 1; i < coreEnd - 1; i++) {
            Token x = out.get(i);
            if (x.text().matches("\\d+\\.")) {
                continue; // „den 1. November“: an ordinal in digits has no ending
            }
            if (x.pos() == Pos.ADJ) {
                if (!x.text().endsWith("en")) {
                    return Optional.empty();
                }
                out.set(i, retyped(x, x.text().substring(0, x.text().length() - 2) + "er"));
            } else if (x.pos() != Pos.ADV && x.pos() != Pos.NUM) {
                return Optional.empty();
            }
        }
        out.remove(0);
        return Optional.of(out);
    }

    /** The adjectives after a dropped „die“ or „das“ in their strong form ({@link Compressor#strongForm}). */
    private static Optional<List<Token>> strong(List<Token> out, int coreEnd, String article) {
        for (int i = 1; i < coreEnd - 1; i++) {
            Token x = out.get(i);
            if (x.pos() == Pos.ADJ) {
                String form = Compressor.strongForm(article, x.text());
                if (form == null) {
                    return Optional.empty();
                }
                out.set(i, retyped(x, form));
            } else if (x.pos() != Pos.ADV && x.pos() != Pos.NUM) {
                return Optional.empty();
            }
        }
        out.remove(0);
        return Optional.of(out);
    }

    private static Token retyped(Token x, String text) {
        return new Token(text, x.begin(), x.end(), x.pos(), x.lemma());
    }
}
