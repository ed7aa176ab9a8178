package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.format.NodeLayout;
import de.ozd.newsroom.core.format.SourceLayout;
import de.ozd.newsroom.core.format.SourceLine;
import de.ozd.newsroom.draft.DraftLabels;
import de.ozd.newsroom.draft.DraftRule;
import de.ozd.newsroom.language.Attribution;
import de.ozd.newsroom.language.Entity;
import de.ozd.newsroom.language.GermanAnalyzer;
import de.ozd.newsroom.language.GermanWords;
import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Quantity;
import de.ozd.newsroom.language.Sentence;
import de.ozd.newsroom.language.TextAnalysis;
import de.ozd.newsroom.language.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Checks the claims of one line against the source and adds findings. One per check run. */
public final class ClaimChecker {

    private static final DraftRule UNSUPPORTED = DraftRule.UNSUPPORTED;
    private static final DraftRule CERTAINTY_UPGRADE = DraftRule.CERTAINTY_UPGRADE;
    private static final DraftRule ATTRIBUTION_DROPPED = DraftRule.ATTRIBUTION_DROPPED;

    /** Words that state certainty; the source must say the same for the claim to use them. */
    private static final Set<String> CERTAIN = Set.of(
            "bestätigt",
            "bestätigte",
            "bestätigten",
            "bestätigen",
            "bestätigung",
            "offiziell",
            "offizielle",
            "offiziellen",
            "offizieller",
            "erwiesen",
            "nachweislich",
            "definitiv",
            "zweifellos",
            "eindeutig",
            "belegt",
            "feststeht",
            "sicher",
            "gesichert");

    private static final List<String> CERTAIN_STEMS = List.of(
            "bestätig",
            "offiziell",
            "erwiesen",
            "nachweis",
            "definitiv",
            "zweifellos",
            "eindeutig",
            "beleg",
            "fest",
            "sicher",
            "gesichert");
    /** Words that attribute or hedge a claim. */
    private static final Set<String> MARKERS = Set.of(
            "laut",
            "zufolge",
            "nach",
            "angaben",
            "sagte",
            "sagt",
            "sagten",
            "erklärte",
            "erklärt",
            "so",
            "mutmaßlich",
            "mutmaßliche",
            "vermutlich",
            "angeblich",
            "soll",
            "sollen",
            "sollten",
            "unbestätigt",
            "offenbar",
            "wohl",
            "berichtet",
            "berichten",
            "meldet",
            "meldete",
            "bestätigt",
            "bestätigte",
            "vermuten",
            "vermutet",
            "schätzen",
            "schätzungen",
            "heißt",
            "wahrscheinlich",
            "möglicherweise");

    private final GermanAnalyzer analyzer;
    private final SourceIndex source;
    private final SourceLayout layout;
    private final List<Diagnostic> out;

    public ClaimChecker(GermanAnalyzer analyzer, SourceIndex source, SourceLayout layout, List<Diagnostic> out) {
        this.analyzer = analyzer;
        this.source = source;
        this.layout = layout;
        this.out = out;
    }

    /**
     * Checks one line: names, numbers and dates always; certainty and modality always; attribution
     * only where {@code attributionMatters} (claims that stand alone: infobox, analysis, extras). A
     * timeline is checked entry by entry, each against its own report sentence.
     */
    public void check(String text, String path, String extra, boolean attributionMatters) {
        if (text.isBlank() || DraftLabels.isPlaceholder(text)) {
            return;
        }
        if (text.startsWith(DraftLabels.TIMELINE)) { // the labels the drafts put before extras lines are no claim
            for (String entry : DraftLabels.timelineEntries(text)) {
                List<Token> tokens = checkClaim(entry, path, extra, attributionMatters);
                int dash = tokens.stream().map(Token::text).toList().indexOf("–");
                if (attributionMatters && dash > 0) {
                    fragment(path, entry, tokens.subList(dash + 1, tokens.size()));
                }
            }
            return;
        }
        boolean context = text.startsWith(DraftLabels.CONTEXT);
        List<Token> tokens = checkClaim(DraftLabels.withoutContextLabel(text), path, extra, attributionMatters);
        if (attributionMatters && !context) {
            fragment(path, text, tokens);
        }
    }

