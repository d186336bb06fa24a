package org.iraqkg.beam;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.iraqkg.document.DocumentReader;
import org.iraqkg.document.DocumentSink;
import org.iraqkg.document.InputProblem;
import org.iraqkg.document.NewsDocument;
import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.pipeline.DocumentGraphs;
import org.iraqkg.rdf.Iris;
import org.iraqkg.rdf.RdfMapper;
import org.iraqkg.store.GraphSink.NamedGraph;

/**
 * The extraction of {@code kg load} as an Apache Beam pipeline: reads articles with the project's
 * {@link DocumentReader}, groups the documents by a hash of their id (the units of work of the workers), keeps the
 * last record of each id, extracts each document with the project's pipeline
 * and writes its named graph, exactly as {@code kg load} would store it ({@link DocumentGraphs}), as N-Quads to
 * gzip shards; the lexicon and ontology graphs go with them. Each document's graph is one element, so it lies
 * whole in one shard. Bad inputs and failed documents are reported in {@code problems-*.txt}, in the words of
 * {@code kg load}. Documents already in a store are not skipped (as {@code kg load --force}).
 *
 * <p>Run: {@code java -jar beam/target/iraq-kg-beam.jar --input=PATH[,PATH…] --output=DIR [--runner=…]}.
 */
public final class ExtractToNQuads {
    static final TupleTag<DocRecord> DOCS = new TupleTag<>() {};
    static final TupleTag<String> QUADS = new TupleTag<>() {};
    static final TupleTag<String> PROBLEMS = new TupleTag<>() {};
    /** Counter names of the summary. */
    static final String NAMESPACE = "iraq-kg";
    static final String DOCUMENTS = "documents";
    static final String SKIPPED = "skipped";
    static final String NOTES = "notes";

    private ExtractToNQuads() {}

    public static void main(String[] args) {
        PipelineOptionsFactory.register(ExtractOptions.class);
        ExtractOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(ExtractOptions.class);
        Pipeline p;
        try {
            p = build(options);
        } catch (IllegalArgumentException e) {
            System.err.println("kg-beam: " + e.getMessage());
            System.exit(2);
            return;
        }
        long t0 = System.nanoTime();
        PipelineResult result = p.run();
        result.waitUntilFinish();
        double s = (System.nanoTime() - t0) / 1e9;
        long docs = counter(result, DOCUMENTS);
        System.out.printf("%d documents in %.1f s (%.1f/s) to %s; %d skipped, %d notes (see problems-*.txt)%n", docs,
                s, docs / s, options.getOutput(), counter(result, SKIPPED), counter(result, NOTES));
    }

    private static long counter(PipelineResult result, String name) {
        long n = 0;
        for (MetricResult<Long> m : result.metrics().queryMetrics(MetricsFilter.builder()
                .addNameFilter(MetricNameFilter.named(NAMESPACE, name)).build()).getCounters()) {
            n += m.getAttempted();
        }
        return n;
    }

