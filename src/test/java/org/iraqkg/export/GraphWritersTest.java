package org.iraqkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.iraqkg.export.PropertyGraph.Edge;
import org.iraqkg.export.PropertyGraph.Interval;
import org.iraqkg.export.PropertyGraph.Kind;
import org.iraqkg.export.PropertyGraph.Node;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The three writers on a small graph full of characters that need escaping or removing. */
class GraphWritersTest {
    private static final String GEXF_NS = "http://www.gexf.net/1.2draft";
    /** Quotes, markup, a line break, a tab, controls XML 1.0 forbids (U+0001, U+FFFE) and an unpaired surrogate. */
    private static final String NASTY = "قال \"لا\" <b>&amp;</b> 'x'\nسطر\tثان\u0001\uFFFE\uD800 ]]> نهاية";
    /** What XML can carry of {@link #NASTY} in element content. */
    private static final String NASTY_XML = "قال \"لا\" <b>&amp;</b> 'x'\nسطر\tثان ]]> نهاية";
    /** What an XML attribute carries: line breaks and tabs as spaces. */
    private static final String NASTY_ATTRIBUTE = "قال \"لا\" <b>&amp;</b> 'x' سطر ثان ]]> نهاية";
    /** What JSON carries: everything but the unpaired surrogate. */
    private static final String NASTY_JSON = "قال \"لا\" <b>&amp;</b> 'x'\nسطر\tثان\u0001\uFFFE ]]> نهاية";

    static PropertyGraph graph() {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("iri", "http://localhost:3030/statement/d.txt/1-9");
        statement.put("kind", "statement");
        statement.put("label_ar", "تصريح");
        statement.put("quote", NASTY);
        statement.put("direct", true);
        statement.put("confidence", 0.75);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("iri", "http://localhost:3030/event/d.txt/10-20");
        event.put("kind", "event");
        event.put("label_ar", "هجوم صاروخي 2024-08");
        event.put("date", "2024-08");
        event.put("killed", 3);
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("iri", "http://localhost:3030/id/n-x#y?z=1&w");
        actor.put("kind", "actor");
        actor.put("label_ar", "الثائرون");
        actor.put("label_en", "Althayrwn");
        Interval aug = new Interval(LocalDate.parse("2024-08-01"), LocalDate.parse("2024-08-31"));
        return new PropertyGraph(List.of(
                new Node("http://localhost:3030/statement/d.txt/1-9", Kind.STATEMENT, statement, null),
                new Node("http://localhost:3030/event/d.txt/10-20", Kind.EVENT, event, aug),
                new Node("http://localhost:3030/id/n-x#y?z=1&w", Kind.ACTOR, actor, aug)),
                List.of(new Edge("speaker:s>a", "http://localhost:3030/statement/d.txt/1-9",
                                "http://localhost:3030/id/n-x#y?z=1&w", "speaker", "speaker", null),
                        new Edge("agent:e>a", "http://localhost:3030/event/d.txt/10-20",
                                "http://localhost:3030/id/n-x#y?z=1&w", "agent", NASTY, aug),
                        new Edge("role:a>a", "http://localhost:3030/id/n-x#y?z=1&w",
                                "http://localhost:3030/id/n-x#y?z=1&w", "role", "قائد",
                                new Interval(LocalDate.parse("2022-10-27"), null))));
    }

    static byte[] write(PropertyGraphWriter w, PropertyGraph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(g, out);
        return out.toByteArray();
    }

