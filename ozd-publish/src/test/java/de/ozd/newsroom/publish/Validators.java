package de.ozd.newsroom.publish;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import de.ozd.newsroom.core.SharedData;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The real validators, built once per test class. Schemas come from ../shared/data, read in place. */
final class Validators {
    private Validators() {}

    /** The IPTC ninjs JSON Schema of {@code version} (2.2, 3.1), with the GeoJSON schema it references mapped offline. */
    static Schema ninjs(String version) {
        Path spec = SharedData.require("data/iptc-ninjs/specification/ninjs-schema_" + version + ".json");
        Path geo = SharedData.require("data/iptc-ninjs/validation/test_suite/GeoJSON-schema.json");
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaIdResolvers(r -> r.mapPrefix(
                        "https://geojson.org/schema/GeoJSON.json", geo.toUri().toString())));
        return registry.getSchema(SharedData.read(spec), InputFormat.JSON);
    }

    static List<String> validateJson(Schema schema, String json) {
        List<String> problems = new ArrayList<>();
        for (Error e : schema.validate(json, InputFormat.JSON)) {
            problems.add(e.toString());
        }
        return problems;
    }

    /** The NewsML-G2 2.35 XSD (single-file Power schema). External access only to files (the schema's xml.xsd). */
    static javax.xml.validation.Schema newsMl() {
        Path xsd = SharedData.require("data/iptc-newsml-g2/specification/NewsML-G2_2.35-spec-All-Power.xsd");
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return f.newSchema(new StreamSource(xsd.toFile()));
        } catch (SAXException e) {
            throw new IllegalStateException("NewsML-G2 schema does not load", e);
        }
    }

    /** Every error and warning of validating {@code xml} against {@code schema}. */
    static List<String> validateXml(javax.xml.validation.Schema schema, String xml) {
        List<String> problems = new ArrayList<>();
        Validator v = schema.newValidator();
        try {
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setErrorHandler(collect(problems));
            v.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            problems.add("fatal: " + e.getMessage());
        }
        return problems;
    }

    /** A namespace-aware DOM parser that refuses DOCTYPEs and external entities. */
    static Document parseXml(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(collect(new ArrayList<>()));
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static ErrorHandler collect(List<String> problems) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add("warning " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("error " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        };
    }
}
