package org.iraqkg.store;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;

/**
 * Where a load writes named graphs: the local store (in transactions, or with TDB2's bulk loader when it is
 * new) or a remote SPARQL Graph Store Protocol endpoint. Each call to {@link #write} writes whole graphs
 * only, so a document is either fully present or absent.
 */
public interface GraphSink extends AutoCloseable {

    /** A named graph to write, replacing any graph of that name. */
    record NamedGraph(String iri, Graph graph) {}

    /**
     * For the documents already stored: document IRI → the fingerprint of the extraction that produced them
     * (content hash and extraction run), so that an interrupted or repeated load skips them. Empty when the
     * sink cannot tell.
     */
    Map<String, String> fingerprints();

    /** Writes the graphs, each replacing the graph of the same name, as one unit where the sink allows. */
    void write(List<NamedGraph> graphs);

    /** False when a graph already written cannot be replaced within the same load (bulk loading). */
    default boolean canReplace() {
        return true;
    }

    /** Quads in the sink after the load, or -1 when unknown. */
    long countQuads();

    /** Finishes the load (commits a bulk load, builds indexes). */
    @Override
    void close();
}
