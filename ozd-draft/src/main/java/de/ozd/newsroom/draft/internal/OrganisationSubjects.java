package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.Entity;
import de.ozd.newsroom.language.EntityType;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Sentence;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The report as the drafter reads it, with a sentence that opens with „Das Unternehmen“, „Der Konzern“, „Der
 * Autobauer“ … read as the organisation the report named: „Die Brauerei Hartmann streicht 40 Stellen. Das Unternehmen
 * schließt sein Werk in Lindenau.“ gives the clause „Brauerei Hartmann schließt …“ where the report named that one
 * organisation and no other before; alone, „Unternehmen schließt …“ says not which (issue 13, thirty-second round:
 * the referent class, most of the wrong lines of a fresh reading of the tuning material). Only where the report
 * leaves no doubt (see {@link #resolved}); the report's text and its sentences' text stay as they are, the name takes
 * the place and offsets of article and noun. Stateless.
 */
final class OrganisationSubjects {
    private OrganisationSubjects() {}

    /**
     * The analysis with each such opening replaced by the organisation's name, as one proper-noun token and an
     * organisation entity. An opening is resolved where article and noun are the sentence's first words and its verb
     * follows right after („Der Konzern will …“, not „Der Konzern, der …“), or, in the report's first sentence (a
     * teaser line), the noun alone („Konzern liefert sich …“); where every organisation the report named before the
     * sentence – for the teaser, in the two sentences after it – is one and the same (outside brackets: „Wien (APA)
     * –“); and where a possessive of the sentence agrees with the name: none, or „sein…“ for a name the report writes
     * without an article („Apple lädt zu seiner Entwicklerkonferenz“, not „die Telekom … seine“).
     */
    static TextAnalysis resolved(TextAnalysis analysis) {
        List<Sentence> sentences = new ArrayList<>(analysis.sentences());
        List<Entity> entities = new ArrayList<>(analysis.entities());
        boolean changed = false;
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            List<Token> t = s.tokens();
            if (t.size() < 3) {
                continue;
            }
            int noun = k == 0 && !ARTICLES.contains(t.get(0).text()) ? 0 : 1;
            if (t.size() < noun + 3
                    || !isBodyNoun(
                            noun == 1 ? t.get(0).text() : null,
                            Phrases.lower(t.get(noun).text()))
                    || !t.get(noun + 1).pos().isVerb()
                    || PronounSubjects.isPlural(t.get(noun + 1))) {
                continue; // „Die Unternehmen hatten …“: several
            }
            Optional<Entity> body = k == 0
                    ? onlyOrganisation(analysis, 1, Math.min(3, sentences.size()))
                    : onlyOrganisation(analysis, 0, k);
            boolean possessive = t.stream()
                    .anyMatch(x -> POSSESSIVE.matcher(Phrases.lower(x.text())).matches());
            if (body.isEmpty()
                    || possessive
                            && (t.stream().anyMatch(x -> Phrases.lower(x.text()).matches("ihr(e|en|em|er|es)?"))
                                    || withArticle(analysis, body.get()))) {
                continue;
            }
            String name = Antecedents.nameOf(body.get());
            int begin = t.get(0).begin();
            int end = t.get(noun).end();
            List<Token> tokens = new ArrayList<>(t.subList(noun + 1, t.size()));
            tokens.add(0, new Token(name, begin, end, Pos.PROPN, name));
            sentences.set(k, new Sentence(s.index(), s.begin(), s.end(), s.text(), tokens));
            entities.add(new Entity(
                    name, begin, end, EntityType.ORGANISATION, body.get().canonical(), k));
            changed = true;
        }
        return changed ? PronounSubjects.copy(analysis, sentences, entities) : analysis;
    }

    /** The one organisation named in sentences [from, to), its first mention; empty if none or several. */
    private static Optional<Entity> onlyOrganisation(TextAnalysis analysis, int from, int to) {
        Entity first = null;
        for (Entity e : analysis.entities()) {
            if (e.sentenceIndex() < from || e.sentenceIndex() >= to || e.type() != EntityType.ORGANISATION) {
                continue;
            }
            List<Token> s = analysis.sentences().get(e.sentenceIndex()).tokens();
            int at = Articles.indexAt(s, e.begin());
            if (at > 0 && s.get(at - 1).text().equals("(")) {
                continue; // „Wien (APA) –“: the agency of the dateline
            }
            if (first != null && !first.canonical().equals(e.canonical())) {
                return Optional.empty();
            }
            first = first == null ? e : first;
        }
        return Optional.ofNullable(first);
    }

    /** True if the report writes the organisation with an article before it somewhere („die Telekom“). */
    private static boolean withArticle(TextAnalysis analysis, Entity body) {
        for (Entity e : analysis.entities()) {
            if (!e.canonical().equals(body.canonical())) {
                continue;
            }
            List<Token> s = analysis.sentences().get(e.sentenceIndex()).tokens();
            int at = Articles.indexAt(s, e.begin());
            if (at > 0 && s.get(at - 1).pos() == Pos.DET || at >= 0 && s.get(at).pos() == Pos.DET) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ARTICLES = Set.of("Der", "Die", "Das");

    /**
     * A noun a report calls an organisation it named by (the firm, the maker, the bank, the broadcaster) in the
     * singular: after „Der“ a masculine, „Die“ a feminine, „Das“ a neuter one („Die Unternehmen“ are several);
     * {@code article} null for the teaser's noun alone.
     */
    private static boolean isBodyNoun(String article, String noun) {
        boolean masculine = noun.matches("\\p{L}*konzern|\\p{L}*hersteller|\\p{L}+bauer|\\p{L}*anbieter|betreiber"
                + "|\\p{L}*händler|sender|verlag|versicherer|zulieferer|discounter");
        boolean feminine = noun.matches("firma|airline|fluggesellschaft|bank");
        boolean neuter = noun.matches("unternehmen|geldinstitut|start-up|startup");
        return article == null
                ? masculine || feminine || neuter
                : article.equals("Der") && masculine
                        || article.equals("Die") && feminine
                        || article.equals("Das") && neuter;
    }

    /** A possessive that would have to agree with the name in gender and number („seine“, „ihren“). */
    private static final java.util.regex.Pattern POSSESSIVE =
            java.util.regex.Pattern.compile("(sein|ihr)(e|en|em|er|es)?");
}
