/**
 * Drafting engines and the grounding check.
 *
 * <p>A {@link de.ozd.newsroom.draft.DraftEngine} turns a wire report into an {@link
 * de.ozd.newsroom.core.model.ArticlePackage}. The default {@link
 * de.ozd.newsroom.draft.ExtractiveDraftEngine} works offline and deterministically: every drafted
 * line is taken or compressed from the report, keeps the report's attribution or hedge, and is
 * marked {@code extractive, unreviewed}. Explainer answers come from an {@link
 * de.ozd.newsroom.draft.ExplainerLibrary} that editors maintain, or are left as a marked
 * placeholder; the commentary is always left to an editor.
 *
 * <p>{@link de.ozd.newsroom.draft.GroundingRule} is a house-check rule that compares every
 * person, place, organisation, number and date of the drafted sections with the source report,
 * and flags claims that sound more certain than the source or drop its attribution.
 */
package de.ozd.newsroom.draft;
