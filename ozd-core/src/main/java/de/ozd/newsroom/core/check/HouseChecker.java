package de.ozd.newsroom.core.check;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.internal.AnalysisRule;
import de.ozd.newsroom.core.check.internal.CreditsRule;
import de.ozd.newsroom.core.check.internal.ExplainerRule;
import de.ozd.newsroom.core.check.internal.InfoboxRule;
import de.ozd.newsroom.core.check.internal.PlaceholderRule;
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
 * and every rule's findings, sorted by position. A checker {@linkplain #forPublication() for publication} reports
 * each house rule with its publication severity (a left-over placeholder is then an error). Immutable and
 * thread-safe.
 */
public final class HouseChecker {
    private final HouseConfig config;
    private final List<Rule> rules;
    private final CheckMode mode;

    public HouseChecker(HouseConfig config, List<Rule> rules) {
        this(config, rules, CheckMode.DRAFTING);
    }

    public HouseChecker(HouseConfig config, List<Rule> rules, CheckMode mode) {
        this.config = config;
        this.rules = List.copyOf(rules);
        this.mode = java.util.Objects.requireNonNull(mode, "mode");
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
                new QuoteRule(),
                new PlaceholderRule());
    }

    /** A copy with an extra rule (e.g. the grounding check of the drafting module). */
    public HouseChecker with(Rule rule) {
        List<Rule> more = new ArrayList<>(rules);
        more.add(rule);
        return new HouseChecker(config, more, mode);
    }

    /** A copy that checks for publication: every house rule with its publication severity. */
    public HouseChecker forPublication() {
        return in(CheckMode.PUBLICATION);
    }

    /** A copy that checks in {@code mode}. */
    public HouseChecker in(CheckMode mode) {
        return new HouseChecker(config, rules, mode);
    }

    public CheckMode mode() {
        return mode;
    }

    public HouseConfig config() {
        return config;
    }

    public List<Diagnostic> check(ParseResult parsed) {
        List<Diagnostic> out = new ArrayList<>(parsed.diagnostics());
        for (Rule rule : rules) {
            rule.check(parsed, config, out);
        }
        if (mode != CheckMode.DRAFTING) {
            out.replaceAll(this::inMode);
        }
        out.sort(Diagnostic.BY_POSITION);
        return List.copyOf(out);
    }

    /** A finding with its house rule's severity in this checker's mode (other rules' findings as they are). */
    private Diagnostic inMode(Diagnostic d) {
        return HouseRule.byId(d.rule())
                .map(r -> r.severity(mode))
                .filter(s -> s != d.severity())
                .map(s -> new Diagnostic(d.line(), d.column(), s, d.rule(), d.message()))
                .orElse(d);
    }

    /** Checks a package that is not text yet: positions refer to its canonical house text. */
    public List<Diagnostic> check(ArticlePackage pkg) {
        return check(new PackageParser(config).parse(new PackageWriter(config).canonical(pkg)));
    }

    public List<Diagnostic> check(String text) {
        return check(new PackageParser(config).parse(text));
    }
}
