package de.ozd.newsroom.publish.internal.html;

import java.util.List;

/** The front page: the articles, newest first. */
public record IndexPage(Head head, List<Teaser> teasers) {
    /** One article on the front page; {@code machineNote} is set where a section awaits review,
     * {@code correctionNote} where the article was corrected. */
    public record Teaser(
            String href,
            String headline,
            String kicker,
            String isoDate,
            String displayDate,
            String text,
            String machineNote,
            String correctionNote) {}
}