    /** Checks one claim and returns its tokens. */
    private List<Token> checkClaim(String text, String path, String extra, boolean attributionMatters) {
        TextAnalysis claim = analyzer.analyze(text);
        for (Entity e : claim.entities()) {
            if (!source.supportsEntity(e.text(), e.canonical(), extra)) {
                report(
                        path,
                        e.text(),
                        UNSUPPORTED,
                        "Nicht belegt: „" + e.text() + "“ steht weder im "
                                + "Bericht noch in der Erklärbibliothek – belegen Sie den Namen oder streichen Sie ihn.");
            }
        }
        for (Quantity q : claim.quantities()) {
            if (!source.supportsQuantity(q, extra)) {
                report(
                        path,
                        q.text(),
                        UNSUPPORTED,
                        "Nicht belegt: „" + q.text() + "“ steht weder im "
                                + "Bericht noch in der Erklärbibliothek – belegen Sie die Angabe oder streichen Sie sie.");
            }
        }
        List<Token> tokens = claim.tokens();
        certainty(path, tokens);
        boolean upgraded = modality(path, tokens);
        if (attributionMatters
                && !upgraded
                && claim.hedges().isEmpty()
                && claim.attributions().isEmpty()) {
            attribution(path, tokens);
        }
        if (attributionMatters) {
            meaning(path, claim);
        }
        return tokens;
    }

    /**
     * What the claim lost against the report ({@link MeaningGuard}): an approximator made exact or added, against every
     * mention of the number in the report; a condition, counterfactual, purpose, referent or speaker, only when every
     * best-matching report sentence shows it (the drafter refuses such a clause from its own sentence).
     */
    private void meaning(String path, TextAnalysis claim) {
        List<Token> tokens = claim.tokens();
        List<Token> all = source.analysis().sentences().stream()
                .flatMap(s -> s.tokens().stream())
                .toList();
        Optional<MeaningGuard.Finding> approx = MeaningGuard.approximation(tokens, all);
        if (approx.isPresent()) {
            String cue = approx.get().cue();
            boolean added = tokens.stream().anyMatch(t -> lower(t.text()).equals(cue.split(" ")[0]));
            report(
                    path,
                    added ? cue : firstNumber(tokens),
                    DraftRule.APPROXIMATION_CHANGED,
                    added
                            ? "Ungefähre Zahl ohne Beleg: im Bericht steht die Zahl ohne „" + cue
                                    + "“ – streichen Sie „" + cue + "“."
                            : "Zahl genauer als die Quelle: im Bericht steht „" + cue + "“ davor – übernehmen Sie „"
                                    + cue + "“.");
        }
        List<Integer> best = withTheClaimsNumbers(tokens, source.bestSentences(tokens));
        if (best.isEmpty()) {
            return;
        }
        boolean attributed = !claim.attributions().isEmpty()
                || !tokens.isEmpty() && tokens.get(0).text().equals(DraftLabels.SPEAKER.strip());
        MeaningGuard.Finding first = null;
        for (int i : best) {
            Sentence s = sentence(i);
            Optional<MeaningGuard.Finding> f = MeaningGuard.lost(
                            tokens,
                            attributed,
                            s,
                            bestClause(tokens, s.tokens()),
                            MeaningGuard.inInterview(source.analysis(), i)
                                    || MeaningGuard.inSpeechRun(source.analysis(), i))
                    .filter(x -> x.loss() != MeaningGuard.Loss.APPROXIMATION)
                    .filter(x -> x.loss() != MeaningGuard.Loss.REFERENT || !namesMore(tokens, s));
            if (f.isEmpty()) {
                return; // one of the best matches says it without a condition, referent or speaker
            }
            first = first == null ? f.get() : first;
        }
        String where = abbreviate(sentence(best.get(0)).text());
        String span = tokens.isEmpty() ? "" : tokens.get(0).text();
        switch (first.loss()) {
            case CONDITION ->
                report(
                        path,
                        span,
                        DraftRule.CONDITION_DROPPED,
                        "Bedingung fehlt: im Bericht gilt die Aussage nur mit „" + first.cue() + "“ („" + where
                                + "“) – übernehmen Sie die Bedingung oder streichen Sie die Zeile.");
            case REFERENT ->
                report(
                        path,
                        span,
                        DraftRule.REFERENT_DROPPED,
                        "Bezug fehlt: im Bericht steht „" + first.cue() + "“ („" + where
                                + "“) – sagen Sie, wo, wann oder wer gemeint ist.");
            case SPEAKER ->
                report(
                        path,
                        span,
                        DraftRule.SPEAKER_MISSING,
                        "Sprecher fehlt: im Bericht sagt das jemand selbst („" + first.cue() + "“ in „" + where
                                + "“) – nennen Sie ihn, z. B. mit „laut …“, oder streichen Sie die Zeile.");
            case QUALIFIER ->
                report(
                        path,
                        span,
                        DraftRule.QUALIFIER_DROPPED,
                        "Einschränkung fehlt: im Bericht steht „" + first.cue() + "“ („" + where
                                + "“) – übernehmen Sie das Wort, sonst sagt die Zeile mehr als der Bericht.");
            default -> {}
        }
    }

