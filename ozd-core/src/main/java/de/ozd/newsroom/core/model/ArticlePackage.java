package de.ozd.newsroom.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One OZD article package: the report and the sections that surround it, in their fixed roles.
 *
 * <p>Every section but the report may be absent ({@link Optional#empty()}); whether an absent section
 * is an error is decided by the house checks, not by the model. Instances are immutable and thread-safe.
 */
public record ArticlePackage(
        FrontMatter frontMatter,
        Report report,
        Optional<Commentary> commentary,
        Optional<Infobox> infobox,
        Optional<Analysis> analysis,
        Optional<Explainers> explainers,
        Optional<Credits> credits,
        Optional<Extras> extras,
        Provenance provenance) {

    public ArticlePackage {
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(commentary, "commentary");
        Objects.requireNonNull(infobox, "infobox");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(explainers, "explainers");
        Objects.requireNonNull(credits, "credits");
        Objects.requireNonNull(extras, "extras");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** A package with only a report; add sections with the {@code with…} methods. */
    public static ArticlePackage ofReport(Report report) {
        return new ArticlePackage(
                FrontMatter.EMPTY,
                report,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Provenance.EMPTY);
    }

    public ArticlePackage withFrontMatter(FrontMatter value) {
        return new ArticlePackage(
                value, report, commentary, infobox, analysis, explainers, credits, extras, provenance);
    }

    public ArticlePackage withReport(Report value) {
        return new ArticlePackage(
                frontMatter, value, commentary, infobox, analysis, explainers, credits, extras, provenance);
    }

    public ArticlePackage withCommentary(Commentary value) {
        return new ArticlePackage(
                frontMatter,
                report,
                Optional.ofNullable(value),
                infobox,
                analysis,
                explainers,
                credits,
                extras,
                provenance);
    }

    public ArticlePackage withInfobox(Infobox value) {
        return new ArticlePackage(
                frontMatter,
                report,
                commentary,
                Optional.ofNullable(value),
                analysis,
                explainers,
                credits,
                extras,
                provenance);
    }

    public ArticlePackage withAnalysis(Analysis value) {
        return new ArticlePackage(
                frontMatter,
                report,
                commentary,
                infobox,
                Optional.ofNullable(value),
                explainers,
                credits,
                extras,
                provenance);
    }

    public ArticlePackage withExplainers(Explainers value) {
        return new ArticlePackage(
                frontMatter,
                report,
                commentary,
                infobox,
                analysis,
                Optional.ofNullable(value),
                credits,
                extras,
                provenance);
    }

    public ArticlePackage withCredits(Credits value) {
        return new ArticlePackage(
                frontMatter,
                report,
                commentary,
                infobox,
                analysis,
                explainers,
                Optional.ofNullable(value),
                extras,
                provenance);
    }

    public ArticlePackage withExtras(Extras value) {
        return new ArticlePackage(
                frontMatter,
                report,
                commentary,
                infobox,
                analysis,
                explainers,
                credits,
                Optional.ofNullable(value),
                provenance);
    }

    public ArticlePackage withProvenance(Provenance value) {
        return new ArticlePackage(
                frontMatter, report, commentary, infobox, analysis, explainers, credits, extras, value);
    }

    /** Whether the given section is present. The report is always present. */
    public boolean has(Section section) {
        return switch (section) {
            case REPORT -> true;
            case COMMENTARY -> commentary.isPresent();
            case INFOBOX -> infobox.isPresent();
            case ANALYSIS -> analysis.isPresent();
            case EXPLAINERS -> explainers.isPresent();
            case CREDITS -> credits.isPresent();
            case EXTRAS -> extras.isPresent();
        };
    }

    /** The headline: front matter {@code headline}, else the infobox title, else the commentary title. */
    public Optional<String> headline() {
        return frontMatter
                .get("headline")
                .or(() -> infobox.map(Infobox::title).filter(t -> !t.isBlank()))
                .or(() -> commentary.map(Commentary::title).filter(t -> !t.isBlank()));
    }
}
