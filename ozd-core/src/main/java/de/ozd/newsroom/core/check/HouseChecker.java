package de.ozd.newsroom.core.check;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.internal.AnalysisRule;
import de.ozd.newsroom.core.check.internal.CreditsRule;
import de.ozd.newsroom.core.check.internal.ExplainerRule;
import de.ozd.newsroom.core.check.internal.InfoboxRule;
import de.ozd.newsroom.core.check.internal.QuoteRule;
import de.ozd.newsroom.core.check.internal.ReportRule;
import de.ozd.newsroom.core.check.internal.SectionRule;
import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.format.PackageWriter;
import de.ozd.newsroom.core.format.ParseResult;
import de.ozd.newsroom.core.model.ArticlePackage;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the house-style rules ({@link HouseRule}) over a package. The result holds the parser's structural findings
 * and every rule's findings, sorted by position. Immutable and thread-safe.
 */
public final class HouseChecker {
    private final HouseConfig config;
    private final List<Rule> rules;

    public HouseChecker(HouseConfig config, List<Rule> rules) {
        this.config = config;
        this.rules = List.copyOf(rules);
    }

    /** The OZD house with every built-in rule. */
    public static HouseChecker ozd() {
        return new HouseChecker(HouseConfig.OZD, defaultRules());
    }

    public static List<Rule> defaultRules() {
        return List.of(
                new ReportRule(),
                new SectionRule(),
                new InfoboxRule(),
                new AnalysisRule(),
                new ExplainerRule(),
                new CreditsRule(),
                new QuoteRule());
    }

    /** A copy with an extra rule (e.g. the grounding check of the drafting module). */
    public HouseChecker with(Rule rule) {
        List<Rule> more = new ArrayList<>(rules);
        more.add(rule);
        return new HouseChecker(config, more);
    }

    public HouseConfig config() {
        return config;
    }

    public List<Diagnostic> check(ParseResult parsed) {
        List<Diagnostic> out = new ArrayList<>(parsed.diagnostics());
        for (Rule rule : rules) {
            rule.check(parsed, config, out);
        }
        out.sort(Diagnostic.BY_POSITION);
        return List.copyOf(out);
    }

    /** Checks a package that is not text yet: positions refer to its canonical house text. */
    public List<Diagnostic> check(ArticlePackage pkg) {
        return check(new PackageParser(config).parse(new PackageWriter(config).canonical(pkg)));
    }

    public List<Diagnostic> check(String text) {
        return check(new PackageParser(config).parse(text));
    }
}
