package de.ozd.newsroom.core.format.internal;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.model.Section;
import java.util.Optional;

/** Recognises the house's heading lines and the credits line; everything else is text. */
final class LineClassifier {
    private static final int MAX_WORDS_OF_BARE_PICTURE_CREDIT = 6;

    private final HouseConfig config;
    private final String disclaimerStem;

    LineClassifier(HouseConfig config) {
        this.config = config;
        String d = config.disclaimer().strip();
        this.disclaimerStem = d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
    }

    /** The section a heading line opens; credits lines count as the credits section. */
    Optional<Section> sectionOf(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (isCommentaryHeading(s)) {
            return Optional.of(Section.COMMENTARY);
        }
        if (s.equals(config.infoboxHeading())) {
            return Optional.of(Section.INFOBOX);
        }
        if (s.equals(config.analysisHeading())) {
            return Optional.of(Section.ANALYSIS);
        }
        if (s.equals(config.explainersHeading())) {
            return Optional.of(Section.EXPLAINERS);
        }
        if (s.equals(config.extrasHeading())) {
            return Optional.of(Section.EXTRAS);
        }
        if (isCreditsLine(s)) {
            return Optional.of(Section.CREDITS);
        }
        return Optional.empty();
    }

    boolean isCommentaryHeading(String s) {
        String word = config.commentaryHeading();
        if (!s.startsWith(word)) {
            return false;
        }
        if (s.length() == word.length()) {
            return true;
        }
        char next = s.charAt(word.length());
        return Character.isWhitespace(next) || next == ':' || isDash(next);
    }

    static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2012' || c == '\u2212';
    }

    private boolean isCreditsLine(String s) {
        if (s.startsWith(disclaimerStem)) {
            return true;
        }
        String word = config.pictureCreditWord() + " ";
        return s.startsWith(word) && s.split("\\s+").length <= MAX_WORDS_OF_BARE_PICTURE_CREDIT;
    }

    String disclaimerStem() {
        return disclaimerStem;
    }
}
