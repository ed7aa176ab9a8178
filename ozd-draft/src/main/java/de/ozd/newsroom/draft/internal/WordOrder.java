package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.Entity;
import de.ozd.newsroom.language.EntityType;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Puts a clause into headline order, subject first and verb second, moving whole phrases only:
 * a verb-final clause („dass eine Tankstelle für Wasserstoff bislang fehlt“) and a main clause
 * that opens with its verb or an adverbial („Insgesamt arbeiten in beiden Häusern etwa 1.900
 * Menschen“). Stateless apart from the analysis.
 */
final class WordOrder {

    /** Qualifiers that belong to the number phrase after them („etwa 1.900 Menschen“). */
    private static final Set<String> NUMBER_QUALIFIERS = Set.of(
            "etwa",
            "rund",
            "knapp",
            "fast",
            "mehr",
            "weniger",
            "mindestens",
            "höchstens",
            "über",
            "unter",
            "bis",
            "zu",
            "gut",
            "ca.",
            "circa",
            "annähernd",
            "nahezu",
            "beinahe",
            "ungefähr",
            "insgesamt");
    /** Nouns that only classify a place name: „die Stadt Freiburg“ may become „Freiburg“. */
    private static final Set<String> PLACE_CLASSIFIERS = Set.of(
            "stadt",
            "gemeinde",
            "land",
            "bundesland",
            "staat",
            "region",
            "kreis",
            "landkreis",
            "insel",
            "dorf",
            "ort",
            "republik",
            "kanton",
            "provinz",
            "hauptstadt",
            "bezirk",
            "stadtteil",
            "kommune",
            "metropole");

    private final TextAnalysis analysis;
    private final Phrases phrases;

    WordOrder(TextAnalysis analysis, Phrases phrases) {
        this.analysis = analysis;
        this.phrases = phrases;
    }

    /** „Truppen in der Ukraine kämpfen“ → „Truppen kämpfen in der Ukraine“; null if not possible. */
    List<Token> fromFinal(List<Token> t, Set<String> verbs) {
        Token last = t.get(t.size() - 1);
        if (!Phrases.isVerb(last) || isSeparableFinite(last) || isSeparableInfinitiveShape(last)) {
            return null; // „der Lärm zunimmt“ needs „nimmt … zu“: not the report's own words
        }
        if (t.size() >= 2 && Phrases.isVerb(t.get(t.size() - 2))) {
            return null; // „erlitten haben“: moving only one verb would read wrong
        }
        int np = subjectEnd(t, 0, verbs);
        if (np <= 0 || np >= t.size()) {
            return null;
        }
        if (t.get(np).pos() == Pos.DET
                || t.get(np).pos() == Pos.PRON
                || t.get(np).pos().isAdposition()) {
            return null; // „der Reichtum | einiger weniger steigt“: the subject may go on
        }
        List<Token> out = new ArrayList<>(t.subList(0, np));
        out.add(last);
        out.addAll(t.subList(np, t.size() - 1));
        return out;
    }

