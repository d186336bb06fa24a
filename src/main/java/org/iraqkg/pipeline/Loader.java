package org.iraqkg.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.iraqkg.document.DocumentReader;
import org.iraqkg.document.DocumentSink;
import org.iraqkg.document.Hashes;
import org.iraqkg.document.InputProblem;
import org.iraqkg.document.NewsDocument;
import org.iraqkg.rdf.RdfMapper;
import org.iraqkg.store.GraphSink;
import org.iraqkg.store.GraphSink.NamedGraph;
import org.iraqkg.store.KgStore;
import org.iraqkg.store.StoreSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads articles: reads them one at a time (streaming), runs the pipeline on all cores, maps each analysis
 * to its named graph, and hands batches of whole graphs to one writer, so a document is always fully present
 * or absent and loading it again replaces it. Documents already stored with the same text by the same
 * extraction (lexicon and code) are skipped, so a stopped load resumes where it stopped. The lexicon and
 * ontology graphs are refreshed at the start of every load. A bad input or a document the pipeline fails on
 * becomes a problem in the summary; the rest still loads.
 */
public final class Loader {
    private static final Logger LOG = LoggerFactory.getLogger(Loader.class);

    /** Settings of a load. */
    public record Options(int threads, int batchSize, boolean force, int maxChars) {
        /**
         * Longest article text extracted, in characters: the longest of the 62,000 articles of the test corpus
         * has 34,000; a record of megabytes is a dump or a mistake, and would hold a worker for minutes.
         */
        public static final int DEFAULT_MAX_CHARS = 1_000_000;

        public static Options defaults() {
            return new Options(Math.max(1, Runtime.getRuntime().availableProcessors()), 64, false);
        }

        public Options(int threads, int batchSize, boolean force) {
            this(threads, batchSize, force, DEFAULT_MAX_CHARS);
        }

        public Options {
            if (threads < 1 || batchSize < 1 || maxChars < 1) {
                throw new IllegalArgumentException("threads, batch size and maximum characters must be positive");
            }
        }
    }

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

    private final RdfMapper mapper;
    private final GraphSink sink;
    private final Consumer<InputProblem> problemListener;
    private final Progress progress;
    private final Options options;
    private final DocumentGraphs graphs;

    public Loader(Pipeline pipeline, RdfMapper mapper, GraphSink sink, Consumer<InputProblem> problemListener,
                  Progress progress, Options options) {
        this.mapper = mapper;
        this.sink = sink;
        this.problemListener = problemListener;
        this.progress = progress;
        this.options = options;
        this.graphs = new DocumentGraphs(pipeline, mapper);
    }

    public Loader(Pipeline pipeline, RdfMapper mapper, KgStore store, Consumer<InputProblem> problemListener,
                  Progress progress) {
        this(pipeline, mapper, new StoreSink(store), problemListener, progress, Options.defaults());
    }

    public Loader(Pipeline pipeline, RdfMapper mapper, KgStore store) {
        this(pipeline, mapper, store, p -> { }, Progress.NONE);
    }

    /** The IRI of the extraction run: the same lexicon and code give the same run. */
    public String runIri() {
        return graphs.runIri();
    }

    /** One analysed document ready to write, or a problem. */
    private record Result(long seq, String docId, String docIri, String graphIri, Graph graph, int statements,
                          int events, InputProblem problem) {}

    private static final Result END = new Result(-1, null, null, null, null, 0, 0, null);

