package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.draft.DraftTestSupport;
import de.ozd.newsroom.draft.ExplainerLibrary;
import de.ozd.newsroom.language.GermanCompounds;
import de.ozd.newsroom.language.TextAnalysis;
import java.util.ArrayList;
import java.util.List;

/**
 * What the drafter's parts make of a text of our own, for the tests of its rules (public for the tests of
 * {@code de.ozd.newsroom.draft} that read the composer's facts clause by clause).
 */
public final class ComposedFacts {
    private ComposedFacts() {}

    /**
     * Every fact the composer makes from the text's clauses, clause by clause, at each word limit in turn (a clause
     * gives one entry per limit it fits); printed under {@code test} so a failing assertion can be read.
     */
    public static List<String> of(String test, String text, int... maxWords) {
        TextAnalysis analysis =
                PronounSubjects.resolved(DraftTestSupport.analyzer().analyze(text));
        FactComposer composer = new FactComposer(analysis);
        List<String> out = new ArrayList<>();
        for (Clause c : new ClauseSplitter().split(analysis)) {
            for (int limit : maxWords) {
                composer.compose(c, limit).ifPresent(f -> out.add(f.text()));
            }
        }
        System.out.println(test + " facts: " + out);
        return out;
    }

    /** The infobox the engine drafts for a report of our own. */
    static de.ozd.newsroom.core.model.Infobox box(String report) {
        return DraftTestSupport.draft(report).infobox().orElseThrow();
    }

    /** The box's facts and its title, the lines a reader sees in it. */
    static List<String> lines(de.ozd.newsroom.core.model.Infobox box) {
        List<String> out = new ArrayList<>(box.facts());
        out.add(box.title());
        return out;
    }

    /** The tokens of a line of our own, as the fragment and meaning checks read a drafted line. */
    static List<de.ozd.newsroom.language.Token> tokens(String line) {
        return DraftTestSupport.analyzer().analyze(line).tokens();
    }

    /** The nominal analysis points ({@link NominalPoints}) of a report of our own, in report order. */
    public static List<String> points(String report) {
        return new NominalPoints(context(report))
                .points().stream().map(FactComposer.Fact::text).toList();
    }

    /** The drafting context of a report with the house's default limits and no explainer library. */
    static DraftContext context(String report) {
        return new DraftContext(
                DraftTestSupport.analyzer().analyze(report),
                ExplainerLibrary.empty(),
                DimensionLexicon.standard(),
                new GermanCompounds(),
                HouseConfig.Limits.DEFAULT);
    }
}
