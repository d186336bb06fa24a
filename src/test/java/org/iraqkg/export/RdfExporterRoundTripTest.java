package org.iraqkg.export;

import static org.iraqkg.export.ExportFixture.ARABIC_TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.iraqkg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every format, exported from the test store and parsed back by Jena RIOT and by RDF4J Rio, is isomorphic to it. */
class RdfExporterRoundTripTest {
    private static KgStore store;
    /** The store's quads in a plain in-memory dataset (no union default graph). */
    private static DatasetGraph expected;

    @BeforeAll
    static void setUp() {
        store = ExportFixture.store();
        expected = ExportFixture.copy(store.datasetGraph());
        assertEquals(3, ExportFixture.graphNames(expected).size());
    }

    @AfterAll
    static void tearDown() {
        store.close();
    }

    private static long export(RdfFormat format, ByteArrayOutputStream out) {
        return RdfExporter.export(store.datasetGraph(), format, out);
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void jenaParsesBackIsomorphic(RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = export(format, out);
        byte[] bytes = out.toByteArray();
        if (format.carriesNamedGraphs()) {
            DatasetGraph parsed = ExportFixture.parseJenaDataset(bytes, format);
            assertEquals(expected.stream().count(), n, "statements written");
            Set<Node> expectedNames = new HashSet<>(ExportFixture.graphNames(expected));
            assertEquals(expectedNames, new HashSet<>(ExportFixture.graphNames(parsed)), "graph names");
            assertTrue(parsed.getDefaultGraph().isEmpty(), "default graph stays empty");
            // Compared with the store itself, graph by graph, in a read transaction.
            DatasetGraph dsg = store.datasetGraph();
            Txn.executeRead(dsg, () -> {
                for (Node g : expectedNames) {
                    Graph want = dsg.getGraph(g);
                    Graph got = parsed.getGraph(g);
                    assertEquals(want.size(), got.size(), format + ": size of graph " + g);
                    assertTrue(got.isIsomorphicWith(want), format + ": graph " + g + " differs");
                    assertTrue(IsoMatcher.isomorphic(want, got), format + ": graph " + g + " differs (IsoMatcher)");
                }
                // And as a whole, which also checks that blank nodes are shared across graphs correctly.
                assertTrue(IsoMatcher.isomorphic(dsg, parsed), format + ": datasets differ");
            });
        } else {
            Graph parsed = ExportFixture.parseJenaGraph(bytes, format);
            Graph union = ExportFixture.union(expected);
            assertEquals(union.size(), n, "statements written = distinct triples");
            assertEquals(union.size(), parsed.size());
            assertTrue(parsed.isIsomorphicWith(union), format + ": union graph differs");
            assertTrue(IsoMatcher.isomorphic(union, parsed), format + ": union graph differs (IsoMatcher)");
        }
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void rdf4jParsesBackIsomorphic(RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = export(format, out);
        Model parsed = ExportFixture.parseRdf4j(out.toByteArray(), format.rioFormat());
        Model want = ExportFixture.expectedRdf4j(expected, format.carriesNamedGraphs());
        assertEquals(want.size(), n);
        assertEquals(want.size(), parsed.size());
        assertEquals(want.contexts(), parsed.contexts(), "contexts");
        assertTrue(Models.isomorphic(want, parsed), format + ": RDF4J model differs");
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void arabicIsWrittenAsUtf8Text(RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export(format, out);
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertTrue(text.contains("بغداد"), format + " should contain Arabic text unescaped");
        assertFalse(text.contains("\\u0628"), format + " should not escape Arabic letters");
        assertTrue(ARABIC_TEXT.length() > 0);
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"TTL", "TRIG", "JSONLD", "RDFXML"})
    void prefixesAreDeclared(RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export(format, out);
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertTrue(text.contains("https://w3id.org/iraqkg/ontology#"), text);
        String kgPrefix = switch (format) {
            case TTL, TRIG -> "@prefix kg: <https://w3id.org/iraqkg/ontology#>";
            case JSONLD -> "\"kg\": \"https://w3id.org/iraqkg/ontology#\"";
            case RDFXML -> "xmlns:kg=\"https://w3id.org/iraqkg/ontology#\"";
            default -> throw new IllegalStateException();
        };
        assertTrue(text.contains(kgPrefix), format + " should declare kg:\n" + text);
        String kgName = format == RdfFormat.RDFXML ? "<kg:recurringDay" : "kg:City";
        assertTrue(text.contains(kgName), format + " should use kg: names\n" + text);
    }
}
