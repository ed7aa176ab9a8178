package de.ozd.newsroom.server;

import static de.ozd.newsroom.server.JsonViews.etag;
import static de.ozd.newsroom.server.JsonViews.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * The workflow: moving a package from state to state, each move a new revision; publishing and correcting through
 * the {@link PublishGate} (the desk's gate), and the review of a machine-drafted section ({@link SectionReview}).
 */
final class WorkflowRoutes {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Store store;
    private final Requests requests;
    private final EditorialDesk desk;

    WorkflowRoutes(Store store, Requests requests, EditorialDesk desk) {
        this.store = store;
        this.requests = requests;
        this.desk = desk;
    }

    List<Route> routes() {
        return List.of(
                routeTransition(),
                routeReview(),
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
                        .respond(
                                422,
                                "Under embargo (code embargo), or the publish gate refused (code publish_refused).")
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
                        .respond(
                                422,
                                "Time not in the future, before the embargo (code embargo), or the publish gate"
                                        + " refused (code publish_refused).")
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

    private Route routeReview() {
        return Route.post("/packages/{slug}/sections/{section}/review", "reviewSection")
                .summary("Abschnitt geprüft: a Redakteur has reviewed a machine-drafted section. Its provenance "
                        + "records who (the token's or account's name) and when (reviewed by … at …); a new revision. "
                        + "Reviewing a reviewed section changes nothing.")
                .params(
                        Route.Param.SLUG,
                        Route.Param.path(
                                "section",
                                "string",
                                "report, commentary, infobox, analysis, explainers, credits or extras."))
                .body("ReviewRequest")
                .result("PackageRecord")
                .respond(200, "Reviewed (a new revision), or reviewed already (unchanged).")
                .respond(400, "Malformed body, unknown field or wrong type.")
                .respond(403, "Only a Redakteur (or Admin) reviews sections.")
                .respond(404, "No such package or section.")
                .respond(409, "Stale base revision.")
                .respond(422, "The section is not machine-drafted: there is nothing to review.")
                .handle(this::review);
    }

    private Route routeTransition() {
        return Route.post("/packages/{slug}/transitions", "transitionPackage")
                .summary("Move in the workflow: draft → in_review → published → corrected | retracted. Publishing "
                        + "and correcting run the publish gate first: the house check for publication (errors, "
                        + "left-over [Redaktion: …] placeholders, OZD025) and unreviewed machine-drafted sections "
                        + "refuse with 422 and the findings, nothing stored. machineLabel: true publishes unreviewed "
                        + "machine sections labelled as machine-made; the choice is recorded in their provenance "
                        + "(labelled by …), in a revision note and in the audit log. A correction also publishes a pending edit; "
                        + "neither goes out before the package's embargo.")
                .params(Route.Param.SLUG)
                .body("TransitionRequest")
                .result("PackageRecord")
                .respond(200, "Moved; a new revision.")
                .respond(400, "Malformed body, unknown field, wrong type or unknown state.")
                .respond(404, "No such package.")
                .respond(403, "The token's role may not make this move (reporter: only to in_review).")
                .respond(409, "Illegal transition or stale base revision.")
                .respond(
                        422,
                        "Note missing (corrected, retracted); under embargo (code embargo); or the publish gate "
                                + "refused (code publish_refused, with findings and unreviewedSections).")
                .handle(this::transition);
    }

    private void transition(Context ctx) {
        Requests.Body body = requests.body(ctx, Set.of("to", "note", "baseRevision", "author", "machineLabel"));
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
        boolean machineLabel = body.flag("machineLabel");
        if (machineLabel && !PublishGate.guards(target)) {
            throw Requests.field(
                    "bad_value", "machineLabel", "„machineLabel“ gilt nur beim Veröffentlichen und Korrigieren.");
        }
        String author = Requests.author(ctx, body);
        PackageRecord current = store.get(ctx.pathParam("slug"));
        PackageRecord rec;
        try {
            rec = PublishGate.transition(
                    store,
                    desk,
                    current,
                    target,
                    body.text("note"),
                    author,
                    identity(ctx),
                    body.integer("baseRevision"),
                    machineLabel,
                    Clock.systemUTC());
        } catch (PublishGate.Refused e) {
            throw new ApiException(
                    422,
                    "publish_refused",
                    e.getMessage() + " Beheben Sie die Befunde, prüfen Sie die Abschnitte (oder veröffentlichen Sie "
                            + "sie mit „machineLabel“: true als maschinell gekennzeichnet).",
                    null,
                    refusal(e.refusal(), current));
        }
        store.accounts().audit(author, "transition:" + target.key(), rec.slug(), body.text("note"));
        ctx.header("ETag", etag(rec.revision()));
        json(ctx, 200, JsonViews.record(rec));
    }

    private void review(Context ctx) {
        Requests.Body body = requests.body(ctx, Set.of("baseRevision"), true);
        RequestGuards.require(ctx, Role.REDAKTEUR, "Abschnitte prüfen");
        PackageRecord current = store.get(ctx.pathParam("slug"));
        Section section = Section.byKey(ctx.pathParam("section"))
                .orElseThrow(() -> new ApiException(
                        404,
                        "no_section",
                        "Einen Abschnitt „" + Requests.shorten(ctx.pathParam("section")) + "“ gibt es nicht; erlaubt: "
                                + String.join(
                                        ", ",
                                        java.util.Arrays.stream(Section.values())
                                                .map(Section::key)
                                                .toList())
                                + "."));
        Integer base = body.integer("baseRevision");
        SectionReview.Result result = SectionReview.review(
                store,
                desk.house(),
                current,
                section,
                identity(ctx),
                base == null ? current.revision() : base,
                java.time.Instant.now());
        if (result.outcome() == SectionReview.Outcome.NOT_MACHINE) {
            throw new ApiException(
                    422,
                    "not_machine_drafted",
                    "Der Abschnitt „" + section.key() + "“ ist nicht maschinell entworfen: es gibt nichts zu prüfen.");
        }
        ctx.header("ETag", etag(result.record().revision()));
        json(ctx, 200, JsonViews.record(result.record()));
    }

    /** Who decides: the token's or the desk account's name ({@code api} without token checking). */
    private static String identity(Context ctx) {
        String name = ctx.attribute(RequestGuards.TOKEN);
        return name == null ? "api" : name;
    }

    /** The refusal as fields of the error body: findings (rule, line, column, severity, message) and sections. */
    private static ObjectNode refusal(PublishGate.Refusal r, PackageRecord rec) {
        ObjectNode n = F.objectNode();
        ArrayNode findings = n.putArray("findings");
        for (Diagnostic d : r.findings()) {
            findings.addObject()
                    .put("rule", d.rule())
                    .put("line", d.line())
                    .put("column", d.column())
                    .put("severity", d.severity().key())
                    .put("message", d.message());
        }
        ArrayNode sections = n.putArray("unreviewedSections");
        for (Section s : r.unreviewed()) {
            var p = rec.pkg().provenance().orHuman(s);
            ObjectNode o = sections.addObject()
                    .put("section", s.key())
                    .put("origin", p.origin().key());
            p.model().ifPresent(m -> o.put("model", m));
        }
        return n;
    }

    /**
     * The publish gate for an update or a planned publication of {@code current} (a stale {@code base} is left to
     * the store's conflict): 422 with the findings when it refuses.
     */
    private void gate(PackageRecord current, Integer base) {
        if (base != null && base != current.revision()) {
            return;
        }
        PublishGate.Refusal r = PublishGate.check(desk, current.text(), current.pkg(), false);
        if (!r.isEmpty()) {
            throw new ApiException(
                    422,
                    "publish_refused",
                    r.summary() + " Beheben Sie die Befunde und prüfen Sie die Abschnitte.",
                    null,
                    refusal(r, current));
        }
    }

    private void update(Context ctx) {
        Requests.Body body = requests.body(ctx, Set.of("baseRevision", "author"), true);
        RequestGuards.require(ctx, Role.REDAKTEUR, "als Aktualisierung veröffentlichen");
        String author = Requests.author(ctx, body);
        PackageRecord current = store.get(ctx.pathParam("slug"));
        Integer base = body.integer("baseRevision");
        gate(current, base);
        // only the revision the gate checked goes out: a save in between is a conflict
        PackageRecord rec = store.publishUpdate(current.slug(), author, base == null ? current.revision() : base);
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
        PackageRecord current = store.get(ctx.pathParam("slug"));
        Integer base = body.integer("baseRevision");
        gate(current, base);
        // any later revision cancels the plan, so the checked revision is the one that goes out
        PackageRecord rec = store.schedule(current.slug(), when, author, base == null ? current.revision() : base);
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
