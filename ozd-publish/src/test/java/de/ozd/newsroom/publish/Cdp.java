package de.ozd.newsroom.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozd.newsroom.testkit.Browsers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A minimal Chrome DevTools Protocol client for tests: starts headless Chromium on a free port, talks to its first
 * page over a WebSocket, records every event. Closing it ends the browser process it started.
 */
public final class Cdp implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();

    private Cdp(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** Starts Chromium with the flags this machine needs (no sandbox as root, no background network). */
    public static Cdp start(Path chromium, Path profile) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless=new"));
        command.addAll(Browsers.CHROMIUM_FLAGS);
        command.addAll(List.of(
                "--disable-extensions",
                "--hide-scrollbars",
                "--user-data-dir=" + profile,
                "--remote-debugging-port=0",
                "--remote-allow-origins=*",
                "about:blank"));
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(profile.resolveSibling("chromium.log").toFile())
                .start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new IllegalStateException(
                        "Chromium did not start; see " + profile.resolveSibling("chromium.log"));
            }
            Thread.sleep(50);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        JsonNode targets = JSON.readTree(http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        String ws = null;
        for (JsonNode t : targets) {
            if (t.path("type").asText().equals("page")) {
                ws = t.path("webSocketDebuggerUrl").asText();
                break;
            }
        }
        if (ws == null) {
            p.destroyForcibly();
            throw new IllegalStateException("Chromium has no page target: " + targets);
        }
        Cdp[] self = new Cdp[1];
        WebSocket socket = http.newWebSocketBuilder()
                .buildAsync(URI.create(ws), new WebSocket.Listener() {
                    private final StringBuilder buffer = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        buffer.append(data);
                        if (last) {
                            String message = buffer.toString();
                            buffer.setLength(0);
                            self[0].receive(message);
                        }
                        webSocket.request(1);
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
        self[0] = new Cdp(p, socket);
        return self[0];
    }

    private void receive(String message) {
        try {
            JsonNode n = JSON.readTree(message);
            if (n.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(n.get("id").asInt());
                if (f != null) {
                    if (n.has("error")) {
                        f.completeExceptionally(
                                new IllegalStateException(n.get("error").toString()));
                    } else {
                        f.complete(n.path("result"));
                    }
                }
            } else {
                events.add(n);
                listeners.forEach(l -> l.accept(n));
            }
        } catch (IOException e) {
            throw new IllegalStateException("bad CDP message", e);
        }
    }

    /** Sends a command and waits for its result (30 s at most). */
    public JsonNode send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        ObjectNode msg = JSON.createObjectNode();
        msg.put("id", id);
        msg.put("method", method);
        msg.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(msg), true).get(10, TimeUnit.SECONDS);
        return f.get(30, TimeUnit.SECONDS);
    }

    public JsonNode send(String method) throws Exception {
        return send(method, Map.of());
    }

    /** Navigates and waits for the load event. */
    public void navigate(String url) throws Exception {
        CompletableFuture<JsonNode> loaded = new CompletableFuture<>();
        Consumer<JsonNode> l = e -> {
            if (e.path("method").asText().equals("Page.loadEventFired")) {
                loaded.complete(e);
            }
        };
        listeners.add(l);
        try {
            send("Page.navigate", Map.of("url", url));
            loaded.get(30, TimeUnit.SECONDS);
        } finally {
            listeners.remove(l);
        }
    }

    /** Evaluates JavaScript (awaiting a promise) and returns its value. */
    public JsonNode eval(String expression) throws Exception {
        JsonNode r =
                send("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    public List<JsonNode> events() {
        return new ArrayList<>(events);
    }

    @Override
    public void close() throws Exception {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser is ended below either way
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
