package org.iraqkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.iraqkg.store.GraphSink.NamedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk sink commits in chunks, indexes each chunk's text, and accepts writes from several threads. */
class BulkStoreSinkTest {
    private static final String NIF = TextIndexes.NIF;

    @TempDir
    Path dir;

    private static NamedGraph doc(int i, String text) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(NodeFactory.createURI("http://ex.org/doc/" + i),
                NodeFactory.createURI(NIF + "isString"), NodeFactory.createLiteralLang(text, "ar")));
        return new NamedGraph("http://ex.org/graph/" + i, g);
    }

    private static long textHits(KgStore store, String word) {
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX nif: <" + NIF + "> "
                + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d text:query (nif:isString \"" + word + "\" 1000) }";
        return store.read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void chunksAreCommittedAndIndexedAsTheyGo() throws Exception {
        try (KgStore store = KgStore.open(dir.resolve("db"))) {
            BulkStoreSink sink = new BulkStoreSink(store, 3);
            // writes from two threads, as a load does (reference graphs from the caller, documents from the writer)
            sink.write(List.of(doc(0, "بدأت المفاوضات")));
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                other.submit(() -> sink.write(List.of(doc(1, "جولة المفاوضات"), doc(2, "قصف صاروخي")))).get();
            } finally {
                other.shutdown();
            }
            // the first chunk (3 graphs) is committed and searchable before the load ends
            assertEquals(3, store.countGraphs());
            assertEquals(2, textHits(store, "مفاوضات"));
            assertFalse(Files.exists(dir.resolve("db").resolve(KgStore.STALE_INDEX_MARKER)));
            sink.write(List.of(doc(3, "المفاوضات الثنائية")));
            sink.close();
            assertEquals(4, store.countGraphs());
            assertEquals(3, textHits(store, "مفاوضات"));
        }
    }

    @Test
    void anIndexLeftBehindIsRebuiltAtTheNextOpen() throws Exception {
        Path db = dir.resolve("db");
        try (KgStore store = KgStore.open(db)) {
            BulkStoreSink sink = new BulkStoreSink(store, 100);
            List<NamedGraph> docs = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                docs.add(doc(i, "المفاوضات رقم " + i));
            }
            sink.write(docs);
            sink.close();
            assertEquals(5, textHits(store, "مفاوضات"));
            // as if the process died after a chunk's commit, before its indexing: the mark is left and the
            // index misses documents
            store.markIndexStale();
            Txn.executeWrite(store.baseDatasetGraph(), () -> store.baseDatasetGraph().add(
                    NodeFactory.createURI("http://ex.org/graph/9"), NodeFactory.createURI("http://ex.org/doc/9"),
                    NodeFactory.createURI(NIF + "isString"), NodeFactory.createLiteralLang("المفاوضات", "ar")));
            assertEquals(5, textHits(store, "مفاوضات"));
        }
        try (KgStore store = KgStore.open(db)) {
            assertEquals(6, textHits(store, "مفاوضات"));
            assertFalse(Files.exists(db.resolve(KgStore.STALE_INDEX_MARKER)));
        }
    }

    @Test
    void checkpointMustBePositive() {
        try (KgStore store = KgStore.inMemory()) {
            assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> new BulkStoreSink(store, 0)).getMessage().contains("checkpoint"));
        }
    }
}
