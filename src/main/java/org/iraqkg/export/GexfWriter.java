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
 * Writes a {@link PropertyGraph} as GEXF 1.3 (valid against http://gexf.net/1.3/gexf.xsd), streaming with StAX: a
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
    static final String NS = "http://gexf.net/1.3";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA = NS + " http://gexf.net/1.3/gexf.xsd";
    /** Edge attributes written as attvalues; the label is the edge's own {@code label}. */
    private static final List<Attribute> EDGE_ATTVALUES = PropertyGraph.EDGE_ATTRIBUTES.stream()
            .filter(a -> !a.name().equals("label")).toList();

    @Override
    public void write(PropertyGraph graph, OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            Xml.start(w, 0, "gexf");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute("xsi", XSI, "schemaLocation", SCHEMA);
            w.writeAttribute("version", "1.3");
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
