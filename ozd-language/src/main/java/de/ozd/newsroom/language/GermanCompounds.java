package de.ozd.newsroom.language;

import de.danielnaber.jwordsplitter.GermanWordSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Splits German compounds into their parts („Waffenlieferungen“ → „Waffen“, „lieferungen“) with
 * jwordsplitter, so that matching and search find „Lieferung“ in „Waffenlieferung“. Thread-safe:
 * the splitter is used under a lock (it keeps a cache).
 */
public final class GermanCompounds {

    /** jwordsplitter's own input limit. */
    private static final int MAX_LENGTH = 70;

    private final GermanWordSplitter splitter;

    public GermanCompounds() {
        try {
            this.splitter = new GermanWordSplitter(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the jwordsplitter dictionary", e);
        }
        splitter.setMinimumWordLength(4);
    }

    /** The parts of {@code word}, lower-case; the word itself when it is no compound. */
    public List<String> parts(String word) {
        String w = word.toLowerCase(Locale.GERMAN);
        if (w.length() > MAX_LENGTH) {
            return List.of(w); // jwordsplitter refuses longer input (a run-together list of places)
        }
        synchronized (splitter) {
            List<String> parts = splitter.splitWord(w);
            return parts.isEmpty()
                    ? List.of(w)
                    : parts.stream().map(p -> p.toLowerCase(Locale.GERMAN)).toList();
        }
    }
}
