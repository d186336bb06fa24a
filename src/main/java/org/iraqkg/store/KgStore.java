package org.iraqkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge graph's store: a TDB2 dataset with one named graph per document (plus the lexicon and
 * ontology graphs). The default graph that queries see is the union of all named graphs, so SPARQL users
 * need no {@code GRAPH} clause. Every write is one transaction. An Arabic full-text index ({@link TextIndexes})
 * follows every change, so SPARQL can use {@code text:query}.
 */
public final class KgStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KgStore.class);

    private final DatasetGraph dsg;
    private final DatasetGraph base;
    private final TextIndex index;
    private final Path location;

    private KgStore(DatasetGraph base, TextIndex index, Path location) {
        this.base = base;
        this.index = index;
        this.location = location;
        base.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.dsg = TextDatasetFactory.create(base, index, true);
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens the TDB2 store in {@code dir}, creating it when it does not exist. */
    public static KgStore open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store directory " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw new StoreException("store directory " + dir + " is not writable");
        }
        LOG.debug("Opening TDB2 store at {}", dir);
        Path stale = dir.resolve(STALE_INDEX_MARKER);
        if (Files.exists(stale)) {
            // a bulk load stopped between committing data and indexing it: index everything again
            LOG.info("The full-text index of {} is behind the data (an interrupted load); rebuilding it", dir);
            deleteTree(dir.resolve(TextIndexes.DIRECTORY));
        }
        boolean newIndex = !Files.isDirectory(dir.resolve(TextIndexes.DIRECTORY));
        DatasetGraph base = DatabaseMgr.connectDatasetGraph(dir.toString());
        TextIndex index = TextIndexes.onDisk(dir);
        if (newIndex) {
            long indexed = Txn.calculateRead(base, () -> TextIndexes.rebuild(base, index));
            if (indexed > 0) {
                LOG.info("Built the full-text index of {} ({} values)", dir, indexed);
            }
        }
        try {
            Files.deleteIfExists(stale);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot remove " + stale + ": " + e.getMessage(), e);
        }
        return new KgStore(base, index, dir);
    }

    /** File in the store directory that says the text index may lack data committed around it. */
    static final String STALE_INDEX_MARKER = "text-index.stale";

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(f);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot remove the text index " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Marks the text index as behind the data until {@link #indexGraphs} has indexed what is about to be
     * committed around it; if the process dies in between, the next {@link #open} rebuilds the index.
     */
    void markIndexStale() {
        if (location != null) {
            try {
                Files.writeString(location.resolve(STALE_INDEX_MARKER), "bulk load in progress\n");
            } catch (java.io.IOException e) {
                throw new StoreException("cannot write " + location.resolve(STALE_INDEX_MARKER) + ": "
                        + e.getMessage(), e);
            }
        }
    }

    /** Indexes the text values of the named graphs {@code graphIris} (written by a bulk load) and clears the mark. */
    long indexGraphs(java.util.Collection<String> graphIris) {
        java.util.List<Node> graphs = graphIris.stream().map(NodeFactory::createURI).toList();
        long n = Txn.calculateRead(base, () -> TextIndexes.index(base, index, graphs));
        if (location != null) {
            try {
                Files.deleteIfExists(location.resolve(STALE_INDEX_MARKER));
            } catch (java.io.IOException e) {
                throw new StoreException("cannot remove the index mark: " + e.getMessage(), e);
            }
        }
        return n;
    }

    /** An in-memory TDB2 store, for tests and one-off runs. */
    public static KgStore inMemory() {
        return new KgStore(DatabaseMgr.createDatasetGraph(), TextIndexes.inMemory(), null);
    }

    /** True when {@code dir} holds a TDB2 store (created by an earlier load). */
    public static boolean exists(Path dir) {
        return dir != null && Files.isDirectory(dir) && DatabaseOps.findStorageLocation(dir) != null;
    }

    /** Where the store lives on disk, or {@code null} for an in-memory store. */
    public Path location() {
        return location;
    }

    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** The TDB2 dataset without the text index, for bulk loading (call {@link #rebuildTextIndex()} after). */
    public DatasetGraph baseDatasetGraph() {
        return base;
    }

    /** True when the store holds no quad at all. */
    public boolean isEmpty() {
        return Txn.calculateRead(base, () -> !base.find().hasNext());
    }

    /** Indexes every text value again (after a bulk load); returns the number of values indexed. */
    public long rebuildTextIndex() {
        return Txn.calculateRead(base, () -> TextIndexes.rebuild(base, index));
    }

    public Dataset dataset() {
        return DatasetFactory.wrap(dsg);
    }

    /** Replaces the named graph {@code graphIri} with {@code graph}, in one write transaction. */
    public void replaceGraph(String graphIri, Graph graph) {
        Node g = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(g);
            graph.find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    /** Removes the named graph {@code graphIri}, if present. */
    public void removeGraph(String graphIri) {
        Node g = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dsg, () -> dsg.removeGraph(g));
    }

    /** True when the named graph exists and is not empty. */
    public boolean containsGraph(String graphIri) {
        Node g = NodeFactory.createURI(graphIri);
        return Txn.calculateRead(dsg, () -> dsg.containsGraph(g) && !dsg.getGraph(g).isEmpty());
    }

    /**
     * Number of quads in the store: the records of one index of TDB2's quad table and of its triple table (the
     * default graph), counted without decoding a node; iterating the quads would cost a large load's summary
     * line seconds.
     */
    public long countQuads() {
        return Txn.calculateRead(base, () -> {
            var tdb = TDBInternal.getDatasetGraphTDB(base);
            return tdb.getQuadTable().getNodeTupleTable().getTupleTable().size()
                    + tdb.getTripleTable().getNodeTupleTable().getTupleTable().size();
        });
    }

    /** Number of named graphs. */
    public long countGraphs() {
        return Txn.calculateRead(dsg, () -> org.apache.jena.atlas.iterator.Iter.count(dsg.listGraphNodes()));
    }

    /** Runs {@code action} in a read transaction. */
    public <T> T read(java.util.function.Supplier<T> action) {
        return Txn.calculateRead(dsg, action);
    }

    /** Runs {@code action} in a write transaction. */
    public void write(Runnable action) {
        Txn.exec(dsg, TxnType.WRITE, action);
    }

    @Override
    public void close() {
        dsg.close();
        if (location != null) {
            TDBInternal.expel(base);
        }
    }
}
