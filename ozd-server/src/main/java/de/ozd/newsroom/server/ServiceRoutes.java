package de.ozd.newsroom.server;

import static de.ozd.newsroom.server.JsonViews.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.ozd.newsroom.store.Store;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Supplier;

/** What needs no token: liveness ({@code /health}) and the API's own description ({@code /openapi.json}). */
final class ServiceRoutes {
    private final Store store;
    private final Supplier<String> openApi;

    ServiceRoutes(Store store, Supplier<String> openApi) {
        this.store = store;
        this.openApi = openApi;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/health", "health")
                        .summary("Liveness, setup and number of packages.")
                        .open()
                        .result("Health")
                        .respond(200, "Up.")
                        .handle(this::health),
                Route.get("/openapi.json", "openapi")
                        .summary("This document.")
                        .open()
                        .result("OpenApi")
                        .respond(200, "The OpenAPI document.")
                        .handle(ctx -> json(ctx, 200, openApi.get())));
    }

    private void health(Context ctx) {
        json(
                ctx,
                200,
                JsonNodeFactory.instance
                        .objectNode()
                        .put("status", "ok")
                        .put("setup", store.embedded() ? "embedded" : "postgresql")
                        .put("packages", store.count()));
    }
}
