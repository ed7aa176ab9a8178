package de.ozd.newsroom.cli;

import picocli.CommandLine.Command;

/** The top-level {@code ozd} command; every task is a subcommand. */
@Command(
        name = "ozd",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "OZD Newsroom: draft, check, keep and publish OZD article packages.",
            "",
            "Start with:",
            "  ozd serve --demo           demo newsroom at http://127.0.0.1:8080/",
            "  ozd check examples/*.txt   house-style check of article packages"
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
