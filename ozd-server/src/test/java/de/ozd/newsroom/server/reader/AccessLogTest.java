package de.ozd.newsroom.server.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AccessLogTest {

    @Test
    void aPlainValueIsWrittenAsItIsAndEverythingThatCouldBreakTheLineIsEscaped() {
        assertThat(AccessLog.clean("Mozilla/5.0 (X11; Linux)")).isEqualTo("Mozilla/5.0 (X11; Linux)");
        assertThat(AccessLog.clean("a\"b\\c")).isEqualTo("a\\\"b\\\\c");
        assertThat(AccessLog.clean("zeile\neins\u007f")).isEqualTo("zeile\\x0aeins\\x7f");
        assertThat(AccessLog.clean("x".repeat(600))).hasSize(512);
        assertThat(AccessLog.clean(null)).isEqualTo("-");
    }

    @Test
    void linesOfOneSecondShareTheirTimeAndEachRequestIsOneLine() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        AccessLog log = AccessLog.to(sink);
        for (int i = 0; i < 3; i++) {
            log.log("10.0.0." + i, "GET", "/artikel/a\"b", "HTTP/1.1", 200, 1234, null, "agent\r\nX: y", 42);
        }
        log.close();
        String[] lines = sink.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(lines[i])
                    .matches("10\\.0\\.0\\." + i + " - - \\[\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000] "
                            + "\"GET /artikel/a\\\\\"b HTTP/1\\.1\" 200 1234 \"-\" \"agent\\\\x0d\\\\x0aX: y\" 42");
        }
    }
}
