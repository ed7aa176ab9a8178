package de.ozd.newsroom.draft.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An OpenAI-compatible chat-completions server for tests, on a random port: it answers each request with the next
 * recorded reply and keeps every request it received (path, headers, body).
 */
final class FakeModelServer implements AutoCloseable {
    private static final ObjectMapper M = new ObjectMapper();

    /** One request as the server saw it. */
    record Received(String method, String path, String authorization, JsonNode body) {}

    /** One reply: a status with a JSON body, or a stream of {@code data:} lines, each after a pause. */
    record Reply(int status, Map<String, String> headers, String body, List<String> events, long delayMillis) {
        static Reply json(int status, String body) {
            return new Reply(status, Map.of(), body, null, 0);
        }

        static Reply completion(String content, String model) {
            var n = M.createObjectNode()
                    .put("id", "chatcmpl-1")
                    .put("object", "chat.completion")
                    .put("model", model);
            var choice = n.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", content);
            n.putObject("usage")
                    .put("prompt_tokens", 1200)
                    .put("completion_tokens", 340)
                    .put("total_tokens", 1540);
            return json(200, n.toString());
        }

        static Reply stream(List<String> events, long pauseMillis) {
            return new Reply(200, Map.of(), null, events, pauseMillis);
        }

        Reply withHeader(String name, String value) {
            Map<String, String> h = new java.util.LinkedHashMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body, events, delayMillis);
        }

        Reply delayed(long millis) {
            return new Reply(status, headers, body, events, millis);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

    FakeModelServer(Reply... script) throws IOException {
        replies.addAll(List.of(script));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL to configure ({@code http://127.0.0.1:PORT/v1}). */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] in = ex.getRequestBody().readAllBytes();
            JsonNode body = in.length == 0 ? null : M.readTree(in);
            received.add(new Received(
                    ex.getRequestMethod(),
                    ex.getRequestURI().getPath(),
                    ex.getRequestHeaders().getFirst("Authorization"),
                    body));
            Reply r = replies.poll();
            if (r == null) {
                r = Reply.json(500, "{\"error\":{\"message\":\"no recorded reply left\"}}");
            }
            r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            if (r.events() != null) {
                ex.getResponseHeaders().add("Content-Type", "text/event-stream");
                ex.sendResponseHeaders(200, 0);
                OutputStream out = ex.getResponseBody();
                for (String e : r.events()) {
                    pause(r.delayMillis());
                    out.write(("data: " + e + "\n\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
                return;
            }
            pause(r.delayMillis());
            byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(r.status(), bytes.length);
            ex.getResponseBody().write(bytes);
        } catch (IOException e) {
            // the client went away (timeout, cancellation): nothing to answer
        }
    }

    private static void pause(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
