package de.ozd.newsroom.server;

import static de.ozd.newsroom.server.JsonViews.etag;
import static de.ozd.newsroom.server.JsonViews.json;

import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
        return List.of(
                transitionRoute(),
                Route.post("/packages/{slug}/update", "publishUpdate")
                        .summary("Publish the pending revision of a published or corrected package as an update:"
                                + " readers see it from now on, marked „Aktualisiert am …“. (A save on a public"
                                + " package is pending until then; a correction, to: corrected, publishes it too.)")
                        .params(Route.Param.SLUG)
                        .body("UpdateRequest")
                        .result("PackageRecord")
                        .respond(200, "Published; a new revision (kind update).")
                        .respond(400, "Malformed body, unknown field or wrong type.")
                        .respond(403, "Only a redakteur (or admin) publishes.")
                        .respond(404, "No such package.")
                        .respond(409, "Not public, nothing pending, or stale base revision.")
                        .respond(422, "Under embargo (code embargo).")
                        .handle(this::update),
                Route.post("/packages/{slug}/schedule", "schedulePublication")
                        .summary("Plan the publication of an in_review package: it is published by itself at the"
                                + " given time. Any new revision cancels the plan.")
                        .params(Route.Param.SLUG)
                        .body("ScheduleRequest")
                        .result("PackageRecord")
                        .respond(200, "Planned (scheduledAt); no new revision.")
                        .respond(400, "Malformed body, unknown field, wrong type or no ISO-8601 time.")
                        .respond(403, "Only a redakteur (or admin) plans publication.")
                        .respond(404, "No such package.")
                        .respond(409, "Not in_review, or stale base revision.")
                        .respond(422, "Time not in the future, or before the embargo (code embargo).")
                        .handle(this::schedule),
                Route.delete("/packages/{slug}/schedule", "cancelScheduledPublication")
                        .summary("Cancel a planned publication (nothing happens when none is planned).")
                        .params(Route.Param.SLUG)
                        .result("PackageRecord")
                        .respond(200, "No publication planned any more.")
                        .respond(403, "Only a redakteur (or admin) cancels a plan.")
                        .respond(404, "No such package.")
                        .handle(this::cancelSchedule));
    }

    private Route transitionRoute() {
        return Route.post("/packages/{slug}/transitions", "transitionPackage")
                .summary("Move in the workflow: draft → in_review → published → corrected | retracted. Publishing and"
                        + " correcting put the current revision before readers (a correction also publishes a pending"
                        + " edit); neither goes out before the package's embargo.")
                .params(Route.Param.SLUG)
                .body("TransitionRequest")
                .result("PackageRecord")
                .respond(200, "Moved; a new revision.")
                .respond(400, "Malformed body, unknown field, wrong type or unknown state.")
                .respond(404, "No such package.")
                .respond(403, "The token's role may not make this move (reporter: only to in_review).")
                .respond(409, "Illegal transition or stale base revision.")
                .respond(422, "Note missing (corrected, retracted), or under embargo (code embargo).")
                .handle(this::transition);
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
        store.accounts().audit(Requests.author(ctx, body), "transition:" + target.key(), rec.slug(), body.text("note"));
        ctx.header("ETag", etag(rec.revision()));
        json(ctx, 200, JsonViews.record(rec));
    }

    private void update(Context ctx) {
        Requests.Body body = requests.body(ctx, Set.of("baseRevision", "author"), true);
        RequestGuards.require(ctx, Role.REDAKTEUR, "als Aktualisierung veröffentlichen");
        String author = Requests.author(ctx, body);
        PackageRecord rec = store.publishUpdate(ctx.pathParam("slug"), author, body.integer("baseRevision"));
        store.accounts().audit(author, "publish_update", rec.slug(), "Revision " + rec.revision());
        ctx.header("ETag", etag(rec.revision()));
        json(ctx, 200, JsonViews.record(rec));
    }

    private void schedule(Context ctx) {
        Requests.Body body = requests.body(ctx, Set.of("at", "baseRevision", "author"));
        RequestGuards.require(ctx, Role.REDAKTEUR, "eine Veröffentlichung planen");
        String at = body.text("at");
        if (at == null) {
            throw Requests.field("missing_field", "at", "„at“ fehlt: wann das Paket erscheinen soll (ISO-8601).");
        }
        Instant when;
        try {
            when = OffsetDateTime.parse(at.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw Requests.field(
                    "bad_value",
                    "at",
                    "„" + Requests.shorten(at) + "“ ist keine ISO-8601-Zeit mit Zeitzone, z. B. "
                            + "„2026-12-05T06:00:00+01:00“.");
        }
        String author = Requests.author(ctx, body);
        PackageRecord rec = store.schedule(ctx.pathParam("slug"), when, author, body.integer("baseRevision"));
        store.accounts()
                .audit(
                        author,
                        "schedule",
                        rec.slug(),
                        rec.scheduledAt().map(Instant::toString).orElse(null));
        json(ctx, 200, JsonViews.record(rec));
    }

    private void cancelSchedule(Context ctx) {
        RequestGuards.require(ctx, Role.REDAKTEUR, "eine geplante Veröffentlichung aufheben");
        String author = Requests.author(ctx, new Requests.NoBody());
        PackageRecord rec = store.cancelSchedule(ctx.pathParam("slug"), author);
        store.accounts().audit(author, "schedule_cancel", rec.slug(), null);
        json(ctx, 200, JsonViews.record(rec));
    }
}
