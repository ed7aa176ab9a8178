package de.ozd.newsroom.core.format;

/**
 * Names of the line-level nodes of a package, used to find where an element stood in the source
 * ({@link SourceLayout#node(String)}). Indexes are 0-based.
 */
public final class NodePath {
    public static final String FRONT_MATTER = "frontMatter";
    public static final String COMMENTARY = "commentary";
    public static final String INFOBOX = "infobox";
    public static final String INFOBOX_TITLE = "infobox.title";
    public static final String ANALYSIS = "analysis";
    public static final String EXPLAINERS = "explainers";
    public static final String CREDITS = "credits";
    public static final String EXTRAS = "extras";

    private NodePath() {
    }

    public static String reportParagraph(int i) {
        return "report[" + i + "]";
    }

    public static String commentaryParagraph(int i) {
        return "commentary[" + i + "]";
    }

    public static String infoboxFact(int i) {
        return "infobox[" + i + "]";
    }

    public static String dimension(int d) {
        return "analysis[" + d + "]";
    }

    public static String point(int d, int p) {
        return "analysis[" + d + "][" + p + "]";
    }

    public static String question(int i) {
        return "explainers[" + i + "].q";
    }

    public static String answer(int i) {
        return "explainers[" + i + "].a";
    }

    public static String extrasParagraph(int i) {
        return "extras[" + i + "]";
    }
}
