package de.ozd.newsroom.server.reader;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The access log in the Combined Log Format (Apache/nginx {@code combined}, so every log tool reads it), one line per
 * request, followed by the time taken in microseconds:
 *
 * <pre>127.0.0.1 - - [04/Dec/2026:13:05:01 +0000] "GET /artikel/x HTTP/1.1" 200 5120 "-" "curl/8.5.0" 312</pre>
 *
 * The query string is left out (search words are the reader's business), and so are tokens and request bodies.
 * Lines are written by one background thread, so a request never waits for the disk; when it falls more than
 * {@value #QUEUE} lines behind, lines are dropped and counted ({@code ozd_access_log_dropped_total}).
 */
public final class AccessLog implements AutoCloseable {
    static final int QUEUE = 16_384;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(QUEUE);
    private final BufferedWriter out;
    private final Thread writer;
    private volatile boolean closed;
    private volatile Runnable onDrop = () -> {};
    private volatile Stamp stamp = new Stamp(-1, "");

    private AccessLog(OutputStream sink) {
        this.out = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), 64 * 1024);
        this.writer = new Thread(this::drain, "ozd-access-log");
        writer.setDaemon(true);
        writer.start();
    }

    /** A log written to {@code sink} (standard output, a file); the sink is flushed, not closed, on close. */
    public static AccessLog to(OutputStream sink) {
        return new AccessLog(sink);
    }

    public void onDrop(Runnable r) {
        this.onDrop = r;
    }

    /** Queues one line; never blocks. */
    public void log(
            String remote,
            String method,
            String path,
            String protocol,
            int status,
            long bytes,
            String referer,
            String agent,
            long micros) {
        StringBuilder b = new StringBuilder(160);
        b.append(remote == null ? "-" : remote)
                .append(" - - [")
                .append(now())
                .append("] \"")
                .append(clean(method))
                .append(' ')
                .append(clean(path))
                .append(' ')
                .append(clean(protocol))
                .append("\" ")
                .append(status)
                .append(' ')
                .append(bytes < 0 ? "-" : Long.toString(bytes))
                .append(" \"")
                .append(referer == null ? "-" : clean(referer))
                .append("\" \"")
                .append(agent == null ? "-" : clean(agent))
                .append("\" ")
                .append(micros)
                .append('\n');
        if (closed || !lines.offer(b.toString())) {
            onDrop.run();
        }
    }

    /** The time of a line, formatted once per second (formatting it on every request was a tenth of a hit's cost). */
    private String now() {
        long second = System.currentTimeMillis() / 1000;
        Stamp s = stamp;
        if (s.second() != second) {
            s = new Stamp(second, TIME.format(Instant.ofEpochSecond(second)));
            stamp = s;
        }
        return s.text();
    }

    private record Stamp(long second, String text) {}

    /** Quotes, backslashes and control characters escaped, so one request is one line that parses. */
    static String clean(String s) {
        if (s == null) {
            return "-";
        }
        if (s.length() <= 512 && plain(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), 512));
        for (int i = 0; i < s.length() && i < 512; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    private void drain() {
        List<String> batch = new ArrayList<>(256);
        while (!closed || !lines.isEmpty()) {
            try {
                String first = lines.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                lines.drainTo(batch, 1023);
                for (String l : batch) {
                    out.write(l);
                }
                batch.clear();
                if (lines.isEmpty()) {
                    out.flush();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException e) {
                batch.clear(); // a full disk must not stop the server; the lines are lost
            }
        }
    }

    /** Writes what is queued and stops the writer. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(2000);
            out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // nothing more to do
        }
    }
}
