package org.iraqkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.iraqkg.document.DocumentReader;
import org.iraqkg.document.DocumentSink;
import org.iraqkg.document.InputProblem;
import org.iraqkg.document.NewsDocument;
import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.pipeline.Loader;
import org.iraqkg.pipeline.Pipeline;
import org.iraqkg.rdf.Iris;
import org.iraqkg.rdf.LexiconGraph;
import org.iraqkg.rdf.OntologyGraph;
import org.iraqkg.rdf.RdfMapper;
import org.iraqkg.store.KgStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of {@code kg load}: a load in a separate JVM (the test JVM's classpath) of a JSONL file of a few
 * thousand generated articles is killed with SIGKILL in the middle, once as the bulk load of a new store
 * (committed in chunks) and once as transactions into a store that already holds an article. The store then
 * opens, holds every document graph it has either whole (exactly the triples of a clean load of that document)
 * or not at all, and intact lexicon and ontology graphs, and {@code kg validate} finds it conforms. The same load
 * run again completes and leaves exactly the quads of one clean load: nothing duplicated. Takes about a minute on
 * 2 cores (tagged slow), most of it the second loads.
 */
@Tag("slow")
class CrashSafetyTest {
    static final Path HOME = Path.of(System.getProperty("kg.project.dir", "."));
    static final int ARTICLES = 2000;
    static final long SEED = 20240811L;
    /** How long after its first document the load is killed. */
    static final long KILL_AFTER_MILLIS = 3_000;

    @TempDir
    Path tmpDir;

    /**
     * Where the stores go: a directory in /dev/shm when there is one, else the JUnit temporary directory. A
     * SIGKILL ends the process, not the machine: what the process wrote is in the page cache either way, so a
     * file system in memory tests the same crash, without the cost of TDB2's fsync at every commit (a
     * transaction per document), which makes a load on a disk several times slower.
     */
    private Path workDir() throws IOException {
        Path shm = Path.of("/dev/shm");
        if (Files.isDirectory(shm) && Files.isWritable(shm)) {
            return Files.createTempDirectory(shm, "kg-crash-");
        }
        return tmpDir;
    }

    /**
     * {@code bulk}: the load creates the store, so it goes through TDB2's bulk loader, committed every 100
     * documents; it is killed in the middle of a chunk. Else the store already holds the first article, so the
     * load writes transactions of whole documents, and it is killed some seconds in.
     */
    @ParameterizedTest(name = "bulk={0}")
    @ValueSource(booleans = {true, false})
    void killedLoadLeavesWholeDocumentsAndReloadingDuplicatesNothing(boolean bulk) throws Exception {
        Path tmp = workDir();
        try {
            run(tmp, bulk);
        } finally {
            if (!tmp.equals(tmpDir)) {
                deleteTree(tmp);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(f);
            }
        }
    }

    private static void phase(long t0, String what) {
        System.out.printf("%6d ms  %s%n", (System.nanoTime() - t0) / 1_000_000, what);
    }

    private void run(Path tmp, boolean bulk) throws Exception {
        long t0 = System.nanoTime();
        Path jsonl = tmp.resolve("articles.jsonl");
        new ArticleGenerator(SEED).writeJsonl(jsonl, "crash", ARTICLES);
        Path db = tmp.resolve("db");
        Path log = tmp.resolve("load.log");
        Lexicon lexicon = Lexicon.load(HOME.resolve("data/lexicon"));
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        long before = 0;
        if (!bulk) {
            // the store already holds the first article: the killed load writes transactions
            Path first = tmp.resolve("first.jsonl");
            try (Stream<String> lines = Files.lines(jsonl, StandardCharsets.UTF_8)) {
                Files.writeString(first, lines.findFirst().orElseThrow() + "\n", StandardCharsets.UTF_8);
            }
            Process p = startLoad(db, first, log);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "first article loaded");
            assertEquals(0, p.exitValue(), Files.readString(log));
            before = nodeFileSize(db);
        }

        Process load = bulk ? startLoad(db, jsonl, log, "--checkpoint", "100", "--verbose") : startLoad(db, jsonl, log);
        long started = System.nanoTime();
        CompletableFuture<Reference> reference = null;
        try {
            phase(t0, "generated " + ARTICLES + " articles, started the load (" + (bulk ? "bulk" : "transactions")
                    + ")");
            // Meanwhile, the reference: a clean load of the same documents in memory.
            reference = CompletableFuture.supplyAsync(() -> reference(lexicon, jsonl));
            if (bulk) {
                // once a chunk is committed, in the middle of the next one (a chunk takes about a second)
                waitUntil(load, () -> Files.readString(log, StandardCharsets.UTF_8).contains("committed"), 60_000,
                        log, "the load to commit its first chunk");
                Thread.sleep(1_500);
            } else {
                long size = before;
                waitUntil(load, () -> nodeFileSize(db) > size, 60_000, log, "the load to store its first document");
                // some seconds later, in the middle of the load (a document takes some milliseconds)
                Thread.sleep(KILL_AFTER_MILLIS);
            }
            if (!load.isAlive()) {
                fail("the load ended before it could be killed (exit " + load.exitValue() + "); raise ARTICLES\n"
                        + Files.readString(log));
            }
            load.destroyForcibly();
            assertTrue(load.waitFor(30, TimeUnit.SECONDS), "killed");
            phase(t0, "killed the load after " + (System.nanoTime() - started) / 1_000_000 + " ms");

            CliTest.Run validate = CliTest.kg("validate", "--db", db.toString());
            assertEquals(0, validate.status(), validate.out() + validate.err());
            assertTrue(validate.out().contains("conforms"), validate.out());
            phase(t0, "validated the store after the crash");

            Map<Node, Set<Triple>> expected = reference.get().graphs();
            long expectedQuads = reference.get().quads();
            phase(t0, "reference load: " + expectedQuads + " quads");
            Set<Node> docGraphs;
            try (KgStore store = KgStore.open(db)) {
                Map<Node, Set<Triple>> found = graphs(store);
                for (String name : List.of(iris.lexiconGraph(), Iris.ONTOLOGY_GRAPH)) {
                    Node g = NodeFactory.createURI(name);
                    assertEquals(expected.get(g), found.get(g), "graph " + name + " intact");
                }
                docGraphs = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
                docGraphs.addAll(found.keySet());
                docGraphs.remove(NodeFactory.createURI(iris.lexiconGraph()));
                docGraphs.remove(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH));
                System.out.printf("%d of %d documents stored when killed%n", docGraphs.size(), ARTICLES);
                assertTrue(docGraphs.size() > (bulk ? 0 : 1) && docGraphs.size() < ARTICLES,
                        "killed in the middle: " + docGraphs.size() + " of " + ARTICLES + " documents stored");
                for (Node g : docGraphs) {
                    Set<Triple> want = expected.get(g);
                    if (want == null) {
                        fail("unexpected graph " + g);
                    }
                    Set<Triple> got = found.get(g);
                    if (!want.equals(got)) {
                        Set<Triple> missing = new HashSet<>(want);
                        missing.removeAll(got);
                        Set<Triple> extra = new HashSet<>(got);
                        extra.removeAll(want);
                        fail("graph " + g + " differs from a clean load's: missing " + missing + ", extra " + extra);
                    }
                }
                assertTrue(Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().getDefaultGraph()
                        .isEmpty()), "nothing in the default graph");
            }
            phase(t0, "checked the store after the crash");

            // The same load again, to its end: one clean load's quads, nothing twice.
            Process again = startLoad(db, jsonl, log);
            if (!again.waitFor(120, TimeUnit.SECONDS)) {
                again.destroyForcibly();
                fail("the second load did not end\n" + Files.readString(log));
            }
            assertEquals(0, again.exitValue(), Files.readString(log));
            try (KgStore store = KgStore.open(db)) {
                assertEquals(expectedQuads, store.countQuads(), "quads after loading again");
                assertEquals(expected, graphs(store));
            }
            phase(t0, "loaded again and checked");
        } finally {
            if (load.isAlive()) {
                load.destroyForcibly();
            }
            if (reference != null) {
                reference.cancel(true);
            }
        }
    }

    /** The graphs and quad count of a clean load. */
    private record Reference(Map<Node, Set<Triple>> graphs, long quads) {}

    /**
     * What a clean load of {@code jsonl} stores: each document's graph as the pipeline and the mapper make it (what
     * {@link Loader} writes in its transaction), and the lexicon and ontology graphs. Built in plain in-memory
     * graphs: a load into an in-memory TDB2 store gives the same graphs, ten times slower (a transaction per
     * document).
     */
    private static Reference reference(Lexicon lexicon, Path jsonl) {
        Pipeline pipeline = new Pipeline(lexicon);
        RdfMapper mapper = new RdfMapper(new Iris(Iris.DEFAULT_BASE));
        String fingerprint = org.iraqkg.pipeline.ExtractionFingerprint.of(lexicon);
        Map<Node, Set<Triple>> graphs = new HashMap<>();
        List<String> problems = new ArrayList<>();
        new DocumentReader().read(jsonl, new DocumentSink() {
            @Override
            public void document(NewsDocument doc) {
                Graph g = GraphFactory.createDefaultGraph();
                StreamRDF out = StreamRDFLib.graph(g);
                out.start();
                mapper.write(pipeline.analyze(doc), out);
                out.finish();
                // the extraction run, as Loader adds it
                Node docNode = NodeFactory.createURI(mapper.iris().document(doc.id()));
                Node run = NodeFactory.createURI(mapper.iris().base() + "extraction/" + fingerprint);
                g.add(Triple.create(docNode, NodeFactory.createURI("http://www.w3.org/ns/prov#wasGeneratedBy"), run));
                g.add(Triple.create(run, org.apache.jena.vocabulary.RDF.type.asNode(),
                        NodeFactory.createURI("http://www.w3.org/ns/prov#Activity")));
                g.add(Triple.create(run, org.apache.jena.vocabulary.RDFS.label.asNode(),
                        NodeFactory.createLiteralLang("iraq-kg extraction " + fingerprint, "en")));
                graphs.put(NodeFactory.createURI(mapper.graphOf(doc)), new HashSet<>(g.find().toList()));
            }

            @Override
            public void problem(InputProblem problem) {
                problems.add(problem.toString());
            }
        });
        assertEquals(List.of(), problems);
        assertEquals(ARTICLES, graphs.size(), "documents");
        graphs.put(NodeFactory.createURI(mapper.iris().lexiconGraph()),
                new HashSet<>(LexiconGraph.build(pipeline.lexicon(), mapper.iris()).find().toList()));
        graphs.put(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH), new HashSet<>(OntologyGraph.build().find().toList()));
        return new Reference(graphs, graphs.values().stream().mapToLong(Set::size).sum());
    }

    /** {@code kg load --db DB JSONL} in a new JVM with this JVM's classpath, output to {@code log}. */
    private static Process startLoad(Path db, Path jsonl, Path log, String... options) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-Dkg.home=" + HOME.toAbsolutePath(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "load", "--no-progress", "--db", db.toString()));
        cmd.addAll(List.of(options));
        cmd.add(jsonl.toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits until {@code condition} holds. */
    private static void waitUntil(Process p, IoCondition condition, long maxMillis, Path log, String what)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        while (!condition.holds()) {
            long waited = (System.nanoTime() - t0) / 1_000_000;
            if (!p.isAlive() || waited > maxMillis) {
                fail("waited " + waited + " ms for " + what + " (load " + (p.isAlive() ? "running" : "ended")
                        + ")\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            Thread.sleep(20);
        }
    }

    @FunctionalInterface
    private interface IoCondition {
        boolean holds() throws IOException;
    }

    /** Total size of the TDB2 node data files under {@code db} (0 when there are none yet). */
    private static long nodeFileSize(Path db) throws IOException {
        if (!Files.isDirectory(db)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(db)) {
            long n = 0;
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().equals("nodes-data.obj")) {
                    try {
                        n += Files.size(f);
                    } catch (java.nio.file.NoSuchFileException e) {
                        // not there yet
                    }
                }
            }
            return n;
        } catch (java.io.UncheckedIOException e) {
            return 0; // a file came or went while walking
        }
    }

    /** Every named graph of the store with its triples. */
    private static Map<Node, Set<Triple>> graphs(KgStore store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Map<Node, Set<Triple>> out = new HashMap<>();
            store.datasetGraph().find().forEachRemaining(q -> out.computeIfAbsent(q.getGraph(), g -> new HashSet<>())
                    .add(q.asTriple()));
            return out;
        });
    }
}
