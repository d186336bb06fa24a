package org.iraqkg.endpoint;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.iraqkg.store.KgStore;

/** A tiny knowledge graph: two named graphs (two "documents") with Arabic labels. */
final class TestData {
    static final String EX = "http://example.org/kg/";
    static final String DOC1 = EX + "graph/doc1";
    static final String DOC2 = EX + "graph/doc2";

    static final String MALIKI = "نوري المالكي";
    static final String DAWA = "حزب الدعوة الإسلامية";
    static final String BAGHDAD = "بغداد";

    static final String PREFIXES = "PREFIX ex: <" + EX + ">\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    static final String DOC1_TTL = PREFIXES
            + "ex:maliki a ex:Person ; rdfs:label \"" + MALIKI + "\"@ar ; ex:memberOf ex:dawa .\n";
    static final String DOC2_TTL = PREFIXES
            + "ex:dawa a ex:Party ; rdfs:label \"" + DAWA + "\"@ar .\n"
            + "ex:baghdad a ex:City ; rdfs:label \"" + BAGHDAD + "\"@ar .\n";

    /** Triples in both graphs. */
    static final int TRIPLES = 7;

    private TestData() {}

    static Graph graph(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(g);
        return g;
    }

    /** An in-memory TDB2 store holding {@link #DOC1} and {@link #DOC2}. */
    static KgStore store() {
        KgStore store = KgStore.inMemory();
        store.replaceGraph(DOC1, graph(DOC1_TTL));
        store.replaceGraph(DOC2, graph(DOC2_TTL));
        return store;
    }

    /** Adds {@code n} triples {@code ex:sI ex:value "text I"} to the named graph {@code graphIri}. */
    static void addFiller(KgStore store, String graphIri, int n) {
        Node g = NodeFactory.createURI(graphIri);
        Node p = NodeFactory.createURI(EX + "value");
        store.write(() -> {
            for (int i = 0; i < n; i++) {
                store.datasetGraph().add(g, NodeFactory.createURI(EX + "s" + i), p,
                        NodeFactory.createLiteralString("نص رقم " + i));
            }
        });
    }

    static KgServer.Builder server(KgStore store) {
        return KgServer.create().store(store).port(0);
    }

    /** Stops the server (when one was started), then closes the store, even if stopping fails. */
    static void stop(KgServer server, KgStore store) {
        try {
            if (server != null) {
                server.stop();
            }
        } finally {
            store.close();
        }
    }
}
