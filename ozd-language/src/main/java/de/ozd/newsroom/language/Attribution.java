package de.ozd.newsroom.language;

/**
 * Who says what, according to whom.
 *
 * @param kind direct quote, reported speech or source phrase
 * @param speaker the speaker or source as it stands („Kim“, „südkoreanischer und westlicher
 *     Geheimdienste“); empty if none was found
 * @param speakerBegin offset of the speaker, or -1
 * @param speakerEnd end offset of the speaker, or -1
 * @param cue the cue word(s): the verb („erklärte“) or the phrase („nach Angaben“, „laut“)
 * @param content the attributed content (the quote without its marks, or the sentence)
 * @param begin offset of the content
 * @param end end offset of the content
 * @param sentenceIndex the sentence it is in
 */
public record Attribution(
        AttributionKind kind,
        String speaker,
        int speakerBegin,
        int speakerEnd,
        String cue,
        String content,
        int begin,
        int end,
        int sentenceIndex) {

    /** True if a speaker or source was found. */
    public boolean hasSpeaker() {
        return !speaker.isEmpty();
    }
}
