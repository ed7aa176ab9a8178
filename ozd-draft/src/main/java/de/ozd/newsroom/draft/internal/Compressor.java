package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Shortens a headline by dropping what only qualifies it, never what it claims or what the verb
 * needs: free adverbs (not negations, hedges, number qualifiers or time qualifiers such as
 * „künftig“), then free prepositional phrases from the end that give a date or the place of a name
 * („von Lindenau“; issue 13: a place, cause or genitive the claim may need stays), a phrase after a
 * counted noun („450 Stellen in der Verwaltung“), the subject's article. The verb, the
 * subject and every number stay; the result is a part of the clause's own words in their own
 * order, apart from an adjective that loses its article („die ersten“ → „erste“).
 */
final class Compressor {

    /** Adverbs that carry negation, restriction, time or a hedge: dropping them changes the claim. */
    static final Set<String> KEPT_ADVERBS = Set.of(
            "nicht",
            "nie",
            "niemals",
            "kaum",
            "nur",
            "erst",
            "noch",
            "offenbar",
            "angeblich",
            "mutmaßlich",
            "vermutlich",
            "wohl",
            "möglicherweise",
            "womöglich",
            "voraussichtlich",
            "offensichtlich",
            "anscheinend",
            "wahrscheinlich",
            "eventuell",
            "vielleicht",
            "keineswegs",
            "weder",
            "bislang",
            "bisher",
            "bis",
            "mehr",
            "weniger",
            "länger",
            "fast",
            "rund",
            "etwa",
            "knapp",
            "mindestens",
            "höchstens",
            "jährlich",
            "gut",
            "annähernd",
            "nahezu",
            "beinahe",
            "ungefähr",
            "circa",
            "ca.",
            "über",
            "unter",
            "je",
            "pro",
            "künftig",
            "wieder",
            "erneut",
            "weiterhin",
            "zunächst",
            "vorerst",
            "vorläufig",
            "bald",
            "demnächst",
            "später",
            "zuletzt",
            "immer",
            "stets",
            "sogar",
            "allein",
            "zusammen",
            "gemeinsam",
            "schwer",
            "leicht",
            "tödlich",
            "eher",
            "gerade",
            "ganz",
            "völlig",
            "komplett",
            "teilweise",
            "weitgehend",
            "größtenteils",
            "deutlich",
            "stark",
            "lediglich",
            "ausschließlich",
            "mehrere",
            "zumeist",
            "meist",
            "meistens",
            "oft",
            "häufig",
            "selten",
            "manchmal",
            "teils",
            "vorwiegend",
            "überwiegend",
            "hauptsächlich",
            "insbesondere",
            "vor",
            "weiter",
            "einmal",
            "einander",
            "erstmals",
            "erstmalig",
            "nochmals",
            "abermals",
            "besonders",
            "zu"); // „kam zu spät“: without it the claim says the opposite

    private static final Set<String> DEFINITE = Set.of("der", "die", "das");

    /** Comparison phrases are the verb's complement more often than not („verhält sich wie …“). */
    private static final Set<String> COMPARISON = Set.of("wie", "als");

    private final TextAnalysis analysis;
    private final Phrases phrases;
    private final SpeakerPrefix speaker;

    Compressor(TextAnalysis analysis, Phrases phrases, SpeakerPrefix speaker) {
        this.analysis = analysis;
        this.phrases = phrases;
        this.speaker = speaker;
    }

    /** The headline shortened towards {@code budget} words (it may stay longer). */
    List<Token> compress(List<Token> t, Clause c, int budget, boolean attributed) {
        List<Token> out = new ArrayList<>(t);
        if (out.size() < 4) {
            return out;
        }
        Set<String> verbs = VerbArguments.verbs(c.tokens());
        Token particle = clauseFinalParticle(out);
        for (int i = out.size() - 1; i >= 1 && out.size() > budget; i--) {
            Token x = out.get(i);
            if (x.pos() == Pos.ADV
                    && x != particle
                    && !FactComposer.afterPreposition(out, x)
                    && !isHedge(x, c)
                    && !KEPT_ADVERBS.contains(x.text().toLowerCase(Locale.GERMAN))) {
                out.remove(i);
            }
        }
        // a particle verb's arguments („deuten auf … hin“) are not in the lexicon: between verb and
        // particle nothing goes
        boolean keepAfterVerb = particle != null;
        prepositional(out, c, budget, attributed, 0, verbs, keepAfterVerb);
        prepositional(out, c, budget, attributed, 1, verbs, keepAfterVerb);
        if (out.size() > budget) {
            dropArticle(out);
        }
        prepositional(out, c, budget, attributed, 2, verbs, keepAfterVerb);
        return out;
    }

