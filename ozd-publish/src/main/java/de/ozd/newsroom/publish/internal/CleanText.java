package de.ozd.newsroom.publish.internal;

import de.ozd.newsroom.core.model.Analysis;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Commentary;
import de.ozd.newsroom.core.model.Credits;
import de.ozd.newsroom.core.model.Dimension;
import de.ozd.newsroom.core.model.Explainer;
import de.ozd.newsroom.core.model.Explainers;
import de.ozd.newsroom.core.model.Extras;
import de.ozd.newsroom.core.model.FrontMatter;
import de.ozd.newsroom.core.model.Infobox;
import de.ozd.newsroom.core.model.Point;
import de.ozd.newsroom.core.model.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes what no output may carry: XML 1.0 forbids C0 controls other than tab, LF and CR, HTML forbids them and the
 * C1 controls, and neither takes lone surrogates or the non-characters U+FFFE/U+FFFF. Escaping cannot repair these
 * (XML has no escape for U+0001), so they are dropped once, before any renderer sees the text.
 */
public final class CleanText {
    private CleanText() {}

    public static String clean(String s) {
        int i = firstBad(s);
        if (i < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (!bad(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int firstBad(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (bad(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean bad(char c) {
        return (c < 0x20 && c != '\t' && c != '\n')
                || (c >= 0x7F && c <= 0x9F)
                || c == '\r'
                || Character.isSurrogate(c)
                || c == '\uFFFE'
                || c == '\uFFFF';
    }

    private static List<String> clean(List<String> list) {
        return list.stream().map(CleanText::clean).toList();
    }

    /** A copy of the package with every text cleaned (the provenance has no free text but the model id). */
    public static ArticlePackage clean(ArticlePackage p) {
        Map<String, String> fields = new LinkedHashMap<>();
        p.frontMatter().fields().forEach((k, v) -> fields.put(clean(k), clean(v)));
        return new ArticlePackage(
                new FrontMatter(fields),
                new Report(
                        clean(p.report().paragraphs()), p.report().signature().map(CleanText::clean)),
                p.commentary().map(c -> new Commentary(clean(c.title()), clean(c.paragraphs()))),
                p.infobox().map(b -> new Infobox(clean(b.title()), clean(b.facts()))),
                p.analysis()
                        .map(a -> new Analysis(a.dimensions().stream()
                                .map(d -> new Dimension(
                                        clean(d.title()),
                                        d.points().stream()
                                                .map(pt -> new Point(clean(pt.label()), clean(pt.text())))
                                                .toList()))
                                .toList())),
                p.explainers()
                        .map(e -> new Explainers(e.entries().stream()
                                .map(x -> new Explainer(clean(x.question()), clean(x.answer())))
                                .toList())),
                p.credits()
                        .map(c -> new Credits(
                                c.disclaimer().map(CleanText::clean),
                                c.pictureCredit().map(CleanText::clean))),
                p.extras().map(x -> new Extras(clean(x.paragraphs()))),
                p.provenance());
    }
}
