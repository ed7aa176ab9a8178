package de.ozd.newsroom.language.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Named-entity labels from Stanford CoreNLP's German CRF ({@code german.distsim.crf.ser.gz} from
 * the {@code models-german} jar), run through a real CoreNLP pipeline (tokenize, ssplit, ner) so the
 * classifier sees the annotations it was trained with. We hand it our own tokens, one sentence per
 * line and separated by single spaces, so its labels align one to one with our tokens. No POS
 * tagger or parser is loaded ({@code enforceRequirements=false}). The pipeline is thread-safe.
 */
public final class CoreNlpNerTagger {

    static final String MODEL = "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz";

    private final StanfordCoreNLP pipeline;

    public CoreNlpNerTagger() {
        RedwoodConfiguration.current().clear().apply(); // CoreNLP logs to stderr; editors don't need it
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("tokenize.whitespace", "true");
        p.setProperty("ssplit.eolonly", "true");
        p.setProperty("ner.model", MODEL);
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("enforceRequirements", "false");
        this.pipeline = new StanfordCoreNLP(p);
    }

    /**
     * Labels every token of every sentence: {@code PER}, {@code LOC}, {@code ORG}, {@code MISC} or
     * {@code O}. Tokens must not contain white space.
     */
    public List<String[]> tag(List<List<String>> sentences) {
        StringBuilder text = new StringBuilder();
        for (List<String> s : sentences) {
            text.append(String.join(" ", s)).append('\n');
        }
        Annotation doc = new Annotation(text.toString());
        pipeline.annotate(doc);
        List<String[]> out = new ArrayList<>();
        List<CoreMap> annotated = doc.get(CoreAnnotations.SentencesAnnotation.class);
        int k = 0;
        for (List<String> s : sentences) {
            String[] labels = new String[s.size()];
            java.util.Arrays.fill(labels, "O");
            if (s.isEmpty()) {
                out.add(labels);
                continue;
            }
            List<CoreLabel> toks = annotated.get(k++).get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < labels.length && i < toks.size(); i++) {
                labels[i] = simplify(toks.get(i).ner());
            }
            out.add(labels);
        }
        return out;
    }

    private static String simplify(String label) {
        if (label == null) {
            return "O";
        }
        String l = label.startsWith("I-") || label.startsWith("B-") ? label.substring(2) : label;
        return switch (l) {
            case "PER", "PERSON" -> "PER";
            case "LOC", "LOCATION" -> "LOC";
            case "ORG", "ORGANIZATION" -> "ORG";
            case "MISC" -> "MISC";
            default -> "O";
        };
    }
}
