package de.ozd.newsroom.store;

import de.ozd.newsroom.core.model.Explainer;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An explainer of a published package ({@link Store#archivedExplainers}): its question and answer as readers see
 * them, and where it came from.
 *
 * @param slug the package's address
 * @param pubDate the package's date
 * @param explainer the question and the answer, as an editor wrote or reviewed them
 */
public record ArchivedExplainer(String slug, LocalDate pubDate, Explainer explainer) {
    public ArchivedExplainer {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(pubDate, "pubDate");
        Objects.requireNonNull(explainer, "explainer");
    }
}
