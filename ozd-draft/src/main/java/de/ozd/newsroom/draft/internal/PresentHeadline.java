package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.GermanCalendar;
import de.ozd.newsroom.language.GermanWords;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The headline present of an active perfect, one word shorter: „Die Industrie hat am Montag einen Rückgang
 * verzeichnet“ → „Die Industrie verzeichnet einen Rückgang“, „Die Clans haben ihre Macht ausgebaut“ → „Die
 * Clans bauen ihre Macht aus“. German headlines tell what happened in the present („Nordkorea bestätigt Kampfeinsatz“);
 * the box's facts are headlines. The clause keeps its words and order otherwise, so the word-order rules, the
 * compressor and every check of {@link FactComposer} read it as they read any main clause.
 *
 * <p>Only where the present form is certain and says what the perfect said:
 *
 * <ul>
 *   <li>a main clause with „hat“ or „haben“ as its only finite verb and a participle as its last word: a weak verb's
 *       in „-t“, whose present comes from the infinitive without a vowel change, where the participle is the
 *       infinitive's own („ge-“ + the present, or the present itself for „ver-“, „be-“, „-ieren“ …), so „gekannt“ or
 *       a wrong lemma give none; or a strong or mixed verb of {@link #STRONG} with its own participle („festgenommen“
 *       → „nimmt … fest“, twenty-ninth round); a separable verb („ausgebaut“) puts its particle last;
 *   <li>no modal, „haben“, „sein“, „werden“, „wissen“, and no verb of a state or a view („gewohnt“, „gearbeitet“,
 *       „erwartet“): „hat in Wien gewohnt“ is not „wohnt in Wien“;
 *   <li>nothing that makes the perfect a result, an experience or a span: „bereits“, „schon“, „nie“,
 *       „bisher“, „seit“, „zweimal“, a counted span („zehn Jahre“);
 *   <li>no date in the past anywhere in the clause („gestern“, „vergangene Woche“, „im vergangenen Jahr“, „vor zwei
 *       Wochen“, a year, a month: „im Mai“ mostly dates what came before the news): the present is for news; a date
 *       that only says when („am Mittwoch“) goes, since in the present it reads as the future; a bound („bis Ende
 *       Mai“) gives no headline ({@link #keepsADate}); and the line opens with its subject, as a headline does.
 * </ul>
 *
 * <p>„hatte“ is left alone (a past before another past), and so is the simple past: it is no shorter. Stateless.
 */
final class PresentHeadline {
    private PresentHeadline() {}

    /** Verbs whose perfect tells of a state, a span or a view: their present says that it still holds. */
    private static final Set<String> STATES = Set.of(
            "leben",
            "wohnen",
            "arbeiten",
            "dauern",
            "gehören",
            "warten",
            "regieren",
            "herrschen",
            "lehren",
            "studieren",
            "spielen",
            "besitzen",
            "lieben",
            "hassen",
            "glauben",
            "meinen",
            "hoffen",
            "fürchten",
            "befürchten",
            "erwarten",
            "vermuten",
            "wünschen",
            "versuchen",
            "brauchen",
            "wissen",
            "haben",
            "sein",
            "werden");

    /** Words that make the perfect a result, an experience or a span: its present would say another thing. */
    private static final Set<String> ASPECT = Set.of(
            "bereits",
            "schon",
            "je",
            "jemals",
            "nie",
            "niemals",
            "immer",
            "stets",
            "oft",
            "öfter",
            "häufig",
            "mehrfach",
            "mehrmals",
            "bisher",
            "bislang",
            "seither",
            "seitdem",
            "seit",
            "lange",
            "längst",
            "jahrelang",
            "zuletzt",
            "inzwischen",
            "mittlerweile",
            "noch",
            "erst",
            "kürzlich",
            "jüngst",
            "neulich",
            "soeben");

    /** Words that date a line in the past: a present headline may not keep them. */
    private static final Set<String> PAST = Set.of(
            "gestern",
            "vorgestern",
            "damals",
            "einst",
            "früher",
            "zuvor",
            "vorher",
            "letzte",
            "letzten",
            "letztes",
            "letzter",
            "vergangene",
            "vergangenen",
            "vergangenes",
            "vergangener",
            "vorige",
            "vorigen",
            "voriges",
            "voriger");

    /** Nouns of a span of time: „zehn Jahre“ after the auxiliary counts how long, as „seit“ does. */
    private static final java.util.regex.Pattern SPAN =
            java.util.regex.Pattern.compile("(jahr|jahre|monat|monate|woche|wochen|tag|tage|stunde|stunden|minuten)");

    /**
     * The clause with its perfect in the present, or empty when any part of it is not certain. The finite verb
     * stands where the auxiliary stood, with its place in the report; a separable particle takes the participle's.
     */
    static Optional<Clause> of(Clause c, Phrases phrases) {
        if (c.subordinate()) {
            return Optional.empty();
        }
        List<Token> t = c.tokens();
        int p = t.size() - 1;
        while (p > 0 && t.get(p).isPunctuation()) {
            p--;
        }
        int aux = Phrases.firstVerb(t);
        if (aux < 1 || p <= aux + 1) {
            return Optional.empty();
        }
        String finite = Phrases.lower(t.get(aux).text());
        Token participle = t.get(p);
        if (!Set.of("hat", "haben").contains(finite)
                || !Phrases.isVerb(participle)
                || !Character.isLowerCase(participle.text().codePointAt(0))
                || !participle.text().matches("\\p{L}+(t|en)")) {
            return Optional.empty();
        }
        String lemma = Phrases.lower(participle.lemma());
        if (STATES.contains(lemma) || GermanWords.isModalVerb(lemma)) {
            return Optional.empty();
        }
        if (mayBeObjectFirst(t, aux, p) || keepsADate(pastMarks(t))) {
            return Optional.empty(); // „Im vergangenen Jahr hat sie 20 Pullover angefertigt“: no news of today
        }
        for (int i = aux + 1; i < p; i++) {
            Token x = t.get(i);
            String w = Phrases.lower(x.text());
            if (Phrases.isVerb(x)
                    || x.pos() == Pos.SCONJ
                    || ASPECT.contains(w)
                    || Compressor.isCounting(w)
                    || SPAN.matcher(w).matches() && i > aux + 1 && FactComposer.isNumberWord(t.get(i - 1))) {
                return Optional.empty();
            }
        }
        Optional<String[]> present = present(Phrases.lower(participle.text()), lemma, finite.equals("haben"));
        if (present.isEmpty()) {
            return Optional.empty();
        }
        Token aux0 = t.get(aux);
        List<Token> out = new ArrayList<>(t.subList(0, aux));
        out.add(new Token(present.get()[0], aux0.begin(), aux0.end(), Pos.VERB, participle.lemma()));
        out.addAll(withoutDates(t.subList(aux + 1, p), phrases));
        if (present.get().length > 1) {
            out.add(new Token(present.get()[1], participle.begin(), participle.end(), Pos.PART, present.get()[1]));
        }
        out.addAll(t.subList(p + 1, t.size()));
        return Optional.of(new Clause(c.sentence(), out, false, c.sourcePhraseEnd()));
    }

    /** Prepositions of a date phrase that only says when („am Mittwoch“, „in der Nacht“), not from or until when. */
    private static final Set<String> WHEN = Set.of("am", "an", "im", "in", "um", "vom");

    /**
     * The middle field without its dates („am Mittwoch“, „in der Nacht“, „heute“): in the present a date reads as the
     * future („Mitarbeiter wählen am Mittwoch ihren Betriebsrat“), and a headline says what happened, not when. A
     * bound („bis Ende Mai“, „ab 2027“) stays; the line then gives none ({@link #keepsADate}). A clause dated in the
     * past („vergangene Woche“, „im vergangenen Jahr“, „gestern“, a year) has no present at all ({@link #of}).
     */
    private static List<Token> withoutDates(List<Token> middle, Phrases phrases) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < middle.size(); ) {
            Token x = middle.get(i);
            String w = Phrases.lower(x.text());
            int end = i + 1;
            if (x.pos().isAdposition() && WHEN.contains(w)) {
                end = Math.max(i + 1, phrases.nounPhraseEnd(middle, i + 1));
            } else if (!Set.of("heute", "heuer").contains(w)) {
                out.add(x); // a word of any other phrase: „den 1. November als Tag …“ is the object, and stays
                i++;
                continue;
            }
            List<Token> phrase = middle.subList(i, end);
            if (!FactComposer.isDatePhrase(phrase)) {
                out.addAll(phrase); // „im Laufe“: kept whole
            }
            i = end;
        }
        return out;
    }

    /**
     * True if the line can stand as a present headline: it opens with its subject (a fronted phrase before the verb
     * reads as a report's sentence, not a headline: „Bei den iPhones entwickelt Apple …“) and keeps no date
     * ({@link #keepsADate}).
     */
    static boolean standsAsHeadline(List<Token> line) {
        return line.size() > 2
                && Set.of(Pos.DET, Pos.NOUN, Pos.PROPN, Pos.ADJ, Pos.NUM)
                        .contains(line.get(0).pos())
                && !keepsADate(line);
    }

    /**
     * The clause's words that date it in the past wherever they stand: a past word, a year, „vor“ and a time, a month
     * (news says „am Dienstag“; „im Mai“ is mostly what came before the news).
     */
    private static List<Token> pastMarks(List<Token> t) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            String w = Phrases.lower(t.get(i).text());
            boolean span = w.equals("vor") && i + 1 < t.size();
            if (PAST.contains(w)
                    || w.matches("1[89]\\d\\d|20\\d\\d")
                    || span
                    || GermanCalendar.isMonth(t.get(i).text())) {
                out.addAll(t.subList(i, Math.min(t.size(), span ? i + 4 : i + 1)));
            }
        }
        return out;
    }

    /**
     * True if the line keeps a date, which its present would read as the future or contradict: a day, month or other
     * noun of time, „gestern“, „im vergangenen Mai“, „vor zwei Wochen“, a year.
     */
    static boolean keepsADate(List<Token> line) {
        for (int i = 0; i < line.size(); i++) {
            String w = Phrases.lower(line.get(i).text());
            if (PAST.contains(w)
                    || w.matches("1[89]\\d\\d|20\\d\\d")
                    || FactComposer.isDateWord(line.get(i))
                    || Set.of("heute", "heuer", "morgen", "jetzt", "nun").contains(w)) {
                return true;
            }
            if (w.equals("vor")) {
                for (int k = i + 1; k < Math.min(line.size(), i + 4); k++) {
                    if (FactComposer.isDateWord(line.get(k))
                            || SPAN.matcher(Phrases.lower(line.get(k).text())).matches()) {
                        return true; // „vor zwei Wochen“, „vor einem Jahr“: not „vor dem Rathaus“
                    }
                }
            }
        }
        return false;
    }

    /** Articles that are never nominative: a name after them is no subject („dem ORF“, „den Süden“). */
    private static final Set<String> OBLIQUE = Set.of("dem", "den", "des", "einem", "einen", "eines");

    /**
     * The clause opens with a noun phrase that may be the object, its subject standing after the auxiliary: „Die
     * Software hat Hotz in Eigenregie entwickelt“ (in the present, and without its article, „Software entwickelt
     * Hotz“ reads the other way round), „Den Preis hat der Verein gewonnen“. A pronoun or a „der“ right after the
     * auxiliary, or a name after it outside a prepositional phrase, may be the subject; the line is left alone then
     * (unless a name opens the clause). A fronted adverbial („Am Montag hat die Polizei
     * …“) puts the subject after the verb in any case, and the word-order rules read it.
     */
    private static boolean mayBeObjectFirst(List<Token> t, int aux, int p) {
        Token first = t.get(0);
        if (!Set.of(Pos.DET, Pos.NOUN, Pos.PROPN, Pos.ADJ, Pos.NUM).contains(first.pos())) {
            return false;
        }
        String opener = Phrases.lower(first.text());
        if (opener.matches("den|dem|einen|einem|des|eines|deren|dessen")) {
            return true;
        }
        int k = aux + 1;
        while (k < p && t.get(k).pos() == Pos.ADV) {
            k++;
        }
        Token next = t.get(k);
        if (next.pos() == Pos.PRON || Phrases.lower(next.text()).equals("der") && !opener.equals("der")) {
            return true;
        }
        if (first.pos() == Pos.PROPN) {
            return false; // „Sony hat …“: a name first is the subject
        }
        for (int i = aux + 1; i < p; i++) {
            Token name = t.get(i);
            if (name.pos() != Pos.PROPN || FactComposer.isDateWord(name)) {
                continue;
            }
            if (t.get(i - 1).pos() == Pos.NOUN && name.text().endsWith("s")) {
                continue; // „den Süden Mexikos“: a genitive of the noun before it
            }
            int back = i - 1;
            while (back > aux
                    && Set.of(Pos.PROPN, Pos.NOUN, Pos.ADJ, Pos.DET)
                            .contains(t.get(back).pos())
                    && !OBLIQUE.contains(Phrases.lower(t.get(back).text()))) {
                back--;
            }
            if (!t.get(back).pos().isAdposition()
                    && !OBLIQUE.contains(Phrases.lower(t.get(back).text()))) {
                return true; // „Waldorfpädagoge Daniell Porsche“ outside a prepositional phrase: maybe the subject
            }
        }
        return false;
    }

    /** The separable particles, longest first: „zusammen“ is tried before „zu“. */
    private static final List<String> PARTICLES_LONGEST_FIRST = VerbArguments.ALWAYS_SEPARABLE.stream()
            .sorted(java.util.Comparator.comparingInt(String::length)
                    .reversed()
                    .thenComparing(java.util.Comparator.naturalOrder()))
            .toList();

    /**
     * Strong and mixed verbs of news that have a perfect with „haben“, without a separable particle: the infinitive,
     * its participle and its present in the third person singular („nehmen“ → „genommen“, „nimmt“; so „festgenommen“
     * → „nimmt … fest“). A verb of perception or thought („sehen“, „denken“) is not here: its present says a state.
     */
    private static final java.util.Map<String, String[]> STRONG = strong(
            "nehmen genommen nimmt",
            "schließen geschlossen schließt",
            "beschließen beschlossen beschließt",
            "gewinnen gewonnen gewinnt",
            "verlieren verloren verliert",
            "treffen getroffen trifft",
            "geben gegeben gibt",
            "finden gefunden findet",
            "entscheiden entschieden entscheidet",
            "schreiben geschrieben schreibt",
            "unterschreiben unterschrieben unterschreibt",
            "greifen gegriffen greift",
            "ergreifen ergriffen ergreift",
            "ziehen gezogen zieht",
            "stehlen gestohlen stiehlt",
            "schlagen geschlagen schlägt",
            "lassen gelassen lässt",
            "entlassen entlassen entlässt",
            "halten gehalten hält",
            "erhalten erhalten erhält",
            "tragen getragen trägt",
            "rufen gerufen ruft",
            "bieten geboten bietet",
            "verbieten verboten verbietet",
            "bringen gebracht bringt",
            "nennen genannt nennt",
            "ernennen ernannt ernennt",
            "werfen geworfen wirft",
            "helfen geholfen hilft",
            "brechen gebrochen bricht",
            "unterbrechen unterbrochen unterbricht",
            "schießen geschossen schießt",
            "erschießen erschossen erschießt",
            "laden geladen lädt",
            "heben gehoben hebt",
            "weisen gewiesen weist",
            "reißen gerissen reißt",
            "meiden gemieden meidet",
            "vermeiden vermieden vermeidet",
            "streichen gestrichen streicht",
            "zwingen gezwungen zwingt",
            "empfehlen empfohlen empfiehlt",
            "beginnen begonnen beginnt",
            "treiben getrieben treibt",
            "betreiben betrieben betreibt",
            "verbinden verbunden verbindet",
            "schaffen geschaffen schafft");

    private static java.util.Map<String, String[]> strong(String... rows) {
        java.util.Map<String, String[]> out = new java.util.HashMap<>();
        for (String row : rows) {
            String[] w = row.split(" ");
            out.put(w[0], new String[] {w[1], w[2]});
        }
        return java.util.Map.copyOf(out);
    }

    /**
     * The present of a participle in the third person, with its separable particle as a second element, or empty
     * where the participle is not the infinitive's own: a weak verb's from its infinitive, a strong or mixed one's
     * from {@link #STRONG}.
     */
    static Optional<String[]> present(String participle, String infinitive, boolean plural) {
        for (String particle : PARTICLES_LONGEST_FIRST) {
            String rest = infinitive.startsWith(particle) ? infinitive.substring(particle.length()) : "";
            if (STRONG.containsKey(rest) && participle.equals(particle + STRONG.get(rest)[0])) {
                return Optional.of(new String[] {plural ? rest : STRONG.get(rest)[1], particle}); // „nimmt … fest“
            }
        }
        if (STRONG.containsKey(infinitive)) {
            return participle.equals(STRONG.get(infinitive)[0])
                    ? Optional.of(new String[] {plural ? infinitive : STRONG.get(infinitive)[1]})
                    : Optional.empty();
        }
        boolean particleBefore = false;
        for (String particle : PARTICLES_LONGEST_FIRST) {
            if (!infinitive.startsWith(particle)
                    || !participle.startsWith(particle)
                    || infinitive.length() <= particle.length() + 3) {
                continue;
            }
            String rest = infinitive.substring(particle.length());
            Optional<String> third = thirdSingular(rest);
            boolean inseparableRest = rest.matches("(be|ent|er|ver|zer|emp|miss|ge).{3,}");
            if (third.isPresent()
                    && (participle.equals(particle + "ge" + third.get())
                            || inseparableRest && participle.equals(particle + third.get()))) {
                return Optional.of(new String[] {plural ? rest : third.get(), particle}); // „baut … aus“
            }
            particleBefore = true;
        }
        Optional<String> third = thirdSingular(infinitive);
        if (particleBefore
                || third.isEmpty()
                || !(participle.equals(third.get()) || participle.equals("ge" + third.get()))) {
            return Optional.empty(); // „gebracht“ of „bringen“, „gekannt“: a mixed verb; or the lemma is wrong
        }
        return Optional.of(new String[] {plural ? infinitive : third.get()});
    }

    /** „verzeichnen“ → „verzeichnet“, „töten“ → „tötet“, „verdoppeln“ → „verdoppelt“, „ändern“ → „ändert“. */
    private static Optional<String> thirdSingular(String infinitive) {
        if (infinitive.matches("\\p{L}{2,}e[lr]n")) {
            return Optional.of(infinitive.substring(0, infinitive.length() - 1) + "t");
        }
        if (!infinitive.matches("\\p{L}{2,}en")) {
            return Optional.empty();
        }
        String stem = infinitive.substring(0, infinitive.length() - 2);
        boolean epenthesis = stem.matches(".*[dt]") || stem.matches(".*([^aeiouäöülrmnh]|[^aeiouäöü]h)[mn]");
        return Optional.of(stem + (epenthesis ? "et" : "t"));
    }
}
