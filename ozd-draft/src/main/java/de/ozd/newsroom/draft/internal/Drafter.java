package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.model.Analysis;
import de.ozd.newsroom.core.model.Explainers;
import de.ozd.newsroom.core.model.Extras;
import de.ozd.newsroom.core.model.Infobox;
import de.ozd.newsroom.draft.ExplainerArchive;
import de.ozd.newsroom.draft.ExplainerLibrary;
import de.ozd.newsroom.language.GermanCompounds;
import de.ozd.newsroom.language.TextAnalysis;
import java.util.List;
import java.util.Optional;

/**
 * Drafts the sections of one package from one analysed report, one drafter per section over a shared {@link
 * DraftContext}, in the one order that matters: the analysis is drafted after the infobox and is given its title
 * and facts (no point repeats them), so no section depends on another having run. One instance per draft; not shared.
 */
public final class Drafter {
    private final DraftContext ctx;
    private final ExplainerArchive archive;

    public Drafter(
            TextAnalysis analysis,
            ExplainerLibrary library,
            DimensionLexicon dimensions,
            GermanCompounds compounds,
            HouseConfig.Limits limits) {
        this(analysis, library, ExplainerArchive.NONE, dimensions, compounds, limits);
    }

    /** With the explainers of published packages ({@code archive}) as a further source of explainer answers. */
    public Drafter(
            TextAnalysis analysis,
            ExplainerLibrary library,
            ExplainerArchive archive,
            DimensionLexicon dimensions,
            GermanCompounds compounds,
            HouseConfig.Limits limits) {
        this.ctx = new DraftContext(analysis, library, dimensions, compounds, limits);
        this.archive = archive;
    }

    /**
     * The drafted sections (the report, commentary and credits are the engine's: they take no drafting), and notes
     * for the editor (an explainer answer taken from the archive, with its package).
     */
    public record Sections(
            Infobox infobox, Analysis analysis, Explainers explainers, Optional<Extras> extras, List<String> notes) {}

    public Sections draft() {
        InfoboxDrafter box = new InfoboxDrafter(ctx);
        Infobox infobox = box.draft();
        Analysis analysis = new AnalysisDrafter(ctx).draft(box.said());
        ExplainerDrafter.Result explainers = new ExplainerDrafter(ctx, archive).draft();
        Optional<Extras> extras = new ExtrasDrafter(ctx).draft();
        return new Sections(infobox, analysis, explainers.explainers(), extras, explainers.notes());
    }
}