    @Test
    void graphmlIsValidAndKeepsTheValues() throws IOException {
        byte[] xml = write(new GraphmlWriter(), graph());
        assertEquals(List.of(), XsdValidation.errors(XsdValidation.GRAPHML, xml));
        Document doc = XsdValidation.parse(xml);
        NodeList keys = doc.getElementsByTagNameNS(GraphmlWriter.NS, "key");
        Set<String> keyIds = new HashSet<>();
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            keyIds.add(k.getAttribute("id"));
            assertTrue(Set.of("string", "int", "boolean", "double").contains(k.getAttribute("attr.type")));
        }
        for (PropertyGraph.Attribute a : PropertyGraph.NODE_ATTRIBUTES) {
            assertTrue(keyIds.contains("n_" + a.name()), a.name());
        }
        assertTrue(keyIds.containsAll(Set.of("n_label", "n_start", "n_end", "e_type", "e_label", "e_start",
                "e_end")));
        Map<String, String> statement = data(doc, "node",
                GraphmlWriter.xmlId("http://localhost:3030/statement/d.txt/1-9"));
        assertEquals(NASTY_XML, statement.get("n_quote"));
        assertEquals("true", statement.get("n_direct"));
        assertEquals("0.75", statement.get("n_confidence"));
        assertEquals("http://localhost:3030/statement/d.txt/1-9", statement.get("n_iri"));
        Map<String, String> event = data(doc, "node",
                GraphmlWriter.xmlId("http://localhost:3030/event/d.txt/10-20"));
        assertEquals("3", event.get("n_killed"));
        assertEquals("2024-08-01", event.get("n_start"));
        assertEquals("2024-08-31", event.get("n_end"));
        Map<String, String> role = data(doc, "edge", GraphmlWriter.xmlId("role:a>a"));
        assertEquals("2022-10-27", role.get("e_start"));
        assertFalse(role.containsKey("e_end"), "a role still held has no end");
        assertEquals(NASTY_XML, data(doc, "edge", GraphmlWriter.xmlId("agent:e>a")).get("e_label"));
        assertEquals("directed", ((Element) doc.getElementsByTagNameNS(GraphmlWriter.NS, "graph").item(0))
                .getAttribute("edgedefault"));
    }

    private static Map<String, String> data(Document doc, String element, String id) {
        NodeList list = doc.getElementsByTagNameNS(GraphmlWriter.NS, element);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (e.getAttribute("id").equals(id)) {
                Map<String, String> values = new LinkedHashMap<>();
                NodeList data = e.getElementsByTagNameNS(GraphmlWriter.NS, "data");
                for (int j = 0; j < data.getLength(); j++) {
                    Element d = (Element) data.item(j);
                    values.put(d.getAttribute("key"), d.getTextContent());
                }
                return values;
            }
        }
        throw new AssertionError("no " + element + " " + id);
    }

    @Test
    void gexfIs12ByDefaultAnd13OnRequest() throws IOException {
        assertEquals(GexfWriter.Version.V1_2, new GexfWriter().version());
        String v12 = new String(write(new GexfWriter(), graph()), StandardCharsets.UTF_8);
        assertTrue(v12.contains("xmlns=\"http://www.gexf.net/1.2draft\"") && v12.contains("version=\"1.2\""), v12);
        byte[] v13 = write(new GexfWriter(GexfWriter.Version.V1_3), graph());
        assertEquals(List.of(), XsdValidation.errors(XsdValidation.GEXF_1_3, v13));
        Document doc = XsdValidation.parse(v13);
        assertEquals("1.3", doc.getDocumentElement().getAttribute("version"));
        assertEquals("http://gexf.net/1.3", doc.getDocumentElement().getNamespaceURI());
        assertEquals(GexfWriter.Version.V1_3, GexfWriter.Version.parse(" 1.3"));
        assertEquals("unknown GEXF version '2.0'; accepted: 1.2, 1.3",
                assertThrows(IllegalArgumentException.class, () -> GexfWriter.Version.parse("2.0")).getMessage());
    }

    @Test
    void gexfIsValidDynamicAndKeepsTheValues() throws IOException {
        byte[] xml = write(new GexfWriter(), graph());
        assertEquals(List.of(), XsdValidation.errors(XsdValidation.GEXF, xml));
        Document doc = XsdValidation.parse(xml);
        Element graph = (Element) doc.getElementsByTagNameNS(GEXF_NS, "graph").item(0);
        assertEquals("dynamic", graph.getAttribute("mode"));
        assertEquals("date", graph.getAttribute("timeformat"));
        Element event = element(doc, "node", "http://localhost:3030/event/d.txt/10-20");
        assertEquals("2024-08-01", event.getAttribute("start"));
        assertEquals("2024-08-31", event.getAttribute("end"));
        assertEquals("هجوم صاروخي 2024-08", event.getAttribute("label"));
        Element statement = element(doc, "node", "http://localhost:3030/statement/d.txt/1-9");
        assertFalse(statement.hasAttribute("start"));
        assertEquals(NASTY_ATTRIBUTE, attvalues(statement).get("quote"));
        assertEquals("true", attvalues(statement).get("direct"));
        Element agent = element(doc, "edge", "agent:e>a");
        assertEquals(NASTY_ATTRIBUTE, agent.getAttribute("label"));
        assertEquals("agent", attvalues(agent).get("type"));
        assertEquals("2024-08-01", agent.getAttribute("start"));
        Element role = element(doc, "edge", "role:a>a");
        assertEquals("2022-10-27", role.getAttribute("start"));
        assertFalse(role.hasAttribute("end"));
    }

    private static Element element(Document doc, String name, String id) {
        NodeList list = doc.getElementsByTagNameNS(GEXF_NS, name);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (e.getAttribute("id").equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no " + name + " " + id);
    }

    private static Map<String, String> attvalues(Element e) {
        Map<String, String> values = new LinkedHashMap<>();
        NodeList list = e.getElementsByTagNameNS(GEXF_NS, "attvalue");
        for (int i = 0; i < list.getLength(); i++) {
            Element a = (Element) list.item(i);
            values.put(a.getAttribute("for"), a.getAttribute("value"));
        }
        return values;
    }

    @Test
    void cytoscapeJsonKeepsTypesAndStrings() throws IOException {
        JsonNode json = new ObjectMapper().readTree(write(new CytoscapeJsonWriter(), graph()));
        JsonNode nodes = json.path("elements").path("nodes");
        JsonNode edges = json.path("elements").path("edges");
        assertEquals(3, nodes.size());
        assertEquals(3, edges.size());
        JsonNode event = nodes.get(0).path("data");
        assertEquals("http://localhost:3030/event/d.txt/10-20", event.path("id").asText(), "sorted by id");
        assertTrue(event.path("killed").isInt());
        assertEquals("2024-08-01", event.path("start").asText());
        JsonNode statement = nodes.get(2).path("data");
        assertEquals(NASTY_JSON, statement.path("quote").asText());
        assertTrue(statement.path("direct").isBoolean());
        assertTrue(statement.path("confidence").isDouble());
        assertEquals("تصريح", statement.path("label").asText());
        JsonNode agent = edges.get(0).path("data");
        assertEquals("agent:e>a", agent.path("id").asText());
        assertEquals("agent", agent.path("type").asText());
        assertEquals(NASTY_JSON, agent.path("label").asText());
        for (String field : List.of("id", "source", "target", "type", "label")) {
            assertTrue(agent.has(field), field);
        }
    }

    @Test
    void outputIsReproducible() {
        for (GraphFormat f : GraphFormat.values()) {
            assertEquals(new String(write(f.writer(), graph()), StandardCharsets.UTF_8),
                    new String(write(f.writer(), graph()), StandardCharsets.UTF_8), f.cliName());
        }
    }

    @Test
    void theSchemasRejectInvalidDocuments() throws IOException {
        byte[] graphml = ("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"directed\">"
                + "<node id=\"http://x/a\"/></graph></graphml>").getBytes(StandardCharsets.UTF_8);
        assertFalse(XsdValidation.errors(XsdValidation.GRAPHML, graphml).isEmpty(), "an IRI is not an NMTOKEN");
        byte[] gexf = ("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\"><graph mode=\"dynamic\"><nodes>"
                + "<node id=\"a\" start=\"--08-05\"/></nodes><edges/></graph></gexf>").getBytes(StandardCharsets.UTF_8);
        assertFalse(XsdValidation.errors(XsdValidation.GEXF_1_3, gexf).isEmpty(), "a date without a year is no time");
        byte[] gexf12 = ("<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\"><graph mode=\"dynamic\"><nodes>"
                + "<node id=\"a\" start=\"--08-05\"/></nodes><edges/></graph></gexf>").getBytes(StandardCharsets.UTF_8);
        assertFalse(XsdValidation.errors(XsdValidation.GEXF, gexf12).isEmpty(), "a date without a year is no time");
    }

    @Test
    void graphmlIdsAreNameTokensThatKeepIdsApart() {
        assertEquals("http_3A_2F_2Flocalhost_3A3030_2Fid_2Fsudani",
                GraphmlWriter.xmlId("http://localhost:3030/id/sudani"));
        assertEquals("a_5Fb", GraphmlWriter.xmlId("a_b"));
        assertEquals("_D8_A8", GraphmlWriter.xmlId("ب"));
        assertNotEquals(GraphmlWriter.xmlId("a_5Fb"), GraphmlWriter.xmlId("a_b"));
        assertTrue(GraphmlWriter.xmlId("http://x/é?q=1#f").matches("[A-Za-z0-9._-]+"));
    }

    @Test
    void formatsAreParsedByName() {
        assertEquals(List.of("ttl", "trig", "nq", "jsonld", "rdfxml", "graphml", "gexf", "cytoscape"),
                ExportFormat.names());
        assertEquals(GraphFormat.GEXF, ExportFormat.parse(" GEXF "));
        assertEquals(RdfFormat.TRIG, ExportFormat.parse("trig"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("dot"));
        assertEquals("unknown export format 'dot'; accepted formats: ttl, trig, nq, jsonld, rdfxml, graphml, gexf,"
                + " cytoscape", e.getMessage());
        assertEquals(List.of("graphml", "gexf", "cyjs"),
                List.of(GraphFormat.values()).stream().map(GraphFormat::extension).toList());
    }
}
