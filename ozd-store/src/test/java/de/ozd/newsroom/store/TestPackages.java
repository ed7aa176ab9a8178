package de.ozd.newsroom.store;

/** Small test packages in the house format, written for these tests. */
public final class TestPackages {
    private TestPackages() {}

    public static String text(
            String slug, String headline, String date, String tags, String extraFront, String report) {
        return "---\nheadline: " + headline + "\nslug: " + slug + "\ndate: " + date + "\nauthor: Testredaktion\n"
                + "tags: " + tags + "\n" + extraFront + "---\n" + report + " OZD\n"
                + "OZD-Kommentar – Ein Kommentar zum Thema\nDie Lage verlangt einen kühlen Kopf und klare Zuständigkeiten.\n"
                + "\nMini-Infobox\n" + headline
                + "\nErster Fakt zur Lage\nZweiter Fakt zur Lage\nDritter Fakt zur Lage\n"
                + "Alle Angaben ohne Gewähr. Titelbild OZD.";
    }

    /** A bridge in Mainfurt closed to lorries. */
    public static String bridge() {
        return text(
                "mainfurt-sperrt-bruecke",
                "Mainfurt sperrt die Alte Brücke für Lastwagen",
                "2026-11-12T09:30:00+01:00",
                "Verkehr, Infrastruktur",
                "persons: Helga Brandt\nplaces: Mainfurt\norganisations: Stadtwerke Mainfurt\n",
                "Die Stadt Mainfurt hat die Alte Brücke über den Main ab Montag für Lastwagen gesperrt. Gutachter fanden "
                        + "Risse in den Pfeilern der Mainbrücke.\nOberbürgermeisterin Helga Brandt sagte, die Sicherheit der "
                        + "Menschen gehe vor. Umleitungen führen über die Nordbrücke.");
    }

    /** Another bridge story, for "more like this". */
    public static String bridge2() {
        return text(
                "kielsund-saniert-bruecken",
                "Kielsund saniert seine Brücken",
                "2026-10-02T08:00:00+02:00",
                "Verkehr, Kielsund",
                "places: Kielsund\n",
                "Kielsund will in den nächsten fünf Jahren alle Brücken der Stadt sanieren. Viele Pfeiler zeigen Risse, "
                        + "sagte der Baudezernent.\nDie Sperrung einzelner Brücken für Lastwagen sei nicht ausgeschlossen.");
    }

    /** A harbour strike. */
    public static String strike() {
        return text(
                "hafen-kielsund-streik",
                "Warnstreik legt Hafen Kielsund lahm",
                "2026-11-20T07:15:00+01:00",
                "Wirtschaft, Arbeit",
                "persons: Miriam Ohlsen\nplaces: Kielsund\norganisations: Gewerkschaft Hafen und Logistik\n",
                "Im Hafen von Kielsund haben Hafenarbeiter am Dienstag die Arbeit niedergelegt. Die Gewerkschaft fordert "
                        + "acht Prozent mehr Lohn.\nDie Arbeitgeber nennen die Forderung überzogen; die alte Regelung laufe "
                        + "erst im Frühjahr aus.");
    }

    /** A satellite launch delayed. */
    public static String satellite() {
        return text(
                "satellit-start-verschoben",
                "Start des Wettersatelliten verschoben",
                "2026-09-15T14:00:00+02:00",
                "Raumfahrt, Wetter",
                "organisations: Europäische Wetteragentur\n",
                "Der Start eines neuen Wettersatelliten ist um eine Woche verschoben worden. Ein Ventil der Oberstufe "
                        + "muss getauscht werden.\nDie Agentur betonte, der Satellit selbst sei in gutem Zustand.");
    }

    /**
     * {@code text} (one of the packages above) with the analysis and explainers it lacks, so the house check finds no
     * error and the publish gate lets it out.
     */
    public static String complete(String text) {
        return text.replace(
                "Alle Angaben ohne Gewähr.",
                "OZD-Analyse\nPraktische Dimension\na) Erste Folge für den Alltag\nb) Zweite Folge für den Alltag\n"
                        + "Politische Dimension\na) Erste Frage an die Verantwortlichen\n"
                        + "b) Zweite Frage an die Verantwortlichen\n\nErklärungen\nWas bedeutet das für die Leser?\n"
                        + "Vorerst ändert sich für die meisten wenig.\nAlle Angaben ohne Gewähr.");
    }
}
