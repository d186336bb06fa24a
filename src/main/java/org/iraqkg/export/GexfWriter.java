package org.iraqkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.iraqkg.export.PropertyGraph.Attribute;
import org.iraqkg.export.PropertyGraph.Edge;
import org.iraqkg.export.PropertyGraph.Interval;
import org.iraqkg.export.PropertyGraph.Node;

/**
 * Writes a {@link PropertyGraph} as GEXF, streaming with StAX: by default GEXF 1.2 (namespace
 * {@code http://www.gexf.net/1.2draft}, valid against http://www.gexf.net/1.2draft/gexf.xsd), which Gephi and every
 * NetworkX release read (NetworkX up to 3.x reads 1.1 and 1.2 only), or on request GEXF 1.3 (valid against
 * http://gexf.net/1.3/gexf.xsd). Both versions hold the same elements and attributes here; only the namespace and
 * {@code version} differ. The graph is a
 * directed graph in {@code mode="dynamic"} with {@code timeformat="date"}, so that Gephi's timeline shows each node
 * and edge during the days its date covers ({@code start} and {@code end}, inclusive; nodes and edges without a date
 * are always shown, a role still held has no {@code end}).
 *
 * <p>A node's {@code id} is its IRI and its {@code label} the label to show; its other attributes are {@code
 * <attvalues>} of the node attributes declared in {@code <attributes class="node">}. An edge's {@code label} is its
 * label, and its type is the {@code type} attribute declared in {@code <attributes class="edge">}. Nodes and edges come
 * in id order.
 */
public final class GexfWriter implements PropertyGraphWriter {
    /** The GEXF versions written: their {@code version}, namespace and schema. */
    public enum Version {
        V1_2("1.2", "http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft/gexf.xsd"),
        V1_3("1.3", "http://gexf.net/1.3", "http://gexf.net/1.3/gexf.xsd");

        private final String number;
        private final String namespace;
        private final String schema;

        Version(String number, String namespace, String schema) {
            this.number = number;
            this.namespace = namespace;
            this.schema = schema;
        }

        /** {@code "1.2"} or {@code "1.3"}. */
        public String number() {
            return number;
        }

        /** The XML namespace of the version's elements. */
        public String namespace() {
            return namespace;
        }

        /**
         * The version numbered {@code number} ("1.2" or "1.3").
         *
         * @throws IllegalArgumentException for any other
         */
        public static Version parse(String number) {
            String n = number == null ? "" : number.strip();
            for (Version v : values()) {
                if (v.number.equals(n)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("unknown GEXF version '" + number + "'; accepted: 1.2, 1.3");
        }
    }

    /** The version written by default. */
    public static final Version DEFAULT_VERSION = Version.V1_2;
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** Edge attributes written as attvalues; the label is the edge's own {@code label}. */
    private static final List<Attribute> EDGE_ATTVALUES = PropertyGraph.EDGE_ATTRIBUTES.stream()
            .filter(a -> !a.name().equals("label")).toList();

    private final Version version;

    /** A writer of GEXF 1.2. */
    public GexfWriter() {
        this(DEFAULT_VERSION);
    }

    /** A writer of GEXF {@code version}. */
    public GexfWriter(Version version) {
        this.version = java.util.Objects.requireNonNull(version, "version");
    }

    /** The version this writer writes. */
    public Version version() {
        return version;
    }

    @Override
    public void write(PropertyGraph graph, OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            Xml.start(w, 0, "gexf");
            w.writeDefaultNamespace(version.namespace);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute("xsi", XSI, "schemaLocation", version.namespace + " " + version.schema);
            w.writeAttribute("version", version.number);
            Xml.start(w, 1, "meta");
            Xml.start(w, 2, "creator");
            w.writeCharacters("iraq-kg");
            w.writeEndElement();
            Xml.start(w, 2, "description");
            w.writeCharacters("Actors, places, statements, events and negotiation tracks of Arabic news on Iraq's"
                    + " security politics");
            w.writeEndElement();
            Xml.end(w, 1);
            Xml.start(w, 1, "graph");
            w.writeAttribute("mode", "dynamic");
            w.writeAttribute("timeformat", "date");
            w.writeAttribute("defaultedgetype", "directed");
            w.writeAttribute("idtype", "string");
            attributes(w, "node", PropertyGraph.NODE_ATTRIBUTES);
            attributes(w, "edge", EDGE_ATTVALUES);
            Xml.start(w, 2, "nodes");
            w.writeAttribute("count", Integer.toString(graph.nodes().size()));
            for (Node n : graph.nodes()) {
                Xml.start(w, 3, "node");
                w.writeAttribute("id", GraphText.xmlAttribute(n.id()));
                w.writeAttribute("label", GraphText.xmlAttribute(n.label()));
                interval(w, n.interval());
                Xml.start(w, 4, "attvalues");
                for (Map.Entry<String, Object> a : n.attributes().entrySet()) {
                    attvalue(w, a.getKey(), a.getValue());
                }
                Xml.end(w, 4);
                Xml.end(w, 3);
            }
            Xml.end(w, 2);
            Xml.start(w, 2, "edges");
            w.writeAttribute("count", Integer.toString(graph.edges().size()));
            for (Edge e : graph.edges()) {
                Xml.start(w, 3, "edge");
                w.writeAttribute("id", GraphText.xmlAttribute(e.id()));
                w.writeAttribute("source", GraphText.xmlAttribute(e.source()));
                w.writeAttribute("target", GraphText.xmlAttribute(e.target()));
                w.writeAttribute("label", GraphText.xmlAttribute(e.label()));
                interval(w, e.interval());
                Xml.start(w, 4, "attvalues");
                attvalue(w, "type", e.type());
                Xml.end(w, 4);
                Xml.end(w, 3);
            }
            Xml.end(w, 2);
            Xml.end(w, 1);
            Xml.end(w, 0);
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
            out.flush();
        } catch (XMLStreamException | IOException e) {
            throw new ExportException("writing GEXF failed: " + e.getMessage(), e);
        }
    }

    private static void attributes(XMLStreamWriter w, String cls, List<Attribute> attributes)
            throws XMLStreamException {
        Xml.start(w, 2, "attributes");
        w.writeAttribute("class", cls);
        w.writeAttribute("mode", "static");
        for (Attribute a : attributes) {
            Xml.empty(w, 3, "attribute");
            w.writeAttribute("id", a.name());
            w.writeAttribute("title", a.name());
            w.writeAttribute("type", a.type().gexfName());
        }
        Xml.end(w, 2);
    }

    private static void attvalue(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
        Xml.empty(w, 5, "attvalue");
        w.writeAttribute("for", name);
        w.writeAttribute("value", GraphText.xmlAttribute(String.valueOf(value)));
    }

    private static void interval(XMLStreamWriter w, Interval interval) throws XMLStreamException {
        if (interval != null) {
            w.writeAttribute("start", interval.start().toString());
            if (interval.end() != null) {
                w.writeAttribute("end", interval.end().toString());
            }
        }
    }
}
