package org.iraqkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store: named graphs replaced atomically, the union default graph, and the Arabic full-text index. */
class KgStoreTest {
    static final String KG = "https://w3id.org/iraqkg/ontology#";
    static final String G1 = "http://localhost:3030/graph/doc1";

    @TempDir
    Path tmp;

    private static Graph quoteGraph(String subject, String quote) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(NodeFactory.createURI(subject), NodeFactory.createURI(KG + "quote"),
                NodeFactory.createLiteralString(quote)));
        return g;
    }

    private static List<String> search(KgStore store, String property, String words) {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query (<" + property + "> \""
                + words + "\") }";
        List<String> out = new ArrayList<>();
        Txn.executeRead(store.datasetGraph(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                qe.execSelect().forEachRemaining(r -> out.add(r.getResource("s").getURI()));
            }
        });
        return out;
    }

    @Test
    void fullTextFindsArabicVariantsAndFollowsReplacement() {
        try (KgStore store = KgStore.inMemory()) {
            store.replaceGraph(G1, quoteGraph("http://localhost:3030/statement/doc1/1-9",
                    "استؤنفت المفاوضات مع الجانب الأمريكي في بغداد"));
            // article, hamza and taa marbuta variants
            assertEquals(1, search(store, KG + "quote", "مفاوضات").size());
            assertEquals(1, search(store, KG + "quote", "الامريكى").size());
            assertEquals(1, search(store, KG + "quote", "بغداد").size());
            // replacing the graph replaces its index entries
            store.replaceGraph(G1, quoteGraph("http://localhost:3030/statement/doc1/1-9", "تأجيل الاجتماع"));
            assertTrue(search(store, KG + "quote", "مفاوضات").isEmpty(), "old words are gone from the index");
            assertEquals(List.of("http://localhost:3030/statement/doc1/1-9"), search(store, KG + "quote", "الاجتماع"));
            store.removeGraph(G1);
            assertTrue(search(store, KG + "quote", "الاجتماع").isEmpty());
        }
    }

    @Test
    void unionDefaultGraphAndReplaceGraph() {
        try (KgStore store = KgStore.open(tmp.resolve("db"))) {
            store.replaceGraph(G1, quoteGraph("http://x/s1", "أ"));
            store.replaceGraph("http://localhost:3030/graph/doc2", quoteGraph("http://x/s2", "ب"));
            assertEquals(2, store.countQuads());
            assertEquals(2, store.countGraphs());
            long union = Txn.calculateRead(store.datasetGraph(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                        .query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(2, union, "queries see the union of named graphs without GRAPH");
            store.replaceGraph(G1, quoteGraph("http://x/s1", "ج"));
            assertEquals(2, store.countQuads(), "replacing does not duplicate");
            assertTrue(store.containsGraph(G1));
        }
        assertTrue(KgStore.exists(tmp.resolve("db")));
        assertFalse(KgStore.exists(tmp.resolve("nothing")));
    }

    @Test
    void anOlderStoreWithoutIndexIsIndexedWhenOpened() {
        Path dir = tmp.resolve("old");
        var base = DatabaseMgr.connectDatasetGraph(dir.toString());
        Txn.executeWrite(base, () -> base.add(NodeFactory.createURI(G1), NodeFactory.createURI("http://x/e"),
                RDFS.label.asNode(), NodeFactory.createLiteralLang("قيادة العمليات المشتركة", "ar")));
        org.apache.jena.tdb2.sys.TDBInternal.expel(base);
        try (KgStore store = KgStore.open(dir)) {
            assertEquals(List.of("http://x/e"), search(store, RDFS.label.getURI(), "العمليات"));
        }
    }
}
