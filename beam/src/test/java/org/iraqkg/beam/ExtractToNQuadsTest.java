package org.iraqkg.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.iraqkg.cli.Main;
import org.iraqkg.store.KgStore;
import org.iraqkg.store.TextIndexes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Beam pipeline, on the direct runner with two workers, writes exactly the quads that {@code kg load}
 * stores from the same inputs: per named graph, isomorphic graphs (there are no blank nodes, so equal sets of
 * triples), and the same graph names. Inputs: the seed articles of {@code data/documents} and a JSONL.gz file
 * made here from them (a duplicate id whose last record wins, a control character, a record without text).
 */
class ExtractToNQuadsTest {
    static final Path PROJECT = Path.of(System.getProperty("kg.project.dir", "..")).toAbsolutePath().normalize();
    static final Path DOCUMENTS = PROJECT.resolve("data/documents");
    static final Path LEXICON = PROJECT.resolve("data/lexicon");

    @TempDir
    static Path tmp;
    static Path jsonl;
    /** The same records without the one that a later record of the same id replaces. */
    static Path jsonlLastOfEachId;

    @BeforeAll
    static void jsonlFromTheSeeds() throws IOException {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(DOCUMENTS)) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(seeds.size() >= 2, "seed articles in " + DOCUMENTS);
        ObjectMapper json = new ObjectMapper();
        jsonl = tmp.resolve("records.jsonl.gz");
        jsonlLastOfEachId = tmp.resolve("records-last.jsonl.gz");
        String first = Files.readString(seeds.get(0));
        String second = Files.readString(seeds.get(1));
        String replaced = record(json, "dup", "2019-03-02", first);
        List<String> lines = new ArrayList<>();
        lines.add(record(json, "r1", "2019-03-01T10:00:00+03:00", first));
        // the same id again, later: this record replaces the one above
        lines.add(replaced);
        lines.add(record(json, "r2", "", second.replaceFirst(" ", "\u0001 ")));
        lines.add("{\"id\": \"empty\", \"text\": \"\"}");
        lines.add(record(json, "dup", "2019-03-05", second));
        write(jsonl, lines);
        write(jsonlLastOfEachId, lines.stream().filter(l -> l != replaced).toList());
    }

    static void write(Path file, List<String> lines) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (String l : lines) {
                out.write((l + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    static String record(ObjectMapper json, String id, String published, String text) throws IOException {
        ObjectNode n = json.createObjectNode();
        n.put("id", id);
        n.put("source", "test");
        n.put("url", "https://example.org/" + id);
        n.put("published", published);
        n.put("text", text);
        return json.writeValueAsString(n);
    }

    @Test
    void seedsGiveTheQuadsOfKgLoad() throws Exception {
        Result r = compare("seeds", List.of(DOCUMENTS.toString()), List.of(DOCUMENTS.toString()));
        assertEquals(2 + 2, r.graphs, "two documents, the lexicon and the ontology graphs");
        assertTrue(r.problems.isEmpty(), r.problems.toString());

        // The shards bulk-loaded into a new TDB2 database (TDB2's parallel loader, as tdb2.tdbloader runs it;
        // tdb2.xloader builds the same database) make a store that kg serve opens: the full-text index is built
        // at the first open, and finds what it finds in kg load's store.
        Path db = tmp.resolve("seeds-tdb2");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        DataLoader loader = LoaderFactory.parallelLoader(dsg, MonitorOutputs.nullOutput());
        loader.startBulk();
        for (Path shard : shards(tmp.resolve("seeds-beam"))) {
            RDFParser.source(shard.toString()).parse(loader.stream());
        }
        loader.finishBulk();
        try (KgStore loaded = KgStore.open(db); KgStore stored = KgStore.open(tmp.resolve("seeds-db"))) {
            assertEquals(stored.countQuads(), loaded.countQuads());
            for (String word : List.of("التحالف", "عين الأسد", "المحمداوي")) {
                long hits = textHits(loaded, word);
                assertTrue(hits > 0, word);
                assertEquals(textHits(stored, word), hits, word);
            }
        }
    }

    static long textHits(KgStore store, String word) {
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX nif: <" + TextIndexes.NIF + "> "
                + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d text:query (nif:isString \"" + word + "\" 1000) }";
        return store.read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    static List<Path> shards(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().matches("quads-\\d+-of-\\d+\\.nq\\.gz")).sorted()
                    .toList();
        }
    }

    @Test
    void jsonlAndTextTogetherGiveTheQuadsOfKgLoad() throws Exception {
        // kg load's record of an id is the last one read, and the pipeline's too; but a load into a new store
        // (TDB2's bulk loader) keeps the first one when it was written before the later one was extracted, which
        // depends on timing. So kg load is given the records that it keeps when the last one wins.
        Result r = compare("jsonl", List.of(DOCUMENTS.toString(), jsonlLastOfEachId.toString()),
                List.of(DOCUMENTS.toString(), jsonl.toString()));
        assertEquals(2 + 3 + 2, r.graphs, "two articles, three ids of records, the lexicon and the ontology");
        String problems = String.join("\n", r.problems);
        assertTrue(problems.contains("skipped ") && problems.contains("\"text\" is empty"), problems);
        assertTrue(problems.contains("note: ") && problems.contains("duplicate id \"dup\""), problems);
        assertTrue(problems.contains("replaced by U+FFFD"), problems);
    }

    record Result(int graphs, List<String> problems) {}

    /** Runs kg load and the Beam pipeline on their inputs and asserts that they give the same quads. */
    static Result compare(String name, List<String> kgInputs, List<String> beamInputs) throws Exception {
        Path db = tmp.resolve(name + "-db");
        Path out = tmp.resolve(name + "-beam");
        List<String> load = new ArrayList<>(List.of("load", "--db", db.toString(), "--lexicon", LEXICON.toString(),
                "--no-progress", "--threads", "2"));
        load.addAll(kgInputs);
        PrintStream stdout = System.out;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run(load.toArray(String[]::new)), "kg load " + load);
        } finally {
            System.setOut(stdout);
        }
        DatasetGraph stored = DatasetGraphFactory.createGeneral();
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(db.toString());
        Txn.executeRead(tdb, () -> tdb.find().forEachRemaining(stored::add));

        ExtractOptions o = PipelineOptionsFactory.fromArgs("--runner=DirectRunner", "--targetParallelism=2",
                "--input=" + String.join(",", beamInputs), "--output=" + out, "--shards=3",
                "--lexicon=" + LEXICON).as(ExtractOptions.class);
        ExtractToNQuads.build(o).run().waitUntilFinish();
        List<Path> shards = shards(out);
        assertEquals(3, shards.size(), "shards " + shards);
        DatasetGraph beam = DatasetGraphFactory.createGeneral();
        for (Path shard : shards) {
            RDFDataMgr.read(beam, shard.toString());
        }
        List<String> problems;
        try (Stream<Path> s = Files.list(out)) {
            problems = s.filter(p -> p.getFileName().toString().startsWith("problems-")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }

        Set<String> storedNames = names(stored);
        Set<String> beamNames = names(beam);
        assertEquals(storedNames, beamNames, "graph names");
        assertEquals(stored.stream().count(), beam.stream().count(), "quads");
        for (String g : storedNames) {
            Graph a = stored.getGraph(org.apache.jena.graph.NodeFactory.createURI(g));
            Graph b = beam.getGraph(org.apache.jena.graph.NodeFactory.createURI(g));
            assertTrue(a.isIsomorphicWith(b), () -> "graph " + g + " differs:\n" + diff(a, b));
        }
        assertFalse(storedNames.isEmpty());
        return new Result(storedNames.size(), problems);
    }

    static Set<String> names(DatasetGraph d) {
        Set<String> out = new TreeSet<>();
        for (Iterator<Node> it = d.listGraphNodes(); it.hasNext(); ) {
            Node n = it.next();
            if (!Quad.isDefaultGraph(n)) {
                out.add(n.getURI());
            }
        }
        return out;
    }

    /** Up to ten triples of each side that the other lacks. */
    static String diff(Graph a, Graph b) {
        Map<Boolean, List<String>> only = Map.of(
                true, a.find().filterDrop(b::contains).mapWith(Object::toString).toList(),
                false, b.find().filterDrop(a::contains).mapWith(Object::toString).toList());
        return "kg load only: " + only.get(true).stream().limit(10).collect(Collectors.joining("\n  ", "\n  ", ""))
                + "\nbeam only: " + only.get(false).stream().limit(10).collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
