package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.List;
import java.util.Set;

/**
 * Lines cut off from what they need or that are no report of fact, found by issue 13's fifth round on the tuning
 * slices: „würde“ without its verb, a singular subject with only an infinitive, a comparative without the „als“ it is
 * compared with, the writer's own hope, a verb cut from its infinitive clause at a comma, an infinitive clause that is
 * the subject, a subject with only its relative clause, a cut „einerseits“, a dropped „so“ that stands for what was
 * said before. Stateless apart from the report's text.
 */
final class CutLines {
    private final String source;

    CutLines(TextAnalysis analysis) {
        this.source = analysis.text();
    }

    /** True if body {@code b}, drafted from clause {@code c} of {@code sentence}, is such a line. */
    boolean cut(Clause c, List<Token> b, List<Token> sentence) {
        boolean würde = b.stream()
                .anyMatch(t -> t.pos().isVerb() && Phrases.lower(t.text()).matches("würden?"));
        if (würde
                && b.stream()
                        .noneMatch(t -> t.pos().isVerb()
                                && !Phrases.lower(t.text()).matches("würden?")
                                && (Phrases.lower(t.text()).equals(Phrases.lower(t.lemma()))
                                        || NumberHeadline.isParticipleShape(t.text())))) {
            return true; // „In beiden Szenarien würde die Epistase“: „würde“ without its verb, cut before it
        }
        Token lastToken = b.get(b.size() - 1);
        if (Phrases.lower(b.get(0).text()).matches("ein|eine|einen|einem|eines|das|dem")
                && b.stream().filter(Phrases::isVerb).count() == 1
                && Phrases.isVerb(lastToken)
                && Phrases.lower(lastToken.text()).equals(Phrases.lower(lastToken.lemma()))
                && Phrases.lower(lastToken.text()).endsWith("en")) {
            return true; // „Ein verstärktes Augenmerk auf Schlepper haben“: a singular subject, an infinitive, no verb
        }
        if (b.stream()
                        .anyMatch(t -> (MeaningGuard.isComparativeWord(t)
                                        || (t.pos() == Pos.ADJ || t.pos() == Pos.ADV)
                                                && Phrases.lower(t.text()).endsWith("er"))
                                && comparedWith(sentence, t))
                && b.stream().noneMatch(t -> Phrases.lower(t.text()).equals("als"))) {
            return true; // „Die Displays leuchten heller“ of „… heller als im letzten Prototyp“: than what
        }
        if (b.stream().anyMatch(t -> OPINION.contains(Phrases.lower(t.text())))) {
            return true; // „Hoffentlich behält die Regierung …“: the writer's hope, no fact
        }
        for (int i = 0; i + 1 < b.size(); i++) {
            if (Phrases.isVerb(b.get(i))
                    && FactComposer.join(b.subList(i, i + 2), source).contains(",")
                    && b.subList(i + 1, b.size()).stream().noneMatch(Phrases::isVerb)) {
                return true; // „Zwei Spieler versuchen, auf einem Spielbrett“: the infinitive clause is cut
            }
        }
        int comma = -1;
        for (int i = 0; i < c.tokens().size() && comma < 0; i++) {
            comma = c.tokens().get(i).text().equals(",") ? i : -1;
        }
        int firstComma = comma;
        if (comma > 0
                && !FactComposer.join(b, source).contains(",")
                && b.stream()
                        .anyMatch(t -> c.tokens().indexOf(t) > firstComma
                                && (Phrases.lower(t.text()).matches("\\p{L}+zu\\p{L}+en")
                                        || b.indexOf(t) > 0
                                                && Phrases.lower(b.get(b.indexOf(t) - 1)
                                                                .text())
                                                        .equals("zu")
                                                && t.pos().isVerb()))) {
            return true; // „Gelungen ist hingegen, eine Bindung aufzubauen“: the infinitive clause is the subject
        }
        for (int i = 1; i + 1 < b.size(); i++) {
            boolean commaBefore = b.get(i - 1).end() <= b.get(i).begin() // in the report's order (not moved)
                    && source.substring(b.get(i - 1).end(), b.get(i).begin()).contains(",");
            if (commaBefore
                    && Phrases.lower(b.get(i).text()).matches("der|die|das|dem|den|deren|dessen")
                    && b.subList(0, i).stream().noneMatch(t -> t.pos().isVerb())) {
                return true; // „Der Mathematiker X, der Mahrers Projekt unterstützt“: a subject and its relative
                // clause
            }
        }
        if (b.stream().anyMatch(t -> Phrases.lower(t.text()).equals("einerseits"))
                && b.stream().noneMatch(t -> Phrases.lower(t.text()).equals("andererseits"))) {
            return true; // „unterscheiden sich einerseits in der Atmosphäre“: the other side is cut off
        }
        List<Token> ct = c.tokens();
        for (int i = 1; i + 1 < ct.size(); i++) {
            boolean thus = Phrases.lower(ct.get(i).text()).equals("so")
                    && ct.get(i).pos() == Pos.ADV
                    && (Phrases.lower(ct.get(i + 1).text()).matches("ein(e|en|em|er)?") // „so eine Maßnahme“
                            || !Set.of(Pos.ADJ, Pos.NUM, Pos.DET)
                                    .contains(ct.get(i + 1).pos()))
                    && !Phrases.lower(ct.get(i + 1).text())
                            .matches("viel|viele|wenig|wenige|oft|lange|weit|sehr|bald|schnell|rasch|früh|spät");
            if (thus && !b.contains(ct.get(i))) {
                return true; // „Die Wahl wird so immer mehr zur Geschmacksfrage“: so = as said before
            }
        }
        if (particleAtSentenceEnd(c, b, sentence)) {
            return true; // „Neben den Ministern nehmen Anna Berg“ of „…, Paul Moser und Eva Lind teil“
        }
        int begin = sentence.indexOf(ct.get(0));
        if (begin > 0
                && sentence.subList(0, begin).stream()
                        .anyMatch(t -> t.pos() == Pos.AUX
                                || Phrases.isVerb(t) && Phrases.lower(t.lemma()).matches("haben|sein|werden"))
                && ct.stream().anyMatch(Phrases::isVerb)
                && ct.stream()
                        .filter(Phrases::isVerb)
                        .allMatch(t -> t.pos() == Pos.VERB && NumberHeadline.isParticipleShape(t.text()))) {
            return true; // „Teilweise keine Begründung geliefert“ of „…, teilweise aber keine …“: the verb is before
        }
        for (int i = 1; i + 1 < ct.size(); i++) {
            Token t = ct.get(i);
            boolean droppedNoun = Phrases.isNoun(t) && !b.contains(t) && !FactComposer.isDateWord(t);
            Token next = ct.get(i + 1);
            if (droppedNoun
                    && b.contains(next)
                    && Phrases.lower(next.text()).matches("durch|von|vom")
                    && ct.subList(0, i).stream().anyMatch(x -> x.pos().isAdposition() && !b.contains(x))) {
                return true; // „beklagten sich durch die Klinik“ of „… über fehlende Auskünfte durch die Klinik“
            }
        }
        return nounWithoutItsInfinitive(c, b, sentence);
    }

