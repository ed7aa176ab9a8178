package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.core.model.Infobox;
import de.ozd.newsroom.draft.DraftLabels;
import de.ozd.newsroom.language.GermanWords;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Sentence;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The Mini-Infobox: title and facts within the house's limits. */
final class InfoboxDrafter {
    private final DraftContext ctx;
    /** The title and facts of the last draft, as written and as composed (with the article the box drops). */
    private final Set<String> boxLines = new HashSet<>();

    InfoboxDrafter(DraftContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The lines the drafted box says, each as written and as composed: an analysis point that says one again in
     * either form („Das zweite Tor …“ beside „Zweites Tor …“) says it again.
     */
    Set<String> said() {
        return Set.copyOf(boxLines);
    }

    /**
     * Title and 3–5 facts, in report order. The title is the lead sentence compressed to a headline;
     * the facts come from the most salient other clauses, one per sentence first, then a second
     * clause of a sentence when the report has too few sentences that give a fact.
     */
    Infobox draft() {
        List<FactComposer.Fact> facts = ctx.ranked(ctx.maxFactWords());
        Optional<FactComposer.Fact> title = Optional.empty();
        for (int s = 0; s < TITLE_SENTENCES && title.isEmpty(); s++) { // a longer lead beats a later sentence
            int sentence = s;
            // the title says who did it („Polizei hat … festgenommen“ at ten words), a box fact may leave that to it
            title = headline(facts, sentence)
                    .filter(f -> !ctx.dropsAgent(f))
                    .or(() -> headline(ctx.ranked(DraftContext.MAX_POINT_WORDS), sentence)
                            .filter(f -> !ctx.dropsAgent(f)))
                    .filter(f -> !namesWhatCameBefore(f));
            if (s == 0 && title.isEmpty()) {
                title = ctx.openingHeadline(); // the report's own verbless headline line before a later clause
            }
            if (s == 0 && title.isEmpty()) { // the lead without its agent („43-Jähriger zu drei Jahren Haft
                // verurteilt“) still says the news; a later sentence („Das Urteil ist nicht rechtskräftig“) does not
                title = headline(facts, 0)
                        .or(() -> headline(ctx.ranked(DraftContext.MAX_POINT_WORDS), 0))
                        .filter(f -> !namesWhatCameBefore(f));
            }
        }
        if (title.isEmpty()) { // no short headline in the lead: the report's own headline line, whole
            title = ctx.ownHeadlineLine(TITLE_WORDS).filter(f -> !ctx.dropsAgent(f));
        }
        Optional<String> asComposed = title.map(FactComposer.Fact::text); // the box repeats neither form
        // a headline tells in the present and starts without article
        title = title.map(ctx::inPresent).map(ctx::withoutArticle);
        Set<String> figureNumbers = new HashSet<>();
        facts = withFigures(facts, title.map(FactComposer.Fact::text).orElse(""), figureNumbers);
        facts.removeIf(InfoboxDrafter::tooShort);
        List<FactComposer.Fact> chosen = new ArrayList<>();
        Set<Integer> sentences = new HashSet<>();
        Set<String> texts = new HashSet<>();
        title.ifPresent(t -> texts.add(same(t.text())));
        asComposed.ifPresent(t -> texts.add(same(t)));
        int titleClause = title.map(t -> t.clause().begin()).orElse(-1);
        facts.removeIf(f -> f.clause().begin() == titleClause && ctx.dropsAgent(f)); // the title in other words
        Set<String> titleFigures = figuresOf(title.map(FactComposer.Fact::text).orElse(""));
        facts.removeIf(f -> !java.util.Collections.disjoint(QuantityFacts.numbers(f.text()), titleFigures));
        // nor at length („SanDisk ist … rund 14,6 Mrd. Dollar wert“ under its title)
        figureNumbers.addAll(titleFigures);
        for (FactComposer.Fact f : facts) {
            if (chosen.size() < ctx.maxFacts() && !texts.contains(same(f.text())) && sentences.add(f.sentence())) {
                chosen.add(f);
                texts.add(same(f.text()));
            }
        }
        for (FactComposer.Fact f : facts) { // a second clause of a sentence, best first
            if (chosen.size() < ctx.minFacts() && texts.add(same(f.text()))) {
                chosen.add(f);
            }
        }
        fillWithLongerFacts(chosen, texts, title.map(t -> t.clause().begin()).orElse(-1), figureNumbers);
        String said = title.map(FactComposer.Fact::text).orElse("");
        for (FactComposer.Fact f : ctx.openingPhrases(ctx.maxFactWords())) { // then the report's own headline parts
            String box = said + " "
                    + String.join(
                            " ", chosen.stream().map(FactComposer.Fact::text).toList());
            if (chosen.size() < ctx.minFacts() && !saysAgain(f.text(), box) && texts.add(same(f.text()))) {
                chosen.add(f);
            }
        }
        chosen.sort(Comparator.comparingInt((FactComposer.Fact f) -> f.clause().begin()));
        // house style: a box fact, like the title, starts without article („Polizei nahm … fest“) where its form
        // without one is certain; chosen and compared above in its composed form
        List<String> lines = chosen.stream()
                .map(ctx::named) // „Arzt hat …“ says not who: „Rainer Possert hat …“
                .map(ctx::withoutArticle)
                .map(FactComposer.Fact::text)
                .toList();
        boxLines.clear();
        chosen.forEach(f -> boxLines.add(f.text()));
        boxLines.addAll(lines);
        asComposed.ifPresent(boxLines::add);
        title.ifPresent(t -> boxLines.add(t.text()));
        if (lines.isEmpty()) { // the box never repeats its title, even when the title is all the report gives
            lines = List.of(DraftLabels.placeholder("Fakten ergänzen – der Bericht gibt keine kurzen Aussagen her."));
        }
        return new Infobox(title.map(FactComposer.Fact::text).orElse(TITLE_PLACEHOLDER), lines);
    }

    /**
     * True if the title names something by what the report said before it, so that alone it says not what: „Die
     * Einrichtung ist von 6 bis 20 Uhr geöffnet“ after „… eröffnete einen Betriebskindergarten“, „Weitere Fahrzeuge
     * fuhren auf“, „Der Elektronikkonzern lädt …“. A box fact stands under its title and beside the others; the title
     * stands alone (on the reader site's front page too). Read on the clause's subject, where it is article and noun
     * alone (also after a fronted adverbial: „Anfangs wurde die Idee … belächelt“): a noun after „der/die/das“ that an
     * earlier sentence or an earlier part of its sentence has as a noun too, outside names; after the first sentence a
     * noun that stands in for something ({@link #EPITHETS}); an age used as a noun („Der 25-Jährige“); a noun after
     * „weitere“. A subject said in full („Die iranische Polizei“, „Der Betriebsrat des Geldinstituts“) and an object
     * named before („wirft dem Internetportal … vor“) are mostly the teaser's words said again in the lead, and stay. After the lead ({@link #afterLead}) any
     * subject of article and noun alone, also after a fronted adverbial („Am Sonntag verteidigt der Ukrainer …“), is
     * the second mention of what the lead introduced („Der Waggon brannte aus“, „Die Fracht wog …“), and a pluperfect
     * says what had happened before the news.
     */
    private boolean namesWhatCameBefore(FactComposer.Fact title) {
        TextAnalysis analysis = ctx.analysis();
        List<Token> t = title.clause().tokens();
        if (t.size() < 2) {
            return false;
        }
        boolean afterLead = afterLead(title);
        if (afterLead && isPluperfect(t)) {
            return true; // „Beim Anflug hatte die Maschine an Höhe verloren“: what had happened before the news
        }
        int at = subjectAfterFrontedPhrase(t);
        String w = Phrases.lower(t.get(at).text());
        boolean further = w.matches("weiter(e|en)");
        Token noun = t.get(at + 1);
        boolean definite = DEFINITE.contains(w) // the tagger may read the article after the verb as a pronoun
                && (t.get(at).pos() == Pos.DET || t.get(at).pos() == Pos.PRON && noun.pos() == Pos.NOUN);
        Token after = t.size() > at + 2 ? t.get(at + 2) : null;
        int verb = Phrases.firstVerb(t);
        boolean passive = verb >= 0 // „wurde die Idee von …“, „wird der Plan von …“
                && (GermanWords.isWerdenForm(t.get(verb).text())
                        || Phrases.lower(t.get(verb).text()).matches("wurden?"));
        boolean described = after != null // „Die iranische Polizei“, „Der Wasserfall Yosemite“, „Der Rat der Stadt“
                && (after.pos() == Pos.PROPN
                        || Phrases.inEntity(analysis, after)
                        || Set.of("des", "der").contains(Phrases.lower(after.text()))
                        || Set.of("von", "vom").contains(Phrases.lower(after.text()))
                                && !(passive && verb < at)); // „wurde die Idee von Fachkollegen belächelt“: the agent
        boolean common = noun.pos() == Pos.NOUN
                || noun.pos() == Pos.PROPN && afterLead; // „Der Waggon“: the tagger's name, no entity's
        if (!(definite || further) || !common || Phrases.inEntity(analysis, noun) || described) {
            return false;
        }
        String lemma = Phrases.lower(noun.lemma());
        return further
                || definite && afterLead
                || title.sentence() > 0 && EPITHETS.matcher(lemma).find()
                || Phrases.lower(noun.text()).matches("\\d+-jährige[rn]?")
                || analysis.tokens().stream()
                        .anyMatch(x -> x.begin() < title.clause().begin()
                                && x.pos() == Pos.NOUN
                                && Phrases.lower(x.lemma()).equals(lemma)
                                && !Phrases.inEntity(analysis, x));
    }

    /**
     * Where the subject stands in a clause that opens with an adverbial („Am 28. November verteidigt der Ukrainer …“):
     * right after the finite verb; 0 where a noun phrase opens the clause (or the clause is too short to tell).
     */
    private static int subjectAfterFrontedPhrase(List<Token> t) {
        if (NOUN_PHRASE_START.contains(t.get(0).pos())) {
            return 0;
        }
        int v = Phrases.firstVerb(t);
        return v > 0 && v + 2 < t.size() ? v + 1 : 0;
    }

    private static final Set<String> DEFINITE = Set.of("der", "die", "das");

    /** Words a subject's noun phrase may open with; anything else before the verb is an adverbial. */
    private static final Set<Pos> NOUN_PHRASE_START =
            java.util.EnumSet.of(Pos.DET, Pos.NOUN, Pos.PROPN, Pos.ADJ, Pos.NUM, Pos.PRON);

    /** Finite auxiliaries of a pluperfect. */
    private static final Set<String> PLUPERFECT_AUXILIARIES = Set.of("hatte", "hatten", "war", "waren");

    /**
     * True if the title's sentence is not the report's lead: a later sentence that does not open with a dateline
     * (the body's first sentence after a teaser, „Lindenau – Die Wasserpreise steigen …“, is the lead) and does not
     * follow a teaser question or verbless line.
     */
    private boolean afterLead(FactComposer.Fact title) {
        List<Sentence> sentences = ctx.analysis().sentences();
        return title.sentence() > 0
                && !Antecedents.opensWithDateline(
                        sentences.get(title.sentence()).tokens())
                && !(title.sentence() == 1 && isTeaser(sentences.get(0).tokens()));
    }

    /** A question or a line without a verb before the report's first statement („Ist Preisblick zu teuer?“). */
    private static boolean isTeaser(List<Token> s) {
        return FactComposer.isQuestion(s) || s.stream().noneMatch(Phrases::isVerb);
    }

    /** A pluperfect: „hatte/war“ with a participle at the clause's end („hatte … verloren“, „war … aufgestellt worden“). */
    private static boolean isPluperfect(List<Token> t) {
        int v = Phrases.firstVerb(t);
        if (v < 0 || !PLUPERFECT_AUXILIARIES.contains(Phrases.lower(t.get(v).text()))) {
            return false;
        }
        Token last = t.get(t.size() - 1);
        String w = Phrases.lower(last.text());
        boolean hatte = Phrases.lower(t.get(v).text()).startsWith("hatte");
        return w.equals("worden")
                || w.equals("gewesen")
                || (last.pos() == Pos.VERB || hatte && last.pos() == Pos.ADJ) // „hatte … bedroht“, tagged an adjective;
                        && NumberHeadline.isParticipleShape(last.text()); // „war … bekannt“ is no pluperfect
    }

    /**
     * Nouns that stand in for what a report named before: a body („Der Konzern“, „Der Elektronikkonzern“, „Der
     * Verein“), an event („Der Vorfall“, „Die Tat“, „Der Unfall“) or a person („Der Täter“, „Die Frau“, „Der
     * Trainer“); those of the first group also as a compound's last part (one firm of many), the others only whole
     * („Der Verbraucherverband“ and „Der Bundestrainer“ say which). As a title's bare subject after the report's first
     * sentence they say not who or what; the first sentence introduces („Das Kind wurde geborgen“), and „Das Land“,
     * „Die Stadt“ are a local report's first words for its state or town.
     */
    private static final java.util.regex.Pattern EPITHETS = java.util.regex.Pattern.compile(
            "(konzern|unternehmen|hersteller|firma|anbieter|betreiber|kette|riese|autobauer|zulieferer|versicherer"
                    + "|vorfall|zwischenfall|unfall|unglück|anschlag|überfall|täter)$"
                    + "|^(verein|klub|club|mannschaft|team|partei|verband|vorgang|tat|angriff|opfer"
                    + "|mann|frau|verdächtige[rn]?|angeklagte[rn]?|beschuldigte[rn]?|jugendliche[rn]?|junge|mädchen|kind"
                    + "|fahrer|lenker|polizist|beamte[rn]?|spieler|trainer|sänger|politiker|minister|chef|präsident"
                    + "|kandidat|bürgermeister|sprecher|geschäftsmann|unternehmer|idee|plan|vorhaben|vorschlag)$");

    /**
     * True if a clause fact says its statement in fewer than {@link #MIN_FACT_WORDS} words as the box shows it,
     * without its leading article: „Das Thema polarisiert“, „Die Herzfrequenz sank“, „Partei will berufen“. A clause
     * that short leaves what it is about to the sentence before; on the tuning material two in five such facts were
     * read as wrong and one in five as good (thirty-third round). A line with a label before a colon says more than
     * its words after it: a figure in the house's „Stichwort: Wert“ form („Tote: über 100“) says what it counts, a
     * speaker's „Laut …:“ who says so („Laut Bürgermeister: Befragung ist überflüssig“).
     */
    static boolean tooShort(FactComposer.Fact f) {
        return !f.text().contains(DraftLabels.SPEAKER_END) && FactComposer.words(same(f.text())) < MIN_FACT_WORDS;
    }

    /** Words a clause fact of the box says at least, without its article ({@link #tooShort}). */
    static final int MIN_FACT_WORDS = 4;

    /**
     * The figures of the title written in digits, years left out: a fact with one of them says the title's number
     * again („SanDisk ist an der Börse rund 14,6 Mrd. Dollar wert“ under „SanDisk ist … 14,6 Milliarden Euro wert“),
     * while a year („bis 2028“) may date another fact.
     */
    static Set<String> figuresOf(String title) {
        Set<String> out = new HashSet<>();
        for (String n : QuantityFacts.numbers(title)) {
            if (Character.isDigit(n.charAt(0)) && !de.ozd.newsroom.language.GermanCalendar.isYear(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * The line as the box compares it with the lines it has: without a leading article, so „Die Einnahmen sollen …“
     * is the title „Einnahmen sollen …“ again.
     */
    private static String same(String line) {
        return line.replaceFirst("^(Der|Die|Das|Ein|Eine) ", "").toLowerCase(java.util.Locale.GERMAN);
    }

    /**
     * Words of a title that is the report's own headline line ({@link DraftContext#ownHeadlineLine}): the house sets
     * no limit for titles; this is the drafter's own, two words over the analysis points.
     */
    static final int TITLE_WORDS = 12;

    /** Sentences of the lead a title may come from: the lead, the sentence after it, the third. */
    private static final int TITLE_SENTENCES = 3;

    /**
     * No headline in the lead: the editor writes one. A list of names („X und Y: die Fakten“) said nothing and read
     * as a machine's title (issue 13).
     */
    static final String TITLE_PLACEHOLDER =
            DraftLabels.placeholder("Titel – der Anfang des Berichts gibt keine kurze, vollständige Aussage her.");

    /**
     * Fewer than the house minimum of short facts: complete statements of up to ten words (the
     * analysis limit) fill the box rather than fragments or a placeholder. The house check then
     * says which ones are longer than a headline (OZD011) and the editor shortens them; if there
     * are still fewer than three, it says so (OZD023) and the editor adds some.
     */
    private void fillWithLongerFacts(
            List<FactComposer.Fact> chosen, Set<String> texts, int titleClause, Set<String> figureNumbers) {
        for (FactComposer.Fact f : ctx.ranked(DraftContext.MAX_POINT_WORDS)) {
            if (!java.util.Collections.disjoint(QuantityFacts.numbers(f.text()), figureNumbers) || tooShort(f)) {
                continue; // a figure of the box said again at length, or a clause too short to stand alone
            }
            boolean newSentence = chosen.stream().noneMatch(x -> x.sentence() == f.sentence())
                    && f.clause().begin() != titleClause;
            if (chosen.size() < ctx.minFacts() && newSentence && texts.add(same(f.text()))) {
                chosen.add(f);
            }
        }
        for (FactComposer.Fact f : ctx.ranked(DraftContext.MAX_POINT_WORDS)) { // then another clause of a sentence
            if (chosen.size() >= ctx.minFacts()) {
                break;
            }
            boolean newClause = chosen.stream()
                            .noneMatch(x -> x.clause().begin() == f.clause().begin())
                    && f.clause().begin() != titleClause;
            if (newClause
                    && !tooShort(f)
                    && java.util.Collections.disjoint(QuantityFacts.numbers(f.text()), figureNumbers)
                    && texts.add(same(f.text()))) {
                chosen.add(f);
            }
        }
    }

    /**
     * The facts with the report's key figures in „Stichwort: Wert“ form ({@link QuantityFacts}) ranked among them. A
     * figure whose numbers the title has is left out (the box does not repeat its title); one whose numbers a clause
     * fact says already, or says with more, too; a figure that says more (both counts of a vote, the cost and its
     * earlier estimate) takes the place of the clause facts with its numbers, and so does a figure that says the same
     * numbers as the clause of its own sentence: „Akkulaufzeit des Stifts: 12 Stunden“ is the house's form for it. The numbers of the figures taken are
     * added to {@code figureNumbers}.
     */
    private List<FactComposer.Fact> withFigures(
            List<FactComposer.Fact> facts, String title, Set<String> figureNumbers) {
        List<FactComposer.Fact> out = new ArrayList<>(facts);
        Set<String> inTitle = QuantityFacts.numbers(title);
        for (QuantityFacts.Figure q : new QuantityFacts(ctx.analysis())
                .figures(ctx.maxFactWords(), Set.copyOf(ctx.topEntities(e -> true, 1)))) {
            if (!java.util.Collections.disjoint(q.numbers(), inTitle)) {
                continue;
            }
            List<FactComposer.Fact> sharing = out.stream()
                    .filter(f -> !java.util.Collections.disjoint(QuantityFacts.numbers(f.text()), q.numbers()))
                    .toList();
            Set<String> theirs = new HashSet<>();
            sharing.forEach(f -> theirs.addAll(QuantityFacts.numbers(f.text())));
            boolean sameSentence = !sharing.isEmpty()
                    && sharing.stream().allMatch(f -> f.sentence() == q.fact().sentence())
                    && theirs.equals(q.numbers());
            if (!q.numbers().containsAll(theirs)
                    || !sharing.isEmpty() && theirs.size() >= q.numbers().size() && !sameSentence) {
                continue; // a clause of another sentence says the figure already, or says more
            }
            out.removeAll(sharing);
            out.add(q.fact());
            figureNumbers.addAll(q.numbers());
        }
        out.sort(Comparator.comparingDouble((FactComposer.Fact f) -> -f.score())
                .thenComparingInt(f -> f.clause().begin()));
        return out;
    }

    /**
     * True if the line shares a number or a noun with what the box says already: a headline part of the report's
     * opening („Urteil nicht rechtskräftig“) that a fact says at length („Das Urteil … ist nicht rechtskräftig“).
     */
    static boolean saysAgain(String line, String box) {
        Set<String> said = new HashSet<>();
        for (String w : box.split("[^\\p{L}\\d.,]+")) {
            said.add(w.toLowerCase(java.util.Locale.GERMAN).replaceAll("[.,]$", ""));
        }
        for (String w : line.split("[^\\p{L}\\d.,]+")) {
            String x = w.replaceAll("[.,]$", "");
            boolean key = x.matches("\\d.*") || x.length() >= 4 && Character.isUpperCase(x.codePointAt(0));
            if (key && said.contains(x.toLowerCase(java.util.Locale.GERMAN))) {
                return true;
            }
        }
        return false;
    }

    /** The first fact (its first clause that gives one) of sentence {@code sentence}. */
    private static Optional<FactComposer.Fact> headline(List<FactComposer.Fact> facts, int sentence) {
        return facts.stream()
                .filter(f -> f.sentence() == sentence)
                .min(Comparator.comparingInt((FactComposer.Fact f) -> f.clause().begin()));
    }
}
