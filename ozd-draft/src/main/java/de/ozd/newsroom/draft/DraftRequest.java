package de.ozd.newsroom.draft;

import java.util.Objects;
import java.util.Optional;

/**
 * What to draft from.
 *
 * @param reportText the wire report: plain text, one paragraph per line (blank lines are ignored),
 *     or a house package whose report is used
 * @param agency the news agency, if known („AFP“); used as picture credit when none is given
 * @param pictureCredit the picture credit („AFP“)
 */
public record DraftRequest(String reportText, Optional<String> agency, Optional<String> pictureCredit) {

    public DraftRequest {
        Objects.requireNonNull(reportText, "reportText");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(pictureCredit, "pictureCredit");
    }

    /** A request with only the report. */
    public static DraftRequest of(String reportText) {
        return new DraftRequest(reportText, Optional.empty(), Optional.empty());
    }
}
