package de.ozd.newsroom.draft;

import de.ozd.newsroom.core.text.Placeholders;
import java.util.Arrays;
import java.util.List;

/**
 * The words a draft adds around the report's own: the placeholder an editor fills in, the labels before extras
 * lines, the prefixes that keep a fact's attribution or hedge, and the fallback infobox titles. The drafter writes
 * them and the grounding and spelling checks read them from here only, so the two never disagree about what is a
 * label and what is a claim.
 */
public final class DraftLabels {
    private DraftLabels() {}

    /** Opens every line an editor must still write: {@code [Redaktion: …]} (core owns it: the house check reads it). */
    public static final String PLACEHOLDER = Placeholders.MARKER;
    /** Opens the extras line that quotes the report's sentence about a first or historic event. */
    public static final String CONTEXT = "Einordnung laut Bericht: ";
    /** Opens the extras line with the timeline of dated facts. */
    public static final String TIMELINE = "Zeitleiste laut Bericht: ";
    /** Between two timeline entries. */
    public static final String TIMELINE_SEPARATOR = "; ";
    /** Opens an attributed fact: {@code Laut Kim: …}. */
    public static final String SPEAKER = "Laut ";
    /** Between the speaker and the fact. */
    public static final String SPEAKER_END = ": ";
    /** Opens a fact whose source sentence only hedges it. */
    public static final String UNCONFIRMED = "Unbestätigt: ";
    /** Ends the fallback infobox title made of the two most prominent names ({@code A und B: die Fakten}). */
    public static final String NAMES_TITLE_END = ": die Fakten";
    /** The fallback infobox title when the report names nobody. */
    public static final String FACTS_TITLE = "Die Fakten im Überblick";

    /** A placeholder line: {@code PLACEHOLDER + " " + what + "]"}. */
    public static String placeholder(String what) {
        return Placeholders.of(what);
    }

    /** True for a line an editor still has to write. */
    public static boolean isPlaceholder(String text) {
        return Placeholders.isPlaceholder(text);
    }

    /** The attribution prefix of a fact: {@code Laut Kim: }. */
    public static String speaker(String who) {
        return SPEAKER + who + SPEAKER_END;
    }

    /** The timeline line of the extras: label, entries, final period. */
    public static String timeline(List<String> entries) {
        return TIMELINE + String.join(TIMELINE_SEPARATOR, entries) + ".";
    }

    /** The entries of a timeline line (without label and final period); empty if {@code text} is none. */
    public static List<String> timelineEntries(String text) {
        if (!text.startsWith(TIMELINE)) {
            return List.of();
        }
        return Arrays.stream(text.substring(TIMELINE.length()).split(TIMELINE_SEPARATOR))
                .map(e -> e.replaceAll("\\.$", ""))
                .toList();
    }

    /** The context line of the extras: label and the report's sentence. */
    public static String context(String sentence) {
        return CONTEXT + sentence;
    }

    /** {@code text} without the context label, if it has one. */
    public static String withoutContextLabel(String text) {
        return text.startsWith(CONTEXT) ? text.substring(CONTEXT.length()) : text;
    }

    /** The fallback infobox title for one or two names. */
    public static String namesTitle(List<String> names) {
        return String.join(" und ", names) + NAMES_TITLE_END;
    }

    /** True for a title that lists names or says nothing (not a claim). */
    public static boolean isFallbackTitle(String title) {
        return title.endsWith(NAMES_TITLE_END) || title.equals(FACTS_TITLE);
    }
}
