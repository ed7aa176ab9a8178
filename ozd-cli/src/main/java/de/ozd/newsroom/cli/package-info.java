/**
 * The {@code ozd} command line (picocli). {@link de.ozd.newsroom.cli.OzdCli#commandLine()} builds it; every task is a
 * subcommand class; user errors are {@link de.ozd.newsroom.cli.UserException}s (one German line, exit 2).
 */
package de.ozd.newsroom.cli;