    /**
     * Builds the pipeline: the inputs are listed here (as {@code kg load} lists them), so that a missing path is
     * reported before anything runs; the lexicon is read here and sent to the workers.
     */
    public static Pipeline build(ExtractOptions options) {
        List<String> problems = new ArrayList<>();
        List<Path> roots = options.getInput().stream().map(Path::of).toList();
        List<Path> files = DocumentReader.expand(roots, new DocumentSink() {
            @Override
            public void document(NewsDocument document) {}

            @Override
            public void problem(InputProblem problem) {
                problems.add(line(problem));
            }
        });
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no articles to read" + (problems.isEmpty() ? "" : ": "
                    + String.join("; ", problems)));
        }
        List<KV<Long, String>> indexed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            indexed.add(KV.of((long) i, files.get(i).toAbsolutePath().toString()));
        }
        Map<String, byte[]> lexicon = lexiconContents(options.getLexicon());
        String where = options.getLexicon() == null ? "classpath:lexicon" : options.getLexicon();
        Iris iris = new Iris(options.getBase());  // checks the base here
        DocumentGraphs graphs = graphs(lexicon, where, iris.base());
        List<String> reference = new ArrayList<>();
        for (NamedGraph ng : graphs.referenceGraphs()) {
            reference.add(nquads(ng));
        }

        Pipeline p = Pipeline.create(options);
        PCollectionTuple read = p
                .apply("ListInputs", Create.of(indexed).withCoder(KvCoder.of(VarLongCoder.of(), StringUtf8Coder.of())))
                .apply("ReadDocuments", ParDo.of(new ReadFn(options.getMaxChars()))
                        .withOutputTags(DOCS, TupleTagList.of(PROBLEMS)));
        int buckets = options.getGroups();
        if (buckets < 1) {
            throw new IllegalArgumentException("--groups must be at least 1");
        }
        PCollectionTuple extracted = read.get(DOCS).setCoder(DocRecord.Coder.INSTANCE)
                .apply("ByGroupOfIds", WithKeys.of((DocRecord r) -> Math.floorMod(r.doc().id().hashCode(), buckets))
                        .withKeyType(TypeDescriptors.integers()))
                .apply("Group", GroupByKey.create())
                .apply("Extract", ParDo.of(new ExtractFn(lexicon, where, iris.base()))
                        .withOutputTags(QUADS, TupleTagList.of(PROBLEMS)));
        PCollection<String> quads = PCollectionList
                .of(p.apply("ReferenceGraphs", Create.of(reference).withCoder(StringUtf8Coder.of())))
                .and(extracted.get(QUADS).setCoder(StringUtf8Coder.of()))
                .apply("AllGraphs", Flatten.pCollections());
        TextIO.Write write = TextIO.write().to(options.getOutput() + "/quads").withSuffix(".nq")
                .withCompression(Compression.GZIP);
        quads.apply("WriteNQuads", options.getShards() > 0 ? write.withNumShards(options.getShards()) : write);

        PCollectionList
                .of(p.apply("ListingProblems", Create.of(problems).withCoder(StringUtf8Coder.of())))
                .and(read.get(PROBLEMS).setCoder(StringUtf8Coder.of()))
                .and(extracted.get(PROBLEMS).setCoder(StringUtf8Coder.of()))
                .apply("AllProblems", Flatten.pCollections())
                .apply("WriteProblems", TextIO.write().to(options.getOutput() + "/problems").withSuffix(".txt")
                        .withNumShards(1));
        return p;
    }

    /** A problem as {@code kg load} prints it (without its "kg: " prefix). */
    static String line(InputProblem p) {
        return (p.note() ? "note: " : "skipped ") + p;
    }

    /** The files of the lexicon (from a directory, or the copy in the jar), to send to the workers. */
    static Map<String, byte[]> lexiconContents(String dir) {
        Map<String, byte[]> files = new HashMap<>();
        List<String> names = new ArrayList<>(Lexicon.FILES);
        names.add(Lexicon.GIVEN_NAMES);
        for (String name : names) {
            try {
                if (dir != null) {
                    Path f = Path.of(dir, name);
                    if (Files.isRegularFile(f)) {
                        files.put(name, Files.readAllBytes(f));
                    }
                } else {
                    try (InputStream in = Lexicon.class.getResourceAsStream("/lexicon/" + name)) {
                        if (in != null) {
                            files.put(name, in.readAllBytes());
                        }
                    }
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("lexicon: cannot read " + name + ": " + e.getMessage(), e);
            }
        }
        Lexicon.fromContents(files, dir == null ? "classpath:lexicon" : dir);  // reports a bad lexicon here
        return files;
    }

    /** One extraction per lexicon and base in a JVM: the pipeline is immutable and shared by the threads. */
    private static final Map<String, DocumentGraphs> GRAPHS = new ConcurrentHashMap<>();

    static DocumentGraphs graphs(Map<String, byte[]> lexicon, String where, String base) {
        java.security.MessageDigest md;
        try {
            md = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        lexicon.keySet().stream().sorted().forEach(name -> {
            md.update(name.getBytes(StandardCharsets.UTF_8));
            md.update(lexicon.get(name));
        });
        String key = java.util.HexFormat.of().formatHex(md.digest()) + " " + base;
        return GRAPHS.computeIfAbsent(key, k -> new DocumentGraphs(
                new org.iraqkg.pipeline.Pipeline(Lexicon.fromContents(lexicon, where)), new RdfMapper(new Iris(base))));
    }

    /** A named graph as N-Quads lines (without the last line end). */
    static String nquads(NamedGraph ng) {
        Node g = NodeFactory.createURI(ng.iri());
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 14);
        RDFDataMgr.writeQuads(out, ng.graph().find().mapWith(t -> Quad.create(g, t)));
        String s = out.toString(StandardCharsets.UTF_8);
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /** Reads one input file: its documents (those not too long) and its problems. */
    static final class ReadFn extends DoFn<KV<Long, String>, DocRecord> {
        private static final long serialVersionUID = 1L;
        private final int maxChars;
        private final Counter skipped = Metrics.counter(NAMESPACE, SKIPPED);
        private final Counter notes = Metrics.counter(NAMESPACE, NOTES);

        ReadFn(int maxChars) {
            this.maxChars = maxChars;
        }

        @ProcessElement
        public void process(@Element KV<Long, String> file, MultiOutputReceiver out) {
            long[] index = {0};
            new DocumentReader().read(Path.of(file.getValue()), new DocumentSink() {
                @Override
                public void document(NewsDocument doc) {
                    if (doc.text().length() > maxChars) {
                        problem(new InputProblem(Path.of(doc.origin()), 0, "document \"" + doc.id()
                                + "\" not loaded: its text has " + doc.text().length() + " characters, more than "
                                + "the limit of " + maxChars + " (--maxChars)"));
                        return;
                    }
                    out.get(DOCS).output(new DocRecord(file.getKey(), index[0]++, doc));
                }

                @Override
                public void problem(InputProblem problem) {
                    (problem.note() ? notes : skipped).inc();
                    out.get(PROBLEMS).output(line(problem));
                }
            });
        }
    }

    /**
     * Extracts the documents of a group of ids and writes each one's named graph as N-Quads, or reports why it
     * could not. Of the records of one id (all in the same group), the last read wins and the others are noted, as
     * {@code kg load} does. Groups rather than single ids are what the runner hands out, so that the cost of a
     * bundle (large on the direct runner) is paid per group, not per document.
     */
    static final class ExtractFn extends DoFn<KV<Integer, Iterable<DocRecord>>, String> {
        private static final long serialVersionUID = 1L;
        private final HashMap<String, byte[]> lexicon;
        private final String where;
        private final String base;
        private final Counter documents = Metrics.counter(NAMESPACE, DOCUMENTS);
        private final Counter skipped = Metrics.counter(NAMESPACE, SKIPPED);
        private final Counter notes = Metrics.counter(NAMESPACE, NOTES);
        private transient DocumentGraphs graphs;

        ExtractFn(Map<String, byte[]> lexicon, String where, String base) {
            this.lexicon = new HashMap<>(lexicon);
            this.where = where;
            this.base = base;
        }

        @Setup
        public void setup() {
            graphs = graphs(lexicon, where, base);
        }

        @ProcessElement
        public void process(@Element KV<Integer, Iterable<DocRecord>> group, MultiOutputReceiver out) {
            Map<String, List<DocRecord>> byId = new java.util.TreeMap<>();
            for (DocRecord r : group.getValue()) {
                byId.computeIfAbsent(r.doc().id(), k -> new ArrayList<>()).add(r);
            }
            for (List<DocRecord> records : byId.values()) {
                records.sort((a, b) -> a.after(b) ? 1 : b.after(a) ? -1 : 0);
                DocRecord first = records.get(0);
                for (DocRecord r : records.subList(1, records.size())) {
                    notes.inc();
                    out.get(PROBLEMS).output(line(InputProblem.note(Path.of(r.doc().origin()), 0, "duplicate id \""
                            + r.doc().id() + "\" (first read from " + first.doc().origin()
                            + "); this record replaces it")));
                }
                extract(records.get(records.size() - 1).doc(), out);
            }
        }

        private void extract(NewsDocument doc, MultiOutputReceiver out) {
            DocumentGraphs.DocumentGraph dg;
            try {
                dg = graphs.of(doc);
            } catch (RuntimeException | StackOverflowError e) {
                skipped.inc();
                out.get(PROBLEMS).output(line(new InputProblem(Path.of(doc.origin()), 0, "document \"" + doc.id()
                        + "\" not loaded: extraction failed (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                        + ")")));
                return;
            }
            documents.inc();
            out.get(QUADS).output(nquads(dg.graph()));
        }
    }
}
