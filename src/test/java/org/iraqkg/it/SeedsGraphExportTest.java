package org.iraqkg.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.iraqkg.export.GraphExporter;
import org.iraqkg.export.GraphFormat;
import org.iraqkg.export.GraphmlWriter;
import org.iraqkg.export.PropertyGraph;
import org.iraqkg.export.XsdValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The property graph exports of the seed store: valid against the published GraphML 1.0 and GEXF 1.2 schemas, with
 * every actor, place, statement and event of the store, edges between existing nodes, Arabic labels, Gephi timeline
 * intervals, and the same graph in all three formats.
 */
class SeedsGraphExportTest {
    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String GEXF_NS = "http://www.gexf.net/1.2draft";
    private static final String PREFIXES = """
            PREFIX kg:   <https://w3id.org/iraqkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");

    private static PropertyGraph graph;
    private static final Map<GraphFormat, byte[]> OUTPUT = new HashMap<>();

    @BeforeAll
    static void export() {
        DatasetGraph dsg = Seeds.store().datasetGraph();
        for (GraphFormat f : GraphFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            graph = GraphExporter.export(dsg, f, out);
            OUTPUT.put(f, out.toByteArray());
        }
    }

    /** The IRIs a SPARQL query over the seed store (default graph: the union) returns in {@code ?x}. */
    private static Set<String> iris(String where) {
        DatasetGraph dsg = Seeds.store().datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Set<String> iris = new HashSet<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(PREFIXES + "SELECT DISTINCT ?x WHERE { " + where + " }")
                    .build()) {
                RowSet rs = qe.select();
                rs.forEachRemaining(b -> iris.add(b.get("x").getURI()));
            }
            return iris;
        });
    }

    private static Set<String> nodeIds(PropertyGraph.Kind... kinds) {
        Set<PropertyGraph.Kind> ks = Set.of(kinds);
        Set<String> ids = new HashSet<>();
        graph.nodes().stream().filter(n -> ks.contains(n.kind())).forEach(n -> ids.add(n.id()));
        return ids;
    }

    @Test
    void everyActorPlaceStatementEventAndTrackIsANode() {
        Set<String> actors = iris("""
                GRAPH ?g { ?doc a kg:Document .
                  { ?m a kg:Mention ; kg:denotes ?x }
                  UNION { ?s kg:speaker|kg:about|kg:relayedBy|kg:channelOutlet ?x }
                  UNION { ?e kg:agent|kg:target|kg:participant|kg:location|kg:claimedBy ?x }
                  UNION { ?r kg:roleIn ?x } }""");
        Set<String> events = iris("?x a ?c . ?c rdfs:subClassOf* kg:Event");
        Set<String> statements = iris("?x a kg:Statement");
        Set<String> tracks = iris("?x a kg:NegotiationTrack");
        assertTrue(events.size() >= 20, "the seeds' events: " + events.size());
        assertTrue(statements.size() >= 30, "the seeds' statements: " + statements.size());
        assertEquals(actors, nodeIds(PropertyGraph.Kind.ACTOR, PropertyGraph.Kind.PLACE));
        assertEquals(events, nodeIds(PropertyGraph.Kind.EVENT));
        assertEquals(statements, nodeIds(PropertyGraph.Kind.STATEMENT));
        assertEquals(tracks, nodeIds(PropertyGraph.Kind.TRACK));
        assertEquals(actors.size() + events.size() + statements.size() + tracks.size(), graph.nodes().size(),
                "documents, mentions and spans are not nodes");
        assertTrue(nodeIds(PropertyGraph.Kind.PLACE).contains("http://localhost:3030/id/baghdad"));
        assertTrue(nodeIds(PropertyGraph.Kind.ACTOR).contains("http://localhost:3030/id/iraq"), "a country acts");
        assertFalse(graph.nodes().stream().anyMatch(n -> n.id().equals("http://localhost:3030/id/nato")),
                "lexicon actors no document mentions are left out");
    }

    @Test
    void nodesHaveTheirAttributes() {
        for (PropertyGraph.Node n : graph.nodes()) {
            Map<String, Object> a = n.attributes();
            assertEquals(n.id(), a.get("iri"));
            assertEquals(n.kind().label(), a.get("kind"));
            assertNotNull(a.get("class"), n.id());
            assertTrue(ARABIC.matcher(String.valueOf(a.get("label_ar"))).find(), "Arabic label of " + n.id());
            assertNotNull(a.get("label_en"), n.id());
            if (n.kind() == PropertyGraph.Kind.EVENT || n.kind() == PropertyGraph.Kind.STATEMENT) {
                assertTrue(String.valueOf(a.get("file")).endsWith(".txt"), n.id());
            }
            if (n.kind() == PropertyGraph.Kind.STATEMENT) {
                assertNotNull(a.get("quote"), n.id());
                assertTrue(a.get("direct") instanceof Boolean, n.id());
            }
            if (n.kind() == PropertyGraph.Kind.EVENT) {
                assertTrue(String.valueOf(a.get("cameo")).matches("\\d{2,4}"), n.id());
                assertNotNull(a.get("status"), n.id());
                assertNotNull(a.get("evidence"), n.id());
            }
        }
        PropertyGraph.Node sudani = graph.node("http://localhost:3030/id/sudani");
        assertEquals("محمد شياع السوداني", sudani.attributes().get("label_ar"));
        assertEquals("Mohammed Shia al-Sudani", sudani.attributes().get("label_en"));
        assertEquals("Person", sudani.attributes().get("class"));
        PropertyGraph.Node iraq = graph.node("http://localhost:3030/id/iraq");
        assertEquals("Q796", iraq.attributes().get("wikidata"));
        assertEquals("Country", iraq.attributes().get("class"));
        PropertyGraph.Node thayrun = graph.node("http://localhost:3030/id/n-althayrwn-9cf66f2a");
        assertEquals("Althayrwn", thayrun.attributes().get("label_en"), "the ar-Latn label when there is no English");
    }

    @Test
    void edgesJoinNodesWithTypesAndLabels() {
        Set<String> types = new HashSet<>();
        for (PropertyGraph.Edge e : graph.edges()) {
            assertNotNull(graph.node(e.source()), e.id());
            assertNotNull(graph.node(e.target()), e.id());
            assertFalse(e.label().isBlank(), e.id());
            types.add(e.type());
        }
        assertTrue(types.containsAll(List.of("speaker", "about", "relayedBy", "channelOutlet", "agent", "target",
                "participant", "location", "claimedBy", "partOfTrack", "role", "nationality", "locatedIn",
                "capitalOf")), types.toString());
        assertTrue(graph.edges().stream().anyMatch(e -> e.type().equals("role")
                && e.source().equals("http://localhost:3030/id/sudani")
                && e.target().equals("http://localhost:3030/id/iraq")
                && ARABIC.matcher(e.label()).find()), "Sudani's role in Iraq, labelled with its name");
        assertTrue(graph.edges().stream().anyMatch(e -> e.type().equals("capitalOf")
                && e.source().equals("http://localhost:3030/id/baghdad")
                && e.target().equals("http://localhost:3030/id/iraq")));
    }

    @Test
    void graphmlIsValidAndHasTheGraph() throws IOException {
        byte[] xml = OUTPUT.get(GraphFormat.GRAPHML);
        assertEquals(List.of(), XsdValidation.errors(XsdValidation.GRAPHML, xml));
        Document doc = XsdValidation.parse(xml);
        Set<String> ids = new HashSet<>();
        NodeList nodes = doc.getElementsByTagNameNS(GRAPHML_NS, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        assertEquals(graph.nodes().size(), ids.size());
        NodeList edges = doc.getElementsByTagNameNS(GRAPHML_NS, "edge");
        assertEquals(graph.edges().size(), edges.getLength());
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertTrue(ids.contains(e.getAttribute("source")) && ids.contains(e.getAttribute("target")));
        }
        assertTrue(ids.contains(GraphmlWriter.xmlId("http://localhost:3030/id/sudani")));
    }

    @Test
    void gexfIsValidAndDynamic() throws IOException {
        byte[] xml = OUTPUT.get(GraphFormat.GEXF);
        assertEquals(List.of(), XsdValidation.errors(XsdValidation.GEXF, xml));
        Document doc = XsdValidation.parse(xml);
        Element g = (Element) doc.getElementsByTagNameNS(GEXF_NS, "graph").item(0);
        assertEquals("dynamic", g.getAttribute("mode"));
        assertEquals("date", g.getAttribute("timeformat"));
        Map<String, Element> nodes = new HashMap<>();
        NodeList list = doc.getElementsByTagNameNS(GEXF_NS, "node");
        for (int i = 0; i < list.getLength(); i++) {
            Element n = (Element) list.item(i);
            nodes.put(n.getAttribute("id"), n);
        }
        assertEquals(graph.nodes().size(), nodes.size());
        assertEquals(graph.edges().size(), doc.getElementsByTagNameNS(GEXF_NS, "edge").getLength());
        // The rocket attack on Ain al-Asad of 5 August 2024: one day.
        Element rocket = nodes.values().stream().filter(n -> "RocketAttack".equals(attvalue(n, "class")))
                .findFirst().orElseThrow();
        assertEquals("2024-08-05", attvalue(rocket, "date"));
        assertEquals("2024-08-05", rocket.getAttribute("start"));
        assertEquals("2024-08-05", rocket.getAttribute("end"));
        assertTrue(ARABIC.matcher(rocket.getAttribute("label")).find());
        // A month: the third round of talks, March 2024; a year: 2014.
        Element round = nodes.values().stream().filter(n -> "2024-03".equals(attvalue(n, "date"))).findFirst()
                .orElseThrow();
        assertEquals("2024-03-01", round.getAttribute("start"));
        assertEquals("2024-03-31", round.getAttribute("end"));
        Element year = nodes.values().stream().filter(n -> "2014".equals(attvalue(n, "date"))).findFirst()
                .orElseThrow();
        assertEquals("2014-01-01", year.getAttribute("start"));
        assertEquals("2014-12-31", year.getAttribute("end"));
        // Undated events have no interval; the armed group that claimed the attack spans its one day.
        assertTrue(nodes.values().stream().anyMatch(n -> "event".equals(attvalue(n, "kind"))
                && attvalue(n, "date") == null && !n.hasAttribute("start")));
        Element thayrun = nodes.get("http://localhost:3030/id/n-althayrwn-9cf66f2a");
        assertEquals("2024-08-05", thayrun.getAttribute("start"));
        assertEquals("2024-08-05", thayrun.getAttribute("end"));
        Element iraq = nodes.get("http://localhost:3030/id/iraq");
        assertTrue(iraq.getAttribute("start").compareTo(iraq.getAttribute("end")) < 0);
    }

    private static String attvalue(Element node, String attribute) {
        NodeList list = node.getElementsByTagNameNS(GEXF_NS, "attvalue");
        for (int i = 0; i < list.getLength(); i++) {
            Element a = (Element) list.item(i);
            if (a.getAttribute("for").equals(attribute)) {
                return a.getAttribute("value");
            }
        }
        return null;
    }

    @Test
    void cytoscapeJsonHasTheSameGraphAsGraphml() throws IOException {
        JsonNode json = new ObjectMapper().readTree(OUTPUT.get(GraphFormat.CYTOSCAPE));
        JsonNode nodes = json.path("elements").path("nodes");
        JsonNode edges = json.path("elements").path("edges");
        Document graphml = XsdValidation.parse(OUTPUT.get(GraphFormat.GRAPHML));
        assertEquals(graphml.getElementsByTagNameNS(GRAPHML_NS, "node").getLength(), nodes.size());
        assertEquals(graphml.getElementsByTagNameNS(GRAPHML_NS, "edge").getLength(), edges.size());
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.path("data").path("id").asText()));
        assertEquals(nodes.size(), ids.size());
        for (JsonNode e : edges) {
            JsonNode d = e.path("data");
            for (String field : List.of("id", "source", "target", "type", "label")) {
                assertTrue(d.path(field).isTextual(), field + " of " + d);
            }
            assertTrue(ids.contains(d.path("source").asText()) && ids.contains(d.path("target").asText()));
        }
        JsonNode sudani = nodes.findParents("id").stream()
                .filter(d -> d.path("id").asText().equals("http://localhost:3030/id/sudani")).findFirst()
                .orElseThrow();
        assertEquals("محمد شياع السوداني", sudani.path("label").asText());
    }

    @Test
    void exportsAreReproducible() {
        DatasetGraph dsg = Seeds.store().datasetGraph();
        for (GraphFormat f : GraphFormat.values()) {
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            GraphExporter.export(dsg, f, again);
            assertArrayEquals(OUTPUT.get(f), again.toByteArray(), f.cliName());
        }
    }
}
