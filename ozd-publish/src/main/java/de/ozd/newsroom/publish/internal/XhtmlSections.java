package de.ozd.newsroom.publish.internal;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.model.Credits;
import de.ozd.newsroom.core.model.Dimension;
import de.ozd.newsroom.core.model.Explainer;
import de.ozd.newsroom.core.model.Point;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.publish.Correction;
import de.ozd.newsroom.publish.Publication;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The package's sections as plain XHTML markup (no CSS, no script), which is at once well-formed XML and valid HTML:
 * the body of feed entries, of ninjs bodies and of the NewsML-G2 inline content. StAX escapes every text and
 * attribute. Thread-safe (no state).
 */
public final class XhtmlSections {
    public static final String NS = "http://www.w3.org/1999/xhtml";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private final HouseConfig house;
    private final ZoneId zone;

    public XhtmlSections(HouseConfig house, ZoneId zone) {
        this.house = house;
        this.zone = zone;
    }

    /** How a section element is identified: by nothing, by {@code xml:id} (for NewsML-G2 {@code contentrefs}). */
    public enum Ids {
        NONE,
        XML_ID
    }

    /** The sections of {@code p} present, in house order, as one HTML string without namespace declarations. */
    public String fragment(Publication p, List<Section> sections) {
        return fragments().of(p, sections);
    }

    /**
     * A writer of several fragments, for a renderer that needs one string per section (ninjs: seven bodies per item):
     * one StAX writer and buffer serve them all instead of a new pair per fragment. Not thread-safe: one per
     * rendering.
     */
    public Fragments fragments() {
        return new Fragments();
    }

    /** See {@link #fragments()}. */
    public final class Fragments {
        private final StringBuilderWriter out = new StringBuilderWriter(1024);
        private final XMLStreamWriter w;

        private Fragments() {
            try {
                w = OUTPUT.createXMLStreamWriter(out);
            } catch (XMLStreamException e) {
                throw new IllegalStateException("XHTML writer failed", e);
            }
        }

        /** As {@link XhtmlSections#fragment}. */
        public String of(Publication p, List<Section> sections) {
            try {
                if (sections.contains(Section.REPORT)) {
                    correction(w, p);
                }
                for (Section s : sections) {
                    write(w, p, s, Ids.NONE);
                }
                w.flush();
            } catch (XMLStreamException e) {
                throw new IllegalStateException("XHTML writer failed", e);
            }
            String fragment = out.toString();
            out.clear();
            return fragment;
        }
    }