    /**
     * The sentence ends with a verb particle after a last part without a verb („…, Paul Moser und Eva Lind an dem
     * Treffen teil.“): it belongs to a verb before, and a line that keeps that verb but not the particle says another
     * thing („nehmen“ for „nehmen teil“).
     */
    private static boolean particleAtSentenceEnd(Clause c, List<Token> b, List<Token> sentence) {
        int end = sentence.size() - 1;
        while (end > 0 && sentence.get(end).isPunctuation()) {
            end--;
        }
        Token particle = sentence.get(end);
        if (!VerbArguments.PARTICLES.contains(Phrases.lower(particle.text()))
                || b.contains(particle)
                || c.tokens().contains(particle)
                || end == 0
                || Phrases.isVerb(sentence.get(end - 1))) {
            return false;
        }
        int comma = end;
        while (comma > 0 && !sentence.get(comma).text().equals(",")) {
            comma--;
        }
        boolean verbless = comma > 0 && sentence.subList(comma, end).stream().noneMatch(Phrases::isVerb);
        return verbless && c.end() <= sentence.get(comma).begin() && b.stream().anyMatch(MeaningGuard::isSurelyFinite);
    }

    /**
     * The clause ends with a noun and the sentence goes on with a comma and an infinitive with „zu“ before any other
     * finite verb („In Österreich existiert der Trend, immer mehr … Reisen zu buchen“): the infinitive says what the
     * noun is, and a line with the noun but without it says nothing („Der Trend existiert“).
     */
    private static boolean nounWithoutItsInfinitive(Clause c, List<Token> b, List<Token> sentence) {
        Token lastOfClause = c.tokens().get(c.tokens().size() - 1);
        int at = sentence.indexOf(lastOfClause);
        if (at < 0
                || at + 2 >= sentence.size()
                || !sentence.get(at + 1).text().equals(",")
                || !Phrases.isNoun(lastOfClause)
                || !b.contains(lastOfClause)) {
            return false;
        }
        for (int k = at + 2; k < sentence.size(); k++) {
            Token t = sentence.get(k);
            String w = Phrases.lower(t.text());
            if (MeaningGuard.isSurelyFinite(t) || t.pos() == Pos.SCONJ || w.equals("um")) {
                return false; // another clause, or a purpose (its own rule)
            }
            if (w.matches("\\p{L}+zu\\p{L}+en")
                    || w.equals("zu")
                            && k + 1 < sentence.size()
                            && sentence.get(k + 1).pos().isVerb()) {
                return true;
            }
        }
        return false;
    }

