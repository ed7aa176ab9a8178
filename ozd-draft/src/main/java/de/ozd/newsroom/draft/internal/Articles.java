package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.Entity;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The nominative article of a name, taken from how the report itself refers to it: „Die VAG geht
 * davon aus …“ gives „die VAG“, „eine Studie der Universität Freiburg“ (genitive after a noun)
 * gives „die Universität Freiburg“. A „der“ that is not after a noun or preposition is a masculine
 * nominative („Der Bundestag stimmte …“) unless the report also writes „die“ for the name: then it
 * is the feminine dative or genitive („Die CDU warf der SPD Wortbruch vor. Die SPD …“ gives „die
 * SPD“). Where the name's head noun has a known gender ({@link #byHead}), it reads every „der“ instead: the dative
 * or genitive of a feminine head („der Bank Austria zufolge“ gives „die Bank Austria“), the nominative of a masculine
 * one. Empty when the report uses the name without an article or the forms disagree („dem“, „des“
 * are masculine or neuter and decide nothing). A short list of names the house knows („die SPÖ“, „der ORF“, „die
 * NEOS“ in the plural) comes first. Stateless.
 */
final class Articles {
    private Articles() {}

    /** Names and their articles a question takes whatever the report shows („die SPÖ“), from {@code name-articles.txt}. */
    private static final Map<String, String> LISTED = load();

    /** Dative-only prepositions: „den“ after them is a dative plural („von den NEOS“), not a masculine accusative. */
    private static final Set<String> DATIVE_ONLY =
            Set.of("von", "mit", "bei", "aus", "zu", "nach", "seit", "gegenüber", "samt", "nebst");

    /** The article for „Was ist … ?“: the listed one, else the one the report shows, if it shows one. */
    static Optional<String> of(TextAnalysis analysis, Entity entity) {
        String listed = LISTED.get(entity.canonical());
        if (listed != null) {
            return Optional.of(listed.equals("plural") ? "die" : listed);
        }
        boolean masculine = false;
        boolean nominativeDer = false;
        boolean neuter = false;
        boolean feminine = false;
        // „der“ is the nominative of a masculine name and the dative or genitive of a feminine one: where the name's
        // head noun says which („der Bank Austria zufolge“, „argumentierte der Verband …“), it reads the „der“
        String head = byHead(entity.canonical()).orElse("");
        for (Entity e : analysis.entities()) {
            if (!e.canonical().equals(entity.canonical())) {
                continue;
            }
            List<Token> s = analysis.sentences().get(e.sentenceIndex()).tokens();
            int i = indexAt(s, e.begin());
            if (i <= 0) {
                continue;
            }
            String article = Phrases.lower(s.get(i - 1).text());
            Token before = i >= 2 ? s.get(i - 2) : null;
            if (modifiesANoun(s, e)
                    || article.equals("den") && before != null && DATIVE_ONLY.contains(Phrases.lower(before.text()))
                    || before != null && before.text().equals(",") && relativeClause(s, i)) {
                // „das Apple-Event“: the article is the event's; „von den NEOS“: a dative plural; „…, das Apple
                // betreibt“: a relative pronoun
                continue;
            }
            // „…, das der APA vorliegt“: after a pronoun „der“ is a dative
            boolean oblique = before != null
                    && (Phrases.isNoun(before) || before.pos().isAdposition() || before.pos() == Pos.PRON);
            // „Der SPD fehlen …“: a plural verb right after „der X“ is not X's, so „der“ is no nominative
            boolean pluralVerbAfter = pluralVerbAfter(s, e);
            if (article.equals("der") && !head.isEmpty()) {
                feminine |= head.equals("die");
                masculine |= head.equals("der");
                continue;
            }
            feminine |= article.equals("die") || article.equals("der") && (oblique || pluralVerbAfter);
            neuter |= article.equals("das");
            masculine |= article.equals("den");
            nominativeDer |= article.equals("der") && !oblique && !pluralVerbAfter;
        }
        masculine |= nominativeDer && !feminine; // with „die“ elsewhere, „der SPD“ is dative or genitive
        int kinds = (feminine ? 1 : 0) + (neuter ? 1 : 0) + (masculine ? 1 : 0);
        if (kinds == 0 && plural(analysis, entity)) {
            return Optional.of("die"); // „bei den Australian Open“ alone: „die“ of the plural
        }
        if (kinds != 1) {
            return byHead(entity.canonical()); // none, or forms that disagree: the head noun's gender, if known
        }
        return Optional.of(feminine ? "die" : neuter ? "das" : "der");
    }

