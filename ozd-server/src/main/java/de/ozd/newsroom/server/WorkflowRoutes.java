package de.ozd.newsroom.server;

import static de.ozd.newsroom.server.JsonViews.etag;
import static de.ozd.newsroom.server.JsonViews.json;

import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/** The workflow: moving a package from state to state, each move a new revision. */
final class WorkflowRoutes {
    private final Store store;
    private final Requests requests;

    WorkflowRoutes(Store store, Requests requests) {
        this.store = store;
        this.requests = requests;
    }

    List<Route> routes() {
        return List.of(Route.post("/packages/{slug}/transitions", "transitionPackage")
                .summary("Move in the workflow: draft → in_review → published → corrected | retracted.")
                .params(Route.Param.SLUG)
                .body("TransitionRequest")
                .result("PackageRecord")
                .respond(200, "Moved; a new revision.")
                .respond(400, "Malformed body, unknown field, wrong type or unknown state.")
                .respond(404, "No such package.")
                .respond(403, "The token's role may not make this move (reporter: only to in_review).")
                .respond(409, "Illegal transition or stale base revision.")
                .respond(422, "Note missing (corrected, retracted).")
                .handle(this::transition));
    }

    private void transition(Context ctx) {
        Requests.Body body = requests.body(ctx, Set.of("to", "note", "baseRevision", "author"));
        if (!(body instanceof Requests.JsonBody)) {
            throw new ApiException(
                    415, "unsupported_media_type", "Erwartet wird JSON (Content-Type: application/json).");
        }
        String to = body.text("to");
        if (to == null) {
            throw Requests.field("missing_field", "to", "„to“ fehlt: der Zielstatus (" + State.keys() + ").");
        }
        State target = State.byKey(to)
                .orElseThrow(() -> Requests.field(
                        "bad_value",
                        "to",
                        "Unbekannter Status „" + Requests.shorten(to) + "“; erlaubt: " + State.keys() + "."));
        // a reporter sends to review; reviewing, publishing, correcting and retracting are the desk's
        RequestGuards.require(
                ctx,
                target == State.IN_REVIEW ? Role.REPORTER : Role.REDAKTEUR,
                "den Status „" + target.key() + "“ setzen");
        PackageRecord rec = store.transition(
                ctx.pathParam("slug"),
                target,
                body.text("note"),
                Requests.author(ctx, body),
                body.integer("baseRevision"));
        ctx.header("ETag", etag(rec.revision()));
        json(ctx, 200, JsonViews.record(rec));
    }
}