    /** Loads every article under {@code inputs}. */
    public LoadSummary load(List<Path> inputs) {
        long t0 = System.nanoTime();
        List<InputProblem> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        Consumer<InputProblem> report = p -> {
            problems.add(p);
            problemListener.accept(p);
        };
        refreshReferenceGraphs();
        Map<String, String> stored = options.force() ? Map.of() : sink.fingerprints();
        List<Path> files = DocumentReader.expand(inputs, new DocumentSink() {
            @Override
            public void document(NewsDocument document) {}

            @Override
            public void problem(InputProblem problem) {
                report.accept(problem);
            }
        });
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.size(f);
            } catch (java.io.IOException e) {
                // reported when read
            }
        }
        progress.start(total);

        Counters c = new Counters();
        BlockingQueue<Result> results = new ArrayBlockingQueue<>(options.threads() * 8 + 16);
        Semaphore inFlight = new Semaphore(options.threads() * 4);
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        Thread writer = new Thread(() -> writeLoop(results, c, report, writerFailure), "kg-load-writer");
        writer.start();
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "kg-extract");
            t.setDaemon(true);
            return t;
        });
        Map<String, String> seen = new HashMap<>();
        long[] seq = {0};
        try {
            DocumentReader reader = new DocumentReader();
            for (Path f : files) {
                if (writerFailure.get() != null) {
                    break;
                }
                long before = c.bytes;
                reader.read(f, new DocumentSink() {
                    @Override
                    public void document(NewsDocument doc) {
                        if (writerFailure.get() != null) {
                            return;
                        }
                        String first = seen.putIfAbsent(doc.id(), doc.origin());
                        if (first != null) {
                            report.accept(InputProblem.note(Path.of(doc.origin()), 0, "duplicate id \"" + doc.id()
                                    + "\" (first read from " + first + "); this record replaces it"));
                        }
                        if (doc.text().length() > options.maxChars()) {
                            report.accept(new InputProblem(Path.of(doc.origin()), 0, "document \"" + doc.id()
                                    + "\" not loaded: its text has " + doc.text().length() + " characters, more than "
                                    + "the limit of " + options.maxChars() + " (kg load --max-chars)"));
                            return;
                        }
                        String docIri = mapper.iris().document(doc.id());
                        String want = Hashes.sha256Hex(doc.text()) + " " + runIri();
                        if (first == null && want.equals(stored.get(docIri))) {
                            synchronized (c) {
                                c.unchanged++;
                            }
                            return;
                        }
                        long mySeq = seq[0]++;
                        inFlight.acquireUninterruptibly();
                        workers.execute(() -> {
                            try {
                                put(results, analyse(mySeq, doc));
                            } finally {
                                inFlight.release();
                            }
                        });
                    }

                    @Override
                    public void problem(InputProblem problem) {
                        report.accept(problem);
                    }

                    @Override
                    public void progress(long bytesOfFile) {
                        c.bytes = before + bytesOfFile;
                        progress.step(c.bytes, c.documents);
                    }
                });
                try {
                    c.bytes = before + Files.size(f);
                } catch (java.io.IOException e) {
                    c.bytes = before;
                }
                progress.step(c.bytes, c.documents);
            }
        } finally {
            workers.shutdown();
            try {
                if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
                    LOG.warn("extraction threads did not finish");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            put(results, END);
            try {
                writer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            progress.finish();
        }
        if (writerFailure.get() != null) {
            Throwable t = writerFailure.get();
            throw t instanceof RuntimeException re ? re : new IllegalStateException(t);
        }
        sink.close();
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new LoadSummary(c.documents, problems, c.triples, sink.countQuads(), c.statements, c.events,
                seconds, c.unchanged);
    }

    private static void put(BlockingQueue<Result> q, Result r) {
        try {
            q.put(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("load interrupted", e);
        }
    }

    private static final class Counters {
        volatile long documents;
        volatile long triples;
        volatile long statements;
        volatile long events;
        volatile long bytes;
        long unchanged;
    }

    private Result analyse(long seq, NewsDocument doc) {
        try {
            DocumentGraphs.DocumentGraph dg = graphs.of(doc);
            return new Result(seq, doc.id(), dg.documentIri(), dg.graph().iri(), dg.graph().graph(),
                    dg.statements(), dg.events(), null);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debug("extraction failed for {}", doc.origin(), e);
            return new Result(seq, doc.id(), null, null, null, 0, 0, new InputProblem(Path.of(doc.origin()), 0,
                    "document \"" + doc.id() + "\" not loaded: extraction failed (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + ")"));
        }
    }

    /** The one writer: batches of whole graphs; a later record with the same id wins. */
    private void writeLoop(BlockingQueue<Result> results, Counters c, Consumer<InputProblem> report,
                           AtomicReference<Throwable> failure) {
        Map<String, Long> written = new HashMap<>();
        List<Result> batch = new ArrayList<>();
        long lastFlush = System.nanoTime();
        try {
            while (true) {
                Result r = results.poll(200, TimeUnit.MILLISECONDS);
                boolean end = r == END;
                if (r != null && !end) {
                    if (r.problem() != null) {
                        report.accept(r.problem());
                    } else {
                        Long prev = written.get(r.docId());
                        boolean flushed = prev != null && batch.stream().noneMatch(x -> x.docId().equals(r.docId()));
                        if (flushed && !sink.canReplace()) {
                            report.accept(new InputProblem(Path.of(r.docId()), 0, "duplicate id \"" + r.docId()
                                    + "\": the first record was kept (a new store is bulk-loaded; load the file "
                                    + "again to replace it)"));
                        } else if (prev == null || prev < r.seq()) {
                            written.put(r.docId(), r.seq());
                            batch.removeIf(b -> b.docId().equals(r.docId()));
                            batch.add(r);
                        }
                    }
                }
                boolean due = System.nanoTime() - lastFlush > 2_000_000_000L;
                if (!batch.isEmpty() && (end || batch.size() >= options.batchSize() || due)) {
                    List<NamedGraph> toWrite = new ArrayList<>();
                    for (Result b : batch) {
                        toWrite.add(new NamedGraph(b.graphIri(), b.graph()));
                    }
                    sink.write(toWrite);
                    for (Result b : batch) {
                        c.documents++;
                        c.triples += b.graph().size();
                        c.statements += b.statements();
                        c.events += b.events();
                    }
                    batch.clear();
                    lastFlush = System.nanoTime();
                    progress.step(c.bytes, c.documents);
                }
                if (end) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.set(e);
        } catch (RuntimeException e) {
            failure.set(e);
            // keep draining until the end so that no worker blocks; the reader stops submitting
            try {
                while (results.take() != END) {
                    // discard
                }
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Replaces the lexicon and ontology graphs with the current lexicon and ontology files. */
    public void refreshReferenceGraphs() {
        sink.write(graphs.referenceGraphs());
    }
}
