package org.iraqkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.iraqkg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The streaming formats export a 200,000-quad store with little heap growth: the live heap, measured after a full GC
 * at every 4 MB of output (so what is measured is what the export holds on to, not garbage), stays within
 * {@link #MAX_GROWTH} of what it was before the export. Not timing-based. For scale: the store's statements as a
 * list of RDF4J statements take about 75 MB, so an export that copied the dataset would fail; the streaming exports
 * measure about 1 MB.
 */
class RdfExporterStreamingTest {
    private static final int GRAPHS = 2_000;
    private static final int PER_GRAPH = 100;
    private static final long QUADS = (long) GRAPHS * PER_GRAPH;
    /** Each graph has one triple that every other graph has too. */
    private static final long DISTINCT_TRIPLES = QUADS - GRAPHS + 1;
    private static final long MAX_GROWTH = 24L << 20;
    private static final long SAMPLE_EVERY = 4L << 20;

    private static KgStore store;

    @BeforeAll
    static void fill() {
        store = KgStore.inMemory();
        store.write(() -> {
            DatasetGraph dsg = store.datasetGraph();
            Node anchorOf = NodeFactory.createURI(ExportFixture.NIF + "anchorOf");
            Node begin = NodeFactory.createURI(ExportFixture.NIF + "beginIndex");
            Node baghdad = NodeFactory.createURI(ExportFixture.KG + "place/Baghdad");
            Node city = NodeFactory.createURI(ExportFixture.KG + "City");
            for (int d = 0; d < GRAPHS; d++) {
                String doc = ExportFixture.DOC + "news-" + d;
                Node g = NodeFactory.createURI(doc);
                dsg.add(g, baghdad, RDF.type.asNode(), city);
                for (int i = 1; i < PER_GRAPH - 2; i += 2) {
                    Node mention = NodeFactory.createURI(doc + "#char=" + i * 10 + "," + (i * 10 + 5));
                    dsg.add(g, mention, anchorOf,
                            NodeFactory.createLiteralLang("خبر رقم " + d + " عن بغداد، الجملة " + i, "ar"));
                    dsg.add(g, mention, begin,
                            NodeFactory.createLiteralDT(Integer.toString(i * 10), XSDDatatype.XSDnonNegativeInteger));
                }
                // 1 + 2 * 49 quads so far; one more makes PER_GRAPH.
                dsg.add(g, g, RDF.type.asNode(), NodeFactory.createURI(ExportFixture.NIF + "Context"));
            }
        });
        assertEquals(QUADS, store.countQuads());
        // Warm up: fills the store's node caches, which is not the export's doing.
        RdfExporter.export(store.datasetGraph(), RdfFormat.NQ, OutputStream.nullOutputStream());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"NQ", "TRIG", "TTL", "RDFXML"})
    void exportHoldsLittleHeap(RdfFormat format) {
        DatasetGraph dsg = store.datasetGraph();
        // Warm up: fills the store's node caches and loads classes, which are not the export's doing.

        HeapSampler sink = new HeapSampler();
        long before = sink.liveHeap();
        long n = RdfExporter.export(dsg, format, sink);
        sink.sample();

        assertEquals(format.carriesNamedGraphs() ? QUADS : DISTINCT_TRIPLES, n);
        assertTrue(sink.samples >= 3, "expected several samples, got " + sink.samples + " for " + sink.bytes
                + " bytes");
        long growth = sink.peak - before;
        assertTrue(growth < MAX_GROWTH, format + ": live heap grew by " + (growth >> 10) + " KB while exporting "
                + n + " statements (" + (sink.bytes >> 20) + " MB)");
    }

    /** Discards the bytes; every {@link #SAMPLE_EVERY} bytes, runs a full GC and records the live heap. */
    private static final class HeapSampler extends OutputStream {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long bytes;
        long next = SAMPLE_EVERY;
        long peak;
        int samples;

        long liveHeap() {
            System.gc();
            return memory.getHeapMemoryUsage().getUsed();
        }

        void sample() {
            peak = Math.max(peak, liveHeap());
            samples++;
        }

        @Override
        public void write(int b) {
            count(1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count(len);
        }

        private void count(int len) {
            bytes += len;
            if (bytes >= next) {
                next += SAMPLE_EVERY;
                sample();
            }
        }
    }
}
