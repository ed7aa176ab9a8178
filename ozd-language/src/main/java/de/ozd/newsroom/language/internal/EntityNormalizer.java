package de.ozd.newsroom.language.internal;

import de.ozd.newsroom.language.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gives every mention in one text a canonical name: the genitive „-s“ is removed where the bare
 * form is known (gazetteer, another mention, or a noun follows as in „Kim Jong Uns Worte“), known
 * places take their gazetteer spelling, and a short person mention („Kim“, „Putin“) takes the
 * longest full name in the same text that contains it („Kim Jong Un“). Stateless and thread-safe.
 */
public final class EntityNormalizer {

    /** A mention before normalisation. */
    public record Mention(String text, EntityType type, boolean nounFollows) {}

    private final GermanLexicon lexicon = GermanLexicon.get();

    /** Canonical names for the mentions, in the same order. */
    public List<String> canonicalise(List<Mention> mentions) {
        List<String> bases = new ArrayList<>();
        for (Mention m : mentions) {
            bases.add(base(m, mentions));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            out.add(expandShortForm(bases.get(i), mentions.get(i).type(), mentions, bases));
        }
        return out;
    }

    private String base(Mention m, List<Mention> all) {
        String text = m.text().replaceAll("['’]$", "").strip();
        Map<String, String> gaz = lexicon.gazetteer();
        String exact = gaz.get(text.toLowerCase(Locale.GERMAN));
        if (exact != null && !exact.startsWith("DEMONYM")) {
            return exact.substring(exact.indexOf('|') + 1);
        }
        if (!isGenitiveCandidate(text)) {
            return text;
        }
        String stem = text.substring(0, text.length() - 1);
        String g = gaz.get(stem.toLowerCase(Locale.GERMAN));
        if (g != null && !g.startsWith("DEMONYM")) {
            return g.substring(g.indexOf('|') + 1);
        }
        boolean stemElsewhere = all.stream()
                .anyMatch(o -> o.text().equals(stem)
                        || o.text().startsWith(stem + " ")
                        || o.text().endsWith(" " + stem));
        if (stemElsewhere || (m.nounFollows() && m.type() != EntityType.OTHER)) {
            return stem;
        }
        return text;
    }

    private static boolean isGenitiveCandidate(String text) {
        return text.length() > 3
                && text.endsWith("s")
                && !text.endsWith("ss")
                && !text.endsWith("us")
                && Character.isLowerCase(text.charAt(text.length() - 2));
    }

    private static String expandShortForm(String base, EntityType type, List<Mention> mentions, List<String> bases) {
        if (type != EntityType.PERSON) {
            return base;
        }
        String best = base;
        for (int i = 0; i < bases.size(); i++) {
            String other = bases.get(i);
            if (mentions.get(i).type() != EntityType.PERSON || other.length() <= best.length()) {
                continue;
            }
            if (other.startsWith(base + " ") || other.endsWith(" " + base)) {
                best = other;
            }
        }
        return best;
    }
}
