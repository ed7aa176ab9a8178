package de.ozd.newsroom.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the OpenAPI 3.0 document from the route table and the schemas below. */
final class OpenApi {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private OpenApi() {}

    static ObjectNode document(List<Route> routes, ServerSettings settings) {
        return document(routes, settings, false);
    }

    /** With {@code sessions}: the desk's session cookie is accepted besides tokens (and so documented). */
    static ObjectNode document(List<Route> routes, ServerSettings settings, boolean sessions) {
        ObjectNode doc = F.objectNode().put("openapi", "3.0.3");
        doc.putObject("info")
                .put("title", "OZD Newsroom API")
                .put("version", "1")
                .put(
                        "description",
                        "Packages, revisions, workflow and search of the OZD newsroom. Error bodies are "
                                + "{code, message, status}: code is stable English, message is German. Limits: bodies up to "
                                + settings.maxBodyBytes() + " bytes, limit up to " + settings.maxPageSize()
                                + ", offset up to "
                                + settings.maxOffset() + ".")
                .putObject("license")
                .put("name", "AGPL-3.0-or-later");
        doc.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = doc.putObject("paths");
        for (Route r : routes) {
            ObjectNode path = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
            ObjectNode op = path.putObject(r.method().name().toLowerCase(Locale.ROOT));
            op.put("operationId", r.operationId()).put("summary", r.summary());
            if (!r.auth()) {
                op.putArray("security");
            }
            if (!r.params().isEmpty()) {
                ArrayNode ps = op.putArray("parameters");
                for (Route.Param p : r.params()) {
                    ps.addObject()
                            .put("name", p.name())
                            .put("in", p.in())
                            .put("required", p.required())
                            .put("description", p.description())
                            .putObject("schema")
                            .put("type", p.type());
                }
            }
            if (r.request() != null) {
                ObjectNode content =
                        op.putObject("requestBody").put("required", true).putObject("content");
                content.putObject("application/json")
                        .putObject("schema")
                        .put("$ref", "#/components/schemas/" + r.request());
                if (r.request().equals("CreateRequest") || r.request().equals("SaveRequest")) {
                    content.putObject("text/plain")
                            .putObject("schema")
                            .put("type", "string")
                            .put("description", "House text; author in X-OZD-Author, base revision in If-Match.");
                }
            }
            ObjectNode responses = op.putObject("responses");
            for (Map.Entry<Integer, String> e : r.responses().entrySet()) {
                ObjectNode resp =
                        responses.putObject(Integer.toString(e.getKey())).put("description", e.getValue());
                if (e.getKey() >= 400) {
                    resp.putObject("content")
                            .putObject("application/json")
                            .putObject("schema")
                            .put("$ref", "#/components/schemas/" + (e.getKey() == 409 ? "Conflict" : "Error"));
                } else if (r.result() != null && e.getKey() < 300) {
                    ObjectNode content = resp.putObject("content");
                    if (r.result().equals("text")) {
                        content.putObject("text/plain").putObject("schema").put("type", "string");
                    } else {
                        content.putObject("application/json")
                                .putObject("schema")
                                .put("$ref", "#/components/schemas/" + r.result());
                        if (r.result().equals("PackageRecord") || r.result().equals("Revision")) {
                            content.putObject("text/plain")
                                    .putObject("schema")
                                    .put("type", "string")
                                    .put("description", "The house text, with Accept: text/plain.");
                        }
                    }
                }
            }
        }
        ObjectNode components = doc.putObject("components");
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject("token")
                .put("type", "http")
                .put("scheme", "bearer")
                .put("bearerFormat", "ozd_<id>_<secret>")
                .put(
                        "description",
                        "API token from 'ozd token create NAME', sent as 'Authorization: Bearer ozd_<id>_<secret>'. "
                                + "Every operation needs it unless it lists an empty security requirement "
                                + "(health, this document).");
        if (sessions) {
            schemes.putObject("session")
                    .put("type", "apiKey")
                    .put("in", "cookie")
                    .put("name", "ozd_session")
                    .put(
                            "description",
                            "The editor's desk login (/redaktion/login) instead of a token: the session cookie, with the "
                                    + "session's CSRF token in the header X-CSRF-Token on every request that changes "
                                    + "something (else 403 csrf_failed). The account's role applies.");
        }
        if (settings.authRequired()) {
            ArrayNode security = doc.putArray("security");
            security.addObject().putArray("token");
            if (sessions) {
                security.addObject().putArray("session");
            }
        }
        schemas(components.putObject("schemas"));
        return doc;
    }

