package de.ozd.newsroom.server;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;

/**
 * One API operation: what the server registers and what the OpenAPI document says, from the same value, so the
 * two cannot drift apart.
 *
 * @param responses status → description; every status the handler can answer with
 * @param request   request body schema name ({@code null}: no body)
 * @param result    schema name of the 2xx body, or {@code text} / {@code null}
 */
record Route(
        HandlerType method,
        String path,
        String operationId,
        String summary,
        boolean auth,
        List<Param> params,
        String request,
        String result,
        Map<Integer, String> responses,
        Handler handler) {

    /** A path or query parameter. */
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
    }
}
