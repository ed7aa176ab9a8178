package de.ozd.newsroom.publish.internal.html;

import de.ozd.newsroom.core.model.Analysis;
import de.ozd.newsroom.core.model.Commentary;
import de.ozd.newsroom.core.model.Explainers;
import de.ozd.newsroom.core.model.Extras;
import de.ozd.newsroom.core.model.Infobox;
import de.ozd.newsroom.core.model.Report;
import java.util.List;
import java.util.Map;

/**
 * What the article template shows, all decided in Java: the template only lays it out. Absent sections are
 * {@code null} here (this is the template's view, not the model). {@code labels} maps a section id to its
 * machine label. {@code isoUpdated}/{@code displayUpdated} are {@code null} unless the article changed after
 * its publication („Aktualisiert am …“).
 */
public record ArticlePage(
        Head head,
        String headline,
        List<String> tags,
        String byline,
        String isoDate,
        String displayDate,
        String isoUpdated,
        String displayUpdated,
        Report report,
        Commentary commentary,
        Infobox infobox,
        Analysis analysis,
        Explainers explainers,
        String disclaimer,
        String pictureCredit,
        Extras extras,
        Map<String, String> labels,
        Headings headings,
        List<CorrectionNote> corrections) {

    /** The machine label of the section with this id, or {@code null}. */
    public String label(String sectionId) {
        return labels.get(sectionId);
    }

    /** A public correction: the note and when it was made (machine and reader form); oldest first above. */
    public record CorrectionNote(String note, String isoDate, String displayDate) {}

    /** The house's heading words. */
    public record Headings(
            String pictureCreditWord, String commentary, String analysis, String explainers, String extras) {}
}
