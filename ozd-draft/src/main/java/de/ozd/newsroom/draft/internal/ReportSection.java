package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.format.PackageWriter;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Report;
import de.ozd.newsroom.draft.DraftException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The report section of a draft, the same for every engine: the report verbatim with the desk signature. */
public final class ReportSection {
    private ReportSection() {}

    /**
     * The report with the desk signature. The house signature follows the end of a sentence („… Seite. OZD“); a
     * report whose last paragraph ends otherwise (a results table, a dateline) gets the signature on a line of its
     * own, so the report's own text stays untouched. In the model that line is the last paragraph (and the signature
     * field is empty): the canonical writer would otherwise join it to the paragraph, where the parser no longer sees
     * a signature.
     */
    public static Report of(List<String> paragraphs, HouseConfig config) {
        if (endsSentence(paragraphs)) {
            return new Report(paragraphs, config.brand());
        }
        List<String> withLine = new ArrayList<>(paragraphs);
        withLine.add(config.brand());
        return new Report(withLine, Optional.empty());
    }

    private static boolean endsSentence(List<String> paragraphs) {
        String last = paragraphs.get(paragraphs.size() - 1);
        return !last.isEmpty() && ".!?…“”\"»«)".indexOf(last.charAt(last.length() - 1)) >= 0;
    }

    /** A report line that reads like a house heading would break the package: say so. */
    public static void requireSurvives(ArticlePackage pkg, SourceReport source, HouseConfig config) {
        String text = new PackageWriter(config).canonical(pkg);
        List<String> back = new PackageParser(config).parse(text).pkg().report().paragraphs();
        if (!back.equals(source.paragraphs())) {
            int i = 0;
            while (i < back.size()
                    && i < source.paragraphs().size()
                    && back.get(i).equals(source.paragraphs().get(i))) {
                i++;
            }
            String line = i < source.paragraphs().size() ? source.paragraphs().get(i) : "";
            throw new DraftException("Absatz " + (i + 1) + " des Berichts („" + abbreviate(line)
                    + "“) sieht aus wie eine Überschrift des Hausformats: formulieren Sie ihn um oder "
                    + "verbinden Sie ihn mit dem Absatz davor.");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}
