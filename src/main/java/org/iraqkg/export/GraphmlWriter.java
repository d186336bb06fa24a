package org.iraqkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.iraqkg.export.PropertyGraph.Attribute;
import org.iraqkg.export.PropertyGraph.AttributeType;
import org.iraqkg.export.PropertyGraph.Edge;
import org.iraqkg.export.PropertyGraph.Interval;
import org.iraqkg.export.PropertyGraph.Node;

/**
 * Writes a {@link PropertyGraph} as GraphML 1.0 (valid against http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd),
 * streaming with StAX: a {@code <key>} for every attribute (node keys {@code n_…}, edge keys {@code e_…}; {@code
 * attr.name} is the attribute's name, {@code attr.type} string, int, boolean or double), then one directed {@code
 * <graph>} with the nodes and edges in id order.
 *
 * <p>GraphML ids must be XML name tokens, which IRIs are not, so a node's {@code id} is its IRI with every character
 * other than an ASCII letter, digit, {@code .} or {@code -} written as {@code _} and the two hex digits of each of its
 * UTF-8 bytes ({@link #xmlId}); the IRI itself is the {@code iri} attribute. Nodes also get {@code label} (the label
 * to show, which Gephi and yEd pick up), and nodes and edges with a date get {@code start} and {@code end} (ISO dates,
 * the first and last day the date covers).
 */
public final class GraphmlWriter implements PropertyGraphWriter {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA = NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    @Override
    public void write(PropertyGraph graph, OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            Xml.start(w, 0, "graphml");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute("xsi", XSI, "schemaLocation", SCHEMA);
            key(w, "node", "label", AttributeType.STRING);
            for (Attribute a : PropertyGraph.NODE_ATTRIBUTES) {
                key(w, "node", a.name(), a.type());
            }
            key(w, "node", "start", AttributeType.STRING);
            key(w, "node", "end", AttributeType.STRING);
            for (Attribute a : PropertyGraph.EDGE_ATTRIBUTES) {
                key(w, "edge", a.name(), a.type());
            }
            key(w, "edge", "start", AttributeType.STRING);
            key(w, "edge", "end", AttributeType.STRING);
            Xml.start(w, 1, "graph");
            w.writeAttribute("id", "iraq-kg");
            w.writeAttribute("edgedefault", "directed");
            for (Node n : graph.nodes()) {
                Xml.start(w, 2, "node");
                w.writeAttribute("id", xmlId(n.id()));
                data(w, "n_label", n.label());
                for (Map.Entry<String, Object> a : n.attributes().entrySet()) {
                    data(w, "n_" + a.getKey(), a.getValue());
                }
                interval(w, "n_", n.interval());
                Xml.end(w, 2);
            }
            for (Edge e : graph.edges()) {
                Xml.start(w, 2, "edge");
                w.writeAttribute("id", xmlId(e.id()));
                w.writeAttribute("source", xmlId(e.source()));
                w.writeAttribute("target", xmlId(e.target()));
                data(w, "e_type", e.type());
                data(w, "e_label", e.label());
                interval(w, "e_", e.interval());
                Xml.end(w, 2);
            }
            Xml.end(w, 1);
            Xml.end(w, 0);
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
            out.flush();
        } catch (XMLStreamException | IOException e) {
            throw new ExportException("writing GraphML failed: " + e.getMessage(), e);
        }
    }

    private static void key(XMLStreamWriter w, String domain, String name, AttributeType type)
            throws XMLStreamException {
        Xml.empty(w, 1, "key");
        w.writeAttribute("id", domain.charAt(0) + "_" + name);
        w.writeAttribute("for", domain);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type.graphmlName());
    }

    private static void data(XMLStreamWriter w, String key, Object value) throws XMLStreamException {
        Xml.start(w, 3, "data");
        w.writeAttribute("key", key);
        w.writeCharacters(GraphText.xmlContent(String.valueOf(value)));
        w.writeEndElement();
    }

    private static void interval(XMLStreamWriter w, String prefix, Interval interval) throws XMLStreamException {
        if (interval != null) {
            data(w, prefix + "start", interval.start().toString());
            if (interval.end() != null) {
                data(w, prefix + "end", interval.end().toString());
            }
        }
    }

    /**
     * {@code id} as an XML name token: ASCII letters, digits, {@code .} and {@code -} as they are, every other
     * character as {@code _} and two upper-case hex digits per UTF-8 byte ({@code /} → {@code _2F}). Different ids
     * give different tokens.
     */
    public static String xmlId(String id) {
        StringBuilder sb = new StringBuilder(id.length() + 16);
        for (int i = 0; i < id.length(); ) {
            int c = id.codePointAt(i);
            i += Character.charCount(c);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-') {
                sb.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('_').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
        }
        return sb.toString();
    }
}
