package de.ozd.newsroom.core.check;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.format.ParseResult;
import java.util.List;

/**
 * A house-style check over a parsed package. Rules read the model and the source layout (for exact positions) and
 * add their findings; they never change anything. Implementations are stateless and thread-safe.
 */
public interface Rule {
    void check(ParseResult parsed, HouseConfig config, List<Diagnostic> out);
}
