package de.ozd.newsroom.language.internal;

import de.ozd.newsroom.language.Pos;
import de.ozd.newsroom.language.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Part-of-speech tags (universal tag set) and lemmas from the Apache OpenNLP German UD models
 * ({@code opennlp-models-pos-de}, {@code opennlp-models-lemmatizer-de}, loaded from the class
 * path). The raw lemmatizer answers in lower case and old spelling; this wrapper restores the
 * capital of nouns and proper nouns, maps „daß“-style spellings, and falls back to the token when
 * the model has no lemma. The models are shared; the tagger instances are per thread, so this class
 * is thread-safe.
 *
 * <p>Lemmas are decoded greedily (the best edit script per token, given the previous one), not with OpenNLP's beam
 * of three: the beam evaluated the 676-outcome model three times per token and sorted every score array, six times
 * the work for the same lemma in all but 35 of 112,586 tokens (6,233 sentences of 10kGNAD, measured 2026-12-01;
 * 0.03 %, the greedy lemma as often better as worse),
 * and it was most of a draft's analysis time.
 */
public final class OpenNlpTagger {

    static final String POS_MODEL = "/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin";
    static final String LEMMA_MODEL = "/opennlp-de-ud-gsd-lemmas-1.3-2.5.4.bin";

    private final POSModel posModel;
    /** The lemmatizer's classifier, under the artifact name OpenNLP's LemmatizerModel stores it. */
    private static final String LEMMA_ARTIFACT = "lemmatizer.model";

    private final ThreadLocal<POSTaggerME> tagger;
    private final MaxentModel lemmaClassifier;
    private final LemmatizerContextGenerator lemmaContext;

    public OpenNlpTagger() {
        try (InputStream pos = open(POS_MODEL);
                InputStream lemma = open(LEMMA_MODEL)) {
            this.posModel = new POSModel(pos);
            LemmatizerModel lemmaModel = new LemmatizerModel(lemma);
            this.lemmaClassifier = lemmaModel.getArtifact(LEMMA_ARTIFACT);
            this.lemmaContext = lemmaModel.getFactory().getContextGenerator();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP German models", e);
        }
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
    }

    /** Tags and lemmas for one sentence's tokens. */
    public record Tagged(Pos[] pos, String[] lemmas) {}

    public Tagged tag(List<String> tokens) {
        String[] original = tokens.toArray(String[]::new);
        String[] toks = modelInput(original);
        String[] pos = repairTags(toks, openingInLowerCase(toks, tagger.get().tag(toks)));
        String[] raw = lemmatize(toks, pos);
        String[] lemmas = new String[toks.length];
        Pos[] tags = new Pos[toks.length];
        for (int i = 0; i < toks.length; i++) {
            tags[i] = Pos.of(pos[i]);
            lemmas[i] = restoreCase(original[i], toks[i], repairLemma(toks[i], tags[i], raw[i]));
        }
        return new Tagged(tags, lemmas);
    }

    /** A brand written with a small letter before a capital: „iPhone“, „iPad-Verkäufe“, „eBay“. */
    private static final java.util.regex.Pattern CAMEL_CASE =
            java.util.regex.Pattern.compile("\\p{Ll}{1,2}\\p{Lu}[\\p{L}\\d]*(-[\\p{L}\\d]+)*");

    /**
     * The tokens as the model reads them: a brand written with a small letter before a capital („iPad-Verkäufe“) is
     * given its capital first („IPad-Verkäufe“). The model, trained on text with few such words, read them as
     * punctuation and then the words around them wrongly („Die iPad-Verkäufe/PUNCT schwächeln/NOUN“); with the capital
     * it reads the noun and the verb. The tokens themselves are not changed.
     */
    static String[] modelInput(String[] toks) {
        String[] out = toks.clone();
        for (int i = 0; i < out.length; i++) {
            if (CAMEL_CASE.matcher(out[i]).matches()) {
                out[i] = out[i].substring(0, 1).toUpperCase(Locale.ROOT) + out[i].substring(1);
            }
        }
        return out;
    }

    /**
     * The lemma of a token the model read with its first letter raised ({@link #modelInput}), in the token's own case:
     * the token itself where the lemma is the token in other case, else the lemma with its first letter lowered.
     */
    private static String restoreCase(String token, String modelToken, String lemma) {
        if (token.equals(modelToken) || lemma.isEmpty()) { // not raised: no second look at the pattern per token
            return lemma;
        }
        if (lemma.equalsIgnoreCase(token)) {
            return token;
        }
        return lemma.charAt(0) == Character.toUpperCase(token.charAt(0)) ? token.charAt(0) + lemma.substring(1) : lemma;
    }