    /**
     * The separable particle that ends a verb-second clause („deuten … hin“, „geht … aus“), or null.
     * It belongs to the verb: it stays, and so does every phrase between verb and particle.
     */
    private Token clauseFinalParticle(List<Token> out) {
        Token last = out.get(out.size() - 1);
        boolean particleTag = last.pos() == Pos.ADV || last.pos().isAdposition();
        return particleTag && VerbArguments.PARTICLES.contains(Phrases.lower(last.text())) && isParticle(last)
                ? last
                : null;
    }

    /**
     * Headline style: „Gewerkschaft Verdi hat …“. An adjective after the article takes the form it
     * has without one („die ersten 20 Fahrzeuge“ → „erste 20 Fahrzeuge“); where that form is not
     * certain („den neuen“), the article stays.
     */
    private static void dropArticle(List<Token> out) {
        if (out.size() <= 3
                || out.get(0).pos() != Pos.DET
                || !DEFINITE.contains(out.get(0).text().toLowerCase(Locale.GERMAN))
                || Phrases.isVerb(out.get(1))) {
            return;
        }
        String article = out.get(0).text().toLowerCase(Locale.GERMAN);
        if (isNominalisedAdjective(out.get(1))) {
            return; // „Der Verdächtige“ without article would need „Verdächtiger“
        }
        List<Token> adjectives = new ArrayList<>();
        for (int i = 1;
                i < out.size() && (out.get(i).pos() == Pos.ADJ || out.get(i).pos() == Pos.DET);
                i++) { // „die beiden“ → „beide“
            adjectives.add(out.get(i));
        }
        List<Token> strong = new ArrayList<>();
        for (Token a : adjectives) {
            String form = strongForm(article, a.text());
            if (form == null) {
                return;
            }
            strong.add(new Token(form, a.begin(), a.end(), a.pos(), a.lemma()));
        }
        out.remove(0);
        for (int i = 0; i < strong.size(); i++) {
            out.set(i, strong.get(i));
        }
    }

    /** „Verdächtige“, „Beschäftigten“, „Abgeordnete“: an adjective or participle used as a noun. */
    private static boolean isNominalisedAdjective(Token t) {
        // „die Kleinen“, „die Angestellten“: any noun in -e or -en may be one, and keeping its article costs a word
        return t.pos() == Pos.NOUN
                && Phrases.lower(t.text()).matches("\\p{L}+(t|ig|lich|isch|end)(e|en|er)|\\p{L}+(e|en)");
    }

    /** The strong form of an adjective after a nominative article, or null if not certain. */
    static String strongForm(String article, String weak) {
        if (weak.matches("(?i)meisten|wenigsten|beiden")) {
            return article.equals("die") && weak.equalsIgnoreCase("beiden") ? "beide" : null; // „Meiste Teilnehmer“
        }
        return switch (article) {
            case "die" ->
                weak.endsWith("en")
                        ? weak.substring(0, weak.length() - 1)
                        : weak.endsWith("e") ? weak : null; // plural „die ersten“ → „erste“; „die neue“ stays
            case "der" -> weak.endsWith("e") ? weak + "r" : null;
            case "das" -> weak.endsWith("e") ? weak + "s" : null;
            default -> null;
        };
    }

    /**
     * Drops prepositional phrases from the end while {@code out} is too long: in pass 0 after the
     * verb and without a name, number or date; in pass 1 also with a name; in pass 2 also with a
     * date given in words („am Dienstag“). Never a phrase with digits or a hedge, a phrase the verb
     * needs, one attached to a noun or inside an attribute, nor the source phrase unless the fact's
     * prefix carries it. With {@code keepAfterVerb} only phrases before the verb may go.
     */
    private void prepositional(
            List<Token> out,
            Clause c,
            int budget,
            boolean attributed,
            int pass,
            Set<String> verbs,
            boolean keepAfterVerb) {
        if (out.size() <= budget || keepAfterVerb && pass == 0) {
            return;
        }
        int verb = Phrases.firstVerb(out);
        int from = keepAfterVerb ? Math.min(verb, out.size()) - 1 : out.size() - 1;
        for (int i = from; i > (pass == 0 ? Math.max(0, verb) : 1) && out.size() > budget; i--) {
            if (!out.get(i).pos().isAdposition() || out.get(i - 1).pos().isAdposition()) {
                continue;
            }
            int end = phrases.phraseEnd(out, i + 1, verbs); // „in der Nähe des Rathauses“ goes whole
            if (end < 0 || Phrases.isVerb(out.get(i - 1)) && end < out.size() && Phrases.isVerb(out.get(end))) {
                continue; // „kündigte an, eigene Vorschläge vorzulegen“: a verb particle, no phrase
            }
            List<Token> phrase = out.subList(i, end);
            boolean source = speaker.isSourcePhrase(phrase, c);
            boolean ofCount = pass >= 1
                    && i >= 2
                    && Phrases.isNoun(out.get(i - 1))
                    && FactComposer.isNumberWord(out.get(i - 2))
                    && isPlaceOfCount(phrase)
                    && phrase.stream().noneMatch(p -> Phrases.isVerb(p) || FactComposer.isNumberWord(p));
            if (ofCount && !source && leavesAClaim(out, i, end)) {
                phrase.clear(); // „450 Stellen in der Verwaltung“ → „450 Stellen“: less precise, still true
                continue;
            }
            if (source ? !attributed : !isFree(out, i, verbs)) {
                continue; // „nach Angaben des Unternehmens“ is the attribution: it stays unless the
                // fact's prefix „Laut Unternehmen:“ carries it
            }
            if ((source || droppable(phrase, c, pass)) && leavesAClaim(out, i, end)) {
                phrase.clear();
            }
        }
    }

