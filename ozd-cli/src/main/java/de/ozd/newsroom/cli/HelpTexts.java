package de.ozd.newsroom.cli;

import java.util.Map;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The German frame of every help page: section headings, the standard {@code --help}/{@code --version} texts, and
 * one complete sentence per command for the command list of {@code ozd --help} (picocli would otherwise show the
 * first line of each description, cut wherever the line ends).
 */
final class HelpTexts {
    private HelpTexts() {}

    /** One summary per command, a whole sentence each, as {@code ozd --help} lists them. */
    static final Map<String, String> SUMMARIES = Map.ofEntries(
            Map.entry("parse", "Pakete einlesen und ihren Aufbau als JSON ausgeben."),
            Map.entry("format", "Pakete in die kanonische Hausform bringen."),
            Map.entry("check", "Pakete gegen den Hausstil prüfen, eine Zeile je Befund."),
            Map.entry("render", "Pakete als Seite, IPTC-Objekt, Feed oder Sitemap ausgeben."),
            Map.entry("site", "Eine statische Website aus Paketen schreiben, mit Feeds und Sitemaps."),
            Map.entry("draft", "Aus einer Agenturmeldung offline ein vollständiges Paket entwerfen."),
            Map.entry("import", "Pakete und Exportordner in den Speicher übernehmen."),
            Map.entry("export", "Alle Pakete mit ihrer Historie in einen Ordner schreiben."),
            Map.entry("search", "Im Speicher nach Paketen suchen."),
            Map.entry("reindex", "Den Suchindex aus der Datenbank neu aufbauen."),
            Map.entry("serve", "Die Redaktions-API und die Leserseite über HTTP anbieten."),
            Map.entry("token", "API-Tokens für Maschinenclients anlegen, auflisten und widerrufen."),
            Map.entry("help", "Die Hilfe zu einem Befehl zeigen."));

    /** Applies the German headings and summaries to the command and all its subcommands. */
    static void germanHeadings(CommandLine cli) {
        cli.setResourceBundle(ResourceBundle.getBundle("de.ozd.newsroom.cli.Help"));
        apply(cli);
    }

    private static void apply(CommandLine cmd) {
        UsageMessageSpec usage = cmd.getCommandSpec().usageMessage();
        usage.synopsisHeading("Aufruf: ");
        usage.commandListHeading("%nBefehle:%n");
        if ("%nExit codes:%n".equals(usage.exitCodeListHeading())) {
            usage.exitCodeListHeading("%nExit-Codes:%n");
        }
        String summary = SUMMARIES.get(cmd.getCommandName());
        if (summary != null && cmd.getParent() != null) {
            usage.header(summary);
        }
        if (cmd.getCommandName().equals("help")) {
            usage.description("Zeigt die Hilfe zu einem Befehl, z. B. „ozd help check“.");
        }
        cmd.getSubcommands().values().forEach(HelpTexts::apply);
    }
}
