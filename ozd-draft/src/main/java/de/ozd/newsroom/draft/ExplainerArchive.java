package de.ozd.newsroom.draft;

import de.ozd.newsroom.core.model.Explainer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Explainers that editors wrote or kept in packages already published: the explainer library grows with the archive.
 * The caller supplies it (the server and {@code ozd draft --data} over their store); the drafting engine knows no
 * store. Implementations must be thread-safe; they answer only from published packages whose explainers a person
 * wrote or reviewed, and never with a placeholder.
 */
@FunctionalInterface
public interface ExplainerArchive {

    /** No archive: drafts answer from the library and the report only. */
    ExplainerArchive NONE = name -> List.of();

    /**
     * Explainers whose question asks about exactly {@code name} (whole name, case-insensitive), newest package
     * first; a few at most. Empty when the archive has none.
     */
    List<Answer> lookup(String name);

    /**
     * An archived explainer and where it came from.
     *
     * @param explainer question and answer as published
     * @param slug the address of the package it came from
     * @param date the date of that package
     */
    record Answer(Explainer explainer, String slug, LocalDate date) {
        public Answer {
            Objects.requireNonNull(explainer, "explainer");
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(date, "date");
        }

        /** The note an editor reads beside the draft: which package the answer came from, and that it is to check. */
        public String note() {
            return "Erklärung „" + explainer.question() + "“ aus dem Archiv: " + slug + " (" + date
                    + ") – vor der Veröffentlichung prüfen, ob sie noch stimmt.";
        }
    }
}
