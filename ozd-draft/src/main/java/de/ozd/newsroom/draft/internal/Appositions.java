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

    /** Possessive determiners: a role after one („seine Gründerin“) is someone else's relation. */
    private static final java.util.regex.Pattern POSSESSIVE =
            java.util.regex.Pattern.compile("(mein|dein|sein|ihr|unser|euer|eur|dessen|deren)\\w*");

    /** Roles that are adjectives used as nouns, which change their ending without an article. */
    private static final java.util.regex.Pattern NOMINAL_ADJECTIVE = java.util.regex.Pattern.compile(
            "(?i)(vorsitzende|abgeordnete|beauftragte|angestellte|beamte|delegierte|gesandte|bevollmächtigte"
                    + "|sachverständige|verdächtige|bekannte|verwandte|reisende|geschäftsführende)$");

    /** Roles that say nothing without whose they are („ist Ehefrau“, „ist Gründerin“): no answer alone. */
    private static final Set<String> RELATIONAL = Set.of(
            "Ehefrau",
            "Ehemann",
            "Frau",
            "Mann",
            "Sohn",
            "Tochter",
            "Vater",
            "Mutter",
            "Bruder",
            "Schwester",
            "Witwe",
            "Witwer",
            "Partner",
            "Partnerin",
            "Lebensgefährte",
            "Lebensgefährtin",
            "Freund",
            "Freundin",
            "Kollege",
            "Kollegin",
            "Gründer",
            "Gründerin",
            "Nachfolger",
            "Nachfolgerin",
            "Vorgänger",
            "Vorgängerin",
            "Enkel",
            "Enkelin",
            "Onkel",
            "Tante",
            "Neffe",
            "Nichte",
            "Cousin",
            "Cousine");

    /**
     * Endings of nouns that name a person's role („Bürgermeisterin“, „Präsident“, „Sprecher“, „Experte“,
     * „Kandidat“, „Regisseur“), or one of the role nouns these endings miss, as the last part of a compound
     * („Staatssekretär“, „Kardinal“, „Bildungsökonom“, „Oberstaatsanwalt“): a noun before a name without one
     * („Sendung Markus Lanz“, „Methode …“) is no role.
     */
    private static final java.util.regex.Pattern PERSON_NOUN = java.util.regex.Pattern.compile(
            "(er|in|ent|ant|ist|or|eur|ör|at|te|ge|nde|ose|ese|chef|arzt|wirt|mann|frau|boss|profi|coach|star|graf|fürst|prinz|könig|papst|bischof|rat"
                    + "|är|kommissar|notar|vikar|kardinal|general|admiral|propst|ökonom|astronom|philosoph|chirurg"
                    + "|monarch|patriarch|herzog|imam|kaplan|diakon|dekan|anwalt|scheich|emir|sultan|konsul|pilot"
                    + "|offizier|oberst|major|kapitän|goalie|keeper|maestro|mönch|nonne)$");

    /**
     * The answer the report gives for „Wer ist …?“ / „Was ist …?“ about {@code name} (the question's form of the
     * entity's name, {@link QuestionNames}), or empty.
     */
    static Optional<String> answer(TextAnalysis analysis, Entity entity, String name, Optional<String> article) {
        if (entity.type() != EntityType.PERSON && entity.type() != EntityType.ORGANISATION) {
            return Optional.empty();
        }
        String firstWord = name.split(" ")[0];
        for (Entity mention : analysis.entities()) {
            if (!mention.canonical().equals(entity.canonical())
                    || !(mention.text().equals(mention.canonical())
                            || mention.canonical().endsWith(" " + mention.text()))) {
                continue; // another entity, or an inflected mention („Albrechts“); a surname alone will do
            }
            List<Token> s = analysis.sentences().get(mention.sentenceIndex()).tokens();
            int first = Articles.indexAt(s, mention.begin());
            int last = lastIndex(s, mention.end());
            if (first < 0 || last < 0) {
                continue;
            }
            Optional<String> a = entity.type() == EntityType.PERSON
                    ? person(analysis, s, first, last, name)
                            // „Chefentwickler Shigeru Miyamoto ist Chefentwickler.“: the finder took the role in
                            .filter(x -> !x.substring(name.length()).contains(" " + firstWord))
                    : organisation(analysis, s, first, last, name, article);
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

    private static Optional<String> person(TextAnalysis analysis, List<Token> s, int first, int last, String asked) {
        int afterName = last + 1;
        String name = asked;
        if (afterName + 2 < s.size()
                && s.get(afterName).text().equals("(")
                && s.get(afterName + 2).text().equals(")")
                && isParty(analysis, s.get(afterName + 1))) {
            name += " (" + s.get(afterName + 1).text() + ")"; // the party: „Petra Albrecht (SPD)“
            afterName += 3;
        }
        Optional<String> after = commaApposition(analysis, s, first, afterName);
        if (after.isPresent()) {
            return Optional.of(name + " ist " + after.get() + ".");
        }
        int r = first - 1;
        if (r >= 1 && s.get(r).text().equals(",")) {
            String person = name;
            return before(analysis, s, r, afterName).map(a -> person + " ist " + a + ".");
        }
        if (r < 0 || startsWithARole(s, first, last)) {
            return Optional.empty(); // „der Kurier Villeneigentümer Heinrich …“: the name took the role in
        }
        Optional<String> weak = weakMasculine(analysis, s.get(r));
        Optional<String> roleNoun = roleNoun(analysis, s.get(r), weak);
        if (roleNoun.isEmpty()) {
            return Optional.empty();
        }
        String role = roleNoun.get();
        Token det = r >= 1 ? s.get(r - 1) : null;
        if (det != null
                && det.pos() == Pos.ADJ
                && !det.isCapitalised()
                && !det.text().matches(".*(e|en|er|es|em)")) {
            det = null; // „…, weiß Tiergartendirektorin …“: an attribute is inflected, so this is a verb the tagger
            // misread
        }
        if (det != null && det.pos() == Pos.ADJ && !det.isCapitalised() && r >= 2) {
            String person = name;
            return attributed(s, r, role, weak.isPresent()).map(a -> person + " ist " + a + ".");
        } else if (weak.isPresent() && (det == null || !OBLIQUE_MASCULINE.contains(Phrases.lower(det.text())))) {
            return Optional.empty(); // „Präsidenten“ after no article or „der“: perhaps a plural
        } else if (det != null && det.isCapitalised() && isPlace(analysis, det, r - 1 > 0)) {
            role = det.text() + " " + role; // „Lindenaus Bürgermeisterin“, „Lindenauer Bürgermeisterin“
        } else if (det != null
                && det.isCapitalised()
                && det.text().matches(".*(s|’|')")
                && analysis.entities().stream()
                        .anyMatch(e -> e.type() != EntityType.LOCATION
                                && e.begin() <= s.get(r - 1).begin()
                                && s.get(r - 1).end() <= e.end())) {
            return Optional.empty(); // „Meischbergers Exanwalt …“: someone's, as after „sein“
        } else if (det != null && det.pos() == Pos.DET) {
            String article = Phrases.lower(det.text());
            if (POSSESSIVE.matcher(article).matches()) {
                return Optional.empty(); // „sein Amtskollege …“: whose, the answer could not say
            }
            role = strong(role, article);
        } else if (det != null && det.pos() == Pos.ADJ) {
            return Optional.empty();
        }
        return Optional.of(name + " ist " + role + ".");
    }

    /**
     * Articles and contractions of a masculine role in the dative or accusative („vom“, „den“); not the genitive,
     * which often names a role someone lost („seit dem Sturz des islamistischen Präsidenten …“).
     */
    private static final Set<String> OBLIQUE_MASCULINE = Set.of("dem", "vom", "beim", "zum", "im", "den");

    /**
     * The role with the adjectives before it, without its article and in the nominative: „der britische Premier“ →
     * „britischer Premier“, „die neue Intendantin“ → „neue Intendantin“ (the weak ending „-e“ after „der“/„die“ is
     * the nominative); „vom jetzigen SPÖ-Stadtrat“, „den ugandischen Präsidenten“ → „jetziger SPÖ-Stadtrat“,
     * „ugandischer Präsident“ (a masculine role after an oblique article, every adjective with „-en“); „der neuen
     * Intendantin“ → „neue Intendantin“ (a feminine role after „der“ is its dative or genitive). A role of the past
     * („der damalige Innenminister“) is no answer today, and any other form gives none.
     */
    private static Optional<String> attributed(List<Token> s, int r, String role, boolean weak) {
        int a = pastAdjectives(s, r - 1, -1);
        if (a < 0) {
            return Optional.empty();
        }
        List<String> adjectives = s.subList(a + 1, r).stream().map(Token::text).toList();
        if (adjectives.stream().anyMatch(Appositions::definiteOnly)) {
            return Optional.empty();
        }
        String article = Phrases.lower(s.get(a).text());
        boolean determiner = s.get(a).pos() == Pos.DET || s.get(a).pos() == Pos.ADP_DET;
        boolean feminine = role.endsWith("in");
        StringBuilder out = new StringBuilder();
        if (determiner
                && !weak
                && (article.equals("der") || article.equals("die"))
                && adjectives.stream().allMatch(x -> x.endsWith("e"))) {
            for (String x : adjectives) {
                out.append(article.equals("der") && !feminine ? x + "r" : x).append(' ');
            }
            return Optional.of(out + strong(role, article));
        }
        if (!determiner || !adjectives.stream().allMatch(x -> x.endsWith("en"))) {
            return Optional.empty();
        }
        if (OBLIQUE_MASCULINE.contains(article)
                && !feminine
                && !NEUTER_ROLE.matcher(role).matches()) {
            for (String x : adjectives) {
                out.append(x, 0, x.length() - 2).append("er ");
            }
            return Optional.of(out + role);
        }
        if (article.equals("der") && feminine && !weak) {
            for (String x : adjectives) {
                out.append(x, 0, x.length() - 1).append(' ');
            }
            return Optional.of(out + role);
        }
        return Optional.empty();
    }

    /**
     * The nominative of a masculine role of the weak declension in an oblique case („Präsidenten“ → „Präsident“,
     * „Experten“ → „Experte“), read off its lemma; empty for any other word.
     */
    private static Optional<String> weakMasculine(TextAnalysis analysis, Token t) {
        String text = t.text();
        String lemma = t.lemma();
        if (!nounOutsideNames(analysis, t) || !t.isCapitalised() || text.equalsIgnoreCase(lemma)) {
            return Optional.empty();
        }
        for (String ending : List.of("en", "n")) {
            if (text.length() > ending.length() + 3
                    && text.endsWith(ending)
                    && text.substring(0, text.length() - ending.length()).equalsIgnoreCase(lemma)) {
                String base = text.substring(0, text.length() - ending.length());
                return WEAK_MASCULINE.matcher(base).find() ? Optional.of(base) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Endings of masculine roles of the weak declension („Präsident“, „Polizist“, „Experte“, „Brite“); not „-te“ in
     * general, the ending of adjectives used as nouns („dem Abgeordneten“ is „der Abgeordnete“, without article
     * „Abgeordneter“).
     */
    private static final java.util.regex.Pattern WEAK_MASCULINE = java.util.regex.Pattern.compile(
            "(ent|ant|ist|at|oge|ege|graf|fürst|prinz|pilot|experte|zeuge|bote|brite|franzose|grieche|russe|pole"
                    + "|kroate|schwede|däne|türke|chinese|schotte|serbe|tscheche|rumäne)$");

    /** A party or organisation in brackets after a name („(SPD)“), not an age or a picture note. */
    private static boolean isParty(TextAnalysis analysis, Token t) {
        boolean organisation = analysis.entities().stream()
                .anyMatch(e -> e.type() == EntityType.ORGANISATION && e.begin() <= t.begin() && t.end() <= e.end());
        return t.pos().isNoun()
                && (organisation
                        || t.text().chars().filter(Character::isUpperCase).count() >= 2);
    }

    /**
     * A role that is an adjective used as a noun („der Vorsitzende“, „der FDP-Abgeordnete“) takes the strong ending
     * without its article: „ist Vorsitzender“; other roles stay as they are.
     */
    private static String strong(String role, String article) {
        return article.equals("der") && NOMINAL_ADJECTIVE.matcher(role).find() ? role + "r" : role;
    }

    private static Optional<String> organisation(
            TextAnalysis analysis, List<Token> s, int first, int last, String name, Optional<String> article) {
        String subject = subject(name, article);
        Optional<String> expansion = expansion(s, first, last, article);
        if (expansion.isPresent()) {
            return Optional.of(subject + " ist " + expansion.get() + ".");
        }
        Optional<String> after = commaApposition(analysis, s, first, last + 1);
        if (after.isPresent()) {
            return Optional.of(subject + " ist " + after.get() + ".");
        }
        int r = first - 1;
        if (r < 1 || s.get(r).pos() != Pos.NOUN || !isRole(null, s.get(r))) {
            return Optional.empty();
        }
        String gender = Articles.articleOfKind(s.get(r).text());
        if (gender != null) {
            boolean place = analysis.entities().stream()
                            .anyMatch(e -> e.type() == EntityType.LOCATION
                                    && e.canonical().equals(name))
                    || analysis.sentences().stream() // a dateline: „St. Pölten – …“
                            .anyMatch(x -> x.text().startsWith(name + " – ")
                                    || x.text().startsWith(name + " - "));
            return place
                    ? Optional.empty() // „das Zollamt St. Pölten“: the noun and the place are one name
                    : kind(s, r, gender).map(k -> subject + " ist " + k + ".");
        }
        Token det = s.get(r - 1);
        if (r >= 2 && !opensAPhrase(s.get(r - 2))) {
            return Optional.empty(); // „in der Liga PSG“: the noun may belong to the phrase before, not the name
        }
        // „der“ is also a feminine dative or genitive („zwischen VW, der US-Umweltbehörde EPA …“): only at the start
        // of the sentence or right after a verb is it the masculine nominative
        boolean nominativeDer = r < 2 || s.get(r - 2).pos().isVerb();
        Optional<String> indefinite =
                indefinite(det).filter(a -> !Phrases.lower(det.text()).equals("der") || nominativeDer);
        return indefinite.map(a -> subject + " ist " + a + " " + s.get(r).text() + ".");
    }

    /**
     * Stems of adjectives that point to the report's own time, place or matter („die dortige Miliz“, „der damalige
     * Innenminister“, „die zuständige Behörde“), or that single one out („der größte Autobauer“): an answer that
     * stands alone or takes „ein“ cannot keep them.
     */
    private static final java.util.regex.Pattern DEFINITE_ONLY = java.util.regex.Pattern.compile(
            "(bisherig|zuständig|dortig|hiesig|damalig|jetzig|heutig|betroffen|genannt|besagt|erwähnt|jeweilig|gleich"
                    + "|gleichnamig|selb|eigen|nächst|ander|übrig|einzig|zweit|dritt|viert|obig|folgend|vorig|dies)"
                    + "(e|en|em|er|es)?");

    /** True if the adjective is one of {@link #DEFINITE_ONLY} or a superlative („größten“, „wichtigste“, „erste“). */
    static boolean definiteOnly(String adjective) {
        String lower = adjective.toLowerCase(java.util.Locale.GERMAN);
        String stem = lower.replaceFirst("(en|em|er|es|e)$", "");
        return DEFINITE_ONLY.matcher(lower).matches() || stem.endsWith("st") || stem.endsWith("ßt");
    }

    /** The articles and contractions a noun of each gender can take in the singular, any case but the genitive's „des“. */
    private static final java.util.Map<String, Set<String>> ARTICLES_OF = java.util.Map.of(
            "die", Set.of("die", "der", "zur", "eine", "einer"),
            "der", Set.of("der", "den", "dem", "im", "vom", "zum", "beim", "am", "ein", "einen", "einem"),
            "das", Set.of("das", "dem", "im", "vom", "zum", "beim", "am", "ein", "einem"));

    /**
     * The kind of body the noun before a name says it is, with its adjectives, as an indefinite noun phrase in the
     * nominative: „der russischen IT-Sicherheitsfirma Kaspersky Lab“ → „eine russische IT-Sicherheitsfirma“, „im
     * australischen Radiosender ABC“ → „ein australischer Radiosender“. The noun's gender is known ({@link
     * Articles#articleOfKind}) and its article is one of that gender (so its case need not be known: each gives the same
     * nominative); a short plain noun after a preposition may belong to the phrase before („in der Liga PSG“).
     */
    private static Optional<String> kind(List<Token> s, int r, String gender) {
        int a = pastAdjectives(s, r - 1, -1);
        if (a < 0) {
            return Optional.empty();
        }
        Token det = s.get(a);
        String noun = s.get(r).text();
        if (det.pos() != Pos.DET && det.pos() != Pos.ADP_DET
                || !ARTICLES_OF.get(gender).contains(Phrases.lower(det.text()))
                || a + 1 == r && a >= 1 && s.get(a - 1).pos().isAdposition() && noun.length() < 8) {
            return Optional.empty();
        }
        String ending = gender.equals("die") ? "e" : gender.equals("der") ? "er" : "es";
        StringBuilder out = new StringBuilder(gender.equals("die") ? "eine" : "ein");
        for (Token adjective : s.subList(a + 1, r)) {
            String w = adjective.text();
            int cut = w.matches(".*(en|em|er|es)") ? 2 : w.endsWith("e") ? 1 : -1;
            if (cut < 0 || definiteOnly(w)) {
                return Optional.empty(); // „ganz“: no inflected attribute; „dortigen“: one „ein“ cannot carry
            }
            out.append(' ').append(w, 0, w.length() - cut).append(ending);
        }
        return Optional.of(out.append(' ').append(noun).toString());
    }

    /** Articles and contractions before a masculine or neuter name in the dative („dem“, „vom“, „beim“ …). */
    private static final Set<String> DATIVE = Set.of("dem", "vom", "beim", "im", "zum");

    /**
     * The name an abbreviation in brackets stands for, in the nominative with its article: „… im Visier der
     * Bundeswettbewerbsbehörde (BWB)“ → „die Bundeswettbewerbsbehörde“, „… vor dem Obersten Gerichtshof (OGH)“ → „der
     * Oberste Gerichtshof“. The name is the words right before the bracket: adjectives and capitalised nouns, with a
     * „für …“ part („Organisation für wirtschaftliche Zusammenarbeit und Entwicklung“); its first capitalised word
     * begins with the abbreviation's first letter. Its case must be certain: the head noun's article is known
     * ({@link Articles#byHead}) and agrees with the question's; a feminine name after „der“/„die“/„zur“, a masculine
     * or neuter one after „dem“/„vom“/„beim“/„im“/„zum“, a neuter one after „das“ (its nominative and accusative
     * are one form), or any at the start of the sentence with its own nominative article. An adjective after „der“,
     * „die“ or „dem“ ends in „-e“ in the nominative („der Afrikanischen Union“ → „die Afrikanische Union“). Anything
     * else gives nothing.
     */
    private static Optional<String> expansion(List<Token> s, int first, int last, Optional<String> article) {
        if (first != last
                || first < 2
                || last + 1 >= s.size()
                || !s.get(first - 1).text().equals("(")
                || !s.get(last + 1).text().equals(")")) {
            return Optional.empty();
        }
        String abbreviation = s.get(first).text();
        int end = first - 2; // the last word of the name
        int k = end;
        while (k >= 0) {
            Token t = s.get(k);
            boolean word = (t.pos().isNoun() || t.pos() == Pos.ADJ) && !t.text().matches(".*\\d.*");
            boolean joins = k > 0
                    && k < end
                    && (Phrases.lower(t.text()).equals("und")
                            || Phrases.lower(t.text()).equals("für"))
                    && s.get(k - 1).isCapitalised()
                    && s.get(k - 1).pos().isNoun();
            if (!word && !joins) {
                break;
            }
            k--;
        }
        if (k < 0 || end - k < 1 || end - k > 8) {
            return Optional.empty();
        }
        List<Token> name = s.subList(k + 1, end + 1);
        Token capital = name.stream().filter(Token::isCapitalised).findFirst().orElse(null);
        if (capital == null
                || !capital.text().substring(0, 1).equalsIgnoreCase(abbreviation.substring(0, 1))
                || !name.get(name.size() - 1).isCapitalised()
                || abbreviation.length() < 2
                || !Character.isUpperCase(abbreviation.codePointAt(abbreviation.length() - 1))) {
            return Optional.empty();
        }
        int head = Articles.headIndex(name.stream().map(Token::text).toArray(String[]::new));
        Optional<String> gender = head < 0
                ? Optional.empty()
                : Optional.of(Articles.articleOfHead(name.get(head).text()));
        if (gender.isEmpty() || article.isPresent() && !article.get().equals(gender.get())) {
            return Optional.empty();
        }
        String before = s.get(k).text();
        String lower = Phrases.lower(before);
        boolean nominative = k == 0 && Character.isUpperCase(before.codePointAt(0)) && lower.equals(gender.get());
        boolean feminine =
                gender.get().equals("die") && Set.of("der", "die", "zur").contains(lower);
        boolean dative = !gender.get().equals("die") && DATIVE.contains(lower);
        boolean neuter = gender.get().equals("das") && lower.equals("das"); // nominative and accusative alike
        if (!nominative && !feminine && !dative && !neuter) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(gender.get());
        for (int i = 0; i < name.size(); i++) {
            String w = name.get(i).text();
            if (i < head && !nominative) { // an adjective before the head: „Afrikanischen“, „Obersten“
                if (w.endsWith("en")) {
                    w = w.substring(0, w.length() - 1); // „der Afrikanischen Union“ → „die Afrikanische Union“
                } else if (!w.endsWith("e")) {
                    return Optional.empty(); // „Schweizer“, „Wiener“: not sure of the form
                }
            }
            out.append(' ').append(w);
        }
        return Optional.of(out.toString());
    }

    /**
     * True if a noun phrase can start after this token (a verb, a comma, a conjunction): the article after it is
     * the organisation's own, in the nominative or accusative, not one governed by a preposition.
     */
    private static boolean opensAPhrase(Token t) {
        return t.pos().isVerb() || t.pos() == Pos.CCONJ || t.text().matches("[,;:–(„“\"]");
    }

    /** „ein“ / „eine“ from the nominative or accusative article before the noun. */
    private static Optional<String> indefinite(Token det) {
        if (det.pos() != Pos.DET) {
            return Optional.empty();
        }
        return switch (Phrases.lower(det.text())) {
            case "die" -> Optional.of("eine");
            case "das", "der", "den" -> Optional.of("ein");
            default -> Optional.empty();
        };
    }

    /**
     * The words between the commas after a name („, Betriebsratschef des Werks in Kassel,“), when they are a noun
     * phrase in the nominative: no verb, no pronoun or conjunction, at most eight words, opening with a noun or a
     * nominative article, and the name not governed by a preposition. An „und“ may join two roles or two nouns of
     * the phrase („Sprecher von Polizei und Innenministerium“, „Webentwickler und Autor bei …“) when the apposition
     * opens with a noun of a person's role, never in a list of names or things („Yaks, Pferde und Karibus …“); no
     * person of the report stands in any apposition.
     */
    private static Optional<String> commaApposition(TextAnalysis analysis, List<Token> s, int first, int comma) {
        if (comma >= s.size() || !s.get(comma).text().equals(",")) {
            return Optional.empty();
        }
        int end = comma + 1;
        while (end < s.size() && !s.get(end).text().equals(",")) {
            end++;
        }
        if (end >= s.size() && s.get(s.size() - 1).text().equals(".")) {
            end = s.size() - 1; // „…, meint Dr. Scot Refsland, Vorsitzender der IDRA.“
        }
        if (end >= s.size() || end == comma + 1 || end - comma - 1 > MAX_APPOSITION_TOKENS) {
            return Optional.empty(); // the apposition must be closed by a second comma or the sentence's end
        }
        List<Token> span = s.subList(comma + 1, end);
        Optional<String> oblique = oblique(analysis, span);
        if (oblique.isPresent()) {
            return oblique;
        }
        if (first > 0 && s.get(first - 1).pos().isAdposition()) {
            return Optional.empty(); // „mit Tom Berger, der …“: not the nominative, and no case oblique() reads
        }
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
        for (int k = 0; k < span.size(); k++) {
            Token t = span.get(k);
            Pos p = t.pos();
            if (t.text().equals("(")
                    && k > 0
                    && k + 2 < span.size()
                    && span.get(k + 2).text().equals(")")
                    && span.get(k - 1).pos().isNoun()
                    && span.get(k + 1).text().matches("\\p{Lu}[\\p{L}-]*")) {
                k += 2; // „der Universitätenkonferenz (Uniko)“: the name's abbreviation
                continue;
            }
            boolean joinsNouns = p == Pos.CCONJ
                    && Phrases.lower(t.text()).equals("und")
                    && k > 0
                    && k + 1 < span.size()
                    && span.get(k - 1).pos() == Pos.NOUN
                    && span.get(k + 1).pos() == Pos.NOUN;
            if (p == Pos.CCONJ ? !joinsNouns : !fitsAnApposition(analysis, t)) {
                return Optional.empty();
            }
        }
        boolean joined = span.stream().anyMatch(t -> t.pos() == Pos.CCONJ);
        if (joined && !namesAPerson(span.get(i).text())) {
            return Optional.empty(); // „Yaks, Pferde und Karibus …“: a list of things, not two roles
        }
        return Optional.of(join(analysis.text(), span, 0, span.size() - 1));
    }

    /**
     * The role before the comma that opens a name („…, sagte die Sprecherin der Feuerwehr, Anna Kurz.“, „…, so der
     * Leiter des Museums, Jan Roth.“, „… vom Rektor der Universität, Max Lenz, …“): an article, adjectives and a noun
     * of a person's role with its attributes, right after a verb, „so“ or the sentence's start, and the name closed
     * by a comma or the sentence's end. The role is put in the nominative as an apposition after the name would be.
     */
    private static Optional<String> before(TextAnalysis analysis, List<Token> s, int comma, int afterName) {
        if (afterName < s.size() && !s.get(afterName).text().matches("[,.]")) {
            return Optional.empty(); // „…, Jan Roth und Mia Lenz“: the name does not close the phrase
        }
        int k = comma - 1;
        while (k >= 0 && !s.get(k).pos().isVerb() && !s.get(k).text().matches("[,;:–(„“\"]|so|So")) {
            k--;
        }
        boolean opens = k < 0 || s.get(k).pos().isVerb() || s.get(k).text().matches("so|So");
        for (int p = k + 1; p + 1 < comma; p++) {
            if (comma - p > MAX_APPOSITION_TOKENS) {
                continue;
            }
            List<Token> span = s.subList(p, comma);
            Optional<String> oblique = oblique(analysis, span); // its case is certain wherever it stands
            if (oblique.isPresent()) {
                return oblique;
            }
            if (p == k + 1 && opens) {
                Optional<String> nominative = nominative(analysis, span);
                if (nominative.isPresent()) {
                    return nominative;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The words as they stand when they are a role in the nominative: „der“ or „die“, adjectives with the weak
     * ending „-e“, a noun of a person's role of the article's gender, and its attributes ({@link #plainPhrase}).
     */
    private static Optional<String> nominative(TextAnalysis analysis, List<Token> span) {
        String article = Phrases.lower(span.get(0).text());
        int i = pastAdjectives(span, 1, 1);
        if (span.get(0).pos() != Pos.DET
                || !article.equals("der") && !article.equals("die")
                || i >= span.size()
                || span.subList(1, i).stream().anyMatch(t -> !t.text().endsWith("e"))
                || roleNoun(analysis, span.get(i), Optional.empty()).isEmpty()
                || span.get(i).text().endsWith("in") != article.equals("die")
                || !plainPhrase(analysis, span)) {
            return Optional.empty();
        }
        return Optional.of(
                article + join(analysis.text(), span, 0, span.size() - 1).substring(article.length()));
    }

    /** No verb, pronoun, conjunction, adverb, bracket, quote or person in the words of an apposition. */
    private static boolean plainPhrase(TextAnalysis analysis, List<Token> span) {
        return span.stream().allMatch(t -> t.pos() != Pos.CCONJ && fitsAnApposition(analysis, t));
    }

    /**
     * True if the word may stand in an apposition, conjunctions aside (their caller decides): no verb, pronoun,
     * subordinator, adverb, bracket or quote, and no word of a person's name.
     */
    private static boolean fitsAnApposition(TextAnalysis analysis, Token t) {
        Pos p = t.pos();
        return !p.isVerb()
                && p != Pos.PRON
                && p != Pos.SCONJ
                && p != Pos.ADV
                && !t.text().matches("[()„“\"]")
                && analysis.entities().stream()
                        .noneMatch(e -> e.type() == EntityType.PERSON && e.begin() <= t.begin() && t.end() <= e.end());
    }

    /**
     * The role noun {@code t} names, in the nominative: its weak-declension nominative ({@link #weakMasculine}) or its
     * own form where it is one ({@link #isRole}); empty for a noun that names no person's role or only a relation.
     */
    private static Optional<String> roleNoun(TextAnalysis analysis, Token t, Optional<String> weak) {
        if (weak.isEmpty() && !isRole(analysis, t)) {
            return Optional.empty();
        }
        String noun = weak.orElse(t.text());
        return namesAPerson(noun) && !RELATIONAL.contains(noun) ? Optional.of(noun) : Optional.empty();
    }

    /**
     * The index of the first word from {@code from}, going by {@code step} (1 or -1), that is not a lower-case
     * adjective: past the attributes of a noun.
     */
    private static int pastAdjectives(List<Token> s, int from, int step) {
        int i = from;
        while (i >= 0 && i < s.size() && s.get(i).pos() == Pos.ADJ && !s.get(i).isCapitalised()) {
            i += step;
        }
        return i;
    }

    /** A common noun, or a proper noun no name holds (the tagger calls „Präsident“ before a name a proper noun). */
    private static boolean nounOutsideNames(TextAnalysis analysis, Token t) {
        return t.pos() == Pos.NOUN
                || t.pos() == Pos.PROPN
                        && analysis.entities().stream().noneMatch(e -> e.begin() <= t.begin() && t.end() <= e.end());
    }

    /** Roles of neuter gender, whose nominative article „der“ would get wrong („dem Mitglied“ is „das Mitglied“). */
    private static final java.util.regex.Pattern NEUTER_ROLE = java.util.regex.Pattern.compile(
            "(?i).*(mitglied|opfer|kind|oberhaupt|talent|idol|genie|mädchen|model|baby)");

    /**
     * An apposition in the dative or accusative of a masculine role („Tom Berger, dem Kämmerer der Stadt“, „…, den
     * neuen Kämmerer“) or in the dative or genitive of a feminine one („Petra Albrecht, der Bürgermeisterin“), put in
     * the nominative: „der Kämmerer der Stadt“, „der neue Kämmerer“, „die Bürgermeisterin“. Only where the role's
     * form is its dictionary form or a masculine one of the weak declension („dem Präsidenten“ → „der Präsident“),
     * its gender is certain (a feminine role ends in „-in“, none is neuter) and every adjective before it has the
     * weak ending „-en“; the words after the role stay as they are.
     * No verb, pronoun, conjunction, adverb, quote or person stands in it.
     */
    private static Optional<String> oblique(TextAnalysis analysis, List<Token> span) {
        String article = Phrases.lower(span.get(0).text());
        if (!(span.get(0).pos() == Pos.DET && Set.of("dem", "den", "der").contains(article)
                || span.get(0).pos() == Pos.ADP_DET
                        && Set.of("vom", "beim", "zum").contains(article))) {
            return Optional.empty();
        }
        int i = pastAdjectives(span, 1, 1);
        if (i >= span.size()) {
            return Optional.empty();
        }
        Token role = span.get(i);
        Optional<String> weak = article.equals("der") ? Optional.empty() : weakMasculine(analysis, role);
        Optional<String> roleNoun = roleNoun(analysis, role, weak);
        if (roleNoun.isEmpty()) {
            return Optional.empty();
        }
        String noun = roleNoun.get();
        boolean feminine = noun.endsWith("in");
        if (NEUTER_ROLE.matcher(noun).matches()
                || feminine != article.equals("der")
                || feminine && span.get(0).pos() != Pos.DET) {
            return Optional.empty(); // „der“ before a masculine role may be its nominative: the caller's case
        }
        if (!plainPhrase(analysis, span)) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(feminine ? "die" : "der");
        for (int k = 1; k < i; k++) {
            String adjective = span.get(k).text();
            if (!adjective.endsWith("en")) {
                return Optional.empty();
            }
            out.append(' ').append(adjective, 0, adjective.length() - 1); // „neuen“ → „neue“
        }
        out.append(' ').append(noun);
        if (i + 1 < span.size()) {
            out.append(' ').append(join(analysis.text(), span, i + 1, span.size() - 1));
        }
        return Optional.of(out.toString());
    }

    /**
     * True if the noun names a person by its ending; of a compound with a hyphen its last part („FPÖ-Chef“,
     * „Ex-Präsident“).
     */
    private static boolean namesAPerson(String noun) {
        return PERSON_NOUN
                .matcher(noun.substring(noun.lastIndexOf('-') + 1).toLowerCase(java.util.Locale.GERMAN))
                .find();
    }

    /** True if the noun names a person's role by its ending, and not a relation to someone („Ehefrau“, „Sohn“). */
    static boolean isPersonRole(String noun) {
        return namesAPerson(noun) && !RELATIONAL.contains(noun);
    }

    /** True if the word has a person's role's ending and length („Kosmetikchef“, „Villeneigentümer“), not a first name's. */
    static boolean looksLikeRole(String word) {
        return word.length() >= 6 && PERSON_NOUN.matcher(word).find();
    }

    /**
     * True if a name of three or more words opens with what looks like a role rather than a first name (a long
     * word with a role's ending, „Villeneigentümer“): the word before it is then no role of that person.
     */
    private static boolean startsWithARole(List<Token> s, int first, int last) {
        Token t = s.get(first);
        return t.pos() == Pos.NOUN && (last - first >= 2 || looksLikeRole(t.text())) // not „Thorsten/NOUN Fink“
                || last - first >= 2
                        && t.text().length() >= 12
                        && PERSON_NOUN.matcher(t.text()).find();
    }

    /**
     * A noun in its dictionary form, not a day or month: „Bürgermeisterin“, „Henkel-Chef“, not „Präsidenten“. A
     * proper noun counts when no name holds it (the tagger calls „Präsident“ before a name a proper noun).
     */
    private static boolean isRole(TextAnalysis analysis, Token t) {
        return nounOutsideNames(analysis, t)
                && t.isCapitalised()
                && (t.text().equalsIgnoreCase(t.lemma())
                        || NOMINAL_ADJECTIVE.matcher(t.text()).find()
                                && (t.lemma().equalsIgnoreCase(t.text() + "r")
                                        || t.lemma()
                                                .equalsIgnoreCase(t.text()
                                                        .substring(0, t.text().length() - 1))))
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

    private static int lastIndex(List<Token> s, int end) {
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).end() == end) {
                return i;
            }
        }
        return -1;
    }
}
