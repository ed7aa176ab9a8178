package de.ozd.newsroom.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.format.PackageWriter;
import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.draft.DraftException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /check} and {@code POST /draft}: the {@link EditorialDesk} over HTTP, for the editor and for machine
 * clients that draft from their own wire. Nothing is stored; a draft is saved with {@code POST /packages}.
 */
final class EditorialRoutes {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final EditorialDesk desk;
    private final Requests requests;

    EditorialRoutes(EditorialDesk desk, Requests requests) {
        this.desk = desk;
        this.requests = requests;
    }

    List<Route> routes() {
        String bad = "Malformed body, unknown field or wrong type.";
        return List.of(
                Route.post("/check", "checkText")
                        .summary("House check of a text (JSON or text/plain), with grounding against a source report "
                                + "and spelling on request. Stores nothing.")
                        .body("CheckRequest")
                        .result("CheckResult")
                        .respond(200, "The findings.")
                        .respond(400, bad)
                        .handle(this::check),
                Route.post("/draft", "draftPackage")
                        .summary("Extractive draft of a wire report (JSON or text/plain), with the draft's own check "
                                + "against the report. Stores nothing.")
                        .body("DraftRequest")
                        .result("DraftResult")
                        .respond(200, "The draft.")
                        .respond(400, bad)
                        .respond(422, "The report cannot be drafted (empty, or a heading where a paragraph belongs).")
                        .handle(this::draft));
    }

    private void check(Context ctx) {
        Requests.Body body = requests.body(ctx, Set.of("text", "source", "spelling"));
        String text = body instanceof Requests.TextBody t ? t.text() : required(body, "text");
        Optional<String> source = Optional.ofNullable(body.text("source"));
        boolean spelling = body.flag("spelling");
        List<Diagnostic> found;
        try {
            found = desk.check(text, source, spelling);
        } catch (DraftException e) {
            throw Requests.field("invalid_source", "source", "Die Quelle lässt sich nicht lesen: " + e.getMessage());
        }
        JsonViews.json(ctx, 200, findings(F.objectNode(), found));
    }

    private void draft(Context ctx) {
        Requests.Body body = requests.body(ctx, Set.of("text", "agency", "pictureCredit", "typography"));
        String report = body instanceof Requests.TextBody t ? t.text() : required(body, "text");
        Optional<String> agency = Optional.ofNullable(body.text("agency"));
        Optional<String> credit = Optional.ofNullable(body.text("pictureCredit"));
        boolean typography = body.flag("typography");
        ArticlePackage pkg;
        try {
            pkg = desk.draft(report, agency, credit, typography);
        } catch (DraftException e) {
            throw new ApiException(422, "invalid_report", e.getMessage());
        }
        String text = new PackageWriter(desk.house()).canonical(pkg);
        ObjectNode n = F.objectNode().put("text", text);
        n.set("package", PackageJson.toTree(pkg));
        JsonViews.json(ctx, 200, findings(n, desk.check(text, Optional.of(report), false)));
    }

    private static String required(Requests.Body body, String name) {
        String v = body.text(name);
        if (v == null) {
            throw Requests.field("missing_field", name, "„" + name + "“ fehlt.");
        }
        return v;
    }

    private static ObjectNode findings(ObjectNode n, List<Diagnostic> found) {
        long errors = found.stream().filter(Diagnostic::isError).count();
        n.put("errors", errors).put("warnings", found.size() - errors);
        ArrayNode a = n.putArray("findings");
        for (Diagnostic d : found) {
            a.addObject()
                    .put("line", d.line())
                    .put("column", d.column())
                    .put("severity", d.severity().key())
                    .put("rule", d.rule())
                    .put("message", d.message());
        }
        return n;
    }
}
