package de.ozd.newsroom.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozd.newsroom.core.model.Analysis;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Commentary;
import de.ozd.newsroom.core.model.Credits;
import de.ozd.newsroom.core.model.Dimension;
import de.ozd.newsroom.core.model.Explainer;
import de.ozd.newsroom.core.model.Explainers;
import de.ozd.newsroom.core.model.Extras;
import de.ozd.newsroom.core.model.FrontMatter;
import de.ozd.newsroom.core.model.Infobox;
import de.ozd.newsroom.core.model.Origin;
import de.ozd.newsroom.core.model.Point;
import de.ozd.newsroom.core.model.Provenance;
import de.ozd.newsroom.core.model.Report;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.core.model.SectionProvenance;
import de.ozd.newsroom.core.model.Signoff;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The JSON form of a package, exactly as in the spec: camelCase keys in spec order, absent sections as
 * {@code null}, explainers as an array. Reading is strict: unknown keys and wrong types are refused with a German
 * message naming the JSON pointer. Immutable and thread-safe.
 */
public final class PackageJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    private static final List<String> TOP_KEYS = List.of(
            "frontMatter",
            "report",
            "commentary",
            "infobox",
            "analysis",
            "explainers",
            "credits",
            "extras",
            "provenance");

    private PackageJson() {}

    /** Pretty-printed JSON (two-space indent, {@code "key": value}), no trailing newline. */
    public static String write(ArticlePackage pkg) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(toTree(pkg));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    /** Compact JSON on one line. */
    public static String writeCompact(ArticlePackage pkg) {
        return toTree(pkg).toString();
    }

    public static ObjectNode toTree(ArticlePackage pkg) {
        ObjectNode root = F.objectNode();
        ObjectNode fm = root.putObject("frontMatter");
        pkg.frontMatter().fields().forEach(fm::put);
        ObjectNode report = root.putObject("report");
        strings(report.putArray("paragraphs"), pkg.report().paragraphs());
        report.put("signature", pkg.report().signature().orElse(null));
        root.set(
                "commentary",
                pkg.commentary()
                        .map(c -> {
                            ObjectNode n = F.objectNode().put("title", c.title());
                            strings(n.putArray("paragraphs"), c.paragraphs());
                            return (JsonNode) n;
                        })
                        .orElse(F.nullNode()));
        root.set(
                "infobox",
                pkg.infobox()
                        .map(b -> {
                            ObjectNode n = F.objectNode().put("title", b.title());
                            strings(n.putArray("facts"), b.facts());
                            return (JsonNode) n;
                        })
                        .orElse(F.nullNode()));
        root.set("analysis", pkg.analysis().map(PackageJson::analysis).orElse(F.nullNode()));
        root.set(
                "explainers",
                pkg.explainers()
                        .map(e -> {
                            ArrayNode a = F.arrayNode();
                            e.entries()
                                    .forEach(x -> a.addObject()
                                            .put("question", x.question())
                                            .put("answer", x.answer()));
                            return (JsonNode) a;
                        })
                        .orElse(F.nullNode()));
        root.set(
                "credits",
                pkg.credits()
                        .map(c -> (JsonNode) F.objectNode()
                                .put("disclaimer", c.disclaimer().orElse(null))
                                .put("pictureCredit", c.pictureCredit().orElse(null)))
                        .orElse(F.nullNode()));
        root.set(
                "extras",
                pkg.extras()
                        .map(x -> {
                            ObjectNode n = F.objectNode();
                            strings(n.putArray("paragraphs"), x.paragraphs());
                            return (JsonNode) n;
                        })
                        .orElse(F.nullNode()));
        ObjectNode prov = root.putObject("provenance");
        pkg.provenance().sections().forEach((section, p) -> {
            ObjectNode n = prov.putObject(section.key())
                    .put("origin", p.origin().key())
                    .put("reviewed", p.reviewed());
            p.model().ifPresent(m -> n.put("model", m));
            p.review().ifPresent(o -> n.put("reviewedBy", o.by()).put("reviewedAt", o.at().toString()));
            p.machineLabel().ifPresent(o -> n.put("labelledBy", o.by()).put("labelledAt", o.at().toString()));
        });
        return root;
    }

    private static JsonNode analysis(Analysis analysis) {
        ObjectNode n = F.objectNode();
        ArrayNode dims = n.putArray("dimensions");
        for (Dimension d : analysis.dimensions()) {
            ObjectNode dn = dims.addObject().put("title", d.title());
            ArrayNode points = dn.putArray("points");
            d.points().forEach(p -> points.addObject().put("label", p.label()).put("text", p.text()));
        }
        return n;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    // --- reading ------------------------------------------------------------------------------------------

    /** Reads the spec's JSON form; throws {@link PackageJsonException} with a German message on any deviation. */
    public static ArticlePackage read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new PackageJsonException("", "Kein gültiges JSON" + where(e) + ": " + e.getOriginalMessage());
        }
        return read(root);
    }

    /** " (Zeile L, Spalte C)" where Jackson knows the position; some errors (nesting too deep) carry none. */
    static String where(JsonProcessingException e) {
        var at = e.getLocation();
        return at == null || at.getLineNr() < 0
                ? ""
                : " (Zeile " + at.getLineNr() + ", Spalte " + at.getColumnNr() + ")";
    }

    public static ArticlePackage read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new PackageJsonException("", "Ein Paket ist ein JSON-Objekt mit den Schlüsseln " + TOP_KEYS + ".");
        }
        onlyKeys(root, "", Set.copyOf(TOP_KEYS));
        JsonNode reportNode = root.get("report");
        if (reportNode == null || !reportNode.isObject()) {
            throw new PackageJsonException(
                    "/report", "„report“ fehlt oder ist kein Objekt: jedes Paket hat einen Bericht.");
        }
        onlyKeys(reportNode, "/report", Set.of("paragraphs", "signature"));
        Report report = new Report(
                stringList(reportNode.get("paragraphs"), "/report/paragraphs"),
                optionalString(reportNode.get("signature"), "/report/signature"));
        return new ArticlePackage(
                frontMatter(root.get("frontMatter")),
                report,
                section(
                        root,
                        "commentary",
                        Set.of("title", "paragraphs"),
                        (n) -> new Commentary(
                                string(n.get("title"), "/commentary/title"),
                                stringList(n.get("paragraphs"), "/commentary/paragraphs"))),
                section(
                        root,
                        "infobox",
                        Set.of("title", "facts"),
                        (n) -> new Infobox(
                                string(n.get("title"), "/infobox/title"),
                                stringList(n.get("facts"), "/infobox/facts"))),
                section(root, "analysis", Set.of("dimensions"), PackageJson::readAnalysis),
                explainers(root.get("explainers")),
                section(
                        root,
                        "credits",
                        Set.of("disclaimer", "pictureCredit"),
                        (n) -> new Credits(
                                optionalString(n.get("disclaimer"), "/credits/disclaimer"),
                                optionalString(n.get("pictureCredit"), "/credits/pictureCredit"))),
                section(
                        root,
                        "extras",
                        Set.of("paragraphs"),
                        (n) -> new Extras(stringList(n.get("paragraphs"), "/extras/paragraphs"))),
                provenance(root.get("provenance")));
    }

    private static <T> Optional<T> section(JsonNode root, String key, Set<String> keys, Function<JsonNode, T> reader) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isObject()) {
            throw new PackageJsonException("/" + key, "„" + key + "“ muss ein Objekt oder null sein.");
        }
        onlyKeys(n, "/" + key, keys);
        return Optional.of(reader.apply(n));
    }

    private static Analysis readAnalysis(JsonNode n) {
        JsonNode dims = n.get("dimensions");
        array(dims, "/analysis/dimensions");
        List<Dimension> dimensions = new ArrayList<>();
        for (int d = 0; d < dims.size(); d++) {
            String at = "/analysis/dimensions/" + d;
            JsonNode dn = object(dims.get(d), at, Set.of("title", "points"));
            JsonNode points = dn.get("points");
            array(points, at + "/points");
            List<Point> list = new ArrayList<>();
            for (int p = 0; p < points.size(); p++) {
                JsonNode pn = object(points.get(p), at + "/points/" + p, Set.of("label", "text"));
                list.add(new Point(
                        string(pn.get("label"), at + "/points/" + p + "/label"),
                        string(pn.get("text"), at + "/points/" + p + "/text")));
            }
            dimensions.add(new Dimension(string(dn.get("title"), at + "/title"), list));
        }
        return new Analysis(dimensions);
    }

    private static Optional<Explainers> explainers(JsonNode n) {
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        array(n, "/explainers");
        List<Explainer> entries = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = object(n.get(i), "/explainers/" + i, Set.of("question", "answer"));
            entries.add(new Explainer(
                    string(e.get("question"), "/explainers/" + i + "/question"),
                    string(e.get("answer"), "/explainers/" + i + "/answer")));
        }
        return Optional.of(new Explainers(entries));
    }

    private static FrontMatter frontMatter(JsonNode n) {
        if (n == null || n.isNull()) {
            return FrontMatter.EMPTY;
        }
        if (!n.isObject()) {
            throw new PackageJsonException("/frontMatter", "„frontMatter“ muss ein Objekt aus Zeichenketten sein.");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            fields.put(e.getKey(), string(e.getValue(), "/frontMatter/" + e.getKey()));
        }
        return new FrontMatter(fields);
    }

    private static Provenance provenance(JsonNode n) {
        if (n == null || n.isNull()) {
            return Provenance.EMPTY;
        }
        if (!n.isObject()) {
            throw new PackageJsonException("/provenance", "„provenance“ muss ein Objekt sein.");
        }
        Provenance provenance = Provenance.EMPTY;
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = "/provenance/" + e.getKey();
            Section section = Section.byKey(e.getKey())
                    .orElseThrow(() ->
                            new PackageJsonException(at, "Unbekannter Teil „" + e.getKey() + "“ in „provenance“."));
            JsonNode p = object(
                    e.getValue(),
                    at,
                    Set.of("origin", "reviewed", "model", "reviewedBy", "reviewedAt", "labelledBy", "labelledAt"));
            Origin origin = Origin.byKey(string(p.get("origin"), at + "/origin"))
                    .orElseThrow(
                            () -> new PackageJsonException(at + "/origin", "„origin“ ist human, extractive oder llm."));
            JsonNode reviewed = p.get("reviewed");
            if (reviewed == null || !reviewed.isBoolean()) {
                throw new PackageJsonException(at + "/reviewed", "„reviewed“ muss true oder false sein.");
            }
            provenance = provenance.with(
                    section,
                    new SectionProvenance(
                            origin,
                            reviewed.booleanValue(),
                            optionalString(p.get("model"), at + "/model"),
                            signoff(p, at, reviewed.booleanValue())));
        }
        return provenance;
    }

    /** {@code reviewedBy}/{@code reviewedAt} of a reviewed section, {@code labelledBy}/{@code labelledAt} else. */
    private static Optional<Signoff> signoff(JsonNode p, String at, boolean reviewed) {
        String key = reviewed ? "reviewed" : "labelled";
        String other = reviewed ? "labelled" : "reviewed";
        if (p.hasNonNull(other + "By") || p.hasNonNull(other + "At")) {
            throw new PackageJsonException(
                    at + "/" + other + (p.hasNonNull(other + "By") ? "By" : "At"),
                    reviewed
                            ? "Ein geprüfter Abschnitt hat „reviewedBy“/„reviewedAt“, nicht „labelledBy“/„labelledAt“."
                            : "Ein ungeprüfter Abschnitt hat kein „reviewedBy“/„reviewedAt“ (nur „labelledBy“/„labelledAt“,"
                                    + " wenn er als maschinell gekennzeichnet veröffentlicht wurde).");
        }
        Optional<String> by = optionalString(p.get(key + "By"), at + "/" + key + "By");
        Optional<String> when = optionalString(p.get(key + "At"), at + "/" + key + "At");
        if (by.isEmpty() && when.isEmpty()) {
            return Optional.empty();
        }
        if (by.isEmpty() || by.get().isBlank()) {
            throw new PackageJsonException(at + "/" + key + "By", "„" + key + "By“ nennt, wer entschieden hat.");
        }
        if (when.isEmpty()) {
            throw new PackageJsonException(at + "/" + key + "At", "„" + key + "At“ fehlt (UTC-Zeit, ISO-8601).");
        }
        try {
            return Optional.of(new Signoff(by.get(), java.time.Instant.parse(when.get())));
        } catch (java.time.format.DateTimeParseException e) {
            throw new PackageJsonException(
                    at + "/" + key + "At", "„" + key + "At“ muss eine UTC-Zeit wie 2026-12-04T16:00:00Z sein.");
        }
    }

    private static JsonNode object(JsonNode n, String at, Set<String> keys) {
        if (n == null || !n.isObject()) {
            throw new PackageJsonException(at, "An " + at + " wird ein Objekt erwartet.");
        }
        onlyKeys(n, at, keys);
        return n;
    }

    private static void array(JsonNode n, String at) {
        if (n == null || !n.isArray()) {
            throw new PackageJsonException(at, "An " + at + " wird eine Liste erwartet.");
        }
    }

    private static void onlyKeys(JsonNode n, String at, Set<String> keys) {
        n.fieldNames().forEachRemaining(k -> {
            if (!keys.contains(k)) {
                throw new PackageJsonException(
                        at + "/" + k,
                        "Unbekannter Schlüssel „" + k + "“ an " + (at.isEmpty() ? "oberster Ebene" : at)
                                + ": erlaubt sind " + keys.stream().sorted().toList() + ".");
            }
        });
    }

    private static String string(JsonNode n, String at) {
        if (n == null || !n.isTextual()) {
            throw new PackageJsonException(at, "An " + at + " wird eine Zeichenkette erwartet.");
        }
        return n.textValue();
    }

    private static Optional<String> optionalString(JsonNode n, String at) {
        return n == null || n.isNull() ? Optional.empty() : Optional.of(string(n, at));
    }

    private static List<String> stringList(JsonNode n, String at) {
        array(n, at);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            out.add(string(n.get(i), at + "/" + i));
        }
        return out;
    }
}
