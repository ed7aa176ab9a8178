package de.ozd.newsroom.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.store.ConflictException;
import de.ozd.newsroom.store.Draft;
import de.ozd.newsroom.store.StoreException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error of the API as one JSON body {@code {code, message, status[, field]}} (a conflict adds the current
 * revision and the rejected text or package). The one place where a store error's {@link StoreException.Kind}
 * becomes an HTTP status.
 */
final class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Where a request keeps a package read from a JSON body, for the conflict answer. */
    static final String DRAFT = "ozd.draft";

    private volatile BiConsumer<String, Exception> internalErrors =
            (what, e) -> LOG.error("internal error on {}", LogSafe.text(what), LogSafe.throwable(e));

    /** The HTTP status for a store error. */
    static int status(StoreException.Kind kind) {
        return switch (kind) {
            case BAD_ARGUMENT -> 400;
            case NOT_FOUND -> 404;
            case GONE -> 410;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case INVALID -> 422;
            case UNAVAILABLE -> 503;
            case FAILED -> 500;
        };
    }

    /** Registers the exception handlers and the catch-all 404 and 405 (before any page module). */
    void register(Javalin app) {
        app.exception(StoreException.class, this::store);
        app.exception(ApiException.class, (e, ctx) -> api(ctx, e));
        app.exception(HttpResponseException.class, (e, ctx) -> api(ctx, translate(e)));
        app.exception(Exception.class, (e, ctx) -> {
            ApiException internal = new ApiException(
                    500, "internal_error", "Interner Fehler; nichts wurde gespeichert. Bitte melden Sie die Anfrage.");
            internal.initCause(e);
            api(ctx, internal);
        });
        unlessAnswered(
                app,
                404,
                "no_route",
                ctx -> "Diese Adresse gibt es nicht: " + ctx.method() + " " + ctx.path() + ". Die Schnittstelle ist "
                        + "unter " + ApiServer.BASE + "/openapi.json beschrieben.");
        unlessAnswered(
                app,
                405,
                "method_not_allowed",
                ctx -> "Die Methode " + ctx.method() + " gibt es für " + ctx.path() + " nicht.");
    }

    /** Javalin's own 404/405 as our JSON error, unless a handler has already given its final answer. */
    private void unlessAnswered(Javalin app, int status, String code, Function<Context, String> message) {
        app.error(status, ctx -> {
            if (ctx.attribute(ApiServer.ERROR_MARK) == null) {
                api(ctx, new ApiException(status, code, message.apply(ctx)));
            }
        });
    }

    void onInternalError(BiConsumer<String, Exception> sink) {
        this.internalErrors = Objects.requireNonNull(sink);
    }

    /** Javalin's own refusals (body too large, no route) in our words. */
    static ApiException translate(HttpResponseException e) {
        int status = e.getStatus();
        return switch (status) {
            case 413 -> new ApiException(413, "too_large", "Der Inhalt ist zu groß.");
            case 404 -> new ApiException(404, "no_route", "Diese Adresse gibt es nicht.");
            case 405 -> new ApiException(405, "method_not_allowed", "Diese Methode gibt es für diese Adresse nicht.");
            default -> new ApiException(status, "http_" + status, "Die Anfrage wurde abgelehnt (HTTP " + status + ").");
        };
    }

    private void api(Context ctx, ApiException e) {
        ObjectNode n = body(ctx, e.status(), e.code(), e.getMessage(), e.field());
        if (e.details() != null) {
            e.details().fields().forEachRemaining(f -> n.set(f.getKey(), f.getValue()));
        }
        send(ctx, e.status(), n, e);
    }

    private void store(StoreException e, Context ctx) {
        int status = status(e.kind());
        ObjectNode n = body(ctx, status, e.code(), e.getMessage(), null);
        if (e instanceof ConflictException c) {
            n.put("currentRevision", c.currentRevision());
            if (c.rejected() instanceof String text) {
                n.put("rejectedText", text);
            }
            Draft d = ctx.attribute(DRAFT);
            if (d != null) {
                n.set("rejectedPackage", PackageJson.toTree(d.pkg()));
            }
        }
        send(ctx, status, n, e);
    }

    private static ObjectNode body(Context ctx, int status, String code, String message, String field) {
        ctx.attribute(ApiServer.ERROR_MARK, code);
        ObjectNode n = F.objectNode().put("code", code).put("message", message).put("status", status);
        if (field != null) {
            n.put("field", field);
        }
        return n;
    }

    /** Writes the error body; a 5xx is reported with its cause (never with the request body or a token). */
    private void send(Context ctx, int status, ObjectNode body, Exception e) {
        if (status >= 500) {
            internalErrors.accept(
                    ctx.method() + " " + ctx.path() + " → " + status + " "
                            + body.get("code").asText(),
                    e.getCause() instanceof Exception cause ? cause : e);
        }
        JsonViews.json(ctx, status, body);
    }
}
