package de.ozd.newsroom.server;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.core.model.SectionProvenance;
import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.Store;
import java.time.Instant;
import java.util.Optional;

/**
 * „Abschnitt geprüft“: an editor has read a machine-drafted section and takes responsibility for it. The section's
 * provenance becomes {@code reviewed by <who> <when>} (a revision with a note, and an audit entry), the evidence of
 * human editorial control that outputs show. The desk's button and the API's review route both come here.
 */
public final class SectionReview {
    private SectionReview() {}

    /** What a review did. */
    public enum Outcome {
        /** The section was unreviewed and is now reviewed: a new revision. */
        REVIEWED,
        /** It was reviewed already: nothing changed. */
        ALREADY_REVIEWED,
        /** The section is not machine-drafted (or not in the package): there is nothing to review. */
        NOT_MACHINE
    }

    /** The outcome and the package as it is afterwards. */
    public record Result(Outcome outcome, PackageRecord record) {}

    /**
     * Marks {@code section} of {@code current} as reviewed by {@code by} at {@code at}, saved on {@code
     * baseRevision} (a stale one is the store's conflict). Only the front matter changes; the text keeps its layout.
     */
    public static Result review(
            Store store,
            HouseConfig house,
            PackageRecord current,
            Section section,
            String by,
            int baseRevision,
            Instant at) {
        Optional<SectionProvenance> p = current.pkg().provenance().of(section);
        if (p.isEmpty() || !p.get().origin().isMachine()) {
            return new Result(Outcome.NOT_MACHINE, current);
        }
        if (p.get().reviewed()) {
            return new Result(Outcome.ALREADY_REVIEWED, current);
        }
        SectionProvenance reviewed = p.get().markReviewed(by, at);
        PackageRecord saved = store.save(
                current.slug(),
                baseRevision,
                PublishGate.withProvenance(current.text(), house, prov -> prov.with(section, reviewed)),
                by,
                "Abschnitt " + section.key() + " geprüft von " + by + " am "
                        + reviewed.review().orElseThrow().at());
        store.accounts().audit(by, "review_section", current.slug(), section.key());
        return new Result(Outcome.REVIEWED, saved);
    }
}
