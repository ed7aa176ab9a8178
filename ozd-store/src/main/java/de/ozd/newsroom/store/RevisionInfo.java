package de.ozd.newsroom.store;

import java.time.Instant;
import java.util.Optional;

/**
 * One entry of a package's history: who, when, what kind of change and what changed.
 *
 * @param kind    what made the revision
 * @param summary what changed, in German (sections touched, state moved, revision restored)
 * @param state   the workflow state after this revision
 * @param note    correction note or retraction reason given with a transition
 */
public record RevisionInfo(
        int revision,
        Instant createdAt,
        String author,
        RevisionKind kind,
        String summary,
        State state,
        Optional<String> note) {}