    /**
     * A main clause: keep verb-second order, or put the subject first when the verb leads, with
     * the adverbs and phrases between verb and subject after the verb („arbeiten in beiden Häusern
     * etwa 1.900 Menschen“ → „etwa 1.900 Menschen arbeiten in beiden Häusern“).
     */
    List<Token> fromFirst(List<Token> t, Set<String> verbs) {
        Token last = t.get(t.size() - 1);
        if (last.pos() == Pos.AUX
                && t.size() >= 2
                && Phrases.isVerb(t.get(t.size() - 2))
                && Phrases.firstVerb(t) >= t.size() - 2) {
            return null; // only a verb-final cluster („erlitten haben“): not a main clause
        }
        if (!Phrases.isVerb(t.get(0))) {
            return subjectFirst(t, verbs) ? t : null; // something other than a subject is fronted
        }
        boolean reflexive = t.size() > 2 && Phrases.lower(t.get(1).text()).equals("sich");
        int k = reflexive ? 2 : 1; // „beteiligen sich rund 400 Personen …“: the reflexive stays with the verb
        while (k < t.size()
                && (t.get(k).pos().isAdposition() && numberAfterQualifier(t, k) < 0
                        || t.get(k).pos() == Pos.ADV
                                && !NUMBER_QUALIFIERS.contains(t.get(k).text().toLowerCase(Locale.GERMAN))
                                && !beforeNumber(t, k))) {
            k = t.get(k).pos().isAdposition() ? phrases.phraseEnd(t, k + 1, verbs) : k + 1;
            if (k < 0) {
                return null;
            }
        }
        int number = k < t.size() && t.get(k).pos().isAdposition() ? numberAfterQualifier(t, k) : -1;
        int np = k < t.size() ? subjectEnd(t, number > 0 ? number : k, verbs) : -1;
        if (np <= k) {
            return null;
        }
        boolean passive = t.get(0).lemma().equalsIgnoreCase("werden")
                || de.ozd.newsroom.language.GermanWords.isWerdenForm(t.get(0).text());
        if (passive) {
            for (int a = k + 1; a < np; a++) {
                String w = t.get(a).text().toLowerCase(Locale.GERMAN);
                if (t.get(a).pos().isAdposition() && (w.equals("von") || w.equals("vom") || w.equals("durch"))) {
                    np = a; // passive: „von einer Betonplatte“ is the agent, not part of the subject
                    break;
                }
            }
        }
        if (np == t.size() && twoBareNouns(t.subList(k, np)) || objectAfterDefinite(t.subList(k, np))) {
            // „zudem fliegen Greifvögel Patrouille“, „hatten die UN der Gruppe Verletzungen … vorgeworfen“: subject
            // and object, not one phrase before the verb
            return null;
        }
        List<Token> subject = t.subList(k, np);
        if (reflexive
                && subject.stream()
                        .anyMatch(x -> x.pos().isAdposition()
                                && !Phrases.lower(x.text()).equals("als"))) {
            return null; // „entschlossen sich ÖBB-Mitarbeiter zu der Unterbrechung“: the phrase is the reflexive verb's
        }
        boolean zuInfinitiveLast =
                t.size() >= 2 && Phrases.lower(t.get(t.size() - 2).text()).equals("zu");
        if (subject.stream().anyMatch(x -> x.text().equals(",")) || zuInfinitiveLast && twoBareNouns(subject)) {
            return null; // „besteht die Möglichkeit(,) Werbung … zu schalten“: the noun after it is the infinitive's
        }
        if (np < t.size() && Phrases.lower(t.get(np).text()).equals("wie")) {
            return null; // „sollen Anwendungen wie Apple Pay … poliert werden“: the examples belong to the subject
        }
        if (np < t.size() && Phrases.lower(t.get(np).text()).equals("des")) {
            return null; // „wird eine Aktualisierung | des iPad-Tablets …“: a genitive, the subject goes on
        }
        if (np < t.size()
                && (t.get(np).text().equals("ohne")
                        || t.get(np).pos() == Pos.DET
                                && (k > 1
                                        || Phrases.lower(t.get(np).text()).matches("der|des|eines|einer|dessen|deren")))
                && !passive) {
            return null; // „Ärzte | ohne Grenzen“, „der Präsident | der Kammer“: the subject may go on; right after
            // the verb, an article in the accusative or dative opens the object („beschloss der Rat | den Neubau“)
        }
        List<Token> out = new ArrayList<>(t.subList(k, np));
        out.add(t.get(0));
        out.addAll(t.subList(1, k));
        out.addAll(t.subList(np, t.size()));
        return out;
    }

    /**
     * „nur 20 Menschen“, „noch mehr als 100 Ziele“: a focus adverb right before a number or its qualifier belongs to the
     * number phrase; moved behind it, „nur“ would say something else.
     */
    private static boolean beforeNumber(List<Token> t, int k) {
        if (k + 1 >= t.size() || !FOCUS.contains(t.get(k).text().toLowerCase(Locale.GERMAN))) {
            return false; // „sind bisher 19 Küken geschlüpft“: a time adverb may go behind the subject
        }
        Token next = t.get(k + 1);
        return next.pos() == Pos.NUM || NUMBER_QUALIFIERS.contains(next.text().toLowerCase(Locale.GERMAN));
    }

