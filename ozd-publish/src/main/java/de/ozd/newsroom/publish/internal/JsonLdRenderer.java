package de.ozd.newsroom.publish.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozd.newsroom.core.model.Commentary;
import de.ozd.newsroom.core.model.Explainer;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.publish.OutputFormat;
import de.ozd.newsroom.publish.Publication;
import de.ozd.newsroom.publish.Site;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * schema.org JSON-LD: a {@code NewsArticle} whose parts are the commentary ({@code OpinionNewsArticle}), the
 * explainers ({@code Question} with {@code acceptedAnswer}) and, for each machine-made section, a
 * {@code WebPageElement} carrying the IPTC digital source type and, if unreviewed, the German label; a public
 * correction as {@code correction} ({@code CorrectionComment}) with {@code dateModified} at its time. The same tree
 * is embedded in the HTML page. Immutable and thread-safe.
 */
public final class JsonLdRenderer extends ArticleRenderer {
    public static final OutputFormat FORMAT =
            new OutputFormat("jsonld", "application/ld+json", "jsonld", OutputFormat.Scope.ARTICLE);

    public JsonLdRenderer(Site site) {
        super(site, FORMAT);
    }

    @Override
    protected void write(Publication p, Writer out) throws IOException {
        Json.pretty(tree(p), out);
        out.write('\n');
    }

    /** The JSON-LD tree of one publication. */
    public ObjectNode tree(Publication p) {
        ObjectNode a = Json.object();
        a.put("@context", "https://schema.org");
        a.put("@type", "NewsArticle");
        if (site.hasBaseUrl()) { // without one, no address rather than the placeholder host's
            a.put("@id", p.url().toString());
            a.put("url", p.url().toString());
            a.put("mainEntityOfPage", p.url().toString());
        }
        a.put("headline", p.headline());
        a.put("inLanguage", p.language());
        String date = p.published().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        a.put("datePublished", date);
        a.put("dateModified", p.modified().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        // schema.org/correction: on CreativeWork, a CorrectionComment (or Text/URL) explaining the correction; one
        // object for one correction, an array of them (oldest first) for several, since every note stays visible
        List<ObjectNode> corrections = new java.util.ArrayList<>();
        for (var c : p.corrections()) {
            ObjectNode n = a.objectNode();
            n.put("@type", "CorrectionComment");
            n.put("text", c.note());
            n.put("datePublished", c.when().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            n.put("cssSelector", "#korrektur");
            corrections.add(n);
        }
        if (corrections.size() == 1) {
            a.set("correction", corrections.get(0));
        } else if (corrections.size() > 1) {
            a.putArray("correction").addAll(corrections);
        }
        a.set("author", author(p));
        a.set("publisher", publisher());
        p.pkg().credits().flatMap(c -> c.pictureCredit()).ifPresent(credit -> {
            ObjectNode image = a.putObject("image");
            image.put("@type", "ImageObject");
            image.put("creditText", credit);
        });
        p.pkg().credits().flatMap(c -> c.disclaimer()).ifPresent(d -> a.put("disclaimer", d));
        List<String> tags = p.pkg().frontMatter().tags();
        if (!tags.isEmpty()) {
            a.put("keywords", String.join(", ", tags));
        }
        a.put("articleBody", bodyText(p));
        a.put("isAccessibleForFree", true);
        ArrayNode parts = a.putArray("hasPart");
        p.pkg().commentary().ifPresent(c -> parts.add(opinion(p, c)));
        p.pkg().explainers().ifPresent(e -> e.entries().forEach(x -> parts.add(question(x))));
        for (Section s : XhtmlSections.present(p)) {
            machinePart(p, s).ifPresent(parts::add);
        }
        if (parts.isEmpty()) {
            a.remove("hasPart");
        }
        return a;
    }

    private static String bodyText(Publication p) {
        var r = p.pkg().report();
        return r.text() + r.signature().map(s -> " " + s).orElse("");
    }

    private ObjectNode author(Publication p) {
        ObjectNode n = Json.object();
        if (p.author().isPresent()) {
            n.put("@type", "Person");
            n.put("name", p.author().get());
        } else {
            n.put("@type", "Organization");
            n.put("name", site.name());
        }
        return n;
    }

    private ObjectNode publisher() {
        ObjectNode n = Json.object();
        n.put("@type", "NewsMediaOrganization");
        n.put("name", site.name());
        if (site.hasBaseUrl()) {
            n.put("url", site.baseUrl().toString());
        }
        return n;
    }

    private ObjectNode opinion(Publication p, Commentary c) {
        ObjectNode n = Json.object();
        n.put("@type", "OpinionNewsArticle");
        n.put("@id", (site.hasBaseUrl() ? p.url().toString() : "") + "#kommentar");
        n.put("headline", c.title());
        n.put("articleBody", String.join("\n", c.paragraphs()));
        n.put("inLanguage", p.language());
        n.set("author", author(p));
        return n;
    }

    private static ObjectNode question(Explainer x) {
        ObjectNode q = Json.object();
        q.put("@type", "Question");
        q.put("name", x.question());
        ObjectNode answer = q.putObject("acceptedAnswer");
        answer.put("@type", "Answer");
        answer.put("text", x.answer());
        return q;
    }

    private java.util.Optional<ObjectNode> machinePart(Publication p, Section s) {
        return MachineLabels.digitalSourceType(p, s).map(code -> {
            ObjectNode n = Json.object();
            n.put("@type", "WebPageElement");
            n.put("name", MachineLabels.sectionName(s));
            n.put("cssSelector", "#" + HtmlIds.of(s));
            n.put("digitalSourceType", MachineLabels.DIGITAL_SOURCE_TYPE_CV + code);
            MachineLabels.label(p, s).ifPresent(l -> n.put("description", l));
            return n;
        });
    }
}
