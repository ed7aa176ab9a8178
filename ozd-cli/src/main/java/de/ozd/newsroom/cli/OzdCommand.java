package de.ozd.newsroom.cli;

import picocli.CommandLine.Command;

/** The top-level {@code ozd} command; every task is a subcommand. */
@Command(
        name = "ozd",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "OZD Newsroom: Artikelpakete entwerfen, prüfen, aufbewahren und veröffentlichen.",
            "",
            "Zum Einstieg:",
            "  ozd serve --demo           Demo-Redaktion unter http://127.0.0.1:8080/",
            "  ozd check examples/*.txt   Hausstil-Prüfung der Beispielpakete",
            "",
            "Hilfe zu einem Befehl: ozd help BEFEHL (oder ozd BEFEHL --help)."
        },
        subcommands = {
            ParseCommand.class,
            FormatCommand.class,
            CheckCommand.class,
            RenderCommand.class,
            SiteCommand.class,
            DraftCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            SearchCommand.class,
            ReindexCommand.class,
            ServeCommand.class,
            TokenCommand.class,
            UserCommand.class,
            picocli.CommandLine.HelpCommand.class
        })
public final class OzdCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