    /**
     * Whether the report treats the name as a plural: „Die Grünen widersprachen …“ – the name opens a sentence
     * after „die“ and the verb right after it ends in „-en“ (or is „sind“), which no singular subject's verb does.
     * Then the question is „Was sind die Grünen?“, and no „… ist …“ answer is built from the report.
     */
    static boolean plural(TextAnalysis analysis, Entity entity) {
        if (LISTED.containsKey(entity.canonical())) {
            return LISTED.get(entity.canonical()).equals("plural");
        }
        boolean dativePlural = false;
        for (Entity e : analysis.entities()) {
            if (!e.canonical().equals(entity.canonical())) {
                continue;
            }
            List<Token> s = analysis.sentences().get(e.sentenceIndex()).tokens();
            int i = indexAt(s, e.begin());
            if (i >= 1 && Phrases.lower(s.get(i - 1).text()).matches("das|dem|des")) {
                return false; // a singular's article
            }
            dativePlural |= dativePlural(s, e, i);
            if (i != 1 || !Phrases.lower(s.get(0).text()).equals("die")) {
                continue;
            }
            if (pluralVerbAfter(s, e)) {
                return true;
            }
        }
        return dativePlural;
    }

    /**
     * „bei den Australian Open“: „den“ after a preposition that takes only the dative is a dative plural. Not where the
     * name ends in a common noun, whose dative plural is another form than the nominative („bei den Wiener
     * Stadtwerken“).
     */
    private static boolean dativePlural(List<Token> s, Entity e, int i) {
        if (i < 2
                || !Phrases.lower(s.get(i - 1).text()).equals("den")
                || !DATIVE_ONLY.contains(Phrases.lower(s.get(i - 2).text()))) {
            return false;
        }
        int last = i;
        while (last + 1 < s.size() && s.get(last + 1).end() <= e.end()) {
            last++;
        }
        return s.get(last).pos() != Pos.NOUN;
    }