    /**
     * The model reads many capitalised words that open a sentence as a noun or name, so an opening adjective is lost
     * with the words after it („Gewaltsamer/NOUN Protest fällt …“, „Hohe/PROPN Kosten drohen“). Where it did, the
     * sentence is read a second time with that word in lower case, as it would stand inside a sentence; the second
     * reading is taken where the model is sure the word is an inflected adjective before the noun both readings see
     * after it (so „Ermittler gehen …“, „Merkel sagte …“, „Chefentwickler Miyamoto …“ and „Beamter schwer verletzt“
     * stay nouns). Other classes the second reading gives are not taken: the model makes adverbs, prepositions and
     * particles of nouns it does not know („Auslöser“, „Teil“). Tokens are not changed.
     */
    private String[] openingInLowerCase(String[] toks, String[] pos) {
        int first = toks.length > 1 && toks[0].matches("[„\"»(]") ? 1 : 0;
        if (first + 1 >= toks.length
                || !Pos.of(pos[first]).isNoun()
                || !Character.isUpperCase(toks[first].codePointAt(0))
                || toks[first].length() < 2
                || !toks[first].substring(1).equals(toks[first].substring(1).toLowerCase(Locale.GERMAN))) {
            return pos;
        }
        String[] lower = toks.clone();
        lower[first] = toks[first].toLowerCase(Locale.GERMAN);
        String[] second = tagger.get().tag(lower);
        if (Pos.of(second[first]) != Pos.ADJ || tagger.get().probs()[first] < SURE) {
            return pos;
        }
        // an adjective before a noun is inflected: „gewaltsamer“ of „gewaltsam“, not „chefentwickler“ before a name
        String lemma = lemmatize(lower, second)[first];
        boolean inflected = !lemma.equals(lower[first]) && lower[first].matches("\\p{L}+(e|er|es|en|em)"); // „hohe“
        boolean attributive = Pos.of(pos[first + 1]) == Pos.NOUN && Pos.of(second[first + 1]) == Pos.NOUN;
        return inflected && attributive ? second : pos;
    }

    /** How sure the model must be of its second reading of an opening word. */
    private static final double SURE = 0.7;

    /** Greedy decoding: each token's most probable edit script, given the scripts chosen before it. */
    private String[] lemmatize(String[] toks, String[] pos) {
        String[] scripts = new String[toks.length];
        for (int i = 0; i < toks.length; i++) {
            double[] scores = lemmaClassifier.eval(lemmaContext.getContext(i, toks, pos, scripts));
            int best = 0;
            for (int o = 1; o < scores.length; o++) {
                if (scores[o] > scores[best]) {
                    best = o;
                }
            }
            scripts[i] = lemmaClassifier.getOutcome(best);
        }
        return LemmatizerME.decodeLemmas(toks, scripts);
    }

    /**
     * Prepositions the model reads as a noun or name when they open a sentence („Per Livestream …“); not „pro“, which
     * opens names („Pro Asyl“).
     */
    private static final Set<String> OPENING_PREPOSITIONS = Set.of("per", "via", "mittels", "samt", "gemäß");

    /** Prepositions fused with „dem“ the model does not know („hinterm“, „überm“, „unterm“, „vorm“). */
    private static final Set<String> FUSED_PREPOSITIONS = Set.of("hinterm", "überm", "unterm", "vorm");

    /** A possessive in lower case („ihr“, „seinen“, „unsere“): never a name. */
    private static final java.util.regex.Pattern POSSESSIVE =
            java.util.regex.Pattern.compile("(mein|dein|sein|ihr|unser|euer|eur)(e|en|em|er|es)?");

    /** Tags of a word that opens a preposition's phrase (a name after „Per“ makes it a first name). */
    private static final Set<Pos> PHRASE_OPENERS = java.util.EnumSet.of(Pos.NOUN, Pos.DET, Pos.ADJ, Pos.NUM);

