package de.ozd.newsroom.language;

import de.ozd.newsroom.language.internal.AttributionExtractor;
import de.ozd.newsroom.language.internal.CoreNlpNerTagger;
import de.ozd.newsroom.language.internal.EntityNormalizer;
import de.ozd.newsroom.language.internal.EntityRules;
import de.ozd.newsroom.language.internal.GermanSentenceSplitter;
import de.ozd.newsroom.language.internal.GermanTokenizer;
import de.ozd.newsroom.language.internal.OpenNlpTagger;
import de.ozd.newsroom.language.internal.QuantityExtractor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Analyses German news text: sentences, tokens, POS and lemmas, named entities with canonical
 * names, quantities and dates, attributions and hedges.
 *
 * <p>Build once with {@link #builder()} and share: loading takes about a second with rules-only
 * entities and a few seconds with the CoreNLP tagger. An instance is immutable and thread-safe;
 * {@link #analyze(String)} is deterministic (same text, same result).
 */
public final class GermanAnalyzer {

    /** How named entities are found. */
    public enum EntityMode {
        /** Stanford CoreNLP German CRF plus house rules (the default; ~180 MB heap). */
        STATISTICAL,
        /** Gazetteer and proper-noun rules only: fast and small, for tests and tooling. */
        RULES_ONLY
    }

    private final GermanSentenceSplitter splitter = new GermanSentenceSplitter();
    private final GermanTokenizer tokenizer = new GermanTokenizer();
    private final OpenNlpTagger tagger;
    private final CoreNlpNerTagger ner;
    private final EntityRules rules = new EntityRules();
    private final EntityNormalizer normalizer = new EntityNormalizer();
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final AttributionExtractor attributions = new AttributionExtractor();

    private GermanAnalyzer(Builder b) {
        this.tagger = new OpenNlpTagger();
        this.ner = b.entityMode == EntityMode.STATISTICAL ? new CoreNlpNerTagger() : null;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How this analyser finds entities. */
    public EntityMode entityMode() {
        return ner == null ? EntityMode.RULES_ONLY : EntityMode.STATISTICAL;
    }

    /** Analyses a text. Never returns null; an empty text gives an empty analysis. */
    public TextAnalysis analyze(String text) {
        List<Sentence> tagged = sentences(text);
        List<Entity> entities = entities(text, tagged);
        List<Sentence> sentences = namesAsNames(tagged, entities);
        List<Quantity> qs = new ArrayList<>();
        List<Hedge> hedges = new ArrayList<>();
        for (Sentence s : sentences) {
            for (Quantity q : quantities.extract(s.tokens(), s.index())) {
                qs.add(new Quantity(
                        text.substring(q.begin(), q.end()),
                        q.begin(),
                        q.end(),
                        q.kind(),
                        q.value(),
                        q.sentenceIndex()));
            }
            for (Hedge h : attributions.hedges(s)) {
                hedges.add(new Hedge(text.substring(h.begin(), h.end()), h.begin(), h.end(), h.sentenceIndex()));
            }
        }
        List<Attribution> attrs = attributions.attributions(text, sentences);
        return new TextAnalysis(text, sentences, entities, qs, attrs, hedges);
    }

    /**
     * The sentences with each capitalised word of a person's name that the tagger read as an adverb tagged as a name:
     * „Jauch plante eine Sendung …“ opens with „Jauch/ADV“, and every reader of the tags would drop it as an opening
     * adverb („Insgesamt arbeiten …“) and take the object for the subject.
     */
    private static List<Sentence> namesAsNames(List<Sentence> sentences, List<Entity> entities) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<Token> tokens = new ArrayList<>(s.tokens());
            boolean changed = false;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.pos() == Pos.ADV
                        && Character.isUpperCase(t.text().codePointAt(0))
                        && entities.stream()
                                .anyMatch(e -> e.type() == EntityType.PERSON
                                        && e.begin() <= t.begin()
                                        && t.end() <= e.end())) {
                    tokens.set(i, new Token(t.text(), t.begin(), t.end(), Pos.PROPN, t.text()));
                    changed = true;
                }
            }
            out.add(changed ? new Sentence(s.index(), s.begin(), s.end(), s.text(), tokens) : s);
        }
        return out;
    }

    /** Sentences and tokens with POS and lemmas, without entities (cheap). */
    public List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        for (GermanSentenceSplitter.Span span : splitter.split(text)) {
            String s = text.substring(span.begin(), span.end());
            List<GermanTokenizer.Raw> raw = tokenizer.tokenize(s);
            if (raw.isEmpty()) {
                continue;
            }
            OpenNlpTagger.Tagged tagged =
                    tagger.tag(raw.stream().map(GermanTokenizer.Raw::text).toList());
            List<Token> tokens = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                GermanTokenizer.Raw r = raw.get(i);
                tokens.add(new Token(
                        r.text(),
                        span.begin() + r.begin(),
                        span.begin() + r.end(),
                        tagged.pos()[i],
                        tagged.lemmas()[i]));
            }
            out.add(new Sentence(out.size(), span.begin(), span.end(), s, tokens));
        }
        return out;
    }

    /**
     * Per-token labels from the statistical tagger for pre-tokenised sentences ({@code PER}, {@code
     * LOC}, {@code ORG}, {@code MISC}, {@code O}); all {@code O} in rules-only mode. For evaluation
     * on tokenised corpora.
     */
    public List<String[]> entityLabels(List<List<String>> tokenisedSentences) {
        if (ner == null) {
            List<String[]> out = new ArrayList<>();
            for (List<String> s : tokenisedSentences) {
                String[] l = new String[s.size()];
                Arrays.fill(l, "O");
                out.add(l);
            }
            return out;
        }
        return ner.tag(tokenisedSentences);
    }

    private List<Entity> entities(String text, List<Sentence> sentences) {
        List<List<String>> tokenised = sentences.stream()
                .map(s -> s.tokens().stream()
                        .map(t -> t.text().replaceAll("\\s", "_"))
                        .toList())
                .toList();
        List<String[]> labels = entityLabels(tokenised);
        List<EntityRules.TokenSpan> spans = new ArrayList<>();
        List<Integer> sentenceOf = new ArrayList<>();
        List<EntityNormalizer.Mention> mentions = new ArrayList<>();
        for (Sentence s : sentences) {
            for (EntityRules.TokenSpan sp : rules.spans(s.tokens(), labels.get(s.index()), ner != null)) {
                spans.add(sp);
                sentenceOf.add(s.index());
                int b = s.tokens().get(sp.from()).begin();
                int e = s.tokens().get(sp.to() - 1).end();
                boolean nounFollows = nounFollows(s.tokens(), sp.from(), sp.to());
                mentions.add(new EntityNormalizer.Mention(text.substring(b, e), sp.type(), nounFollows));
            }
        }
        List<String> canonical = normalizer.canonicalise(mentions);
        List<Entity> out = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            Sentence s = sentences.get(sentenceOf.get(k));
            EntityRules.TokenSpan sp = spans.get(k);
            int b = s.tokens().get(sp.from()).begin();
            int e = s.tokens().get(sp.to() - 1).end();
            out.add(new Entity(text.substring(b, e), b, e, sp.type(), canonical.get(k), s.index()));
        }
        return out;
    }

    /**
     * Whether a noun follows the mention's tokens {@code [from, to)}, after any adjectives („Kim Jong Uns Worte“,
     * „Angela Merkels einzigem Kompass“): the sign of a genitive „-s“. Not after adjectives where „von“ or „durch“
     * (past a role noun, which the tagger may read as a name) stands before the name: „ein von Firmengründer Peter Jobs
     * verwendetes Zitat“ has a participle with its agent.
     */
    private static boolean nounFollows(List<Token> t, int from, int to) {
        int before = from - 1;
        while (before >= 0 && t.get(before).pos().isNoun()) {
            before--;
        }
        boolean agent = before >= 0 && t.get(before).text().matches("(?i)von|vom|durch");
        int next = to;
        while (!agent && next + 1 < t.size() && t.get(next).pos() == Pos.ADJ) {
            next++;
        }
        return next < t.size() && t.get(next).pos() == Pos.NOUN;
    }

    /** Options for {@link GermanAnalyzer}. */
    public static final class Builder {
        private EntityMode entityMode = EntityMode.STATISTICAL;

        private Builder() {}

        /** Sets how entities are found; {@link EntityMode#STATISTICAL} by default. */
        public Builder entityMode(EntityMode mode) {
            this.entityMode = mode;
            return this;
        }

        /** Loads the models. Throws {@link IllegalStateException} if a model jar is missing. */
        public GermanAnalyzer build() {
            return new GermanAnalyzer(this);
        }
    }
}
