package de.ozd.newsroom.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.store.internal.IndexSync;
import de.ozd.newsroom.store.internal.search.LuceneIndex;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The command's logging set-up (slf4j-simple with the CLI's {@code simplelogger.properties}): the store's warnings,
 * which slf4j-nop used to drop, reach stderr one line each; libraries stay as silent as before.
 */
class LogLinesTest {
    @Test
    void storeWarningsReachStderrLibrariesStaySilent() {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, UTF_8));
        try {
            // the lines LuceneIndex and IndexSync write when the search index cannot keep up
            LoggerFactory.getLogger(LuceneIndex.class)
                    .warn("search index commit failed, retrying every second: {}", "java.io.IOException: kein Platz");
            LoggerFactory.getLogger(LuceneIndex.class).info("search index commit succeeded again");
            LoggerFactory.getLogger(IndexSync.class).warn("search index update of {} package(s) failed", 2);
            LoggerFactory.getLogger("org.eclipse.jetty.server.Server").warn("library chatter");
            LoggerFactory.getLogger("org.eclipse.jetty.server.Server").error("library error");
            LoggerFactory.getLogger(OzdCli.class).info("not for the user");
        } finally {
            System.setErr(saved);
        }
        assertThat(captured.toString(UTF_8).lines())
                .containsExactly(
                        "WARN LuceneIndex - search index commit failed, retrying every second: "
                                + "java.io.IOException: kein Platz",
                        "INFO LuceneIndex - search index commit succeeded again",
                        "WARN IndexSync - search index update of 2 package(s) failed");
    }
}
