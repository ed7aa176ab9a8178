package de.ozd.newsroom.core.format;

import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.model.ArticlePackage;
import java.util.List;

/**
 * What {@link PackageParser#parse} returns: the package, the structural findings (never an exception for bad
 * content), and the source layout that lets {@link PackageWriter#lossless} reproduce the input.
 */
public record ParseResult(ArticlePackage pkg, List<Diagnostic> diagnostics, SourceLayout layout) {
    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
