package de.ozd.newsroom.publish.internal;

import de.ozd.newsroom.core.model.Dimension;
import de.ozd.newsroom.core.model.Explainer;
import de.ozd.newsroom.core.model.Point;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.publish.OutputFormat;
import de.ozd.newsroom.publish.Publication;
import de.ozd.newsroom.publish.Site;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CommonMark: headline, dateline, the sections in house order, the commentary under a rule and marked as opinion,
 * machine labels as block quotes. Every text is escaped so that it stays text (no link, no HTML, no emphasis).
 * Immutable and thread-safe.
 */
public final class MarkdownRenderer extends ArticleRenderer {
    public static final OutputFormat FORMAT =
            new OutputFormat("markdown", "text/markdown; charset=utf-8", "md", OutputFormat.Scope.ARTICLE);
    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]{}()<>#+!|&~])");
    private static final Pattern LINE_START = Pattern.compile("^([-=+>])");
    private static final Pattern LIST_NUMBER = Pattern.compile("^(\\d+)([.)])");

    public MarkdownRenderer(Site site) {
        super(site, FORMAT);
    }

    @Override
    protected void write(Publication p, Writer out) throws IOException {
        out.write(markdown(p));
    }

    String markdown(Publication p) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(esc(p.headline())).append("\n\n");
        b.append('*')
                .append(esc(Dates.german(p.published(), site.zone())))
                .append(
                        p.modified().isAfter(p.published())
                                ? " · Aktualisiert am " + esc(Dates.german(p.modified(), site.zone()))
                                : "")
                .append(p.author().map(a -> " · Von " + esc(a)).orElse(""))
                .append(p.agency().map(a -> " (" + esc(a) + ")").orElse(""))
                .append("*\n\n");
        var report = p.pkg().report();
        label(b, p, Section.REPORT);
        for (int i = 0; i < report.paragraphs().size(); i++) {
            b.append(esc(report.paragraphs().get(i)));
            if (i == report.paragraphs().size() - 1) {
                report.signature().ifPresent(s -> b.append(" **").append(esc(s)).append("**"));
            }
            b.append("\n\n");
        }
        p.pkg().infobox().ifPresent(box -> {
            b.append("## ").append(esc(box.title())).append("\n\n");
            label(b, p, Section.INFOBOX);
            box.facts().forEach(f -> b.append("- ").append(esc(f)).append('\n'));
            b.append('\n');
        });
        p.pkg().analysis().ifPresent(a -> analysis(b, p, a.dimensions()));
        p.pkg().explainers().ifPresent(e -> explainers(b, p, e.entries()));
        p.pkg().extras().ifPresent(x -> {
            b.append("## ").append(esc(site.house().extrasHeading())).append("\n\n");
            label(b, p, Section.EXTRAS);
            x.paragraphs().forEach(para -> b.append(esc(para)).append("\n\n"));
        });
        p.pkg()
                .credits()
                .ifPresent(c -> b.append('*').append(esc(xhtml.creditsLine(c))).append("*\n\n"));
        p.pkg().commentary().ifPresent(c -> {
            b.append("---\n\n## Meinung: ").append(esc(c.title())).append("\n\n");
            b.append("*")
                    .append(esc(site.house().commentaryHeading()))
                    .append(" – Kommentar, vom Bericht getrennt*\n\n");
            label(b, p, Section.COMMENTARY);
            c.paragraphs().forEach(para -> b.append(esc(para)).append("\n\n"));
        });
        return b.toString().stripTrailing() + "\n";
    }

    private void analysis(StringBuilder b, Publication p, List<Dimension> dims) {
        b.append("## ").append(esc(site.house().analysisHeading())).append("\n\n");
        label(b, p, Section.ANALYSIS);
        for (Dimension d : dims) {
            b.append("### ").append(esc(d.title())).append("\n\n");
            for (Point pt : d.points()) {
                b.append("- ")
                        .append(esc(pt.label()))
                        .append("\\) ")
                        .append(esc(pt.text()))
                        .append('\n');
            }
            b.append('\n');
        }
    }

    private void explainers(StringBuilder b, Publication p, List<Explainer> entries) {
        b.append("## ").append(esc(site.house().explainersHeading())).append("\n\n");
        label(b, p, Section.EXPLAINERS);
        for (Explainer e : entries) {
            b.append("**")
                    .append(esc(e.question()))
                    .append("**\n\n")
                    .append(esc(e.answer()))
                    .append("\n\n");
        }
    }

    private static void label(StringBuilder b, Publication p, Section s) {
        MachineLabels.label(p, s)
                .ifPresent(l -> b.append("> **Hinweis:** ").append(esc(l)).append("\n\n"));
    }

    /** Escapes CommonMark syntax; line breaks inside a text become spaces (a paragraph is one line). */
    static String esc(String text) {
        String t = text.replace('\n', ' ').replace('\t', ' ').strip();
        t = INLINE.matcher(t).replaceAll("\\\\$1");
        t = LINE_START.matcher(t).replaceFirst("\\\\$1");
        return LIST_NUMBER.matcher(t).replaceFirst("$1\\\\$2");
    }
}