    /**
     * Of the best-matching sentences, those that have every number of the claim („bei 22 Prozent“ is the sentence
     * with 22, not the one with 4); all of them if none has.
     */
    private List<Integer> withTheClaimsNumbers(List<Token> claim, List<Integer> best) {
        List<String> numbers = claim.stream()
                .map(Token::text)
                .filter(w -> w.matches("\\d[\\d.,]*"))
                .toList();
        if (numbers.isEmpty()) {
            return best;
        }
        List<Integer> with = best.stream()
                .filter(i ->
                        sentence(i).tokens().stream().map(Token::text).toList().containsAll(numbers))
                .toList();
        if (!with.isEmpty()) {
            return with;
        }
        for (Sentence s : source.analysis().sentences()) {
            if (s.tokens().stream().map(Token::text).toList().containsAll(numbers)
                    && source.overlap(claim, s.index()) > 0) {
                return List.of(s.index());
            }
        }
        return best;
    }

    /**
     * True if the claim has a noun its sentence does not: it may name what „dort“ or „damals“ pointed at („In der
     * Altstadt liegt die Quote bei 22 Prozent“ for „Dort liegt die Quote bei 22 Prozent“).
     */
    private static boolean namesMore(List<Token> claim, Sentence s) {
        Set<String> words = new java.util.HashSet<>();
        s.tokens().forEach(t -> {
            words.add(lower(t.text()));
            words.add(lower(t.lemma()));
        });
        return claim.stream()
                .filter(t -> t.pos().isNoun())
                .anyMatch(t -> !words.contains(lower(t.text())) && !words.contains(lower(t.lemma())));
    }

    /** A line that is neither a complete main clause nor a headline phrase ({@link MeaningGuard#fragment}). */
    private void fragment(String path, String text, List<Token> tokens) {
        MeaningGuard.fragment(MeaningGuard.body(tokens), false)
                .ifPresent(why -> report(
                        path,
                        tokens.isEmpty() ? "" : tokens.get(0).text(),
                        DraftRule.FRAGMENT,
                        "Unvollständig: „" + abbreviate(text) + "“ (" + why
                                + ") – schreiben Sie einen ganzen Satz oder eine Schlagzeile."));
    }

