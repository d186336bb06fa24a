package org.iraqkg.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.iraqkg.document.DocumentReader;
import org.iraqkg.document.DocumentSink;
import org.iraqkg.document.InputProblem;
import org.iraqkg.document.NewsDocument;
import org.iraqkg.rdf.Iris;
import org.iraqkg.rdf.LexiconGraph;
import org.iraqkg.rdf.OntologyGraph;
import org.iraqkg.rdf.RdfMapper;
import org.iraqkg.store.KgStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads articles into the store: reads them, runs the pipeline, maps each analysis to its named graph and
 * replaces that graph in one transaction, so a document is always fully present or absent and loading it
 * again replaces it. The lexicon and ontology graphs are refreshed at the start of every load. A bad input
 * or a document the pipeline fails on becomes a problem in the summary; the rest still loads.
 */
public final class Loader {
    private static final Logger LOG = LoggerFactory.getLogger(Loader.class);

    private final Pipeline pipeline;
    private final RdfMapper mapper;
    private final KgStore store;
    private final Consumer<InputProblem> problemListener;
    private final Progress progress;

    /** Receives progress: total bytes of input, then bytes done and documents loaded. */
    public interface Progress {
        void start(long totalBytes);

        void step(long bytesDone, long documents);

        void finish();

        Progress NONE = new Progress() {
            @Override
            public void start(long totalBytes) {}

            @Override
            public void step(long bytesDone, long documents) {}

            @Override
            public void finish() {}
        };
    }

    public Loader(Pipeline pipeline, RdfMapper mapper, KgStore store, Consumer<InputProblem> problemListener,
                  Progress progress) {
        this.pipeline = pipeline;
        this.mapper = mapper;
        this.store = store;
        this.problemListener = problemListener;
        this.progress = progress;
    }

    public Loader(Pipeline pipeline, RdfMapper mapper, KgStore store) {
        this(pipeline, mapper, store, p -> { }, Progress.NONE);
    }

    /** Loads every article under {@code inputs}. */
    public LoadSummary load(List<Path> inputs) {
        long t0 = System.nanoTime();
        List<InputProblem> problems = new ArrayList<>();
        Consumer<InputProblem> report = p -> {
            problems.add(p);
            problemListener.accept(p);
        };
        refreshReferenceGraphs();
        DocumentSink collectProblems = new DocumentSink() {
            @Override
            public void document(NewsDocument document) {}

            @Override
            public void problem(InputProblem problem) {
                report.accept(problem);
            }
        };
        List<Path> files = DocumentReader.expand(inputs, collectProblems);
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.size(f);
            } catch (java.io.IOException e) {
                // reported when read
            }
        }
        progress.start(total);
        Counter c = new Counter();
        Map<String, String> seen = new HashMap<>();
        DocumentReader reader = new DocumentReader();
        for (Path f : files) {
            long before = c.bytes;
            reader.read(f, new DocumentSink() {
                @Override
                public void document(NewsDocument doc) {
                    String first = seen.putIfAbsent(doc.id(), doc.origin());
                    if (first != null) {
                        report.accept(new InputProblem(Path.of(doc.origin()), 0, "duplicate id \"" + doc.id()
                                + "\" (first read from " + first + "); this record replaces it"));
                    }
                    loadOne(doc, c, report);
                    progress.step(c.bytes, c.documents);
                }

                @Override
                public void problem(InputProblem problem) {
                    report.accept(problem);
                }

                @Override
                public void progress(long bytesOfFile) {
                    c.bytes = before + bytesOfFile;
                }
            });
            try {
                c.bytes = before + Files.size(f);
            } catch (java.io.IOException e) {
                c.bytes = before;
            }
            progress.step(c.bytes, c.documents);
        }
        progress.finish();
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new LoadSummary(c.documents, problems, c.triples, store.countQuads(), c.statements, c.events,
                seconds);
    }

    private static final class Counter {
        long documents;
        long triples;
        long statements;
        long events;
        long bytes;
    }

    private void loadOne(NewsDocument doc, Counter c, Consumer<InputProblem> report) {
        Graph g = GraphFactory.createDefaultGraph();
        Analysis a;
        try {
            a = pipeline.analyze(doc);
            StreamRDF out = StreamRDFLib.graph(g);
            out.start();
            mapper.write(a, out);
            out.finish();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debug("extraction failed for {}", doc.origin(), e);
            report.accept(new InputProblem(Path.of(doc.origin()), 0, "document \"" + doc.id()
                    + "\" not loaded: extraction failed (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + ")"));
            return;
        }
        store.replaceGraph(mapper.graphOf(doc), g);
        c.documents++;
        c.triples += g.size();
        c.statements += a.statements().size();
        c.events += a.events().events().size();
    }

    /** Replaces the lexicon and ontology graphs with the current lexicon and ontology files. */
    public void refreshReferenceGraphs() {
        Iris iris = mapper.iris();
        store.replaceGraph(iris.lexiconGraph(), LexiconGraph.build(pipeline.lexicon(), iris));
        store.replaceGraph(Iris.ONTOLOGY_GRAPH, OntologyGraph.build());
    }
}