    /**
     * „in der Verwaltung“ after „450 Stellen“: a phrase that says where the counted things are (a dative of place),
     * which may go. „ums Leben“, „in eine Wohngemeinschaft“ (accusative: where to) belong to the verb and stay.
     */
    static boolean isPlaceOfCount(List<Token> phrase) {
        if (phrase.size() < 2) {
            return false;
        }
        String p = Phrases.lower(phrase.get(0).text());
        if (Set.of("im", "beim", "vom", "am").contains(p)) {
            return true;
        }
        if (!Set.of("in", "bei", "aus", "von", "an").contains(p)) {
            return false;
        }
        String article = Phrases.lower(phrase.get(1).text());
        return phrase.get(1).pos() != Pos.DET
                || Set.of("dem", "der", "einem", "einer").contains(article);
    }

    /** True if the phrase at {@code i} is a free adjunct, not an argument or part of a noun phrase. */
    private boolean isFree(List<Token> out, int i, Set<String> verbs) {
        return !isParticle(out.get(i))
                && !COMPARISON.contains(Phrases.lower(out.get(i).text()))
                && !phrases.isArgument(out, i, verbs)
                && !phrases.isAttached(out, i, verbs)
                && !phrases.insideAttribute(out, i);
    }

    /** „warfen ihm vor, …“: a preposition before a comma or the end is the verb's particle. */
    private boolean isParticle(Token t) {
        String text = analysis.text();
        int k = t.end();
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= text.length() || ",.;:!?–".indexOf(text.charAt(k)) >= 0) {
            return true;
        }
        String rest = text.substring(k, Math.min(text.length(), k + 8));
        return rest.matches("(und|oder|sondern|aber)\\b.*"); // „hielten … fern und lauerten …“
    }

    private boolean droppable(List<Token> phrase, Clause c, int pass) {
        // only a date or the place of a name's attribute may go: a place, a cause or a phrase the claim needs stays
        boolean date = FactComposer.isDatePhrase(phrase);
        boolean ofPlace = phrase.size() >= 2
                && Set.of("von", "aus").contains(Phrases.lower(phrase.get(0).text()))
                && phrase.stream().skip(1).allMatch(p -> p.pos() == Pos.PROPN);
        if (!date && !ofPlace) {
            return false;
        }
        boolean digits = phrase.stream().anyMatch(FactComposer::isNumberWord);
        boolean number = digits
                || pass < 2
                        && analysis.quantitiesIn(c.sentence()).stream()
                                .anyMatch(q ->
                                        phrase.stream().anyMatch(p -> p.begin() >= q.begin() && p.end() <= q.end()));
        boolean named = phrase.stream().anyMatch(p -> p.pos() == Pos.PROPN);
        boolean hedge = phrase.stream().anyMatch(p -> isHedge(p, c));
        return !number && !hedge && (pass >= 1 || !named);
    }

    /** True if dropping tokens [from, to) leaves a verb and a noun after the subject. */
    static boolean leavesAClaim(List<Token> t, int from, int to) {
        List<Token> rest = new ArrayList<>(t.subList(0, from));
        rest.addAll(t.subList(to, t.size()));
        return rest.size() >= 3
                && Phrases.firstVerb(rest) >= 0
                && rest.get(rest.size() - 1).pos() != Pos.DET
                && rest.get(rest.size() - 1).pos() != Pos.ADP;
    }

    boolean isHedge(Token t, Clause c) {
        return analysis.hedgesIn(c.sentence()).stream().anyMatch(h -> h.begin() <= t.begin() && t.end() <= h.end());
    }
}