    private static String firstNumber(List<Token> tokens) {
        return tokens.stream()
                .map(Token::text)
                .filter(w -> w.matches("\\d.*"))
                .findFirst()
                .orElse(tokens.isEmpty() ? "" : tokens.get(0).text());
    }

    /**
     * A claim without a modal or future verb whose backing clauses all have one states as done
     * what the report says is planned, expected or possible: „20 Fahrzeuge ausgeliefert“ for „Die
     * ersten 20 Fahrzeuge sollen im April 2027 ausgeliefert werden“. Returns whether it reported.
     */
    private boolean modality(String path, List<Token> tokens) {
        if (!isDoneHeadline(tokens)) {
            return false;
        }
        List<Integer> best = source.bestSentences(tokens);
        if (best.isEmpty()) {
            return false;
        }
        Token modal = null;
        for (int i : best) {
            Optional<Token> m = bestClause(tokens, sentence(i).tokens()).stream()
                    .filter(ClaimChecker::isModal)
                    .findFirst();
            if (m.isEmpty()) {
                return false; // a clause of the report states it plainly
            }
            modal = modal == null ? m.get() : modal;
        }
        Sentence s = sentence(best.get(0));
        report(
                path,
                tokens.get(0).text(),
                CERTAINTY_UPGRADE,
                "Sicherer als die Quelle: im Bericht "
                        + "steht es mit „" + modal.text() + "“ („" + abbreviate(s.text()) + "“) – als geplant, "
                        + "erwartet oder möglich, nicht als geschehen. Übernehmen Sie „" + modal.text() + "“.");
        return true;
    }