    /**
     * The public correction notes, if any, as {@code <aside class="correction">}, one paragraph each, oldest first;
     * written
     * before the report wherever the report is (feeds, ninjs bodies).
     */
    public void correction(XMLStreamWriter w, Publication p) throws XMLStreamException {
        if (p.corrections().isEmpty()) {
            return;
        }
        w.writeStartElement("aside");
        w.writeAttribute("class", "correction");
        for (Correction c : p.corrections()) {
            w.writeStartElement("p");
            element(w, "strong", correctionLead(c), null);
            w.writeCharacters(" " + c.note());
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    /** Every correction as its lead and note, oldest first, in one line (feed descriptions, plain bodies). */
    public String correctionLeads(Publication p) {
        StringBuilder out = new StringBuilder();
        for (Correction c : p.corrections()) {
            out.append(out.isEmpty() ? "" : " ")
                    .append(correctionLead(c))
                    .append(' ')
                    .append(c.note());
        }
        return out.toString();
    }

    /** {@code Korrektur vom 2. März 2026, 10:15 Uhr:} in the house's time zone. */
    public String correctionLead(Correction c) {
        return "Korrektur vom " + Dates.german(c.when(), zone) + ":";
    }

    /** All sections present in {@code p}, in house order. */
    public static List<Section> present(Publication p) {
        return java.util.Arrays.stream(Section.values()).filter(p.pkg()::has).toList();
    }

    /** Writes one section (nothing if absent) as a {@code section} (or {@code aside}) element. */
    public void write(XMLStreamWriter w, Publication p, Section s, Ids ids) throws XMLStreamException {
        if (!p.pkg().has(s)) {
            return;
        }
        w.writeStartElement(s == Section.INFOBOX ? "aside" : "section");
        w.writeAttribute("class", s.key());
        if (ids == Ids.XML_ID) {
            w.writeAttribute("xml", XMLConstants.XML_NS_URI, "id", "ozd-" + s.key());
        }
        var label = MachineLabels.label(p, s);
        if (label.isPresent()) {
            element(w, "p", label.get(), "machine-label");
        }
        switch (s) {
            case REPORT -> report(w, p);
            case COMMENTARY -> {
                var c = p.pkg().commentary().orElseThrow();
                // as on the page: the opinion flag with the house's commentary word, then the title
                element(w, "p", "Meinung · " + house.commentaryHeading(), "opinion-flag");
                element(w, "h2", c.title(), null);
                paragraphs(w, c.paragraphs());
            }
            case INFOBOX -> {
                var b = p.pkg().infobox().orElseThrow();
                element(w, "h2", b.title(), null);
                list(w, "ul", b.facts(), Function.identity());
            }
            case ANALYSIS -> analysis(w, p.pkg().analysis().orElseThrow().dimensions());
            case EXPLAINERS -> explainers(w, p.pkg().explainers().orElseThrow().entries());
            case CREDITS -> element(w, "p", creditsLine(p.pkg().credits().orElseThrow()), null);
            case EXTRAS -> {
                element(w, "h2", house.extrasHeading(), null);
                paragraphs(w, p.pkg().extras().orElseThrow().paragraphs());
            }
        }
        w.writeEndElement();
    }

    /** {@code Alle Angaben ohne Gewähr. Titelbild: AFP.} */
    public String creditsLine(Credits c) {
        StringBuilder b = new StringBuilder();
        c.disclaimer().ifPresent(b::append);
        c.pictureCredit()
                .ifPresent(pc -> b.append(b.length() > 0 ? " " : "")
                        .append(house.pictureCreditWord())
                        .append(": ")
                        .append(pc)
                        .append(pc.endsWith(".") ? "" : "."));
        return b.toString();
    }

    private void report(XMLStreamWriter w, Publication p) throws XMLStreamException {
        List<String> paras = p.pkg().report().paragraphs();
        for (int i = 0; i < paras.size(); i++) {
            w.writeStartElement("p");
            w.writeCharacters(paras.get(i));
            var sig = p.pkg().report().signature();
            if (i == paras.size() - 1 && sig.isPresent()) {
                w.writeCharacters(" ");
                element(w, "span", sig.get(), "signature");
            }
            w.writeEndElement();
        }
    }

    private void analysis(XMLStreamWriter w, List<Dimension> dims) throws XMLStreamException {
        element(w, "h2", house.analysisHeading(), null);
        for (Dimension d : dims) {
            element(w, "h3", d.title(), null);
            list(w, "ul", d.points(), (Point pt) -> pt.label() + ") " + pt.text());
        }
    }

    private void explainers(XMLStreamWriter w, List<Explainer> entries) throws XMLStreamException {
        element(w, "h2", house.explainersHeading(), null);
        w.writeStartElement("dl");
        for (Explainer e : entries) {
            element(w, "dt", e.question(), null);
            element(w, "dd", e.answer(), null);
        }
        w.writeEndElement();
    }

    private static void paragraphs(XMLStreamWriter w, List<String> paras) throws XMLStreamException {
        for (String para : paras) {
            element(w, "p", para, null);
        }
    }

    private static <T> void list(XMLStreamWriter w, String tag, List<T> items, Function<T, String> text)
            throws XMLStreamException {
        w.writeStartElement(tag);
        for (T item : items) {
            element(w, "li", text.apply(item), null);
        }
        w.writeEndElement();
    }

    static void element(XMLStreamWriter w, String name, String text, String cssClass) throws XMLStreamException {
        w.writeStartElement(name);
        if (cssClass != null) {
            w.writeAttribute("class", cssClass);
        }
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
