package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.draft.DraftLabels;
import de.ozd.newsroom.language.EntityType;
import de.ozd.newsroom.language.GermanWords;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Analysis points as nominal phrases (issue 14): a noun of consequence, conflict, cost, demand or change with its
 * complement, word for word from one clause of the report („Kritik an der Reform“, „Streit um die Fahrgastprognose“,
 * „Errichtung eines Grenzzauns“). The head nouns and the complements each takes are in {@code point-heads.txt}.
 *
 * <p>Only a phrase that says the same outside its clause is taken: never from a clause that is attributed, hedged,
 * negated, conditional, a question or in the subjunctive, or whose verb makes the noun's event a demand, plan, fear
 * or refusal („fordert den Bau …“ is no „Bau …“); never a noun inside another noun's phrase („Pläne für den Bau …“), nor
 * one after a preposition of time, place or circumstance („nach dem Anschlag auf …“), nor from a sentence in the first
 * person („durch unsere Übernahme von …“). And only a phrase after its clause's finite verb, not after „für“ or
 * „durch“ ({@link #isCoreArgument}): in the first field or as a purpose or means it is the topic of a claim the point
 * would drop.
 * The words before the noun are kept only where their form is that of a heading (an adjective in „-e“ after „die“
 * or „eine“: „scharfe Kritik“); an adjective that makes the noun uncertain („geplante“, „mögliche“) is never
 * dropped: then the phrase is not taken. A phrase is at most {@link #MAX_WORDS} words and ends with a noun.
 */
final class NominalPoints {

    /** Words of a point at most. */
    static final int MAX_WORDS = 8;

    private static final Map<String, Set<String>> HEADS = load("point-heads.txt");

    /**
     * Verbs (lemmas, with a separable particle before the stem: „ablehnen“) that make the event of their object
     * something not (yet) real: demanded, planned, examined, feared, refused, denied.
     */
    private static final Set<String> NON_FACTIVE = Set.of(
            "fordern",
            "verlangen",
            "planen",
            "prüfen",
            "erwägen",
            "ablehnen",
            "verhindern",
            "stoppen",
            "verschieben",
            "absagen",
            "ankündigen",
            "beantragen",
            "vorschlagen",
            "anregen",
            "wünschen",
            "hoffen",
            "befürchten",
            "fürchten",
            "warnen",
            "drohen",
            "bestreiten",
            "dementieren",
            "zurückweisen",
            "ausschließen",
            "erwarten",
            "rechnen",
            "diskutieren",
            "debattieren",
            "beraten",
            "überlegen",
            "anstreben",
            "vorsehen",
            "versprechen",
            "verzichten",
            "aussetzen",
            "kippen",
            "verweigern",
            "verbieten",
            "untersagen",
            "blockieren",
            "scheitern",
            "bezweifeln",
            "anzweifeln",
            "spekulieren",
            "vermuten",
            "glauben",
            "meinen",
            "behaupten",
            "kritisieren",
            "bemängeln",
            "beklagen",
            "anmahnen",
            "einfordern",
            "appellieren",
            "aufrufen",
            "bitten",
            "vorwerfen",
            "sprechen",
            "nennen",
            "bezeichnen",
            "sehen",
            "halten",
            "gelten",
            "pochen",
            "drängen",
            "setzen",
            "kämpfen",
            "werben");

    /** Adjectives that make the noun's event uncertain or not yet real; never dropped from a phrase. */
    private static final Set<String> UNCERTAIN = Set.of(
            "geplant",
            "möglich",
            "drohend",
            "angekündigt",
            "angeblich",
            "mutmaßlich",
            "befürchtet",
            "erwartet",
            "vermeintlich",
            "potenziell",
            "potentiell",
            "eventuell",
            "denkbar",
            "gefordert",
            "angestrebt",
            "umstritten",
            "vorgeschlagen",
            "beabsichtigt",
            "anstehend",
            "bevorstehend",
            "künftig",
            "verhindert",
            "gescheitert",
            "abgelehnt");

    /** Words of a clause that make what it says conditional, subjunctive or a question. */
    private static final Set<String> CONDITIONAL = Set.of(
            "wenn",
            "falls",
            "sofern",
            "ob",
            "würde",
            "würden",
            "könnte",
            "könnten",
            "hätte",
            "hätten",
            "wäre",
            "wären",
            "sei",
            "seien",
            "solle",
            "sollte",
            "sollten",
            "müsse",
            "müssten",
            "dürfte",
            "dürften",
            "ohne",
            "statt",
            "anstatt",
            "angeblich",
            "mutmaßlich",
            "womöglich",
            "vielleicht");

    /** Prepositions fused with an article, as their preposition. */
    private static final Map<String, String> FUSED = Map.of(
            "zum", "zu", "zur", "zu", "am", "an", "im", "in", "beim", "bei", "vom", "von", "ums", "um", "aufs", "auf",
            "fürs", "für", "ins", "in");

    /** Words a number may have before it in a phrase („rund 300 Stellen“). */
    private static final Set<String> APPROXIMATORS = Set.of(
            "rund", "etwa", "knapp", "fast", "mehr", "als", "über", "bis", "zu", "gut", "ungefähr", "mindestens");

    /** Subjunctive forms that mark reported speech, not a condition, in a clause with a named speaker. */
    private static final Set<String> REPORTED = Set.of("sei", "seien");

    private final DraftContext ctx;
    private final SpeakerPrefix speakers;
    private final ClauseInSentence context;

    NominalPoints(DraftContext ctx) {
        this.ctx = ctx;
        this.speakers = new SpeakerPrefix(ctx.analysis());
        this.context = new ClauseInSentence(ctx.analysis());
    }

    /** The phrases of the report, in report order, each once. */
    List<FactComposer.Fact> points() {
        Map<String, FactComposer.Fact> out = new LinkedHashMap<>();
        for (Clause c : ctx.clauses()) {
            String prefix = prefix(c);
            if (prefix == null || !prefix.isEmpty()) {
                // „Laut Doskozil: Veröffentlichung des Bildes“: a noun of someone's words is not what they said
                continue;
            }
            List<Token> t = c.tokens();
            int verb = Phrases.firstVerb(t);
            int coveredTo = -1;
            for (int i = 0; i < t.size(); i++) {
                if (i <= coveredTo) {
                    continue;
                }
                Optional<int[]> span = phrase(c, i);
                if (span.isPresent() && !isCoreArgument(t, span.get()[0], verb)) {
                    coveredTo = span.get()[1] - 1;
                    continue;
                }
                if (span.isPresent()) {
                    List<Token> words = t.subList(span.get()[0], span.get()[1]);
                    if (speakers.isSourcePhrase(words, c)) {
                        coveredTo = span.get()[1] - 1;
                        continue; // the attribution itself („Aussendung der Kammer“)
                    }
                    String phrase = FactComposer.capitalise(FactComposer.join(words));
                    int n = FactComposer.words(phrase);
                    String text = prefix + phrase;
                    if (n >= 2 && n <= MAX_WORDS && FactComposer.words(text) <= DraftContext.MAX_POINT_WORDS) {
                        Clause own = new Clause(c.sentence(), words, false, 0);
                        out.putIfAbsent(
                                key(t.get(span.get()[2]), words), new FactComposer.Fact(text, c.sentence(), n, 0, own));
                    }
                    coveredTo = span.get()[1] - 1; // no noun inside this phrase is a point of its own
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * True if the phrase from {@code from} stands where its clause says what happened to it or what it did: after the
     * finite verb {@code verb} (so never in a subordinate clause, whose verb is last: „…, was den Kursverlust …
     * beschleunigte“), and not after a preposition of {@link #FRAMING}. In the first field it is the topic of a claim
     * the point would drop („Die Charakterisierung von … deckt sich mit …“, „Zu den Neuerungen … gehört …“, „Die
     * Anbindung … verzögert sich“); after „für“ or „durch“ it is the purpose or means of another claim („… sind
     * für die Lieferung von Waffen reserviert“, „durch einen Sieg gegen …“). A verb's own preposition („hat mit der
     * Sanierung … begonnen“, „führten zu heftigem Streit um …“) still gives one. On the tuning material such phrases
     * were read as topics without their claim far more often than as what the news means (issue 13, thirty-third
     * round).
     */
    private static boolean isCoreArgument(List<Token> t, int from, int verb) {
        int k = from - 1; // before the phrase's article and the adjectives the point lets go
        while (k > verb && Set.of(Pos.DET, Pos.ADJ, Pos.NUM).contains(t.get(k).pos())) {
            k--;
        }
        return verb >= 0 && from > verb && !FRAMING.contains(lower(t.get(k).text()));
    }

    /** Prepositions of a purpose, a beneficiary or a means: the phrase after them frames another claim. */
    private static final Set<String> FRAMING = Set.of("für", "durch");

    /** Letters two last nouns share at the end to say the same („Sanktionen“, „Wirtschaftssanktionen“). */
    private static final int SAME_ENDING = 5;

    /**
     * What two phrases share if they say the same: the head's lemma and the last letters of their last word
     * („Verlängerung der Sanktionen“ and „Verlängerung der Wirtschaftssanktionen“).
     */
    private static String key(Token head, List<Token> words) {
        String last = lower(words.get(words.size() - 1).text());
        return lower(head.lemma()) + "|" + last.substring(Math.max(0, last.length() - SAME_ENDING));
    }

    /**
     * The prefix a phrase of the clause needs: empty for a clause the report states plainly, „Laut …: “ for a
     * clause of a named speaker; none (null) for a clause that is hedged, negated, conditional, a question, in a
     * sentence with a quotation, or whose verb makes the event of its nouns not (yet) real.
     */
    private String prefix(Clause c) {
        return prefix(c, null);
    }

    /**
     * The prefix as {@link #prefix(Clause)}, with the clause's own verb {@code own} (the verb {@link VerbPoints}
     * makes a noun of: „kritisiert“, „fordert“) exempt from the verbs of saying and demanding: the point names that
     * act itself („Kritik an …“), it does not state what was demanded as done.
     */
    String prefix(Clause c, Token own) {
        if (context.insideOpenQuotation(c) || MeaningGuard.inSpeechRun(ctx.analysis(), c.sentence())) {
            return null; // „Wir lehnen das ab. Die Kontrolle der Werke …“: the quotation goes on, someone's words
        }
        if (MeaningGuard.firstPerson(
                        ctx.analysis().sentences().get(c.sentence()).tokens())
                .isPresent()) {
            return null; // „haben wir durch unsere Akquisition von … einen Schritt gemacht“: a speaker's words
        }
        String opening = lower(c.tokens().get(0).text());
        if (opening.matches("ob|wie|warum|weshalb|wieso|weswegen|wann|inwiefern|inwieweit")) {
            return null; // „…, wie die Veröffentlichung des Fotos zustande kam“: a question, not what happened
        }
        List<de.ozd.newsroom.language.Attribution> said = ctx.analysis().attributionsIn(c.sentence());
        boolean act = own != null && !said.isEmpty() && said.stream().allMatch(a -> isOwnAct(a, own));
        String prefix = act ? "" : speakers.of(c);
        if (prefix.equals(SpeakerPrefix.PRONOUN_SOURCE)
                || prefix.equals(DraftLabels.UNCONFIRMED)
                || !prefix.isEmpty() && !isNamedSpeaker(SpeakerPrefix.name(prefix), c)) {
            return null;
        }
        if (prefix.isEmpty()
                && (c.sourcePhraseEnd() > 0
                        || ctx.analysis().attributionsIn(c.sentence()).stream()
                                .anyMatch(a -> own == null || !isOwnAct(a, own))
                        || !ctx.analysis().hedgesIn(c.sentence()).isEmpty())) {
            return null;
        }
        boolean reported = !prefix.isEmpty();
        List<Token> t = c.tokens();
        String particle = "";
        for (Token x : t) {
            if (x.pos() == Pos.PART || x.pos() == Pos.ADP) {
                particle = lower(x.text()); // the last particle or preposition: a separable verb's particle ends it
            }
        }
        for (Token x : t) { // the clause: no negation, no verb of saying, no verb that makes its nouns unreal
            String w = lower(x.text());
            if (GermanWords.isNegation(w) || GermanWords.isCueVerb(x.text()) && !x.equals(own)) {
                return null;
            }
            if (x.pos().isVerb() && !x.equals(own) && NON_FACTIVE.contains(particle + lower(x.lemma()))) {
                return null;
            }
        }
        // the whole sentence: a condition, modal, subjunctive, question or quotation anywhere in it may be what the
        // clause depends on („…, ebenso wie die Abschaffung der Steuer“ after „würde“)
        for (Token x : ctx.analysis().sentences().get(c.sentence()).tokens()) {
            String w = lower(x.text());
            if (w.equals("?")
                    || w.equals("„")
                    || w.equals("\"")
                    || w.equals(":")
                    || CONDITIONAL.contains(w) && !(reported && REPORTED.contains(w))
                    || x.pos().isVerb() && GermanWords.isModalVerb(x.lemma())) {
                return null;
            }
            if (x.pos().isVerb()
                    && !x.equals(own)
                    && NON_FACTIVE.contains(lower(x.lemma()))
                    && !endsWithParticle(c.sentence())) {
                return null;
            }
        }
        return prefix;
    }

    /**
     * True if an attribution is the act the point names: its cue is the clause's own verb („Die Initiative fordert
     * …“ is the demand itself, not a claim about something else).
     */
    private static boolean isOwnAct(de.ozd.newsroom.language.Attribution a, Token own) {
        String cue = a.cue().split(" ")[0];
        return a.hasSpeaker() && cue.equals(own.text());
    }

    /**
     * True if the sentence ends with a particle of a separable verb („hält seit Wochen an“ is „anhalten“, not
     * „halten“): the clause's own check has the verb with its particle.
     */
    private boolean endsWithParticle(int sentence) {
        List<Token> s = ctx.analysis().sentences().get(sentence).tokens();
        int k = s.size() - 1;
        while (k >= 0 && s.get(k).isPunctuation()) {
            k--;
        }
        return k > 0 && (s.get(k).pos() == Pos.PART || s.get(k).pos() == Pos.ADP);
    }

    /** Nouns that name a speaker without being a name („Laut Polizei“, „Laut Ministerium“). */
    private static final List<String> SPEAKER_NOUNS = List.of(
            "polizei",
            "ministerium",
            "sprecher",
            "behörde",
            "gericht",
            "regierung",
            "experte",
            "experten",
            "staatsanwaltschaft",
            "unternehmen",
            "konzern",
            "verband",
            "statistik",
            "studie",
            "umfrage",
            "amt",
            "agentur",
            "institut",
            "veranstalter",
            "feuerwehr",
            "rettung",
            "armee",
            "militär");

    /** True if the speaker of a prefix is a name of the sentence or a noun that names a speaker. */
    private boolean isNamedSpeaker(String who, Clause c) {
        String w = lower(who);
        return ctx.analysis().entitiesIn(c.sentence()).stream()
                        .anyMatch(e -> (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANISATION)
                                && who.contains(e.text()))
                || SPEAKER_NOUNS.stream().anyMatch(w::endsWith);
    }

    /** The span [from, to) of a phrase headed by the noun at {@code i}, if the noun is a head with a complement. */
    private Optional<int[]> phrase(Clause c, int i) {
        List<Token> t = c.tokens();
        Token head = t.get(i);
        if (head.pos() != Pos.NOUN || !head.isCapitalised()) {
            return Optional.empty();
        }
        Set<String> complements = complements(head);
        if (complements.isEmpty() || !isBaseForm(head, t, i)) {
            return Optional.empty();
        }
        int from = premodifiers(t, i);
        if (from < 0) {
            return Optional.empty();
        }
        int end = complement(c, i + 1, complements, following(c));
        if (end <= i + 1) {
            return Optional.empty();
        }
        return Optional.of(new int[] {from, end, i});
    }

    /** What a noun of an event („Öffnung“, „Explosion“) not in the list may keep: its genitive or „von“ object, or a
     * phrase with a preposition that hardly ever says when or where („für“, „gegen“, „über“). */
    private static final Set<String> EVENT_COMPLEMENTS = Set.of("gen", "von", "für", "gegen", "über");

    /**
     * Nouns in „-ung“ or „-tion“ that name a thing, a body or a state rather than an event or a change („Wohnung“,
     * „Regierung“, „Million“): they head no point.
     */
    private static final Set<String> NO_EVENT = Set.copyOf(List.of(
            "wohnung",
            "ermangelung",
            "aussendung",
            "mitteilung",
            "meldung",
            "platzierung",
            "zielsetzung",
            "definition",
            "produktion",
            "erhebung",
            "vereinbarung",
            "abseitsstellung",
            "bestätigung",
            "anordnung",
            "vereinnahmung",
            "beiziehung",
            "zuverlässigkeitsprüfung",
            "zeitung",
            "richtung",
            "regierung",
            "leitung",
            "stiftung",
            "rechnung",
            "meinung",
            "ausstellung",
            "sitzung",
            "werbung",
            "kleidung",
            "verwaltung",
            "abteilung",
            "siedlung",
            "bewegung",
            "vereinigung",
            "ordnung",
            "bedeutung",
            "haltung",
            "stellung",
            "zeitung",
            "ahnung",
            "hoffnung",
            "erfahrung",
            "überzeugung",
            "ansicht",
            "rechnung",
            "wertung",
            "bewertung",
            "einschätzung",
            "vermutung",
            "befürchtung",
            "erwartung",
            "behauptung",
            "äußerung",
            "aussage",
            "erklärung",
            "mitteilung",
            "stellungnahme",
            "begründung",
            "forschung",
            "prüfung",
            "untersuchung",
            "umfrage",
            "befragung",
            "achtung",
            "warnung",
            "drohung",
            "planung",
            "vorstellung",
            "übertragung",
            "sendung",
            "ausgabe",
            "fassung",
            "region",
            "nation",
            "union",
            "million",
            "position",
            "funktion",
            "mission",
            "version",
            "station",
            "situation",
            "religion",
            "kommission",
            "opposition",
            "fraktion",
            "redaktion",
            "aktion",
            "tradition",
            "institution",
            "organisation",
            "generation",
            "information",
            "delegation",
            "koalition",
            "lektion",
            "portion",
            "dimension",
            "saison",
            "stimmung",
            "umgebung",
            "landung",
            "stellvertretung",
            "führung",
            "partnerschaft",
            "verantwortung",
            "rolle",
            "bescheinigung"));

    /** True if the noun names an event or a change by its form („-ung“, „-tion“) and is no thing or body. */
    private static boolean isEventNoun(String lemma) {
        return (lemma.endsWith("ung") || lemma.endsWith("tion") || lemma.endsWith("sion")) && !NO_EVENT.contains(lemma);
    }

    /** The complements the noun takes: its own lemma's, or its last compound part's. */
    private Set<String> complements(Token head) {
        String lemma = lower(head.lemma());
        Set<String> own = HEADS.get(lemma);
        if (own != null) {
            return own;
        }
        if (isEventNoun(lemma)) {
            return EVENT_COMPLEMENTS;
        }
        List<String> parts = ctx.compounds().parts(head.text());
        if (parts.size() > 1) {
            String last = lower(parts.get(parts.size() - 1));
            for (var e : HEADS.entrySet()) {
                if (last.equals(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return Set.of();
    }

    /** Prepositions that take the dative: a bare plural after them carries the dative „-n“. */
    private static final Set<String> DATIVE_PREPOSITIONS =
            Set.of("bei", "mit", "nach", "seit", "von", "zu", "aus", "gegenüber", "nebst", "samt");

    /**
     * True if the noun's form is a heading's (nominative) form: its lemma, or a plural; not a genitive singular
     * (after „des“ or „eines“, or in „-es“).
     */
    private static boolean isBaseForm(Token head, List<Token> t, int i) {
        String text = head.text();
        String lemma = head.lemma();
        if (text.equals(lemma)) {
            return true;
        }
        String before = i > 0 ? lower(t.get(i - 1).text()) : "";
        boolean genitive = before.equals("des") || before.equals("eines") || text.equals(lemma + "es");
        boolean dativePlural = DATIVE_PREPOSITIONS.contains(before) // „bei Protesten“: the heading says „Proteste“
                && text.equals(lemma + "en")
                && !lower(lemma).matches(".*(ung|heit|keit|schaft|ion|tät|ei|in|ur|or|ist|ent|ant|e)");
        boolean coordinatedDative = (before.equals("und") || before.equals("oder"))
                && i >= 3
                && (text.equals(lemma + "n") || text.equals(lemma + "en"))
                && t.get(i - 2).pos() == Pos.NOUN
                && lower(t.get(i - 3).text()).matches("zwischen|unter|bei|mit|von|zu|aus|nach|seit");
        // „zwischen Befürwortern und Gegnern des Sparkurses“: the second noun is in the dative as well
        return !genitive && !dativePlural && !coordinatedDative;
    }

    /** Prepositions of a time still ahead of the clause: the noun after them has not happened yet („bis zur Einigung“). */
    private static final Set<String> PENDING = Set.of("bis", "binnen");

    /**
     * Prepositions of time, place and circumstance: a noun after them frames the clause („nach dem Anschlag auf …“, „bei
     * einem Selbstmordanschlag“, „im Kampf um den Finaleinzug“, „in der Verstaatlichung des Krieges“) and read alone as
     * a point it says nothing the report says. Not „zu“ and „um“, which mostly a verb governs („führte zu einem
     * wachsenden Druck auf …“).
     */
    private static final Set<String> CIRCUMSTANCE =
            Set.of("nach", "vor", "seit", "während", "bei", "beim", "in", "im", "ins");

    /** Prepositions that make a fixed phrase with a bare noun („auf Einladung“, „unter Leitung“, „zu Beginn“). */
    private static final Set<String> FORMULA = Set.of("auf", "mit", "zu", "unter", "ohne", "aus", "nach", "vor");

    /**
     * Where the phrase starts: at adjectives before the noun that keep their form in a heading (an adjective in
     * „-e“ after „die“, „eine“ or nothing), else at the noun; -1 if the noun stands in another noun's phrase or after a
     * preposition of {@link #CIRCUMSTANCE}, is negated, or an adjective that makes it uncertain would be lost.
     */
    private static int premodifiers(List<Token> t, int i) {
        int k = i - 1;
        while (k >= 0 && (t.get(k).pos() == Pos.ADJ || t.get(k).pos() == Pos.NUM)) {
            k--;
        }
        String det = k >= 0 && t.get(k).pos() == Pos.DET ? lower(t.get(k).text()) : "";
        int np = det.isEmpty() ? k + 1 : k;
        if (det.isEmpty() && np == i && i > 0 && lower(t.get(i - 1).text()).equals("in")) {
            return -1; // „in Ermangelung“, „in Folge“: a preposition of its own
        }
        if (GermanWords.isNegation(det)) {
            return -1;
        }
        // in another noun's phrase: a preposition or a genitive article after a noun („Pläne für den Bau“)
        int before = np - 1;
        if (before >= 0 && t.get(before).pos().isAdposition()) {
            String p = lower(t.get(before).text());
            boolean bisZu = before >= 1
                    && (p.equals("zum") || p.equals("zur"))
                    && lower(t.get(before - 1).text()).equals("bis");
            if (PENDING.contains(p) || bisZu) {
                return -1; // „bis zur Einigung der Minister“: a time still ahead, not something that happened
            }
            if (det.isEmpty() && np == i && FORMULA.contains(p)) {
                return -1; // „auf Einladung von Obama“, „mit Genehmigung der Aufsicht“, „zu Beginn der Krise“
            }
            if (CIRCUMSTANCE.contains(p)) {
                return -1; // „Nach der Resolution …“, „in der Gesamtrechnung …“: when or where, not what the news means
            }
        }
        if (before >= 0
                && t.get(before).pos().isAdposition()
                && before >= 1
                && t.get(before - 1).pos().isNoun()) {
            return -1;
        }
        if (before >= 0
                && t.get(before).pos().isNoun()
                && Set.of("des", "der", "eines", "einer").contains(det)) {
            return -1;
        }
        boolean headingForm = det.isEmpty() || det.equals("die") || det.equals("eine");
        boolean kept = k + 1 < i
                && headingForm
                && !(det.isEmpty() && before >= 0 && t.get(before).pos().isAdposition());
        for (int j = k + 1; j < i; j++) {
            Token a = t.get(j);
            kept &= a.pos() == Pos.ADJ && lower(a.text()).endsWith("e");
        }
        if (kept) {
            return k + 1;
        }
        for (int j = k + 1; j < i; j++) { // dropped: none may make the noun uncertain
            String lemma = lower(t.get(j).lemma());
            String w = lower(t.get(j).text());
            if (UNCERTAIN.contains(lemma) || UNCERTAIN.stream().anyMatch(w::startsWith)) {
                return -1;
            }
        }
        return i;
    }

    /** The end (exclusive) of the noun's complement from {@code j}, or {@code j} if it has none it may keep. */
    /** The sentence's tokens after the clause (a comma and a relative pronoun, say). */
    private List<Token> following(Clause c) {
        List<Token> s = ctx.analysis().sentences().get(c.sentence()).tokens();
        List<Token> out = new ArrayList<>();
        for (Token x : s) {
            if (x.begin() >= c.end() && out.size() < 2) {
                out.add(x);
            }
        }
        return out;
    }

    private static int complement(Clause c, int j, Set<String> complements, List<Token> following) {
        List<Token> t = c.tokens();
        int end = complementEnd(c, j, complements);
        if (end > j && end < t.size() && EXTENDING.contains(lower(t.get(end).text()))) {
            // a second object of the noun („Verlängerung der Sanktionen gegen Russland“) belongs to the phrase
            int more = nounGroup(t, end + 1, t.get(end).pos() == Pos.ADP);
            end = more > end + 1 ? more : end;
        }
        List<Token> whole = new ArrayList<>(t);
        whole.addAll(following);
        return end > j && endsWhole(whole, j, end) ? end : j;
    }

    /**
     * Prepositions whose phrase after a noun's complement is most often a further object of the noun („Rückkehr des
     * Rennstalls zu alter Stärke“, „Ersatz von Plastik durch Papier“): the point keeps it or is not taken.
     */
    private static final Set<String> ATTACHING =
            Set.of("zu", "zum", "zur", "nach", "durch", "an", "ans", "gegen", "für", "auf", "um");

    /**
     * Of these, those a point may take along: not „auf“, which as often says where („mit zwei Punkten Vorsprung auf
     * Ried auf Platz neun“).
     */
    private static final Set<String> EXTENDING =
            Set.of("zu", "zum", "zur", "nach", "durch", "an", "ans", "gegen", "für", "um");

    /** Pronouns that open a relative clause, which may define what the phrase names. */
    private static final Set<String> RELATIVES =
            Set.of("der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche", "welcher", "welches");

    /**
     * True if the phrase's complement from {@code j} to {@code end} is whole: no list goes on after it („Kritik an
     * Maus, Stift und …“), no shortened word ends it („Energie-, …“), and a „von“ of a route has its „zu“ („Verbindung
     * von der Innenstadt zum Ufer“ is no „Verbindung von der Innenstadt“).
     */
    static boolean endsWhole(List<Token> t, int j, int end) {
        if (end - 2 >= j
                && lower(t.get(end - 2).text()).matches("zur|zum")
                && lower(t.get(end - 1).text())
                        .matches("sprache|ausdruck|verfügung|einsatz|kenntnis|geltung|folge|last|wehr|ruhe|debatte")) {
            return false; // „… zur Sprache“ belongs to the verb („brachte … zur Sprache“)
        }
        if (end >= t.size()) {
            return true;
        }
        Token next = t.get(end);
        String w = lower(next.text());
        Token after = end + 1 < t.size() ? t.get(end + 1) : null;
        if (w.equals("-")) {
            return false;
        }
        if (w.equals(",")
                && after != null
                && (after.pos().isNoun()
                        || after.pos() == Pos.ADJ
                        || after.pos() == Pos.DET
                        || RELATIVES.contains(lower(after.text())))) {
            return false; // a list goes on, or a relative clause may say which ones are meant
        }
        if (ATTACHING.contains(w)) {
            return false; // a further object the point would lose
        }
        if ((w.equals("und") || w.equals("oder") || w.equals("sowie"))
                && after != null
                && (after.pos().isNoun()
                        || after.pos() == Pos.ADJ
                        || after.pos() == Pos.DET
                        || after.pos() == Pos.NUM)) {
            return false; // „Abkommen zwischen Serbien | und dem Kosovo“
        }
        Token lastWord = t.get(end - 1);
        if (next.pos().isNoun() && lastWord.text().endsWith("s") && lastWord.pos() == Pos.PROPN) {
            return false; // „Kritik an Österreichs | Asylpolitik“: the genitive's noun is cut off
        }
        boolean from = t.subList(j, end).stream()
                .anyMatch(x -> Set.of("von", "vom", "aus").contains(lower(x.text())));
        return !(from
                && Set.of("zu", "zum", "zur", "nach", "bis", "in", "ins", "auf").contains(w));
    }

    private static int complementEnd(Clause c, int j, Set<String> complements) {
        List<Token> t = c.tokens();
        if (j >= t.size()) {
            return j;
        }
        Token first = t.get(j);
        String w = lower(first.text());
        if (first.pos() == Pos.DET && Set.of("des", "der", "eines", "einer").contains(w)) {
            if (!complements.contains("gen") || w.equals("der") && c.subordinate()) {
                return j; // after a noun in a verb-final clause „der“ may be a dative object
            }
            int end = nounGroup(t, j + 1, true);
            return end > j + 1 ? end : j;
        }
        if (first.pos() == Pos.ADJ && w.endsWith("er") && complements.contains("gen")) {
            int end = nounGroup(t, j, false); // „Entlastung russischer Streitkräfte“
            return end > j
                            && t.get(end - 1).pos() == Pos.NOUN
                            && !t.get(end - 1).text().equals(t.get(end - 1).lemma())
                    ? end
                    : j;
        }
        if (first.pos() == Pos.ADP && complements.contains(w)) {
            int end = nounGroup(t, j + 1, true);
            return end > j + 1 ? end : j;
        }
        if (first.pos() == Pos.ADP_DET && complements.contains(FUSED.getOrDefault(w, ""))) {
            int end = nounGroup(t, j + 1, false);
            return end > j + 1 ? end : j;
        }
        return j;
    }

    /**
     * „rigoros“ tagged as a name: a German noun or name is capitalised, unless it is a particle inside a name („de“
     * of „Thomas de Maizière“, followed by the name's capitalised rest).
     */
    private static boolean isLowercaseName(List<Token> t, int k) {
        Token x = t.get(k);
        boolean insideName =
                k + 1 < t.size() && t.get(k + 1).pos().isNoun() && t.get(k + 1).isCapitalised();
        return x.pos() == Pos.PROPN && Character.isLowerCase(x.text().codePointAt(0)) && !insideName;
    }

    /**
     * The end (exclusive) of a noun group from {@code j}: an article (if {@code article}), adjectives, numbers with
     * their approximators, nouns; then a genitive or a second group after „und“. {@code j} if it ends without a
     * noun.
     */
    static int nounGroup(List<Token> t, int j, boolean article) {
        int k = j;
        if (article && k < t.size() && t.get(k).pos() == Pos.DET) {
            if (GermanWords.isNegation(t.get(k).text())) {
                return j;
            }
            k++;
        }
        int lastNoun = -1;
        while (k < t.size()) {
            Token x = t.get(k);
            String w = lower(x.text());
            if (x.pos() == Pos.ADJ || x.pos() == Pos.NUM || APPROXIMATORS.contains(w) && lastNoun < 0) {
                if (lastNoun >= 0) {
                    break;
                }
                k++;
            } else if (x.pos().isNoun() && !x.isPunctuation() && !isLowercaseName(t, k)) {
                lastNoun = k;
                k++;
            } else {
                break;
            }
        }
        if (lastNoun < 0) {
            return j;
        }
        int end = lastNoun + 1;
        if (end < t.size() && t.get(end).pos() == Pos.NUM) {
            end++; // „Platz neun“, „Artikel 5“
        }
        if (end < t.size() && t.get(end).text().equals("-")) {
            return j; // „Energie-, Verteidigungs- und Finanzsektor“: the noun is the first of a shortened list
        }
        if (end < t.size()) {
            String w = lower(t.get(end).text());
            if (t.get(end).pos() == Pos.DET
                    && Set.of("des", "der", "eines", "einer").contains(w)) {
                int gen = nounGroup(t, end + 1, false);
                if (gen > end + 1) {
                    return gen;
                }
            } else if (w.equals("von")) {
                int more = nounGroup(t, end + 1, true); // „Bau von Wohnungen“
                if (more > end + 1) {
                    return more;
                }
            } else if ((w.equals("und") || w.equals("sowie") || w.equals("oder"))
                    && end + 1 < t.size()
                    && t.get(end + 1).pos().isNoun()) { // „Munition und Raketen“, never „… und neue Proteste“
                return nounGroup(t, end + 1, false);
            } else if (w.equals("vom")) {
                int more = nounGroup(t, end + 1, false);
                if (more > end + 1) {
                    return more;
                }
            }
        }
        return end;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.GERMAN);
    }

    private static Map<String, Set<String>> load(String name) {
        try (InputStream in = NominalPoints.class.getResourceAsStream("/de/ozd/newsroom/draft/" + name)) {
            Map<String, Set<String>> out = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.strip().split("\t");
                out.put(lower(p[0].strip()), new HashSet<>(List.of(p[1].strip().split(","))));
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