    /** The comma-separated part of a sentence that shares most content words with the claim. */
    private List<Token> bestClause(List<Token> claim, List<Token> sentence) {
        List<Token> best = List.of();
        int bestOverlap = -1;
        List<Token> current = new java.util.ArrayList<>();
        for (int i = 0; i <= sentence.size(); i++) {
            boolean end = i == sentence.size()
                    || Set.of(",", ";", ":", "und", "oder", "aber")
                            .contains(sentence.get(i).text())
                    || ClauseSplitter.isClauseDash(sentence, i);
            if (!end) {
                current.add(sentence.get(i));
                continue;
            }
            int overlap = source.overlap(claim, current);
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = current;
            }
            current = new java.util.ArrayList<>();
        }
        return best;
    }

    /**
     * A headline that states something as done with a bare participle and no finite verb („20
     * Fahrzeuge ausgeliefert“): German headlines read it as past.
     */
    private static boolean isDoneHeadline(List<Token> tokens) {
        List<Token> verbs = tokens.stream().filter(t -> t.pos().isVerb()).toList();
        return !verbs.isEmpty()
                && verbs.stream()
                        .allMatch(t -> t.pos() == Pos.VERB
                                && !lower(t.text()).equals(lower(t.lemma()))
                                && NumberHeadline.isParticipleShape(t.text()));
    }

    private static boolean isModal(Token t) {
        boolean verb = t.pos().isVerb();
        return verb && GermanWords.isModalVerb(t.lemma()) || GermanWords.isWerdenForm(t.text());
    }

    /**
     * A certainty word needs a source sentence that says it with certainty too (no hedge) and is
     * about the same thing (shares at least two content words with the claim, or all it has).
     */
    private void certainty(String path, List<Token> tokens) {
        for (Token t : tokens) {
            if (!CERTAIN.contains(lower(t.text()))) {
                continue;
            }
            List<Token> content = tokens.stream()
                    .filter(x -> !CERTAIN.contains(lower(x.text())))
                    .toList();
            int needed = Math.min(2, Math.max(1, source.stemCount(content)));
            boolean backed = false;
            for (Sentence s : source.analysis().sentences()) {
                if (saysCertain(s) && hedgesKept(s, tokens) && source.overlap(content, s.index()) >= needed) {
                    backed = true;
                    break;
                }
            }
            if (!backed) {
                List<Integer> support = source.supportingSentences(tokens);
                String where = support.isEmpty()
                        ? "der Bericht enthält keine solche Aussage"
                        : "im Bericht steht: „"
                                + abbreviate(sentence(support.get(0)).text()) + "“";
                report(
                        path,
                        t.text(),
                        CERTAINTY_UPGRADE,
                        "Sicherer als die Quelle: „" + t.text()
                                + "“ – " + where + ". Nennen Sie, wer es sagt, oder streichen Sie „" + t.text()
                                + "“.");
            }
        }
    }

    /**
     * True if the sentence has no hedge, or the claim keeps every one of them: „Die offizielle
     * Vorstellung soll am 15. Juni stattfinden“ is as sure as its source, not surer.
     */
    private boolean hedgesKept(Sentence s, List<Token> claim) {
        Set<String> words = new java.util.HashSet<>();
        claim.forEach(t -> words.add(lower(t.text())));
        return source.analysis().hedgesIn(s.index()).stream()
                .allMatch(h -> words.containsAll(List.of(lower(h.text()).split("\\s+"))));
    }

    private static boolean saysCertain(Sentence s) {
        for (Token t : s.tokens()) {
            String w = lower(t.text());
            if (CERTAIN_STEMS.stream().anyMatch(w::startsWith)) {
                return true;
            }
        }
        return false;
    }

    private void attribution(String path, List<Token> tokens) {
        for (Token t : tokens) {
            String w = lower(t.text());
            if (MARKERS.contains(w)
                    || w.startsWith("mutmaßlich")
                    || w.startsWith("angeblich")
                    || w.startsWith("vermeintlich")) {
                return;
            }
        }
        List<Integer> best = source.bestSentences(tokens);
        if (best.isEmpty()) {
            return;
        }
        int stems = source.stemCount(tokens);
        for (Sentence s : source.analysis().sentences()) {
            if (source.overlap(tokens, s.index()) >= stems
                    && source.attributionsIn(s.index()).isEmpty()
                    && source.analysis().hedgesIn(s.index()).isEmpty()) {
                return; // a plain sentence of the report says all of it
            }
        }
        Optional<String> who = Optional.empty();
        for (int i : best) {
            List<Attribution> attrs = source.attributionsIn(i);
            boolean hedged = !source.analysis().hedgesIn(i).isEmpty();
            if (attrs.isEmpty() && !hedged) {
                return; // one of the best matches states it plainly
            }
            if (who.isEmpty()) {
                who = attrs.isEmpty()
                        ? Optional.of(source.analysis().hedgesIn(i).get(0).text())
                        : Optional.of(attrs.get(0).speaker());
            }
        }
        Sentence s = sentence(best.get(0));
        String first = tokens.isEmpty() ? "" : tokens.get(0).text();
        report(
                path,
                first,
                ATTRIBUTION_DROPPED,
                "Quelle fehlt: im Bericht ist die Aussage "
                        + "zugeschrieben oder eingeschränkt („" + who.get() + "“ in „" + abbreviate(s.text())
                        + "“) – übernehmen Sie das, z. B. mit „laut …“.");
    }

    private Sentence sentence(int i) {
        return source.analysis().sentences().get(i);
    }

    private void report(String path, String span, DraftRule rule, String message) {
        int line = layout.lineNumberOf(path, 1);
        int column = 1;
        Optional<NodeLayout> node = layout.node(path);
        if (node.isPresent()) {
            for (SourceLine raw : node.get().raw()) {
                int at = raw.text().indexOf(span);
                if (at >= 0) {
                    line = raw.number();
                    column = raw.columnOf(at);
                    break;
                }
            }
            if (column == 1 && node.get().firstLine().isPresent()) {
                column = node.get().firstLine().get().firstColumn();
            }
        }
        out.add(new Diagnostic(line, column, rule.severity(), rule.id(), message));
    }

    private static String abbreviate(String s) {
        return s.length() <= 70 ? s : s.substring(0, 67) + "…";
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.GERMAN);
    }
}