    /**
     * Whether the words from {@code from} (the name after a comma and its pronoun) to the next comma, colon, semicolon,
     * conjunction or the sentence's end are a clause with its verbs at the end and none before them („…, das Apple
     * betreibt.“, „…, die Siemens gekauft hat,“): a relative clause, whose „das“ is a pronoun, not the name's article.
     */
    private static boolean relativeClause(List<Token> s, int from) {
        int end = from;
        while (end < s.size()
                && !s.get(end).text().matches("[,.;:!?]")
                && s.get(end).pos() != Pos.CCONJ) {
            end++;
        }
        int verbs = end;
        while (verbs > from && s.get(verbs - 1).pos().isVerb()) {
            verbs--;
        }
        if (verbs == end) {
            return false;
        }
        for (int k = from; k < verbs; k++) {
            if (s.get(k).pos().isVerb()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the token right after the mention (or after its short form in brackets) is a verb in a plural form
     * („-en“, „sind“).
     */
    private static boolean pluralVerbAfter(List<Token> s, Entity e) {
        int after = 0;
        while (after < s.size() && s.get(after).begin() < e.end()) {
            after++;
        }
        if (after + 2 < s.size() && s.get(after).text().equals("(")) {
            int close = after + 1;
            while (close < s.size() && !s.get(close).text().equals(")")) {
                close++;
            }
            after = close + 1; // „Die Salzburger Nachrichten (SN) hatten …“: the verb after the name's short form
        }
        if (after < s.size() && s.get(after).pos().isVerb()) {
            String verb = Phrases.lower(s.get(after).text());
            return verb.endsWith("en") || verb.equals("sind");
        }
        return false;
    }

    /**
     * Head nouns of institutions' names and their articles: „Universität Portsmouth“, „Glenn Research Center“, „Savings
     * Bank of Ukraine“, „Bundeswettbewerbsbehörde“ (a compound by its last part). English heads of names reports keep
     * untranslated take the article of their German word.
     */
    private static final Map<String, String> HEADS = heads(Map.of(
            "die",
            "universität hochschule bank partei gewerkschaft kommission behörde agentur stiftung gesellschaft kammer"
                    + " organisation union liga gruppe vereinigung bewegung initiative allianz akademie klinik schule"
                    + " zeitung versicherung börse fraktion plattform messe university league agency association"
                    + " foundation party group academy",
            "das",
            "institut zentrum ministerium gericht amt museum theater festival forum komitee unternehmen labor netzwerk"
                    + " orchester parlament büro krankenhaus spital klinikum center centre institute network office",
            "der",
            "verband verein konzern club klub rat bund fonds gerichtshof senat ausschuss dienst sender verlag council"
                    + " fund"));

    /** The article of the name's head noun: before „of“ or „für“, else its last word, else its first. */
    static Optional<String> byHead(String name) {
        String[] w = name.strip().split("\\s+");
        int head = headIndex(w);
        return head < 0 ? Optional.empty() : Optional.of(articleOfHead(w[head]));
    }

    /**
     * The index of the name's head noun among its words ({@link #byHead}), or -1 when none is known: the word before
     * „of“ or „für“, else the first word before a genitive („Akademie der Wissenschaften“, „Rat der Europäischen
     * Union“), else the last word, else the first.
     */
    static int headIndex(String[] w) {
        List<String> words = java.util.Arrays.asList(w);
        int of = words.indexOf("of");
        if (of < 0) {
            of = words.indexOf("für");
        }
        boolean genitive = words.indexOf("der") > 0 || words.indexOf("des") > 0;
        int[] candidates = of > 0 ? new int[] {of - 1} : genitive ? new int[] {0} : new int[] {w.length - 1, 0};
        for (int c : candidates) {
            if (articleOfHead(w[c]) != null) {
                return c;
            }
        }
        return -1;
    }

    /** The article of a head noun („Bundeswettbewerbsbehörde“ → „die“, a compound by its last part), or null. */
    static String articleOfHead(String word) {
        return lookUp(HEADS, word);
    }

    /**
     * Nouns that say what kind of body a name is, beside the institutions' heads („die IT-Sicherheitsfirma Kaspersky
     * Lab“, „der Spieleentwickler …“, „das Magazin …“), by their article.
     */
    private static final Map<String, String> KINDS = heads(Map.of(
            "die",
            "firma band marke kette airline fluglinie reederei brauerei werft zeitschrift suchmaschine miliz sekte",
            "der",
            "hersteller anbieter betreiber produzent händler autobauer versicherer discounter entwickler",
            "das",
            "magazin portal blatt label startup start-up studio team ensemble kollektiv"));

    /**
     * The article of a noun that says what kind of body a name is („Radiosender“ → „der“, a compound by its last
     * part): one of {@link #KINDS} or an institution's head ({@link #articleOfHead}), or null.
     */
    static String articleOfKind(String word) {
        String kind = lookUp(KINDS, word);
        return kind != null ? kind : articleOfHead(word);
    }

    private static String lookUp(Map<String, String> nouns, String word) {
        String lower = word.toLowerCase(java.util.Locale.GERMAN);
        for (var h : nouns.entrySet()) {
            if (lower.equals(h.getKey()) || lower.length() > h.getKey().length() + 2 && lower.endsWith(h.getKey())) {
                return h.getValue();
            }
        }
        return null;
    }

    private static Map<String, String> heads(Map<String, String> byArticle) {
        Map<String, String> out = new HashMap<>();
        byArticle.forEach((article, nouns) -> {
            for (String n : nouns.split(" ")) {
                out.put(n, article);
            }
        });
        return Map.copyOf(out);
    }

    /** The mention stands before a noun or name of its own phrase („das Apple Event“, „der Intel Atom“). */
    private static boolean modifiesANoun(List<Token> s, Entity e) {
        for (int k = 0; k < s.size(); k++) {
            if (s.get(k).begin() >= e.end()) {
                return (s.get(k).pos() == Pos.NOUN || s.get(k).pos() == Pos.PROPN)
                        && s.get(k).isCapitalised();
            }
        }
        return false;
    }

    private static Map<String, String> load() {
        try (InputStream in = Articles.class.getResourceAsStream("/de/ozd/newsroom/draft/name-articles.txt")) {
            Map<String, String> out = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.strip().split("\t");
                out.put(p[0].strip(), p[1].strip());
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read name-articles.txt", e);
        }
    }

    static int indexAt(List<Token> s, int begin) {
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).begin() == begin) {
                return i;
            }
        }
        return -1;
    }
}