    /**
     * „bis zu 500 weitere Stellen“, „über 100 Menschen“: a qualifier the tagger read as a preposition opens a number
     * phrase, not a prepositional one. Not before a year or a time of day („bis 2020“, „bis 18 Uhr“). The number's
     * index, or -1.
     */
    private static int numberAfterQualifier(List<Token> t, int k) {
        int n = k + 1;
        while (n < t.size()
                && n < k + 3
                && NUMBER_QUALIFIERS.contains(Phrases.lower(t.get(n).text()))) {
            n++;
        }
        boolean number = NUMBER_QUALIFIERS.contains(Phrases.lower(t.get(k).text()))
                && n < t.size()
                && t.get(n).pos() == Pos.NUM
                && !t.get(n).text().matches("(19|20)\\d\\d")
                && !(n + 1 < t.size() && t.get(n + 1).text().equals("Uhr"));
        return number ? n : -1;
    }

    /** Focus adverbs: they say how the number is to be read („nur“, „erst“, „noch“). */
    private static final Set<String> FOCUS =
            Set.of("nur", "lediglich", "bloß", "allein", "alleine", "erst", "sogar", "immerhin", "noch", "gerade");

    /** Two nouns side by side, neither of them in a name: two phrases („Greifvögel Patrouille“), not one. */
    private boolean twoBareNouns(List<Token> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).pos().isNoun()
                    && t.get(i + 1).pos().isNoun()
                    && !phrases.inEntity(t.get(i))
                    && !phrases.inEntity(t.get(i + 1))
                    && !MeaningGuard.isMeasure(t.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * „hatten die UN der Gruppe Menschenrechtsverletzungen … vorgeworfen“: after an article and its noun, a bare common
     * noun, or one the tagger called a name in an inflected form (a name's form is its lemma: „der App Blinq“), opens
     * the object, not a part of the subject.
     */
    private static boolean objectAfterDefinite(List<Token> t) {
        for (int i = 1; i + 1 < t.size(); i++) {
            Token next = t.get(i + 1);
            if (Phrases.lower(t.get(i - 1).text()).matches("der|den|dem|des")
                    && t.get(i).pos() == Pos.NOUN
                    && (next.pos() == Pos.NOUN
                            || next.pos() == Pos.PROPN && !next.text().equalsIgnoreCase(next.lemma()))) {
                return true;
            }
        }
        return false;
    }

    /** True if the clause opens with its subject and then its verb („Die Polizei in Graz meldete“). */
    private boolean subjectFirst(List<Token> t, Set<String> verbs) {
        int verb = Phrases.firstVerb(t);
        if (verb < 0) {
            return false;
        }
        int np = phrases.phraseEnd(t, 0, verbs); // with genitives: „Die Sanierung der Brücke soll …“
        while (np > 0 && np < verb && t.get(np).pos().isAdposition()) {
            int next = phrases.nounPhraseEnd(t, np + 1);
            if (next < 0) {
                break;
            }
            np = next;
        }
        return np == verb;
    }

    /** End of the subject from {@code from}: the noun phrase with genitives and attached phrases. */
    private int subjectEnd(List<Token> t, int from, Set<String> verbs) {
        int np = phrases.phraseEnd(t, from, verbs);
        if (np < 0 && from < t.size() && t.get(from).pos() == Pos.PRON) {
            return -1;
        }
        return np;
    }

    /**
     * A main clause that opens with an adverbial phrase („Im Nahverkehr der Stadt fallen …“) or
     * with its verb after a source phrase: a free adverbial goes, then the subject is put first. A
     * fronted phrase the verb needs („Im neuen Werk arbeiten …“), or one with a number or hedge,
     * stays where it is. Null if that does not give a clause.
     */
    List<Token> withoutFrontedPhrase(
            List<Token> t, Clause c, Set<String> verbs, SpeakerPrefix speaker, Compressor compressor) {
        List<Token> rest = new ArrayList<>(t);
        if (rest.get(0).pos().isAdposition()) {
            int end = phrases.phraseEnd(rest, 1, verbs);
            if (end < 0 && rest.size() > 2 && rest.get(1).text().matches("(19|20)\\d\\d")) {
                end = 2; // „Ab 2018 gilt …“: a year alone is the preposition's phrase
            }
            boolean chained = false;
            while (end > 0 && end < rest.size() && rest.get(end).pos().isAdposition()) {
                end = phrases.phraseEnd(rest, end + 1, verbs); // „Bei Ausgrabungen am Baikalsee stießen …“: one field
                chained = true;
            }
            if (end < 0
                    || end >= rest.size()
                    || !Phrases.isVerb(rest.get(end))
                    || speaker.isSourcePhrase(rest.subList(0, end), c)) {
                return null;
            }
            List<Token> fronted = rest.subList(0, end);
            // a chain says more than when („Bei einem Massaker in der Stadt Bentiu sind … getötet worden“): it stays
            boolean kept = chained
                    || phrases.isArgument(rest, 0, verbs)
                    || FactComposer.isDatePhrase(fronted)
                            && Compressor.mayLieAhead(fronted)
                            && compressor.tellsAhead(c) // „Am Donnerstag ist … zu Gast“: a day ahead stays
                    || fronted.stream().anyMatch(x -> FactComposer.isNumberWord(x) || compressor.isHedge(x, c))
                    || MeaningGuard.boundsCount(c.tokens(), fronted) // „Am Montag kamen 7.000 …“: that day's count
                    || !FactComposer.isDatePhrase(fronted)
                            && !FactComposer.isAfterEvent(fronted)
                            && !(c.sentence() == 0
                                    && fronted.stream().anyMatch(x -> x.pos() == Pos.PROPN)); // „Im Zoo …“ stays
            if (kept) {
                return hasSubjectAfter(rest, end + 1) ? rest : null;
            }
            rest = new ArrayList<>(rest.subList(end, rest.size()));
        }
        if (rest.size() > 3
                && rest.get(0).pos() == Pos.ADV
                && Phrases.isVerb(rest.get(1))
                && !compressor.isHedge(rest.get(0), c)
                && !Compressor.isKeptAdverb(rest.get(0).text().toLowerCase(Locale.GERMAN))) {
            if (COMPARING.contains(Phrases.lower(rest.get(0).text()))
                    || Phrases.lower(rest.get(0).text()).matches(POINTING_ADVERB)
                    || VerbArguments.PARTICLES.contains(
                            Phrases.lower(rest.get(0).text()))) { // „Hinzu kamen …“
                return null; // „Anders sieht das Nestlé“: the way of seeing is the claim, and it compares with before
            }
            rest.remove(0); // „Insgesamt arbeiten … 1.900 Menschen“
        } else if (rest.size() > 3
                && Phrases.isVerb(rest.get(1))
                && (rest.get(0).pos() == Pos.ADV
                                && Compressor.isCounting(
                                        Phrases.lower(rest.get(0).text()))
                        || SENTENCE_ADVERBS.contains(Phrases.lower(rest.get(0).text())) // „Bisher“ read as a noun
                        || rest.get(0).pos() == Pos.ADV && compressor.isHedge(rest.get(0), c))) {
            // „Zweimal stimmte das Parlament gegen …“, „Zuletzt sorgte Trump für …“, „Möglicherweise kommen … hinzu“:
            // an adverb the claim needs stays in front, as the report has it (moved, it might change its scope), where
            // a noun follows the verb as its subject: „Zuletzt gab es sechs Remis“ says not between whom
            int subject = Phrases.lower(rest.get(2).text()).equals("sich") ? 3 : 2;
            return rest.get(subject).pos() != Pos.PRON && hasSubjectAfter(rest, subject) ? rest : null;
        }
        if (!Phrases.isVerb(rest.get(0))) {
            return null;
        }
        return fromFirst(rest, verbs);
    }

    private boolean hasSubjectAfter(List<Token> t, int from) {
        for (int i = from; i < t.size(); i++) {
            if (Phrases.isNoun(t.get(i)) && (i == 0 || !t.get(i - 1).pos().isAdposition())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adverbs of time or frequency that say something of the whole clause and that a fact needs („Zuletzt sorgte Trump
     * …“, „Bisher haben sich 300 Helfer gemeldet“): fronted, they stay, and the clause keeps the report's order. Not
     * those of a phrase's scope („nur“, „noch“, „fast“), which stand before the word they say something of.
     */
    static final Set<String> SENTENCE_ADVERBS = Set.of(
            "zuletzt",
            "bislang",
            "bisher",
            "zunächst",
            "vorerst",
            "vorläufig",
            "bald",
            "demnächst",
            "später",
            "künftig",
            "erneut",
            "weiterhin",
            "oft",
            "häufig",
            "selten",
            "manchmal",
            "meist",
            "meistens",
            "zumeist",
            "stets",
            "anfangs", // „Anfangs war das Heim für Kinder gedacht“: no longer so
            "ursprünglich",
            "zeitweise",
            "zuerst",
            // how often, as „oft“ and „selten“: „lassen sich bisweilen günstiger bestellen“ is not „… günstiger
            // bestellen“
            "bisweilen",
            "mitunter",
            "zuweilen",
            "gelegentlich",
            "oftmals",
            "vereinzelt");

    /** Adverbs that compare with what the sentence before says: a fact without them says something else. */
    private static final Set<String> COMPARING =
            Set.of("anders", "ähnlich", "genauso", "ebenso", "gleichfalls", "umgekehrt", "so");

    /** „Dafür“, „Darauf“, „Damit“: a fronted pronominal adverb stands for what the sentence before said. */
    private static final String POINTING_ADVERB =
            "dar?(an|auf|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|über|um|unter|von|vor|zu|zwischen)";

    /** Nouns of a person speaking or acting for someone named after them in the genitive („Sprecher Konvičkas“). */
    /** Nouns of a firm or house that bears a family name („Brauerei Hartmann“, „Autohaus Berger“). */
    private static final java.util.regex.Pattern FIRM = java.util.regex.Pattern.compile(
            "\\p{L}*(brauerei|molkerei|bäckerei|metzgerei|fleischerei|gärtnerei|druckerei|firma|kanzlei|verlag|werk|werke"
                    + "|praxis|klinik|stiftung|gruppe|konzern|unternehmen|bank|haus|hotel|galerie|bau|handel|möbel)");

    private static final java.util.regex.Pattern ROLE = java.util.regex.Pattern.compile(
            "\\p{L}*(sprecher|sprecherin|anwalt|anwältin|vertreter|vertreterin|berater|beraterin|mitarbeiter|mitarbeiterin"
                    + "|chef|chefin|anhänger|anhängerin|kritiker|kritikerin|gegner|gegnerin|vertraute|vertrauter|sohn|tochter"
                    + "|frau|mann|bruder|schwester)");

    /**
     * Drops the article, adjectives and classifying noun of a subject whose head is a name: „das
     * isolierte Nordkorea“ → „Nordkorea“, „die Stadt Freiburg“ → „Freiburg“ – but not „die
     * Feuerwehr Lindenau“, where the place only says whose fire brigade it is, nor a classifying noun that a
     * pronoun after it may agree with („Die Stadt Lindenau hat ihre …“ is not „Lindenau hat ihre …“), nor a firm's
     * noun before a family name („Die Brauerei Hartmann“ is not the person Hartmann).
     */
    List<Token> shortenSubject(List<Token> t) {
        int np = phrases.nounPhraseEnd(t, 0);
        if (np <= 1 || !phrases.sameEntity(t.get(np - 1), t.get(np - 1))) {
            return t;
        }
        int start = np - 1;
        while (start > 0 && phrases.sameEntity(t.get(start - 1), t.get(np - 1))) {
            start--; // the whole name: „Kim Jong Un“, not „Un“
        }
        Optional<Entity> name = entityOf(t.get(np - 1));
        if (name.map(e -> e.type() == EntityType.OTHER).orElse(false)
                && t.get(np - 1).pos() == Pos.NOUN) {
            return t; // „Der Deutsche sah …“: a nationality noun, not a name the article could go from
        }
        for (int i = 0; i < start; i++) {
            String w = Phrases.lower(t.get(i).text());
            boolean genitiveName =
                    start == np - 1 && Phrases.lower(t.get(start).text()).endsWith("s");
            if (w.startsWith("ein")
                    || genitiveName
                            && t.get(i).pos() == Pos.NOUN
                            && ROLE.matcher(w).matches()) {
                return t; // „Ein Sprecher Konvičkas“: the name is whose spokesman, not who speaks
            }
        }
        boolean classified = t.subList(0, start).stream().anyMatch(Phrases::isNoun)
                && name.map(e -> e.type() != EntityType.PERSON).orElse(true); // a role agrees with its person
        if (classified
                && t.subList(np, t.size()).stream()
                        .anyMatch(
                                x -> Phrases.lower(x.text()).matches("(sein|ihr)(e|er|es|em|en)?|sie|er|es|ihm|ihn"))) {
            return t; // „Die Stadt Lindenau hat ihre …“: the pronoun may agree with the classifying noun, not the name
        }
        boolean place = name.map(e -> e.type() == EntityType.LOCATION).orElse(false);
        boolean person = name.map(e -> e.type() == EntityType.PERSON).orElse(false);
        for (int i = 0; i < start; i++) {
            if (place
                    && t.get(i).pos() == Pos.NOUN
                    && !PLACE_CLASSIFIERS.contains(t.get(i).lemma().toLowerCase(Locale.GERMAN))) {
                return t;
            }
            if (person
                    && t.get(i).pos() == Pos.NOUN
                    && FIRM.matcher(Phrases.lower(t.get(i).text())).matches()) {
                return t; // „Die Brauerei Hartmann“: alone, „Hartmann“ is a person
            }
        }
        return new ArrayList<>(t.subList(start, t.size()));
    }

    private Optional<Entity> entityOf(Token t) {
        return analysis.entities().stream()
                .filter(e -> e.begin() <= t.begin() && t.end() <= e.end())
                .findFirst();
    }

    /** Stems of the verbs in „um“ that do not separate („umfasst“, „umgibt“, „umrundet“). */
    private static final List<String> INSEPARABLE_UM = List.of(
            "umfass",
            "umgib",
            "umgeb",
            "umarm",
            "umrund",
            "umkreis",
            "umschließ",
            "umgeh",
            "umring",
            "umzingel",
            "umwirb",
            "umwerb",
            "umhüll",
            "umsegel",
            "umschreib",
            "umspann",
            "umrahm");

    /** „ausgeben“ in „dass die Besucher mehr Geld ausgeben“: a plural finite particle verb looks like its infinitive. */
    static boolean isSeparableInfinitiveShape(Token t) {
        String w = t.text().toLowerCase(Locale.GERMAN);
        if (!w.equals(t.lemma().toLowerCase(Locale.GERMAN)) || w.contains("zu") && w.indexOf("zu") > 1) {
            return false;
        }
        for (String p : VerbArguments.ALWAYS_SEPARABLE) {
            if (w.startsWith(p) && w.length() > p.length() + 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * „zunimmt“, „freigibt“, „umfällt“: a finite particle verb that cannot move without splitting. A verb in „um“ is
     * taken as separable unless it is one of the few inseparable ones a report uses („umfasst“, „umgibt“): moving
     * „umfällt“ to second place gives no German, leaving a line out costs only the line.
     */
    static boolean isSeparableFinite(Token t) {
        String w = t.text().toLowerCase(Locale.GERMAN);
        String lemma = t.lemma().toLowerCase(Locale.GERMAN);
        if (t.pos() != Pos.VERB || w.endsWith("iert") || w.contains("zu") && w.endsWith("en")) {
            return false;
        }
        if (w.startsWith("um")
                && w.length() > 5
                && INSEPARABLE_UM.stream().noneMatch(w::startsWith)
                && !NumberHeadline.isParticipleShape(w.substring(2))) {
            return true;
        }
        for (String p : VerbArguments.ALWAYS_SEPARABLE) {
            if (w.startsWith(p)
                    && lemma.startsWith(p)
                    && w.length() > p.length() + 2
                    && !NumberHeadline.isParticipleShape(w.substring(p.length()))) {
                return true;
            }
        }
        return false;
    }
}
