package de.ozd.newsroom.language.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Part-of-speech tags (universal tag set) and lemmas from the Apache OpenNLP German UD models
 * ({@code opennlp-models-pos-de}, {@code opennlp-models-lemmatizer-de}, loaded from the class
 * path). The raw lemmatizer answers in lower case and old spelling; this wrapper restores the
 * capital of nouns and proper nouns, maps „daß“-style spellings, and falls back to the token when
 * the model has no lemma. The models are shared; the tagger instances are per thread, so this class
 * is thread-safe.
 */
public final class OpenNlpTagger {

    static final String POS_MODEL = "/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin";
    static final String LEMMA_MODEL = "/opennlp-de-ud-gsd-lemmas-1.3-2.5.4.bin";

    private final POSModel posModel;
    private final LemmatizerModel lemmaModel;
    private final ThreadLocal<POSTaggerME> tagger;
    private final ThreadLocal<LemmatizerME> lemmatizer;

    public OpenNlpTagger() {
        try (InputStream pos = open(POS_MODEL);
                InputStream lemma = open(LEMMA_MODEL)) {
            this.posModel = new POSModel(pos);
            this.lemmaModel = new LemmatizerModel(lemma);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP German models", e);
        }
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
        this.lemmatizer = ThreadLocal.withInitial(() -> new LemmatizerME(lemmaModel));
    }

    /** Tags and lemmas for one sentence's tokens. */
    public record Tagged(String[] pos, String[] lemmas) {}

    public Tagged tag(List<String> tokens) {
        String[] toks = tokens.toArray(String[]::new);
        String[] pos = repairTags(toks, tagger.get().tag(toks));
        String[] raw = lemmatizer.get().lemmatize(toks, pos);
        String[] lemmas = new String[toks.length];
        for (int i = 0; i < toks.length; i++) {
            lemmas[i] = repairLemma(toks[i], pos[i], raw[i]);
        }
        return new Tagged(pos, lemmas);
    }

    /**
     * The model reads a capitalised noun that opens a sentence right before its verb as an adjective
     * („Gutachter fanden …“, „Ermittler gehen …“); an adjective cannot stand there alone, so it is a noun.
     */
    static String[] repairTags(String[] toks, String[] pos) {
        for (int i = 0; i + 1 < toks.length; i++) {
            boolean opening = i == 0 || i == 1 && toks[0].matches("[„\"»(]");
            if (opening
                    && pos[i].equals("ADJ")
                    && Character.isUpperCase(toks[i].codePointAt(0))
                    && (pos[i + 1].equals("VERB") || pos[i + 1].equals("AUX"))) {
                pos[i] = "NOUN";
            }
        }
        return pos;
    }

    static String repairLemma(String token, String pos, String raw) {
        if (raw == null || raw.isEmpty() || raw.equals("O") || raw.equals("_")) {
            raw = token;
        }
        String lemma = raw.replace("daß", "dass").replace("muß", "muss").replace("mußt", "musst");
        if (("NOUN".equals(pos) || "PROPN".equals(pos)) && !lemma.isEmpty()) {
            if (Character.isUpperCase(token.codePointAt(0))) {
                lemma = lemma.substring(0, 1).toUpperCase(Locale.GERMAN) + lemma.substring(1);
            }
            if ("PROPN".equals(pos) && token.startsWith(lemma) == false && !token.equalsIgnoreCase(lemma)) {
                // proper nouns are often mangled by the lemmatizer; trust the token unless it is a genitive
                lemma = token.endsWith("s") && token.length() > 3 ? token.substring(0, token.length() - 1) : token;
            }
        }
        return lemma;
    }

    private static InputStream open(String resource) {
        InputStream in = OpenNlpTagger.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(
                    "OpenNLP model " + resource + " is not on the class path (opennlp-models-*-de missing)");
        }
        return in;
    }
}
