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

    /** Paths for the first indexes are built once: they are map keys on every parse, and a constant keeps its hash. */
    private static final int CACHED = 32;

    private static final String[] REPORT = cache(i -> "report[" + i + "]");
    private static final String[] COMMENTARY_P = cache(i -> "commentary[" + i + "]");
    private static final String[] FACT = cache(i -> "infobox[" + i + "]");
    private static final String[] DIMENSION = cache(i -> "analysis[" + i + "]");
    private static final String[] QUESTION = cache(i -> "explainers[" + i + "].q");
    private static final String[] ANSWER = cache(i -> "explainers[" + i + "].a");
    private static final String[] EXTRAS_P = cache(i -> "extras[" + i + "]");
    private static final String[][] POINT = new String[CACHED][];

    static {
        for (int d = 0; d < CACHED; d++) {
            int dim = d;
            POINT[d] = cache(p -> "analysis[" + dim + "][" + p + "]");
        }
    }

    private NodePath() {}

    private static String[] cache(java.util.function.IntFunction<String> path) {
        String[] out = new String[CACHED];
        for (int i = 0; i < CACHED; i++) {
            out[i] = path.apply(i);
        }
        return out;
    }

    private static String indexed(String[] cached, int i, String prefix, String suffix) {
        return i < CACHED ? cached[i] : prefix + i + suffix;
    }

    public static String reportParagraph(int i) {
        return indexed(REPORT, i, "report[", "]");
    }

    public static String commentaryParagraph(int i) {
        return indexed(COMMENTARY_P, i, "commentary[", "]");
    }

    public static String infoboxFact(int i) {
        return indexed(FACT, i, "infobox[", "]");
    }

    public static String dimension(int d) {
        return indexed(DIMENSION, d, "analysis[", "]");
    }

    public static String point(int d, int p) {
        return d < CACHED && p < CACHED ? POINT[d][p] : "analysis[" + d + "][" + p + "]";
    }

    public static String question(int i) {
        return indexed(QUESTION, i, "explainers[", "].q");
    }

    public static String answer(int i) {
        return indexed(ANSWER, i, "explainers[", "].a");
    }

    public static String extrasParagraph(int i) {
        return indexed(EXTRAS_P, i, "extras[", "]");
    }
}
