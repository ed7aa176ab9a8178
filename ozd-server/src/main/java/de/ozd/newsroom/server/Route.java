package de.ozd.newsroom.server;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One API operation: what the server registers and what the OpenAPI document says, from the same value, so the
 * two cannot drift apart. Built with {@link #get}, {@link #post}, {@link #put} or {@link #delete} and finished by
 * {@link Builder#handle}; a route needs a token unless it is {@linkplain Builder#open() open}.
 */
final class Route {
    private static final String TOKEN_MISSING = "No or invalid API token.";
    private static final String INTERNAL = "Internal error; nothing was stored.";

    private final HandlerType method;
    private final String path;
    private final String operationId;
    private final String summary;
    private final boolean auth;
    private final List<Param> params;
    private final String request;
    private final String result;
    private final Map<Integer, String> responses;
    private final Handler handler;

    private Route(Builder b, Handler handler) {
        this.method = b.method;
        this.path = b.path;
        this.operationId = b.operationId;
        this.summary = Objects.requireNonNull(b.summary, "summary of " + b.operationId);
        this.auth = b.auth;
        this.params = List.copyOf(b.params);
        this.request = b.request;
        this.result = b.result;
        Map<Integer, String> out = new TreeMap<>(b.responses);
        if (auth) {
            out.putIfAbsent(401, TOKEN_MISSING);
        }
        out.putIfAbsent(500, INTERNAL);
        this.responses = Collections.unmodifiableMap(out);
        this.handler = Objects.requireNonNull(handler);
    }

    /** {@code GET} on {@code path} below {@link ApiServer#BASE}. */
    static Builder get(String path, String operationId) {
        return new Builder(HandlerType.GET, path, operationId);
    }

    static Builder post(String path, String operationId) {
        return new Builder(HandlerType.POST, path, operationId);
    }

    static Builder delete(String path, String operationId) {
        return new Builder(HandlerType.DELETE, path, operationId);
    }

    static Builder put(String path, String operationId) {
        return new Builder(HandlerType.PUT, path, operationId);
    }

    HandlerType method() {
        return method;
    }

    /** The full path, {@link ApiServer#BASE} included. */
    String path() {
        return path;
    }

    String operationId() {
        return operationId;
    }

    String summary() {
        return summary;
    }

    /** Whether the route needs a token. */
    boolean auth() {
        return auth;
    }

    List<Param> params() {
        return params;
    }

    /** Request body schema name; {@code null}: no body. */
    String request() {
        return request;
    }

    /** Schema name of the 2xx body, or {@code text} / {@code null}. */
    String result() {
        return result;
    }

    /** Status → description: every status the handler can answer with (401 and 500 included). */
    Map<Integer, String> responses() {
        return responses;
    }

    Handler handler() {
        return handler;
    }

    /** Collects one route's description; {@link #handle} finishes it. */
    static final class Builder {
        private final HandlerType method;
        private final String path;
        private final String operationId;
        private String summary;
        private boolean auth = true;
        private final List<Param> params = new ArrayList<>();
        private String request;
        private String result;
        private final Map<Integer, String> responses = new TreeMap<>();

        private Builder(HandlerType method, String path, String operationId) {
            this.method = method;
            this.path = ApiServer.BASE + path;
            this.operationId = operationId;
        }

        Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** Needs no token (and so cannot answer 401). */
        Builder open() {
            this.auth = false;
            return this;
        }

        Builder params(Param... more) {
            params.addAll(List.of(more));
            return this;
        }

        /** The request body's schema; a route with a body can answer 413 (too large) and 415 (wrong type). */
        Builder body(String schema) {
            this.request = schema;
            responses.put(413, "Body too large.");
            responses.put(415, "Unsupported content type.");
            return this;
        }

        /** The schema of the 2xx body. */
        Builder result(String schema) {
            this.result = schema;
            return this;
        }

        Builder respond(int status, String description) {
            responses.put(status, description);
            return this;
        }

        Route handle(Handler handler) {
            return new Route(this, handler);
        }
    }

    /** A path, query or header parameter. */
    record Param(String name, String in, String type, boolean required, String description) {
        static Param path(String name, String type, String description) {
            return new Param(name, "path", type, true, description);
        }

        static Param query(String name, String type, String description) {
            return new Param(name, "query", type, false, description);
        }

        static Param header(String name, String description) {
            return new Param(name, "header", "string", false, description);
        }

        static final Param SLUG = path("slug", "string", "The package's slug.");
        static final Param REV = path("rev", "integer", "Revision number.");
    }
}
