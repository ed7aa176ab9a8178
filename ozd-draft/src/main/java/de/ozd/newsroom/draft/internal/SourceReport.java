package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.format.ParseResult;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report a draft or a grounding check starts from. A plain wire report gives one paragraph per
 * non-blank line; a house package (recognised by its desk signature and at least one more section)
 * gives its report section. A desk signature at the end of the last paragraph is split off.
 */
public record SourceReport(List<String> paragraphs, Optional<String> signature) {

    public SourceReport {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Reads a report from text. */
    public static SourceReport of(String text, HouseConfig config) {
        String clean = text.startsWith("\uFEFF") ? text.substring(1) : text;
        ParseResult parsed = new PackageParser(config).parse(clean);
        ArticlePackage pkg = parsed.pkg();
        // a package has its desk signature and at least one more section; anything else is a report
        boolean isPackage = pkg.report().signature().isPresent()
                && (pkg.has(Section.COMMENTARY)
                        || pkg.has(Section.INFOBOX)
                        || pkg.has(Section.ANALYSIS)
                        || pkg.has(Section.EXPLAINERS)
                        || pkg.has(Section.EXTRAS)
                        || pkg.has(Section.CREDITS));
        if (isPackage) {
            return new SourceReport(pkg.report().paragraphs(), pkg.report().signature());
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : clean.split("\r\n|\r|\n")) {
            String p = line.strip().replaceAll("\\s+", " ");
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        Optional<String> signature = Optional.empty();
        if (!paragraphs.isEmpty()) {
            String last = paragraphs.get(paragraphs.size() - 1);
            String suffix = " " + config.brand();
            if (last.endsWith(suffix) && last.length() > suffix.length()) {
                paragraphs.set(paragraphs.size() - 1, last.substring(0, last.length() - suffix.length()));
                signature = Optional.of(config.brand());
            } else if (last.equals(config.brand())) {
                paragraphs.remove(paragraphs.size() - 1);
                signature = Optional.of(config.brand());
            }
        }
        return new SourceReport(paragraphs, signature);
    }

    /** The report text, paragraphs separated by line breaks, without the signature. */
    public String text() {
        return String.join("\n", paragraphs);
    }
}
