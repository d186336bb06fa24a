package org.iraqkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.iraqkg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RdfExporterTest {
    private static final Node S = NodeFactory.createURI(ExportFixture.KG + "statement/1");
    private static final Node P = NodeFactory.createURI(ExportFixture.KG + "quote");

    private static KgStore storeWith(Quad... quads) {
        KgStore store = KgStore.inMemory();
        store.write(() -> {
            for (Quad q : quads) {
                store.datasetGraph().add(q);
            }
        });
        return store;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void rdfXmlRefusesPredicateThatCannotBeAnXmlName() {
        Node cameo = NodeFactory.createURI("https://w3id.org/iraqkg/cameo/190");
        try (KgStore store = storeWith(Quad.create(ExportFixture.GRAPH_X, S, cameo, S))) {
            ExportException e = assertThrows(ExportException.class,
                    () -> ExportFixture.export(store.datasetGraph(), RdfFormat.RDFXML));
            assertTrue(e.getMessage().contains("RDF/XML cannot write predicate <https://w3id.org/iraqkg/cameo/190>"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("ttl, trig, nq or jsonld"), e.getMessage());
            // The other formats have no such limit.
            for (RdfFormat f : new RdfFormat[] {RdfFormat.TTL, RdfFormat.TRIG, RdfFormat.NQ, RdfFormat.JSONLD}) {
                byte[] bytes = ExportFixture.export(store.datasetGraph(), f);
                Graph g = f.carriesNamedGraphs() ? ExportFixture.parseJenaDataset(bytes, f).getUnionGraph()
                        : ExportFixture.parseJenaGraph(bytes, f);
                assertTrue(g.contains(S, cameo, S), f + " lost the triple");
            }
        }
    }

    @Test
    void rdfXmlRefusesCharactersXmlCannotHold() {
        Node formFeed = NodeFactory.createLiteralLang("صفحة\u000Cأخرى", "ar");
        try (KgStore store = storeWith(Quad.create(ExportFixture.GRAPH_X, S, P, formFeed))) {
            ExportException e = assertThrows(ExportException.class,
                    () -> ExportFixture.export(store.datasetGraph(), RdfFormat.RDFXML));
            assertTrue(e.getMessage().contains("U+000C"), e.getMessage());
            assertTrue(e.getMessage().contains(P.getURI()), e.getMessage());
            Graph ttl = ExportFixture.parseJenaGraph(ExportFixture.export(store.datasetGraph(), RdfFormat.TTL),
                    RdfFormat.TTL);
            assertTrue(ttl.contains(S, P, formFeed));
        }
        assertEquals(-1, RdfExporter.firstNonXmlChar("سطر\r\n\tسطر 🇮🇶"));
        assertEquals(0x1, RdfExporter.firstNonXmlChar("a\u0001"));
        assertEquals(0xFFFE, RdfExporter.firstNonXmlChar("a\uFFFE"));
        assertEquals(0xD800, RdfExporter.firstNonXmlChar("a\uD800b"));
    }

    @Test
    void unsupportedTermsNameTheStatement() {
        Node dirLiteral = NodeFactory.createLiteralDirLang("بغداد", "ar", TextDirection.RTL);
        try (KgStore store = storeWith(Quad.create(ExportFixture.GRAPH_X, S, P, dirLiteral))) {
            for (RdfFormat f : RdfFormat.values()) {
                ExportException e = assertThrows(ExportException.class,
                        () -> ExportFixture.export(store.datasetGraph(), f));
                assertTrue(e.getMessage().startsWith("cannot write <" + S.getURI() + "> <" + P.getURI() + ">"),
                        e.getMessage());
                assertTrue(e.getMessage().contains("base direction"), e.getMessage());
            }
        }
    }

    @Test
    void datasetPrefixesAreAddedWithoutOverridingOurs() {
        try (KgStore store = ExportFixture.store()) {
            DatasetGraph dsg = store.datasetGraph();
            Txn.executeWrite(dsg, () -> {
                dsg.prefixes().add("doc", ExportFixture.DOC);
                dsg.prefixes().add("kg", "http://example.org/not-kg#");
                dsg.prefixes().add("ontology", ExportFixture.KG);
                dsg.prefixes().add("", "http://example.org/default#");
            });
            Map<String, String> ttl = Txn.calculateRead(dsg, () -> RdfExporter.namespaces(dsg, RdfFormat.TTL));
            assertEquals(ExportFixture.DOC, ttl.get("doc"));
            assertEquals(ExportFixture.KG, ttl.get("kg"));
            assertFalse(ttl.containsKey("ontology"), "same IRI as kg:");
            assertEquals("http://example.org/default#", ttl.get(""));
            Map<String, String> jsonld = Txn.calculateRead(dsg, () -> RdfExporter.namespaces(dsg, RdfFormat.JSONLD));
            assertFalse(jsonld.containsKey(""), "no @vocab in JSON-LD");
            assertEquals(ExportFixture.DOC, jsonld.get("doc"));

            String turtle = text(ExportFixture.export(dsg, RdfFormat.TTL));
            assertTrue(turtle.contains("@prefix doc: <http://localhost:3030/document/> ."), turtle);
            assertTrue(turtle.contains("@prefix kg: <https://w3id.org/iraqkg/ontology#> ."), turtle);
            // Still isomorphic, in every format, with the extra prefixes.
            DatasetGraph expected = ExportFixture.copy(dsg);
            for (RdfFormat f : RdfFormat.values()) {
                byte[] bytes = ExportFixture.export(dsg, f);
                if (f.carriesNamedGraphs()) {
                    assertTrue(IsoMatcher.isomorphic(expected, ExportFixture.parseJenaDataset(bytes, f)), f.cliName());
                } else {
                    assertTrue(ExportFixture.union(expected).isIsomorphicWith(ExportFixture.parseJenaGraph(bytes, f)),
                            f.cliName());
                }
            }
        }
    }

    @Test
    void usesTheCallersTransaction() {
        try (KgStore store = ExportFixture.store()) {
            DatasetGraph dsg = store.datasetGraph();
            dsg.begin(TxnType.READ);
            try {
                long n = RdfExporter.export(dsg, RdfFormat.NQ, new ByteArrayOutputStream());
                assertTrue(dsg.isInTransaction(), "the caller's transaction is left open");
                assertEquals(store.countQuads(), n);
            } finally {
                dsg.end();
            }
            assertFalse(dsg.isInTransaction());
            RdfExporter.export(dsg, RdfFormat.NQ, new ByteArrayOutputStream());
            assertFalse(dsg.isInTransaction(), "its own transaction is ended");
        }
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void emptyStoreExportsNothing(RdfFormat format) {
        try (KgStore store = KgStore.inMemory()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(0, RdfExporter.export(store.datasetGraph(), format, out));
            assertTrue(ExportFixture.parseRdf4j(out.toByteArray(), format.rioFormat()).isEmpty());
            assertTrue(ExportFixture.parseJenaDataset(out.toByteArray(), format).isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void defaultGraphIsExportedToo(RdfFormat format) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node o = NodeFactory.createLiteralLang("بغداد", "ar");
        Node other = NodeFactory.createLiteralLang("Baghdad", "en");
        dsg.executeWrite(() -> {
            dsg.getDefaultGraph().add(S, P, o);
            dsg.add(ExportFixture.GRAPH_X, S, P, o);
            dsg.add(ExportFixture.GRAPH_X, S, P, other);
        });
        byte[] bytes = ExportFixture.export(dsg, format);
        if (format.carriesNamedGraphs()) {
            DatasetGraph parsed = ExportFixture.parseJenaDataset(bytes, format);
            assertTrue(IsoMatcher.isomorphic(ExportFixture.copy(dsg), parsed), text(bytes));
            assertEquals(1, parsed.getDefaultGraph().size());
        } else {
            Graph parsed = ExportFixture.parseJenaGraph(bytes, format);
            assertEquals(2, parsed.size(), "triple in the default and a named graph is written once");
        }
    }

    /** A blank node naming a graph with more statements than the TriG writer's 1,000-statement buffer. */
    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"TRIG", "NQ", "JSONLD"})
    void blankNodeGraphNameStaysOneGraph(RdfFormat format) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node g = NodeFactory.createBlankNode();
        dsg.executeWrite(() -> {
            for (int i = 0; i < 2_500; i++) {
                dsg.add(g, NodeFactory.createURI(ExportFixture.KG + "s" + i), P,
                        NodeFactory.createLiteralLang("جملة " + i, "ar"));
            }
            dsg.add(ExportFixture.GRAPH_X, S, P, g);
        });
        byte[] bytes = ExportFixture.export(dsg, format);
        DatasetGraph parsed = ExportFixture.parseJenaDataset(bytes, format);
        assertEquals(2, ExportFixture.graphNames(parsed).size());
        assertTrue(IsoMatcher.isomorphic(ExportFixture.copy(dsg), parsed));
    }

    /** The same blank node in two graphs stays one node (blank nodes are shared across a dataset's graphs). */
    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void blankNodeSharedBetweenGraphs(RdfFormat format) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node b = NodeFactory.createBlankNode();
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        dsg.executeWrite(() -> {
            dsg.add(ExportFixture.GRAPH_X, S, P, b);
            dsg.add(ExportFixture.GRAPH_Y, b, label, NodeFactory.createLiteralLang("بيان", "ar"));
            dsg.add(ExportFixture.GRAPH_Y, NodeFactory.createURI(ExportFixture.KG + "other"), P, b);
        });
        byte[] bytes = ExportFixture.export(dsg, format);
        DatasetGraph expected = ExportFixture.copy(dsg);
        if (format.carriesNamedGraphs()) {
            assertTrue(IsoMatcher.isomorphic(expected, ExportFixture.parseJenaDataset(bytes, format)), text(bytes));
        } else {
            assertTrue(IsoMatcher.isomorphic(ExportFixture.union(expected),
                    ExportFixture.parseJenaGraph(bytes, format)), text(bytes));
        }
        Model want = ExportFixture.expectedRdf4j(expected, format.carriesNamedGraphs());
        assertTrue(Models.isomorphic(want, ExportFixture.parseRdf4j(bytes, format.rioFormat())), text(bytes));
    }

    @Test
    void jsonLdIsCompactWithThePrefixes() {
        try (KgStore store = ExportFixture.store()) {
            String json = text(ExportFixture.export(store.datasetGraph(), RdfFormat.JSONLD));
            assertTrue(json.contains("\"@context\""), json);
            assertTrue(json.contains("\"kg:City\""), json);
        }
    }

    /** An IRI whose scheme is a prefix ("schema:name") makes compaction fail; the export falls back to expanded. */
    @Test
    void jsonLdFallsBackToExpandedWhenCompactionRefuses() {
        Node bad = NodeFactory.createURI("schema:name");
        try (KgStore store = storeWith(Quad.create(ExportFixture.GRAPH_X, S, bad, bad),
                Quad.create(ExportFixture.GRAPH_Y, S, P, NodeFactory.createLiteralLang("اسم", "ar")))) {
            DatasetGraph dsg = store.datasetGraph();
            byte[] bytes = ExportFixture.export(dsg, RdfFormat.JSONLD);
            String json = text(bytes);
            assertFalse(json.contains("\"@context\""), json);
            assertTrue(json.contains("\"schema:name\""), json);
            DatasetGraph expected = ExportFixture.copy(dsg);
            assertTrue(IsoMatcher.isomorphic(expected, ExportFixture.parseJenaDataset(bytes, RdfFormat.JSONLD)));
            assertTrue(Models.isomorphic(ExportFixture.expectedRdf4j(expected, true),
                    ExportFixture.parseRdf4j(bytes, RdfFormat.JSONLD.rioFormat())));
            assertEquals(2, RdfExporter.export(dsg, RdfFormat.JSONLD, new ByteArrayOutputStream()));
        }
    }

    @Test
    void outputStreamIsFlushedNotClosed() {
        try (KgStore store = ExportFixture.store()) {
            boolean[] closed = {false};
            ByteArrayOutputStream out = new ByteArrayOutputStream() {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            for (RdfFormat f : RdfFormat.values()) {
                out.reset();
                RdfExporter.export(store.datasetGraph(), f, out);
                assertTrue(out.size() > 0, f.cliName());
            }
            assertFalse(closed[0]);
        }
    }

    @Test
    void nullArgumentsAreRejected() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(NullPointerException.class, () -> RdfExporter.export(null, RdfFormat.NQ, out));
        assertThrows(NullPointerException.class, () -> RdfExporter.export(dsg, null, out));
        assertThrows(NullPointerException.class, () -> RdfExporter.export(dsg, RdfFormat.NQ, null));
    }

    @Test
    void namespacesAreTheProjectOnes() {
        assertEquals(14, RdfExporter.NAMESPACES.size());
        assertEquals("https://w3id.org/iraqkg/ontology#", RdfExporter.NAMESPACES.get("kg"));
        assertEquals("https://w3id.org/iraqkg/cameo/", RdfExporter.NAMESPACES.get("cameo"));
        assertEquals("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
                RdfExporter.NAMESPACES.get("nif"));
        assertEquals("http://purl.org/dc/terms/", RdfExporter.NAMESPACES.get("dcterms"));
        assertThrows(UnsupportedOperationException.class, () -> RdfExporter.NAMESPACES.put("x", "y"));
    }
}