    /**
     * The model reads a capitalised noun that opens a sentence right before its verb as an adjective
     * („Gutachter fanden …“, „Ermittler gehen …“); an adjective cannot stand there alone, so it is a noun. A
     * preposition that opens a sentence before a noun phrase and was read as a noun or name is a preposition. A unit
     * symbol is a noun (the model reads „€“ as a name and „§“ as punctuation). A possessive in lower case after a name
     * is a determiner, not more of the name („Nun hat die Stadträtin Anna Berg ihr Amt niedergelegt“).
     */
    static String[] repairTags(String[] toks, String[] pos) {
        if (toks.length > 1
                && OPENING_PREPOSITIONS.contains(toks[0].toLowerCase(Locale.GERMAN))
                && Pos.of(pos[0]).isNoun()
                && PHRASE_OPENERS.contains(Pos.of(pos[1]))) {
            pos[0] = Pos.ADP.tag(); // „Per Livestream können …“ („Per Mertesacker“ before a name stays a name)
        }
        for (int i = 0; i + 1 < toks.length; i++) {
            boolean opening = i == 0 || i == 1 && toks[0].matches("[„\"»(]");
            if (opening
                    && pos[i].equals(Pos.ADJ.tag())
                    && Character.isUpperCase(toks[i].codePointAt(0))
                    && Pos.of(pos[i + 1]).isVerb()) {
                pos[i] = Pos.NOUN.tag();
            }
        }
        for (int i = 0; i < toks.length; i++) {
            if (FUSED_PREPOSITIONS.contains(toks[i].toLowerCase(Locale.GERMAN))
                    && !Pos.of(pos[i]).isAdposition()) {
                pos[i] = Pos.ADP_DET.tag(); // „Hinterm Rammbock …“, read as a noun or adverb
            }
        }
        for (int i = 0; i < toks.length; i++) {
            if (Token.isUnitSymbol(toks[i])) {
                pos[i] = Pos.NOUN.tag(); // „5 %“, „100 €“, „§ 218“: read as „Prozent“, „Euro“, „Paragraf“
            }
        }
        for (int i = 0; i < toks.length; i++) {
            if (pos[i].equals(Pos.PROPN.tag()) && POSSESSIVE.matcher(toks[i]).matches()) {
                pos[i] = Pos.DET.tag(); // „Anna Berg ihr Amt“: read as part of the name before it
            }
        }
        finalSein(toks, pos);
        return verbAfterName(toks, pos);
    }

    /**
     * „Die Auszahlung soll bis Ende 2026 abgeschlossen sein“: without a final period the model reads the last word
     * „sein“ as the possessive, which cannot end a clause; after an auxiliary or modal, or after „zu“, it is the
     * infinitive.
     */
    private static void finalSein(String[] toks, String[] pos) {
        int last = toks.length - 1;
        while (last > 0 && toks[last].matches("[.!?;:,)“”\"»«]")) {
            last--;
        }
        if (last < 2 || !toks[last].equals("sein") || Pos.of(pos[last]).isVerb()) {
            return;
        }
        if (toks[last - 1].equals("zu")) {
            pos[last] = Pos.AUX.tag(); // „Das schien eine gewagte Entscheidung zu sein“
            return;
        }
        for (int i = 0; i < last; i++) {
            if (Pos.of(pos[i]) == Pos.AUX) {
                pos[last] = Pos.AUX.tag();
                return;
            }
        }
    }

    /** A finite verb's ending: present „-t“, past „-te“, „-ten“. */
    private static final java.util.regex.Pattern PAST_OR_PRESENT = java.util.regex.Pattern.compile(".*(t|te|ten)");

    /**
     * A sentence needs a finite verb: where the model found none, a lower-case word in „-t“, „-te“ or „-ten“ read as an
     * adjective right after a name or noun and before a phrase is that verb („Der Autozulieferer Brennwald streicht bis
     * Ende 2027 …“, after an unknown name; „Mindestens 50 Flüchtlinge überquerten österreichisch-ungarische Grenze“,
     * before an adjective and its noun).
     */
    private static String[] verbAfterName(String[] toks, String[] pos) {
        for (String p : pos) {
            if (Pos.of(p).isVerb()) {
                return pos;
            }
        }
        for (int i = 1; i + 1 < toks.length; i++) {
            Pos next = Pos.of(pos[i + 1]);
            boolean adjectiveAndNoun =
                    next == Pos.ADJ && i + 2 < toks.length && Pos.of(pos[i + 2]).isNoun(); // „… Grenze“
            if (pos[i].equals(Pos.ADJ.tag())
                    && Character.isLowerCase(toks[i].codePointAt(0))
                    && PAST_OR_PRESENT.matcher(toks[i]).matches()
                    && Pos.of(pos[i - 1]).isNoun()
                    && (next.isAdposition()
                            || next == Pos.DET
                            || next == Pos.NUM
                            || next == Pos.ADV
                            || adjectiveAndNoun)) {
                pos[i] = Pos.VERB.tag();
                return pos;
            }
        }
        return pos;
    }

    static String repairLemma(String token, Pos pos, String raw) {
        if (raw == null || raw.isEmpty() || raw.equals("O") || raw.equals("_")) {
            raw = token;
        }
        String lemma = raw.replace("daß", "dass").replace("muß", "muss").replace("mußt", "musst");
        if (pos.isNoun() && !lemma.isEmpty()) {
            if (Character.isUpperCase(token.codePointAt(0))) {
                lemma = lemma.substring(0, 1).toUpperCase(Locale.GERMAN) + lemma.substring(1);
            }
            if (pos == Pos.PROPN && token.startsWith(lemma) == false && !token.equalsIgnoreCase(lemma)) {
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
