package de.ozd.newsroom.language;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything {@link GermanAnalyzer} found in one text. Immutable.
 *
 * @param text the analysed text
 * @param sentences sentences with tokens
 * @param entities named entity mentions, in text order
 * @param quantities numbers, quantities and dates, in text order
 * @param attributions quotes, reported speech and source phrases, in text order
 * @param hedges uncertainty markers, in text order
 */
public record TextAnalysis(
        String text,
        List<Sentence> sentences,
        List<Entity> entities,
        List<Quantity> quantities,
        List<Attribution> attributions,
        List<Hedge> hedges) {

    public TextAnalysis {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        quantities = List.copyOf(quantities);
        attributions = List.copyOf(attributions);
        hedges = List.copyOf(hedges);
    }

    /** All tokens of all sentences. */
    public List<Token> tokens() {
        return sentences.stream().flatMap(s -> s.tokens().stream()).toList();
    }

    /** The canonical names of all entities. */
    public Set<String> canonicalEntities() {
        return entities.stream().map(Entity::canonical).collect(Collectors.toSet());
    }

    /** Entities in one sentence. */
    public List<Entity> entitiesIn(int sentenceIndex) {
        return entities.stream().filter(e -> e.sentenceIndex() == sentenceIndex).toList();
    }

    /** Attributions in one sentence. */
    public List<Attribution> attributionsIn(int sentenceIndex) {
        return attributions.stream()
                .filter(a -> a.sentenceIndex() == sentenceIndex)
                .toList();
    }

    /** Hedges in one sentence. */
    public List<Hedge> hedgesIn(int sentenceIndex) {
        return hedges.stream().filter(h -> h.sentenceIndex() == sentenceIndex).toList();
    }

    /** Quantities in one sentence. */
    public List<Quantity> quantitiesIn(int sentenceIndex) {
        return quantities.stream()
                .filter(q -> q.sentenceIndex() == sentenceIndex)
                .toList();
    }
}
