package org.iraqkg.store;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.system.progress.MonitorOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes into a new, empty store with Jena's TDB2 parallel bulk loader: much faster than transactions per
 * batch, and the load is one unit (if it is stopped, the store stays empty). The full-text index is built
 * when the load finishes. Graph names must be unique within the load (the loader does not replace graphs).
 */
public final class BulkStoreSink implements GraphSink {
    private static final Logger LOG = LoggerFactory.getLogger(BulkStoreSink.class);

    private final KgStore store;
    private final DataLoader loader;
    private final StreamRDF stream;
    private boolean failed;

    public BulkStoreSink(KgStore store) {
        this.store = store;
        MonitorOutput quiet = MonitorOutputs.nullOutput();
        this.loader = LoaderFactory.parallelLoader(store.baseDatasetGraph(), quiet);
        loader.startBulk();
        this.stream = loader.stream();
    }

    @Override
    public Map<String, String> fingerprints() {
        return Map.of();
    }

    @Override
    public void write(List<NamedGraph> graphs) {
        try {
            for (NamedGraph ng : graphs) {
                Node g = NodeFactory.createURI(ng.iri());
                ng.graph().find().forEachRemaining(t -> stream.quad(Quad.create(g, t)));
            }
        } catch (RuntimeException e) {
            failed = true;
            loader.finishException(e);
            throw e;
        }
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
        if (failed) {
            return;
        }
        loader.finishBulk();
        long n = store.rebuildTextIndex();
        LOG.debug("bulk load finished; indexed {} text values", n);
    }
}