    /** Words by which the writer judges what he reports: a line with them is a comment, not a fact. */
    private static final Set<String> OPINION = Set.of(
            "hoffentlich",
            "leider",
            "glücklicherweise",
            "bedauerlicherweise",
            "erfreulicherweise",
            "dummerweise",
            "unverständlicherweise");

    /**
     * Adjectives by which someone judges what he speaks of („überflüssig“, „hervorragend“, „rassistisch“): no report
     * states them as its own. Only words that judge in nearly every use; „schwierig“ or „marode“ describe, and
     * „gelungen“ is also the perfect of „gelingen“ („Das Tor ist fast gelungen“).
     */
    private static final java.util.regex.Pattern JUDGEMENT = java.util.regex.Pattern.compile(
            "(unnötig|überflüssig|sinnlos|unsinnig|sinnvoll|begrüßenswert|wünschenswert|bedauerlich|erfreulich"
                    + "|hervorragend|ausgezeichnet|exzellent|großartig|grandios|herausragend|atemberaubend|beeindruckend"
                    + "|enttäuschend|überzeugend|vorbildlich|rassistisch|sexistisch|antisemitisch"
                    + "|fremdenfeindlich|skandalös|unerträglich|inakzeptabel|unakzeptabel|unverantwortlich"
                    + "|verantwortungslos|absurd|lächerlich|peinlich|beschämend|empörend|unverständlich|unzumutbar"
                    + "|unbezahlbar|unverzichtbar|ungerecht|unfair|unfassbar|fantastisch|phantastisch|wunderbar|genial"
                    + "|brillant|schändlich|verwerflich|fragwürdig|bedenklich|problematisch|sensationell)"
                    + "(e|en|em|er|es)?");

    /**
     * True if the line judges: a form of „sein“ or „bleiben“ with a {@link #JUDGEMENT} adjective („Die Volksbefragung
     * ist überflüssig“, „… ist ein hervorragender Industriestandort“). Said without a speaker, a report gives it as
     * someone's words in the sentences around it; the line would make it the outlet's.
     */
    static boolean judges(List<Token> b) {
        return b.stream()
                        .anyMatch(t ->
                                t.pos().isVerb() && Set.of("sein", "bleiben").contains(Phrases.lower(t.lemma())))
                && b.stream()
                        .anyMatch(
                                t -> JUDGEMENT.matcher(Phrases.lower(t.text())).matches());
    }

    /**
     * True if a particle shows the speaker's stance: „eben“, „halt“ („Veränderung ist eben unbequem“), „doch“ after a
     * form of „sein“ („Das Alter ist doch außergewöhnlich“). Said without a speaker, it is someone's comment. („Eigentlich“
     * signals a contrast too, but the line keeps it: „Als Termin wurde eigentlich November angepeilt“ says it was not.)
     */
    static boolean takesAStance(List<Token> b) {
        for (int i = 0; i < b.size(); i++) {
            Token t = b.get(i);
            String w = Phrases.lower(t.text());
            boolean particle = t.pos() == Pos.ADV || t.pos() == Pos.PART;
            if (particle && Set.of("eben", "halt").contains(w)
                    || w.equals("doch")
                            && i > 0
                            && b.get(i - 1).pos().isVerb()
                            && Phrases.lower(b.get(i - 1).lemma()).equals("sein")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The comparative is followed by „als“ in the sentence, with at most a comma and the verb it modifies between
     * („heller, als im …“, „üppiger gerafft, als er sein müsste“).
     */
    private static boolean comparedWith(List<Token> s, Token t) {
        int i = s.indexOf(t);
        for (int k = i + 1; i >= 0 && k < s.size() && k <= i + 3; k++) {
            if (Phrases.lower(s.get(k).text()).equals("als")) {
                return true;
            }
            boolean participle =
                    k == i + 1 && (Phrases.isVerb(s.get(k)) || s.get(k).pos() == Pos.ADJ);
            if (!s.get(k).text().equals(",") && !participle) {
                return false;
            }
        }
        return false;
    }
}
