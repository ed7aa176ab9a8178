package de.ozd.newsroom.language;

import de.ozd.newsroom.language.internal.GermanLexicon;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The house gazetteer of places and organisations, including adjectives derived from places
 * („südkoreanischer“ → Südkorea). Immutable and thread-safe.
 */
public final class Gazetteer {

    private static final Gazetteer INSTANCE = new Gazetteer();

    private Gazetteer() {}

    public static Gazetteer get() {
        return INSTANCE;
    }

    /** The place an adjective derives from („nordkoreanische“ → „Nordkorea“), if known. */
    public Optional<String> placeOfAdjective(String word) {
        String w = word.toLowerCase(Locale.GERMAN);
        String best = null;
        int bestLength = 0;
        for (Map.Entry<String, String> e : GermanLexicon.get().gazetteer().entrySet()) {
            if (e.getValue().startsWith("DEMONYM")
                    && w.startsWith(e.getKey())
                    && e.getKey().length() > bestLength
                    && w.length() - e.getKey().length() <= 3) {
                best = e.getValue().substring(e.getValue().indexOf('|') + 1);
                bestLength = e.getKey().length();
            }
        }
        return Optional.ofNullable(best);
    }
}
