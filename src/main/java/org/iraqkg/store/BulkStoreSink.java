package org.iraqkg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.system.progress.MonitorOutputs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes into a new, empty store with Jena's TDB2 parallel bulk loader: much faster than transactions per
 * batch. The load is committed every {@code checkpoint} documents (each chunk is one bulk transaction): if the
 * process stops, the store keeps the chunks committed before, every document whole, and a load started again
 * skips them. The full-text index follows each chunk; a mark in the store directory makes the next open
 * rebuild it if the process died between a chunk's commit and its indexing. Graph names must be unique within
 * the load (the bulk loader does not replace graphs).
 */
public final class BulkStoreSink implements GraphSink {
    private static final Logger LOG = LoggerFactory.getLogger(BulkStoreSink.class);

    /** Documents per bulk transaction unless told otherwise. */
    public static final int DEFAULT_CHECKPOINT = 10_000;

    private final KgStore store;
    private final int checkpoint;
    private final List<String> chunk = new ArrayList<>();
    private DataLoader loader;
    private StreamRDF stream;
    private long committed;
    private volatile boolean failed;
    private final java.util.concurrent.ExecutorService thread =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "kg-bulk-writer");
                t.setDaemon(true);
                return t;
            });

    public BulkStoreSink(KgStore store) {
        this(store, DEFAULT_CHECKPOINT);
    }

    /** Commits every {@code checkpoint} graphs (at least 1). */
    public BulkStoreSink(KgStore store, int checkpoint) {
        if (checkpoint < 1) {
            throw new IllegalArgumentException("checkpoint must be positive: " + checkpoint);
        }
        this.store = store;
        this.checkpoint = checkpoint;
    }

    @Override
    public Map<String, String> fingerprints() {
        return Map.of();
    }

    @Override
    public void write(List<NamedGraph> graphs) {
        onLoaderThread(() -> {
            if (loader == null) {
                loader = LoaderFactory.parallelLoader(store.baseDatasetGraph(), MonitorOutputs.nullOutput());
                loader.startBulk();
                stream = loader.stream();
            }
            for (NamedGraph ng : graphs) {
                Node g = NodeFactory.createURI(ng.iri());
                ng.graph().find().forEachRemaining(t -> stream.quad(Quad.create(g, t)));
                chunk.add(ng.iri());
            }
            if (chunk.size() >= checkpoint) {
                commit();
            }
        });
    }

    /**
     * Runs {@code action} on the sink's own thread: a TDB2 transaction, which a bulk load is, belongs to the
     * thread that began it, while a load writes from more than one thread.
     */
    private void onLoaderThread(Runnable action) {
        if (failed) {
            throw new StoreException("the bulk load failed earlier");
        }
        java.util.concurrent.Future<?> f = thread.submit(() -> {
            try {
                action.run();
            } catch (RuntimeException | Error e) {
                failed = true;
                if (loader != null) {
                    try {
                        loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
                    } catch (RuntimeException suppressed) {
                        e.addSuppressed(suppressed);
                    }
                    loader = null;
                }
                throw e;
            }
        });
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while writing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new StoreException("bulk load failed: " + c, c);
        }
    }

    /** Commits the bulk transaction of the current chunk and indexes its text. */
    private void commit() {
        store.markIndexStale();
        loader.finishBulk();
        loader = null;
        stream = null;
        long values = store.indexGraphs(chunk);
        committed += chunk.size();
        LOG.info("committed {} graphs ({} text values indexed); {} in all", chunk.size(), values, committed);
        chunk.clear();
    }

    @Override
    public boolean canReplace() {
        return false;
    }

    @Override
    public long countQuads() {
        return store.countQuads();
    }

    @Override
    public void close() {
        try {
            if (!failed) {
                onLoaderThread(() -> {
                    if (loader != null) {
                        commit();
                    }
                });
            }
        } finally {
            thread.shutdown();
        }
    }
}
