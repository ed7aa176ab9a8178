package de.ozd.newsroom.language;

/**
 * A named entity mention.
 *
 * @param text the mention as it stands („Kim Jong Uns“)
 * @param begin character offset (inclusive)
 * @param end character offset (exclusive)
 * @param type person, location, organisation or other
 * @param canonical the normalised name shared by all mentions of the same entity in one text
 *     („Kim Jong Un“ for „Kim Jong Uns“ and a later „Kim“)
 * @param sentenceIndex the sentence the mention is in
 */
public record Entity(String text, int begin, int end, EntityType type, String canonical, int sentenceIndex) {}
