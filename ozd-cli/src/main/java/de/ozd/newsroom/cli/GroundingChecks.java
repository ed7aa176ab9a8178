package de.ozd.newsroom.cli;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.draft.DraftException;
import de.ozd.newsroom.draft.GroundingRule;
import java.nio.file.Path;

/** Builds the grounding rule for {@code ozd check --source}. */
final class GroundingChecks {
    private GroundingChecks() {}

    static GroundingRule rule(InputReader.Input source, Path explainers, HouseConfig house) {
        try {
            return GroundingRule.forSource(
                    LanguageTools.analyzer(), source.text(), LanguageTools.library(explainers), house);
        } catch (DraftException e) {
            throw new UserException(source.name() + ": " + e.getMessage());
        }
    }
}
