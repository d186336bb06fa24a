package org.iraqkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import org.iraqkg.export.PropertyGraph.Edge;
import org.iraqkg.export.PropertyGraph.Interval;
import org.iraqkg.export.PropertyGraph.Node;

/**
 * Writes a {@link PropertyGraph} as Cytoscape.js elements JSON, which Cytoscape.js loads directly ({@code
 * cy.add(json.elements)}) and Cytoscape desktop imports as "Cytoscape.js JSON" ({@code .cyjs}), streaming with
 * Jackson:
 *
 * <pre>{"elements": {"nodes": [{"data": {"id": IRI, "label": …, "name": …, "iri": …, "kind": …, …}}, …],
 *               "edges": [{"data": {"id", "source", "target", "type", "label", "interaction", …}}, …]}}</pre>
 *
 * A node's {@code data} holds its id (the IRI), {@code label} and {@code name} (the label to show; Cytoscape desktop
 * shows {@code name}), its attributes as JSON strings, numbers and booleans, and {@code start}/{@code end} when it has
 * a date. An edge's holds its id, source, target, type, label, {@code interaction} (the type again, the column
 * Cytoscape desktop uses for it) and {@code start}/{@code end}. Nodes and edges come in id order.
 */
public final class CytoscapeJsonWriter implements PropertyGraphWriter {

    @Override
    public void write(PropertyGraph graph, OutputStream out) {
        JsonFactory factory = JsonFactory.builder().build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(indenter);
        pretty.indentArraysWith(indenter);
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            g.writeObjectFieldStart("elements");
            g.writeArrayFieldStart("nodes");
            for (Node n : graph.nodes()) {
                g.writeStartObject();
                g.writeObjectFieldStart("data");
                string(g, "id", n.id());
                string(g, "label", n.label());
                string(g, "name", n.label());
                for (Map.Entry<String, Object> a : n.attributes().entrySet()) {
                    value(g, a.getKey(), a.getValue());
                }
                interval(g, n.interval());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("edges");
            for (Edge e : graph.edges()) {
                g.writeStartObject();
                g.writeObjectFieldStart("data");
                string(g, "id", e.id());
                string(g, "source", e.source());
                string(g, "target", e.target());
                string(g, "type", e.type());
                string(g, "label", e.label());
                string(g, "interaction", e.type());
                interval(g, e.interval());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
            g.flush();
            out.flush();
        } catch (IOException e) {
            throw new ExportException("writing Cytoscape.js JSON failed: " + e.getMessage(), e);
        }
    }

    private static void value(JsonGenerator g, String name, Object value) throws IOException {
        if (value instanceof Integer i) {
            g.writeNumberField(name, i);
        } else if (value instanceof Double d) {
            g.writeNumberField(name, d);
        } else if (value instanceof Boolean b) {
            g.writeBooleanField(name, b);
        } else {
            string(g, name, String.valueOf(value));
        }
    }

    /** A string field; JSON escapes quotes and control characters, unpaired surrogates are dropped. */
    private static void string(JsonGenerator g, String name, String value) throws IOException {
        g.writeStringField(name, GraphText.withoutLoneSurrogates(value));
    }

    private static void interval(JsonGenerator g, Interval interval) throws IOException {
        if (interval != null) {
            g.writeStringField("start", interval.start().toString());
            if (interval.end() != null) {
                g.writeStringField("end", interval.end().toString());
            }
        }
    }
}
