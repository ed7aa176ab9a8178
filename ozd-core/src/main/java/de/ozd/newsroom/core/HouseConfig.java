package de.ozd.newsroom.core;

import java.util.Objects;

/**
 * The house: brand, heading words, credit words and the limits the checks enforce. {@link #OZD} holds the values
 * of the OZD reference article; another outlet changes this value, not the code. Immutable and thread-safe.
 *
 * @param brand               the desk signature that ends the report and prefixes headings ({@code OZD})
 * @param commentaryHeading   the word that opens the commentary heading, followed by an en dash and the title
 * @param infoboxHeading      heading line of the infobox
 * @param analysisHeading     heading line of the analysis
 * @param explainersHeading   heading line of the explainers
 * @param extrasHeading       heading line of the extras
 * @param disclaimer          the sentence that opens the credits line
 * @param pictureCreditWord   the word before the picture credit ({@code Titelbild AFP.})
 * @param limits              the limits of the house checks
 * @param baseUrl             the absolute http(s) address the outlet's articles are published under, used by feeds,
 *                            sitemaps and IPTC items; empty where not configured (then {@code --base-url} gives it)
 */
public record HouseConfig(
        String brand,
        String commentaryHeading,
        String infoboxHeading,
        String analysisHeading,
        String explainersHeading,
        String extrasHeading,
        String disclaimer,
        String pictureCreditWord,
        Limits limits,
        java.util.Optional<String> baseUrl) {

    /** The OZD house as in the reference article. */
    public static final HouseConfig OZD = new HouseConfig(
            "OZD",
            "OZD-Kommentar",
            "Mini-Infobox",
            "OZD-Analyse",
            "Erklärungen",
            "OZD-Extras",
            "Alle Angaben ohne Gewähr.",
            "Titelbild",
            Limits.DEFAULT);

    public HouseConfig {
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(commentaryHeading, "commentaryHeading");
        Objects.requireNonNull(infoboxHeading, "infoboxHeading");
        Objects.requireNonNull(analysisHeading, "analysisHeading");
        Objects.requireNonNull(explainersHeading, "explainersHeading");
        Objects.requireNonNull(extrasHeading, "extrasHeading");
        Objects.requireNonNull(disclaimer, "disclaimer");
        Objects.requireNonNull(pictureCreditWord, "pictureCreditWord");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    /** A house without a configured base URL. */
    public HouseConfig(
            String brand,
            String commentaryHeading,
            String infoboxHeading,
            String analysisHeading,
            String explainersHeading,
            String extrasHeading,
            String disclaimer,
            String pictureCreditWord,
            Limits limits) {
        this(
                brand,
                commentaryHeading,
                infoboxHeading,
                analysisHeading,
                explainersHeading,
                extrasHeading,
                disclaimer,
                pictureCreditWord,
                limits,
                java.util.Optional.empty());
    }

    public HouseConfig withLimits(Limits value) {
        return new HouseConfig(
                brand,
                commentaryHeading,
                infoboxHeading,
                analysisHeading,
                explainersHeading,
                extrasHeading,
                disclaimer,
                pictureCreditWord,
                value,
                baseUrl);
    }

    public HouseConfig withBaseUrl(String value) {
        return new HouseConfig(
                brand,
                commentaryHeading,
                infoboxHeading,
                analysisHeading,
                explainersHeading,
                extrasHeading,
                disclaimer,
                pictureCreditWord,
                limits,
                java.util.Optional.ofNullable(value));
    }

    /**
     * Limits of the house checks and of the input.
     *
     * @param minFacts          fewer facts in the Mini-Infobox are a warning (a box of one fact is no box)
     * @param maxFacts          more facts are an error (the box must stay "mini")
     * @param maxWordsPerFact   longer facts are a warning (a fact is a headline fragment, ~8 words)
     * @param minDimensions     fewer analysis dimensions are a warning
     * @param maxDimensions     more analysis dimensions are a warning
     * @param minPoints         fewer points per dimension are a warning
     * @param maxPoints         more points per dimension are a warning
     * @param maxInputBytes     larger inputs are refused before reading (a package is ~10 KB; 2 MiB leaves room)
     */
    public record Limits(
            int minFacts,
            int maxFacts,
            int maxWordsPerFact,
            int minDimensions,
            int maxDimensions,
            int minPoints,
            int maxPoints,
            long maxInputBytes) {

        public static final Limits DEFAULT = new Limits(3, 5, 8, 2, 4, 2, 5, 2L * 1024 * 1024);

        public Limits withMaxInputBytes(long value) {
            return new Limits(
                    minFacts, maxFacts, maxWordsPerFact, minDimensions, maxDimensions, minPoints, maxPoints, value);
        }
    }
}
