package de.ozd.newsroom.store;

import java.util.Optional;

/**
 * One entry of a package's history: who, when, what kind of change and what changed.
 *
 * @param kind    {@code create}, {@code save}, {@code transition}, {@code update} (pending edits published),
 *                {@code restore} or {@code import}
 * @param summary what changed, in German (sections touched, state moved, revision restored)
 * @param state   the workflow state after this revision
 * @param note    correction note or retraction reason given with a transition
 */
public record RevisionInfo(
        int revision,
        String createdAt,
        String author,
        String kind,
        String summary,
        State state,
        Optional<String> note) {}
