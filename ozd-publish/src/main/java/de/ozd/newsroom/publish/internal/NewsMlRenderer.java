package de.ozd.newsroom.publish.internal;

import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.publish.OutputFormat;
import de.ozd.newsroom.publish.Publication;
import de.ozd.newsroom.publish.Site;
import java.io.IOException;
import java.io.Writer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An IPTC NewsML-G2 2.35 {@code newsItem} (Power conformance): item and content metadata, the package as XHTML
 * inline content with one {@code section} per house section, and a {@code partMeta} per section that names it and,
 * for machine-made sections, carries the IPTC digital source type and the German label. Controlled values are given
 * as full NewsCodes URIs, so no catalog is needed. Immutable and thread-safe.
 */
public final class NewsMlRenderer extends ArticleRenderer {
    public static final OutputFormat FORMAT =
            new OutputFormat("newsml", "application/vnd.iptc.g2.newsitem+xml", "xml", OutputFormat.Scope.ARTICLE);
    public static final String NAR = "http://iptc.org/std/nar/2006-10-01/";
    private static final String CV = "http://cv.iptc.org/newscodes/";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    public NewsMlRenderer(Site site) {
        super(site, FORMAT);
    }

    @Override
    protected void write(Publication p, Writer out) throws IOException {
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.setDefaultNamespace(NAR);
            w.writeStartElement(NAR, "newsItem");
            w.writeDefaultNamespace(NAR);
            w.writeAttribute("guid", guid(p));
            w.writeAttribute("version", "1");
            w.writeAttribute("standard", "NewsML-G2");
            w.writeAttribute("standardversion", "2.35");
            w.writeAttribute("conformance", "power");
            w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", p.language());
            rightsInfo(w, p);
            itemMeta(w, p);
            contentMeta(w, p);
            int seq = 1;
            for (Section s : XhtmlSections.present(p)) {
                partMeta(w, p, s, seq++);
            }
            contentSet(w, p);
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("NewsML-G2 writer failed for " + p.slug(), e);
        }
        out.write('\n');
    }

    /** A URN that stays the same for the same article: publisher host, date, slug. */
    private String guid(Publication p) {
        String host = site.baseUrl().getHost() == null ? "ozd" : site.baseUrl().getHost();
        return "urn:newsml:" + host + ":" + p.published().toLocalDate() + ":" + p.slug();
    }

    private void rightsInfo(XMLStreamWriter w, Publication p) throws XMLStreamException {
        w.writeStartElement("rightsInfo");
        w.writeStartElement("copyrightHolder");
        w.writeAttribute("uri", site.baseUrl().toString());
        text(w, "name", site.name());
        w.writeEndElement();
        text(w, "copyrightNotice", "© " + p.published().getYear() + " " + site.name());
        w.writeEndElement();
    }

    private void itemMeta(XMLStreamWriter w, Publication p) throws XMLStreamException {
        w.writeStartElement("itemMeta");
        empty(w, "itemClass", CV + "ninature/text");
        w.writeStartElement("provider");
        w.writeAttribute("uri", site.baseUrl().toString());
        text(w, "name", site.name());
        w.writeEndElement();
        text(w, "versionCreated", Dates.iso(p.modified()));
        text(w, "firstCreated", Dates.iso(p.published()));
        empty(w, "pubStatus", CV + "pubstatusg2/usable");
        if (!p.corrections().isEmpty()) {
            // the notes for the receiving newsroom to print (one edNote each, oldest first), and the IPTC signal that
            // this version corrects an earlier one
            for (var c : p.corrections()) {
                text(w, "edNote", xhtml.correctionLead(c) + " " + c.note());
            }
            empty(w, "signal", CV + "signal/correction");
        }
        w.writeStartElement("link");
        w.writeAttribute("rel", "irel:seeAlso");
        w.writeAttribute("href", p.url().toString());
        w.writeAttribute("contenttype", "text/html");
        w.writeEndElement();
        w.writeEndElement();
    }

    private void contentMeta(XMLStreamWriter w, Publication p) throws XMLStreamException {
        w.writeStartElement("contentMeta");
        text(w, "contentCreated", Dates.iso(p.published()));
        digitalSourceType(w, p, Section.REPORT);
        if (p.agency().isPresent()) {
            w.writeStartElement("infoSource");
            text(w, "name", p.agency().get());
            w.writeEndElement();
        }
        w.writeStartElement("creator");
        text(w, "name", p.author().orElse(site.name()));
        w.writeEndElement();
        w.writeEmptyElement("language");
        w.writeAttribute("tag", p.language());
        for (String tag : p.pkg().frontMatter().tags()) {
            text(w, "keyword", tag);
        }
        text(w, "slugline", p.slug());
        text(w, "headline", p.headline());
        p.author().ifPresent(a -> uncheck(() -> text(w, "by", a)));
        var credit = p.pkg().credits().flatMap(c -> c.pictureCredit());
        if (credit.isPresent()) {
            text(w, "creditline", site.house().pictureCreditWord() + ": " + credit.get());
        }
        w.writeEndElement();
    }

    private void partMeta(XMLStreamWriter w, Publication p, Section s, int seq) throws XMLStreamException {
        w.writeStartElement("partMeta");
        w.writeAttribute("partid", "part-" + s.key());
        w.writeAttribute("contentrefs", "ozd-" + s.key());
        w.writeAttribute("seq", Integer.toString(seq));
        digitalSourceType(w, p, s);
        if (s == Section.COMMENTARY) {
            w.writeStartElement("genre");
            w.writeAttribute("uri", CV + "genre/Opinion");
            text(w, "name", "Meinung");
            w.writeEndElement();
        } else if (s == Section.ANALYSIS) {
            w.writeStartElement("genre");
            w.writeAttribute("uri", CV + "genre/Analysis");
            text(w, "name", "Analyse");
            w.writeEndElement();
        }
        text(w, "headline", MachineLabels.sectionName(s));
        var label = MachineLabels.label(p, s);
        if (label.isPresent()) {
            w.writeStartElement("description");
            w.writeCharacters(label.get());
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private void digitalSourceType(XMLStreamWriter w, Publication p, Section s) throws XMLStreamException {
        var code = MachineLabels.digitalSourceType(p, s);
        if (code.isPresent()) {
            w.writeStartElement("digitalSourceType");
            w.writeAttribute("uri", MachineLabels.DIGITAL_SOURCE_TYPE_CV + code.get());
            text(w, "name", MachineLabels.digitalSourceTypeName(code.get()));
            w.writeEndElement();
        }
    }

    private void contentSet(XMLStreamWriter w, Publication p) throws XMLStreamException {
        w.writeStartElement("contentSet");
        w.writeStartElement("inlineXML");
        w.writeAttribute("contenttype", "application/xhtml+xml");
        w.setDefaultNamespace(XhtmlSections.NS);
        w.writeStartElement(XhtmlSections.NS, "html");
        w.writeDefaultNamespace(XhtmlSections.NS);
        w.writeStartElement("head");
        text(w, "title", p.headline());
        w.writeEndElement();
        w.writeStartElement("body");
        text(w, "h1", p.headline());
        for (Section s : XhtmlSections.present(p)) {
            xhtml.write(w, p, s, XhtmlSections.Ids.XML_ID);
        }
        w.writeEndElement();
        w.writeEndElement();
        w.setDefaultNamespace(NAR);
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void empty(XMLStreamWriter w, String name, String uri) throws XMLStreamException {
        w.writeEmptyElement(name);
        w.writeAttribute("uri", uri);
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }

    private static void uncheck(XmlStep step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