    private static ObjectNode object(ObjectNode schemas, String name, String description, String... required) {
        ObjectNode s = schemas.putObject(name).put("type", "object").put("description", description);
        if (required.length > 0) {
            ArrayNode req = s.putArray("required");
            for (String r : required) {
                req.add(r);
            }
        }
        return s.putObject("properties");
    }

    private static ObjectNode prop(ObjectNode props, String name, String type, String description) {
        return props.putObject(name).put("type", type).put("description", description);
    }

    private static void ref(ObjectNode props, String name, String schema) {
        props.putObject(name).put("$ref", "#/components/schemas/" + schema);
    }

    private static void schemas(ObjectNode s) {
        AddressRoutes.schemas(s);
        ObjectNode err = object(s, "Error", "Every 4xx/5xx answer.", "code", "message", "status");
        prop(err, "code", "string", "Stable English code, e.g. not_found, invalid_json, unknown_field, conflict.");
        prop(err, "message", "string", "German message for people.");
        prop(err, "status", "integer", "The HTTP status.");
        prop(err, "field", "string", "The field or parameter concerned, where there is one.");
        prop(
                        err,
                        "findings",
                        "array",
                        "publish_refused: the house findings that stop publication (rule, line, column, severity, "
                                + "message), as CheckResult's, checked for publication (OZD025 is an error there).")
                .putObject("items")
                .put("type", "object");
        prop(
                        err,
                        "unreviewedSections",
                        "array",
                        "publish_refused: machine-drafted sections nobody has reviewed (section, origin, model).")
                .putObject("items")
                .put("type", "object");
        ObjectNode conflict = object(
                s,
                "Conflict",
                "409: a stale save (code conflict), nothing stored; or an " + "illegal transition / existing slug.",
                "code",
                "message",
                "status");
        prop(conflict, "code", "string", "conflict, illegal_transition, exists or duplicate.");
        prop(conflict, "message", "string", "German message.");
        prop(conflict, "status", "integer", "409");
        prop(conflict, "currentRevision", "integer", "conflict: the revision now current.");
        prop(conflict, "rejectedText", "string", "conflict: the house text that was not saved.");
        prop(conflict, "rejectedPackage", "object", "conflict: the package that was not saved (JSON form).");
        s.putObject("Package")
                .put("type", "object")
                .put(
                        "description",
                        "The spec's JSON form of a package (frontMatter,"
                                + " report, commentary, infobox, analysis, explainers, credits, extras, provenance); read strictly.");
        ObjectNode rec = object(
                s, "PackageRecord", "A package at its current revision.", "slug", "revision", "state", "package");
        prop(rec, "slug", "string", "Identity of the package.");
        prop(rec, "headline", "string", "Headline.");
        prop(rec, "state", "string", "draft, in_review, published, corrected or retracted.");
        prop(rec, "revision", "integer", "Current revision; send it back as baseRevision when saving.");
        prop(rec, "createdAt", "string", "UTC time of revision 1.");
        prop(rec, "updatedAt", "string", "UTC time of the current revision.");
        prop(rec, "publishedAt", "string", "UTC time of first publication, or null.");
        prop(rec, "date", "string", "YYYY-MM-DD of the package.");
        prop(rec, "tags", "array", "Tags.").putObject("items").put("type", "string");
        prop(rec, "entities", "object", "persons, places, organisations.");
        prop(rec, "correctionNote", "string", "Public correction note, or null.");
        prop(rec, "retractionReason", "string", "Public reason of a retraction, or null.");
        prop(rec, "corrections", "array", "Every public correction, oldest first: at (UTC time), note.")
                .putObject("items")
                .put("type", "object");
        prop(rec, "liveRevision", "integer", "The revision readers see, or null while never published.");
        prop(rec, "pending", "boolean", "Whether newer revisions than the live one wait to be published.");
        prop(rec, "liveUpdatedAt", "string", "UTC time of the last publication as an update, or null.");
        prop(rec, "scheduledAt", "string", "UTC time of a planned publication, or null.");
        ref(rec, "package", "Package");
        ObjectNode list = object(s, "PackageList", "One page of packages.", "total", "items");
        prop(list, "total", "integer", "All matches.");
        prop(list, "limit", "integer", "Page size.");
        prop(list, "offset", "integer", "Offset.");
        prop(list, "items", "array", "Summaries (slug, headline, state, revision, updatedAt, date).")
                .putObject("items")
                .put("type", "object");
        ObjectNode create = object(s, "CreateRequest", "Create a package: package (JSON form) or text (house text).");
        prop(create, "slug", "string", "Optional; else the front matter slug, else from the headline.");
        prop(create, "author", "string", "Who; else the token's name.");
        prop(create, "message", "string", "What and why.");
        ref(create, "package", "Package");
        prop(create, "text", "string", "House text instead of package.");
        ObjectNode save = object(s, "SaveRequest", "Save a new revision on top of baseRevision.", "baseRevision");
        prop(save, "baseRevision", "integer", "The revision this edit started from.");
        prop(save, "author", "string", "Who; else the token's name.");
        prop(save, "message", "string", "What and why.");
        ref(save, "package", "Package");
        prop(save, "text", "string", "House text instead of package.");
        ObjectNode tr = object(s, "TransitionRequest", "Move in the workflow.", "to");
        prop(tr, "to", "string", "in_review, draft, published, corrected or retracted.");
        prop(tr, "note", "string", "Required for corrected (correction note) and retracted (reason).");
        prop(tr, "baseRevision", "integer", "Optional optimistic lock.");
        prop(tr, "author", "string", "Who; else the token's name.");
        prop(
                tr,
                "machineLabel",
                "boolean",
                "published/corrected: publish unreviewed machine-drafted sections labelled as machine-made "
                        + "(Redakteur's explicit choice, recorded in their provenance as labelled by …).");
        ObjectNode review = object(s, "ReviewRequest", "Review a section (body may be {} or empty).");
        prop(review, "baseRevision", "integer", "Optional optimistic lock.");
        ObjectNode upd = object(s, "UpdateRequest", "Publish the pending revision as an update (body may be {}).");
        prop(upd, "baseRevision", "integer", "Optional optimistic lock: the revision to publish.");
        prop(upd, "author", "string", "Who; else the token's name.");
        ObjectNode plan = object(s, "ScheduleRequest", "Plan the publication of an in_review package.", "at");
        prop(plan, "at", "string", "ISO-8601 time with offset (e.g. 2026-12-05T06:00:00+01:00); in the future.");
        prop(plan, "baseRevision", "integer", "Optional optimistic lock.");
        prop(plan, "author", "string", "Who; else the token's name (publishes in this name).");
        ObjectNode restore = object(s, "RestoreRequest", "Restore an old revision as a new one (body may be {}).");
        prop(restore, "baseRevision", "integer", "Optional optimistic lock.");
        prop(restore, "author", "string", "Who; else the token's name.");
        ObjectNode revs = object(s, "RevisionList", "History, oldest first.", "items");
        prop(revs, "items", "array", "revision, createdAt, author, kind, summary, state, note.")
                .putObject("items")
                .put("type", "object");
        ObjectNode rev = object(s, "Revision", "One revision with its content.", "revision", "package");
        prop(rev, "revision", "integer", "Number.");
        prop(rev, "createdAt", "string", "UTC time.");
        prop(rev, "author", "string", "Who.");
        prop(rev, "kind", "string", "create, save, transition, update, restore or import.");
        prop(rev, "summary", "string", "What changed (German).");
        prop(rev, "state", "string", "State after this revision.");
        prop(rev, "note", "string", "Correction note or retraction reason.");
        ref(rev, "package", "Package");
        prop(rev, "text", "string", "House text.");
        ObjectNode diff = object(
                s,
                "Diff",
                "Word diff of the house texts: runs of words, punctuation and whitespace that stayed, went or came.",
                "from",
                "to",
                "lines");
        prop(diff, "from", "integer", "Older revision.");
        prop(diff, "to", "integer", "Newer revision.");
        prop(
                        diff,
                        "lines",
                        "array",
                        "{op: ' ' | '-' | '+', text}, in text order: the ' ' and '-' texts joined give the older "
                                + "revision, the ' ' and '+' texts the newer, to the character.")
                .putObject("items")
                .put("type", "object");
        prop(
                diff,
                "unified",
                "string",
                "The same for a terminal: the newer text with [-removed-] and {+added+} (git's word-diff notation).");
        ObjectNode sr = object(
                s,
                "SearchResult",
                "Ranked hits and facets over the matches (see totalRelation).",
                "total",
                "totalRelation",
                "hits",
                "facets");
        prop(
                sr,
                "total",
                "integer",
                "eq: the number of matches; gte: a lower bound, the number of matches that hits and "
                        + "facets are over.");
        prop(
                        sr,
                        "totalRelation",
                        "string",
                        "eq: total is exact and hits and facets are over all matches. gte "
                                + "(PostgreSQL setup, more matches than its search cap): there are at least total matches; hits are "
                                + "ranked and facets counted among the total newest (by last change). Like Lucene's TotalHits.")
                .putArray("enum")
                .add("eq")
                .add("gte");
        prop(sr, "hits", "array", "slug, headline, state, date, score, snippet (HTML-escaped, <mark> around matches).")
                .putObject("items")
                .put("type", "object");
        prop(sr, "facets", "object", "state, tag, person, place, organisation: value → count.");
        ObjectNode hits = object(s, "HitList", "Related packages.", "hits");
        prop(hits, "hits", "array", "As in SearchResult.").putObject("items").put("type", "object");
        ObjectNode health = object(s, "Health", "Liveness and setup.", "status");
        prop(health, "status", "string", "ok");
        prop(health, "setup", "string", "embedded or postgresql");
        prop(health, "packages", "integer", "Number of packages.");
        ObjectNode check = object(s, "CheckRequest", "A text to check; text/plain: the house text alone.", "text");
        prop(check, "text", "string", "The package in the house format.");
        prop(check, "source", "string", "The wire report it was drafted from: adds the grounding check OZD101–OZD108.");
        prop(
                check,
                "spelling",
                "boolean",
                "Adds spelling and grammar OZD201/OZD202 (LanguageTool; the first such "
                        + "check of a server takes 15–25 s unless it was started with --warm-language).");
        ObjectNode result = object(
                s,
                "CheckResult",
                "Findings as `ozd check --format json` gives them.",
                "errors",
                "warnings",
                "findings");
        prop(result, "errors", "integer", "Number of errors.");
        prop(result, "warnings", "integer", "Number of warnings.");
        prop(result, "findings", "array", "line, column, severity (error|warning), rule (OZD…), message (German).")
                .putObject("items")
                .put("type", "object");
        ObjectNode draft = object(s, "DraftRequest", "A wire report to draft; text/plain: the report alone.", "text");
        prop(draft, "text", "string", "The report: plain text, one paragraph per line.");
        prop(draft, "agency", "string", "News agency (front matter; picture credit unless pictureCredit).");
        prop(draft, "pictureCredit", "string", "Picture credit.");
        prop(draft, "typography", "boolean", "Set the report in house typography first („…“, –, …).");
        ObjectNode drafted = object(
                s,
                "DraftResult",
                "The drafted package, every drafted section marked with its engine (extractive, or llm and the "
                        + "model) and unreviewed, and its check against the report.",
                "text",
                "package",
                "findings",
                "engine");
        prop(drafted, "text", "string", "The package in the house format (canonical).");
        ref(drafted, "package", "Package");
        prop(drafted, "errors", "integer", "Errors of the draft's own check (house and grounding).");
        prop(drafted, "warnings", "integer", "Warnings of that check.");
        prop(drafted, "engine", "string", "The engine that drafted: extractive or llm (auto names the one it used).");
        prop(drafted, "notes", "array", "German notes for the editor: a fallback to extraction, a retry.")
                .putObject("items")
                .put("type", "string");
        prop(
                drafted,
                "usage",
                "object",
                "For a model's draft: model, promptVersion, millis, requests, tokensIn and tokensOut (null where the "
                        + "server did not report them).");
        prop(drafted, "findings", "array", "As in CheckResult.")
                .putObject("items")
                .put("type", "object");
        s.putObject("OpenApi").put("type", "object").put("description", "This document.");
    }
}
