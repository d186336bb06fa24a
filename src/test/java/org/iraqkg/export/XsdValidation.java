package org.iraqkg.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validation against the published GraphML 1.0, GEXF 1.2 and GEXF 1.3 schemas in {@code src/test/resources/xsd/}, offline:
 * schemas are read from the class path only, and documents' {@code xsi:schemaLocation} hints are never fetched.
 */
public final class XsdValidation {
    public static final String GRAPHML = "/xsd/graphml-1.0/graphml.xsd";
    /** GEXF 1.2 (namespace {@code http://www.gexf.net/1.2draft}), what {@code kg export --format gexf} writes. */
    public static final String GEXF = "/xsd/gexf-1.2draft/gexf.xsd";
    /** GEXF 1.3, written with {@code --gexf-version 1.3}. */
    public static final String GEXF_1_3 = "/xsd/gexf-1.3/gexf.xsd";

    private XsdValidation() {}

    /** The schema at class-path resource {@code resource}, with the files it includes and imports beside it. */
    public static Schema schema(String resource) {
        URL url = XsdValidation.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("no schema " + resource + " on the class path");
        }
        try {
            SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            return sf.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot read schema " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * The schema errors of {@code xml} (every one, not only the first), each as "line:column: message"; empty when
     * the document is valid.
     */
    public static List<String> errors(String schemaResource, byte[] xml) throws IOException {
        List<String> errors = new ArrayList<>();
        Validator v = schema(schemaResource).newValidator();
        try {
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings are not errors
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }
        });
        try {
            v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    /** {@code xml} parsed into a namespace-aware DOM, without fetching anything. */
    public static Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        }
    }
}
