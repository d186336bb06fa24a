package org.iraqkg.export;

import java.io.OutputStream;
import java.util.Objects;

import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports the store as a property graph ({@link PropertyGraph}) in GraphML, GEXF or Cytoscape.js JSON. The graph is
 * read in one read transaction (or the caller's) and held in memory, which is small next to the store: documents,
 * mentions and spans are not part of it. The writers then stream it out.
 */
public final class GraphExporter {
    private static final Logger LOG = LoggerFactory.getLogger(GraphExporter.class);

    private GraphExporter() {}

    /**
     * Writes the property graph of {@code dsg} to {@code out} in {@code format}; the stream is flushed, not closed.
     *
     * @return the graph that was written
     * @throws ExportException when writing fails
     */
    public static PropertyGraph export(DatasetGraph dsg, GraphFormat format, OutputStream out) {
        Objects.requireNonNull(format, "format");
        return export(dsg, format.writer(), out);
    }

    /**
     * Writes the property graph of {@code dsg} to {@code out} with {@code writer} (e.g. a {@link GexfWriter} of
     * another version); the stream is flushed, not closed.
     *
     * @return the graph that was written
     * @throws ExportException when writing fails
     */
    public static PropertyGraph export(DatasetGraph dsg, PropertyGraphWriter writer, OutputStream out) {
        Objects.requireNonNull(dsg, "dsg");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(out, "out");
        PropertyGraph graph = PropertyGraph.fromStore(dsg);
        writer.write(graph, out);
        LOG.debug("Exported {} nodes and {} edges with {}", graph.nodes().size(), graph.edges().size(),
                writer.getClass().getSimpleName());
        return graph;
    }
}
