package de.ozd.newsroom.publish.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.publish.OutputFormat;
import de.ozd.newsroom.publish.Publication;
import de.ozd.newsroom.publish.Site;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * IPTC ninjs 2.2, or 3.1 (the same mapping with 3.x's camelCase property names). The report is the item's body (plain text and HTML); ninjs has no extension point in 2.x
 * ({@code unevaluatedProperties: false}), so every other section becomes an association of type {@code component}
 * — the standard's way to carry parts of one item — with its own headline, bodies, genre and, where a machine made
 * it, the IPTC {@code digitalsourcetype} and the German label as a description. Immutable and thread-safe.
 */
public final class NinjsRenderer extends ArticleRenderer {
    public static final OutputFormat FORMAT =
            new OutputFormat("ninjs", "application/ninjs+json", "json", OutputFormat.Scope.ARTICLE);
    public static final OutputFormat FORMAT_3 =
            new OutputFormat("ninjs3", "application/ninjs+json", "json", OutputFormat.Scope.ARTICLE);
    private static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_%s.json";
    /** ninjs 3.0 renamed these properties to camelCase; nothing else of what we write changed. */
    private static final Map<String, String> V3_NAMES = Map.ofEntries(
            Map.entry("contenttype", "contentType"),
            Map.entry("charcount", "charCount"),
            Map.entry("wordcount", "wordCount"),
            Map.entry("firstcreated", "firstCreated"),
            Map.entry("versioncreated", "versionCreated"),
            Map.entry("pubstatus", "pubStatus"),
            Map.entry("copyrightholder", "copyrightHolder"),
            Map.entry("copyrightnotice", "copyrightNotice"),
            Map.entry("representationtype", "representationType"),
            Map.entry("infosources", "infoSources"),
            Map.entry("digitalsourcetype", "digitalSourceType"));

    private NinjsRenderer(Site site, OutputFormat format) {
        super(site, format);
    }

    /** ninjs 2.2, the current 2.x. */
    public static NinjsRenderer v2(Site site) {
        return new NinjsRenderer(site, FORMAT);
    }

    /** ninjs 3.1. */
    public static NinjsRenderer v3(Site site) {
        return new NinjsRenderer(site, FORMAT_3);
    }

    @Override
    protected void write(Publication p, Writer out) throws IOException {
        ObjectNode tree = tree(p);
        Json.pretty(format() == FORMAT_3 ? camelCase(tree) : tree, out);
        out.write('\n');
    }

    private static JsonNode camelCase(JsonNode node) {
        if (node instanceof ObjectNode obj) {
            ObjectNode copy = Json.object();
            obj.fields()
                    .forEachRemaining(
                            e -> copy.set(V3_NAMES.getOrDefault(e.getKey(), e.getKey()), camelCase(e.getValue())));
            return copy;
        }
        if (node instanceof ArrayNode arr) {
            ArrayNode copy = Json.MAPPER.createArrayNode();
            arr.forEach(x -> copy.add(camelCase(x)));
            return copy;
        }
        return node;
    }

    ObjectNode tree(Publication p) {
        XhtmlSections.Fragments fragments = xhtml.fragments();
        ObjectNode n = Json.object();
        n.put("uri", p.url().toString());
        ObjectNode std = n.putObject("standard");
        std.put("name", "ninjs");
        String version = format() == FORMAT_3 ? "3.1" : "2.2";
        std.put("version", version);
        std.put("schema", String.format(SCHEMA, version));
        n.put("type", "text");
        n.put("representationtype", "full");
        n.put("profile", "ozd-article-package");
        n.put("version", "1");
        n.put("firstcreated", Dates.iso(p.published()));
        n.put("versioncreated", Dates.iso(p.modified()));
        n.put("pubstatus", "usable");
        n.put("language", p.language());
        n.put("copyrightholder", site.name());
        n.put("copyrightnotice", "© " + p.published().getYear() + " " + site.name());
        n.put("by", p.author().orElse(site.name()));
        n.put("slugline", p.slug());
        headline(n, p.headline());
        // ninjs has no correction field: the note goes into descriptions (role "correction"), readable metadata,
        // not ednote, which is meant for the receiving staff only; the report's bodies carry it as their first line
        if (!p.corrections().isEmpty()) {
            var descriptions = n.putArray("descriptions");
            for (var c : p.corrections()) {
                descriptions
                        .addObject()
                        .put("role", "correction")
                        .put("contenttype", "text/plain")
                        .put("value", xhtml.correctionLead(c) + " " + c.note());
            }
        }
        bodies(
                n,
                fragments,
                p,
                Section.REPORT,
                (p.corrections().isEmpty() ? "" : xhtml.correctionLeads(p) + "\n\n")
                        + p.pkg().report().text()
                        + p.pkg().report().signature().map(s -> " " + s).orElse(""));
        p.agency()
                .ifPresent(a ->
                        n.putArray("infosources").addObject().put("name", a).put("role", "source"));
        List<String> tags = p.pkg().frontMatter().tags();
        if (!tags.isEmpty()) {
            ArrayNode subjects = n.putArray("subjects");
            tags.forEach(t -> subjects.addObject().put("name", t).put("literal", t));
        }
        provenance(n, p, Section.REPORT);
        ArrayNode assoc = n.putArray("associations");
        for (Section s : XhtmlSections.present(p)) {
            if (s != Section.REPORT) {
                assoc.add(component(fragments, p, s));
            }
        }
        if (assoc.isEmpty()) {
            n.remove("associations");
        }
        return n;
    }

    private ObjectNode component(XhtmlSections.Fragments fragments, Publication p, Section s) {
        ObjectNode c = Json.object();
        c.put("name", s.key());
        c.put("uri", p.url() + "#" + HtmlIds.of(s));
        c.put("type", "component");
        c.put("language", p.language());
        headline(c, sectionHeadline(p, s));
        genre(c, s);
        bodies(c, fragments, p, s, plainText(p, s));
        provenance(c, p, s);
        return c;
    }

    private static void bodies(
            ObjectNode n, XhtmlSections.Fragments fragments, Publication p, Section s, String plain) {
        ArrayNode bodies = n.putArray("bodies");
        ObjectNode text = bodies.addObject();
        text.put("role", "main");
        text.put("contenttype", "text/plain");
        text.put("charcount", plain.length());
        text.put("wordcount", wordCount(plain));
        text.put("value", plain);
        ObjectNode html = bodies.addObject();
        html.put("role", "richtext");
        html.put("contenttype", "text/html");
        html.put("value", fragments.of(p, List.of(s)));
    }

    /**
     * The words of a plain text as ninjs has always counted them, {@code strip().split("\\s+").length} (0 for a
     * blank text), without the regular expression: that split compiled a pattern and copied every word for each body,
     * a quarter of a ninjs item's rendering time. Words are the runs between ASCII whitespace ({@code \s}: space, tab,
     * line feed, vertical tab, form feed, carriage return) once leading and trailing (Unicode) whitespace is stripped.
     */
    static int wordCount(String plain) {
        int start = 0;
        int end = plain.length();
        while (start < end && Character.isWhitespace(plain.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(plain.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return 0;
        }
        int words = 1;
        boolean inGap = false;
        for (int i = start; i < end; i++) {
            char c = plain.charAt(i);
            boolean gap = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (gap && !inGap) {
                words++;
            }
            inGap = gap;
        }
        return words;
    }

    private static void provenance(ObjectNode n, Publication p, Section s) {
        MachineLabels.digitalSourceType(p, s).ifPresent(code -> {
            ObjectNode d = n.putObject("digitalsourcetype");
            d.put("name", MachineLabels.digitalSourceTypeName(code));
            d.put("uri", MachineLabels.DIGITAL_SOURCE_TYPE_CV + code);
        });
        // beside the correction notes, never instead of them
        MachineLabels.label(p, s)
                .ifPresent(l -> (n.get("descriptions") instanceof ArrayNode a ? a : n.putArray("descriptions"))
                        .addObject()
                        .put("role", "machine-label")
                        .put("contenttype", "text/plain")
                        .put("value", l));
    }

    private static void headline(ObjectNode n, String value) {
        n.putArray("headlines").addObject().put("role", "main").put("value", value);
    }

    private static void genre(ObjectNode n, Section s) {
        if (s == Section.COMMENTARY) {
            n.putArray("genres")
                    .addObject()
                    .put("name", "Meinung")
                    .put("uri", "http://cv.iptc.org/newscodes/genre/Opinion");
        } else if (s == Section.ANALYSIS) {
            n.putArray("genres")
                    .addObject()
                    .put("name", "Analyse")
                    .put("uri", "http://cv.iptc.org/newscodes/genre/Analysis");
        }
    }

    private String sectionHeadline(Publication p, Section s) {
        var pkg = p.pkg();
        return switch (s) {
            case COMMENTARY -> pkg.commentary().orElseThrow().title();
            case INFOBOX -> pkg.infobox().orElseThrow().title();
            case ANALYSIS -> site.house().analysisHeading();
            case EXPLAINERS -> site.house().explainersHeading();
            case EXTRAS -> site.house().extrasHeading();
            default -> MachineLabels.sectionName(s);
        };
    }

    /** A section as plain text, one line per paragraph, fact, point or question/answer. */
    String plainText(Publication p, Section s) {
        var pkg = p.pkg();
        return switch (s) {
            case REPORT -> pkg.report().text();
            case COMMENTARY -> String.join("\n", pkg.commentary().orElseThrow().paragraphs());
            case INFOBOX -> String.join("\n", pkg.infobox().orElseThrow().facts());
            case ANALYSIS ->
                String.join(
                        "\n",
                        pkg.analysis().orElseThrow().dimensions().stream()
                                .flatMap(d -> java.util.stream.Stream.concat(
                                        java.util.stream.Stream.of(d.title()),
                                        d.points().stream().map(pt -> pt.label() + ") " + pt.text())))
                                .toList());
            case EXPLAINERS ->
                String.join(
                        "\n",
                        pkg.explainers().orElseThrow().entries().stream()
                                .flatMap(e -> java.util.stream.Stream.of(e.question(), e.answer()))
                                .toList());
            case CREDITS -> xhtml.creditsLine(pkg.credits().orElseThrow());
            case EXTRAS -> String.join("\n", pkg.extras().orElseThrow().paragraphs());
        };
    }
}
