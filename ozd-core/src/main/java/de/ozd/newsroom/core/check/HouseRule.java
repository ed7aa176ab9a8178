package de.ozd.newsroom.core.check;

/**
 * The catalogue of house-style rules with their stable ids and severities. Ids never change meaning; a retired
 * rule keeps its number. {@code docs/format.md} lists them for editors.
 */
public enum HouseRule {
    MISSING_REPORT("OZD001", Severity.ERROR, "Der Bericht fehlt"),
    MISSING_SIGNATURE("OZD002", Severity.ERROR, "Das Kürzel am Ende des Berichts fehlt"),
    FOREIGN_SIGNATURE("OZD003", Severity.WARNING, "Das Kürzel ist nicht das der Redaktion"),
    MISSING_SECTION("OZD004", Severity.ERROR, "Ein Pflichtteil des Pakets fehlt"),
    DUPLICATE_SECTION("OZD005", Severity.ERROR, "Ein Teil steht doppelt im Paket"),
    EMPTY_SECTION("OZD006", Severity.ERROR, "Ein Teil hat eine Überschrift, aber keinen Inhalt"),
    SECTION_ORDER("OZD007", Severity.WARNING, "Die Teile stehen nicht in der Hausreihenfolge"),
    COMMENTARY_WITHOUT_TITLE("OZD008", Severity.ERROR, "Der Kommentar hat keinen Titel"),
    HYPHEN_IN_HEADING("OZD009", Severity.WARNING, "Bindestrich statt Halbgeviertstrich in der Überschrift"),
    TOO_MANY_FACTS("OZD010", Severity.ERROR, "Zu viele Fakten in der Mini-Infobox"),
    FACT_TOO_LONG("OZD011", Severity.WARNING, "Ein Fakt der Mini-Infobox ist zu lang"),
    POINT_ORDER("OZD012", Severity.ERROR, "Die Buchstaben der Analysepunkte laufen nicht a), b), c) …"),
    ANALYSIS_SHAPE("OZD013", Severity.ERROR, "Analysepunkt ohne Dimension, Dimension ohne Punkte oder leerer Punkt"),
    ANALYSIS_LIMITS("OZD014", Severity.WARNING, "Zahl der Dimensionen oder Punkte außerhalb der Hausgrenzen"),
    QUESTION_WITHOUT_ANSWER("OZD015", Severity.ERROR, "Eine Frage der Erklärungen hat keine Antwort"),
    ANSWER_WITHOUT_QUESTION("OZD016", Severity.ERROR, "Text in den Erklärungen ohne Frage davor"),
    MISSING_CREDITS("OZD017", Severity.ERROR, "Die Zeile mit Haftungsausschluss und Bildnachweis fehlt"),
    MISSING_DISCLAIMER("OZD018", Severity.ERROR, "Der Haftungsausschluss fehlt"),
    MISSING_PICTURE_CREDIT("OZD019", Severity.ERROR, "Der Bildnachweis fehlt"),
    UNBALANCED_QUOTES("OZD020", Severity.ERROR, "Deutsche Anführungszeichen „…“ sind nicht ausgeglichen"),
    UNKNOWN_TEXT("OZD021", Severity.ERROR, "Text, der zu keinem Teil gehört"),
    FRONT_MATTER("OZD022", Severity.ERROR, "Fehler im Kopfbereich (Front Matter)"),
    TOO_FEW_FACTS("OZD023", Severity.WARNING, "Zu wenige Fakten in der Mini-Infobox"),
    STRAIGHT_QUOTES("OZD024", Severity.WARNING, "Gerade Anführungszeichen statt „…“"),
    /** A warning while drafting, an error before publication ({@link CheckMode#PUBLICATION}). */
    PLACEHOLDER(
            "OZD025",
            Severity.WARNING,
            Severity.ERROR,
            "Ein Platzhalter [Redaktion: …] ist noch nicht ausgefüllt (vor dem Veröffentlichen ein Fehler)");

    private final String id;
    private final Severity severity;
    private final Severity atPublication;
    private final String summary;

    HouseRule(String id, Severity severity, String summary) {
        this(id, severity, severity, summary);
    }

    HouseRule(String id, Severity severity, Severity atPublication, String summary) {
        this.id = id;
        this.severity = severity;
        this.atPublication = atPublication;
        this.summary = summary;
    }

    public String id() {
        return id;
    }

    /** The severity while drafting and editing ({@link CheckMode#DRAFTING}). */
    public Severity severity() {
        return severity;
    }

    /** The severity in {@code mode}: some warnings are errors when checking for publication. */
    public Severity severity(CheckMode mode) {
        return mode == CheckMode.PUBLICATION ? atPublication : severity;
    }

    /** The rule with this id ({@code OZD025}), if it is a house rule. */
    public static java.util.Optional<HouseRule> byId(String id) {
        for (HouseRule r : values()) {
            if (r.id.equals(id)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }

    /** One German sentence naming what the rule looks for (for docs and {@code ozd check --rules}). */
    public String summary() {
        return summary;
    }
}
