package de.ozd.newsroom.language;

/**
 * A word or phrase that marks a statement as uncertain („mutmaßlich“, „sollen“, „gehen davon
 * aus“).
 *
 * @param text the hedge as it stands
 * @param begin character offset (inclusive)
 * @param end character offset (exclusive)
 * @param sentenceIndex the sentence it is in
 */
public record Hedge(String text, int begin, int end, int sentenceIndex) {}
