package de.ozd.newsroom.server;

import static de.ozd.newsroom.server.JsonViews.etag;
import static de.ozd.newsroom.server.JsonViews.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.RevisionInfo;
import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.Store;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A package's address (issue 11): changing the slug ({@code POST /packages/{slug}/slug}) and deleting a package that
 * was never published ({@code DELETE /packages/{slug}}); both are recorded in the audit log. A {@code GET} on an old
 * slug of a package renamed after publication answers 301 with the current address ({@link #moved}).
 *
 * <p>Roles: before the first publication a reporter may rename; afterwards (the old address then redirects) only a
 * Redakteur. A Redakteur may delete any never-published package, a reporter only one they created (author of
 * revision 1).
 */
final class AddressRoutes {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Store store;
    private final Requests requests;

    AddressRoutes(Store store, Requests requests) {
        this.store = store;
        this.requests = requests;
    }

    List<Route> routes() {
        return List.of(
                Route.post("/packages/{slug}/slug", "renamePackage")
                        .summary("Change the slug (a new revision). After the first publication the old slug answers"
                                + " 301 with the new address from then on (API and reader site).")
                        .params(Route.Param.SLUG)
                        .body("RenameRequest")
                        .result("PackageRecord")
                        .respond(200, "Moved; a new revision. Location names the new address.")
                        .respond(400, "Malformed body, invalid slug or the same slug.")
                        .respond(403, "The token's role may not rename a published package (reporter).")
                        .respond(404, "No such package.")
                        .respond(
                                409,
                                "Slug taken (by another package or an old address), stale base revision, retracted.")
                        .handle(this::rename),
                Route.delete("/packages/{slug}", "deletePackage")
                        .summary("Delete a package that was never published, with its revisions, source report and"
                                + " search entries; recorded in the audit log. Base revision optional in If-Match.")
                        .params(
                                Route.Param.SLUG,
                                Route.Param.header("If-Match", "Optional base revision."),
                                Route.Param.header("X-OZD-Author", "Author, when no token names one."))
                        .result("DeletedPackage")
                        .respond(200, "Deleted.")
                        .respond(400, "Bad If-Match.")
                        .respond(403, "A reporter token may delete only packages it created.")
                        .respond(404, "No such package.")
                        .respond(409, "The package was published at some time (retract it instead) or stale base.")
                        .handle(this::delete));
    }

    /** The request and result schemas of these routes, for the OpenAPI document. */
    static void schemas(ObjectNode s) {
        ObjectNode rename = s.putObject("RenameRequest")
                .put("type", "object")
                .put("description", "The new slug (a–z, 0–9, inner hyphens, at most 120 characters).");
        rename.putArray("required").add("slug");
        ObjectNode p = rename.putObject("properties");
        p.putObject("slug").put("type", "string").put("description", "The new slug.");
        p.putObject("baseRevision").put("type", "integer").put("description", "Optional optimistic lock.");
        p.putObject("author").put("type", "string").put("description", "Who; else the token's name.");
        ObjectNode deleted =
                s.putObject("DeletedPackage").put("type", "object").put("description", "What was deleted.");
        deleted.putArray("required").add("slug").add("deleted");
        ObjectNode d = deleted.putObject("properties");
        d.putObject("slug").put("type", "string").put("description", "The slug, free again.");
        d.putObject("deleted").put("type", "boolean").put("description", "Always true.");
        d.putObject("revisions").put("type", "integer").put("description", "How many revisions went with it.");
    }

    private void rename(Context ctx) {
        String slug = ctx.pathParam("slug");
        Requests.Body body = requests.body(ctx, Set.of("slug", "baseRevision", "author"));
        if (!(body instanceof Requests.JsonBody)) {
            throw new ApiException(
                    415, "unsupported_media_type", "Erwartet wird JSON (Content-Type: application/json).");
        }
        String to = body.text("slug");
        if (to == null) {
            throw Requests.field("missing_field", "slug", "„slug“ fehlt: die neue Adresse des Pakets.");
        }
        if (store.everPublished(slug)) {
            RequestGuards.require(ctx, Role.REDAKTEUR, "die Adresse eines veröffentlichten Pakets ändern");
        }
        String author = Requests.author(ctx, body);
        PackageRecord rec = store.rename(slug, to, author, body.integer("baseRevision"));
        store.accounts().audit(author, "rename", rec.slug(), "vorher " + slug);
        ctx.header("Location", ApiServer.BASE + "/packages/" + rec.slug());
        ctx.header("ETag", etag(rec.revision()));
        json(ctx, 200, JsonViews.record(rec));
    }

    private void delete(Context ctx) {
        String slug = ctx.pathParam("slug");
        Requests.Body body = requests.body(ctx, Set.of("baseRevision", "author"), true);
        String match = ctx.header("If-Match");
        Integer base = match != null
                ? Integer.valueOf(Requests.parseRevision(match.replace("\"", "").strip(), "If-Match"))
                : body.integer("baseRevision");
        String author = Requests.author(ctx, body);
        Role role = ctx.attribute(RequestGuards.ROLE);
        if (role != null && !role.includes(Role.REDAKTEUR)) {
            List<RevisionInfo> history = store.revisions(slug);
            if (!history.get(0).author().equals(author)) {
                RequestGuards.require(ctx, Role.REDAKTEUR, "ein Paket löschen, das jemand anderes angelegt hat,");
            }
        }
        PackageRecord gone = store.delete(slug, author, base);
        store.accounts().audit(author, "delete", slug, "Revisionen: " + gone.revision() + ", nie veröffentlicht");
        json(ctx, 200, F.objectNode().put("slug", slug).put("deleted", true).put("revisions", gone.revision()));
    }

    /**
     * Answers 301 when {@code slug} is an old address of a package renamed after publication: {@code Location} is
     * {@code pathPrefix} + the current slug, the body names it ({@code code moved}, {@code slug}). Returns whether it
     * answered; the caller (which found no package {@code slug}) goes on to its 404 otherwise.
     */
    static boolean moved(Context ctx, Store store, String slug, String pathPrefix) {
        Optional<String> to = store.redirect(slug);
        if (to.isEmpty()) {
            return false;
        }
        ctx.header("Location", pathPrefix + to.get());
        json(
                ctx,
                301,
                F.objectNode()
                        .put("code", "moved")
                        .put(
                                "message",
                                "Das Paket „" + slug + "“ hat eine neue Adresse: „" + to.get() + "“ (dauerhaft).")
                        .put("status", 301)
                        .put("slug", to.get()));
        return true;
    }
}
