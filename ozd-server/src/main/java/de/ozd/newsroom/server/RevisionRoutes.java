package de.ozd.newsroom.server;

import static de.ozd.newsroom.server.JsonViews.etag;
import static de.ozd.newsroom.server.JsonViews.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.Revision;
import de.ozd.newsroom.store.RevisionInfo;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreJson;
import de.ozd.newsroom.store.TextDiff;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/** A package's history: the revisions, one revision, restoring one, and the diff of two. */
final class RevisionRoutes {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Store store;
    private final Requests requests;

    RevisionRoutes(Store store, Requests requests) {
        this.store = store;
        this.requests = requests;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/packages/{slug}/revisions", "listRevisions")
                        .summary("The history, oldest first.")
                        .params(Route.Param.SLUG)
                        .result("RevisionList")
                        .respond(200, "The revisions.")
                        .respond(404, "No such package.")
                        .handle(this::revisions),
                Route.get("/packages/{slug}/revisions/{rev}", "getRevision")
                        .summary("One revision: JSON (default) or house text (Accept: text/plain).")
                        .params(Route.Param.SLUG, Route.Param.REV)
                        .result("Revision")
                        .respond(200, "The revision.")
                        .respond(400, "Bad revision number.")
                        .respond(404, "No such package or revision.")
                        .handle(this::revision),
                Route.post("/packages/{slug}/revisions/{rev}/restore", "restoreRevision")
                        .summary("Make an old revision current again, as a new revision.")
                        .params(Route.Param.SLUG, Route.Param.REV)
                        .body("RestoreRequest")
                        .result("PackageRecord")
                        .respond(200, "Restored as a new revision.")
                        .respond(400, "Malformed body or bad revision number.")
                        .respond(404, "No such package or revision.")
                        .respond(409, "Stale base revision or package retracted.")
                        .handle(this::restore),
                Route.get("/packages/{slug}/diff", "diffRevisions")
                        .summary("Word diff of two revisions' house texts (default: previous → current).")
                        .params(
                                Route.Param.SLUG,
                                Route.Param.query("from", "integer", "Older revision (default: to − 1)."),
                                Route.Param.query("to", "integer", "Newer revision (default: current)."))
                        .result("Diff")
                        .respond(200, "The diff.")
                        .respond(400, "Bad parameter.")
                        .respond(404, "No such package or revision.")
                        .handle(this::diff));
    }

    private void revisions(Context ctx) {
        ObjectNode n = F.objectNode();
        ArrayNode items = n.putArray("items");
        for (RevisionInfo i : store.revisions(ctx.pathParam("slug"))) {
            items.add(StoreJson.revisionInfo(i));
        }
        json(ctx, 200, n);
    }

    private void revision(Context ctx) {
        int rev = Requests.parseRevision(ctx.pathParam("rev"), "rev");
        Revision r = store.revision(ctx.pathParam("slug"), rev);
        ctx.header("ETag", etag(rev));
        if (Requests.wantsText(ctx)) {
            JsonViews.text(ctx, r.text());
        } else {
            json(ctx, 200, StoreJson.revision(r));
        }
    }

    private void restore(Context ctx) {
        int rev = Requests.parseRevision(ctx.pathParam("rev"), "rev");
        Requests.Body body = requests.body(ctx, Set.of("baseRevision", "author"), true);
        Integer base = body.integer("baseRevision");
        PackageRecord rec = store.restore(ctx.pathParam("slug"), rev, Requests.author(ctx, body), base);
        ctx.header("ETag", etag(rec.revision()));
        json(ctx, 200, JsonViews.record(rec));
    }

    private void diff(Context ctx) {
        String slug = ctx.pathParam("slug");
        PackageRecord rec = store.get(slug);
        int to = Requests.intParam(ctx, "to", rec.revision(), 1, Integer.MAX_VALUE);
        int from = Requests.intParam(ctx, "from", Math.max(1, to - 1), 1, Integer.MAX_VALUE);
        TextDiff d = store.diff(slug, from, to);
        ObjectNode n = F.objectNode().put("from", d.from()).put("to", d.to());
        ArrayNode lines = n.putArray("lines");
        d.parts()
                .forEach(
                        p -> lines.addObject().put("op", String.valueOf(p.op())).put("text", p.text()));
        n.put("unified", d.unified());
        json(ctx, 200, n);
    }
}
