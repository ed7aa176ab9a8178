package de.ozd.newsroom.language;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Part-of-speech tags: the universal tag set as the German UD model of OpenNLP tags it (German UD-GSD, which also
 * writes contractions as two tags, {@code ADP+DET} for „am“, „im“). Code compares these, never tag strings.
 */
public enum Pos {
    ADJ("ADJ"),
    ADP("ADP"),
    /** A preposition fused with an article („am“, „im“, „zur“). */
    ADP_DET("ADP+DET"),
    /** A preposition fused with a pronoun. */
    ADP_PRON("ADP+PRON"),
    ADV("ADV"),
    AUX("AUX"),
    CCONJ("CCONJ"),
    DET("DET"),
    INTJ("INTJ"),
    NOUN("NOUN"),
    NUM("NUM"),
    PART("PART"),
    PRON("PRON"),
    PROPN("PROPN"),
    /** A proper noun fused with an article. */
    PROPN_DET("PROPN+DET"),
    PUNCT("PUNCT"),
    SCONJ("SCONJ"),
    SYM("SYM"),
    VERB("VERB"),
    /** Other, or no tagger ran. */
    X("X");

    private static final Map<String, Pos> BY_TAG =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Pos::tag, Function.identity()));

    private final String tag;

    Pos(String tag) {
        this.tag = tag;
    }

    /** The tag as the model writes it ({@code ADP+DET}). */
    public String tag() {
        return tag;
    }

    /** The value of a model tag; a tag the model does not have is {@link #X}. */
    public static Pos of(String tag) {
        return BY_TAG.getOrDefault(tag, X);
    }

    /** A common or proper noun ({@link #NOUN}, {@link #PROPN}). */
    public boolean isNoun() {
        return this == NOUN || this == PROPN;
    }

    /** A full or auxiliary verb ({@link #VERB}, {@link #AUX}). */
    public boolean isVerb() {
        return this == VERB || this == AUX;
    }

    /** A preposition, alone or fused with an article or pronoun. */
    public boolean isAdposition() {
        return this == ADP || this == ADP_DET || this == ADP_PRON;
    }
}
