package de.ozd.newsroom.draft;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.Rule;
import de.ozd.newsroom.core.format.NodeLayout;
import de.ozd.newsroom.core.format.NodePath;
import de.ozd.newsroom.core.format.ParseResult;
import de.ozd.newsroom.core.format.SourceLine;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.language.SpellingChecker;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Spelling ({@value #SPELLING}) and grammar/style ({@value #GRAMMAR}) findings from LanguageTool
 * as house-check warnings. Checks the text of every section line by line, never headings or the
 * letters of analysis points (those would only give capitalisation findings); lines an editor
 * still has to write ({@code [Redaktion: …]}) are skipped. Thread-safe as its checker.
 */
public final class SpellingRule implements Rule {

    /** Rule id ({@link DraftRule#SPELLING}): a word the speller does not know. */
    public static final String SPELLING = DraftRule.SPELLING.id();
    /** Rule id ({@link DraftRule#GRAMMAR}): grammar, punctuation or style. */
    public static final String GRAMMAR = DraftRule.GRAMMAR.id();

    private final SpellingChecker checker;

    public SpellingRule(SpellingChecker checker) {
        this.checker = checker;
    }

    @Override
    public void check(ParseResult parsed, HouseConfig config, List<Diagnostic> out) {
        ArticlePackage pkg = parsed.pkg();
        BiConsumer<String, String> line = (text, path) -> checkLine(parsed, text, path, out);
        List<String> report = pkg.report().paragraphs();
        for (int i = 0; i < report.size(); i++) {
            line.accept(report.get(i), NodePath.reportParagraph(i));
        }
        pkg.commentary().ifPresent(c -> {
            for (int i = 0; i < c.paragraphs().size(); i++) {
                line.accept(c.paragraphs().get(i), NodePath.commentaryParagraph(i));
            }
        });
        pkg.infobox().ifPresent(b -> {
            line.accept(b.title(), NodePath.INFOBOX_TITLE);
            for (int i = 0; i < b.facts().size(); i++) {
                line.accept(b.facts().get(i), NodePath.infoboxFact(i));
            }
        });
        pkg.analysis().ifPresent(a -> {
            for (int d = 0; d < a.dimensions().size(); d++) {
                line.accept(a.dimensions().get(d).title(), NodePath.dimension(d));
                var points = a.dimensions().get(d).points();
                for (int p = 0; p < points.size(); p++) {
                    line.accept(points.get(p).text(), NodePath.point(d, p));
                }
            }
        });
        pkg.explainers().ifPresent(e -> {
            for (int i = 0; i < e.entries().size(); i++) {
                line.accept(e.entries().get(i).question(), NodePath.question(i));
                line.accept(e.entries().get(i).answer(), NodePath.answer(i));
            }
        });
        pkg.extras().ifPresent(x -> {
            for (int i = 0; i < x.paragraphs().size(); i++) {
                line.accept(x.paragraphs().get(i), NodePath.extrasParagraph(i));
            }
        });
    }

    private void checkLine(ParseResult parsed, String text, String path, List<Diagnostic> out) {
        if (text.isBlank() || DraftLabels.isPlaceholder(text)) {
            return;
        }
        for (SpellingChecker.Finding f : checker.check(text)) {
            String word = text.substring(f.begin(), f.end());
            int[] pos = position(parsed, path, word);
            String hint =
                    f.suggestions().isEmpty() ? "" : " Vorschlag: „" + String.join("“, „", f.suggestions()) + "“.";
            DraftRule rule = f.spelling() ? DraftRule.SPELLING : DraftRule.GRAMMAR;
            String message = (f.spelling() ? "Rechtschreibung: „" + word + "“ – " : "Grammatik/Stil: „" + word + "“ – ")
                    + f.message() + hint + " (LanguageTool " + f.ruleId() + ")";
            out.add(new Diagnostic(pos[0], pos[1], rule.severity(), rule.id(), message));
        }
    }

    private static int[] position(ParseResult parsed, String path, String word) {
        Optional<NodeLayout> node = parsed.layout().node(path);
        if (node.isEmpty() || node.get().firstLine().isEmpty()) {
            return new int[] {parsed.layout().lineNumberOf(path, 1), 1};
        }
        for (SourceLine raw : node.get().raw()) {
            int at = raw.text().indexOf(word);
            if (at >= 0) {
                return new int[] {raw.number(), raw.columnOf(at)};
            }
        }
        SourceLine first = node.get().firstLine().get();
        return new int[] {first.number(), first.firstColumn()};
    }
}
