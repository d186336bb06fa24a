package org.iraqkg.export;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The property graph formats the knowledge graph can be exported to for visualization: GraphML, GEXF (Gephi, with a
 * timeline) and Cytoscape.js JSON (Cytoscape.js and Cytoscape desktop). All three hold the same {@link PropertyGraph}.
 */
public enum GraphFormat implements ExportFormat {
    GRAPHML("graphml", "graphml", "application/graphml+xml", GraphmlWriter::new),
    GEXF("gexf", "gexf", "application/gexf+xml", GexfWriter::new),
    CYTOSCAPE("cytoscape", "cyjs", "application/json", CytoscapeJsonWriter::new);

    private final String cliName;
    private final String extension;
    private final String mediaType;
    private final Supplier<PropertyGraphWriter> writer;

    GraphFormat(String cliName, String extension, String mediaType, Supplier<PropertyGraphWriter> writer) {
        this.cliName = cliName;
        this.extension = extension;
        this.mediaType = mediaType;
        this.writer = writer;
    }

    @Override
    public String cliName() {
        return cliName;
    }

    /** The usual file extension, without the dot: {@code graphml}, {@code gexf}, {@code cyjs}. */
    @Override
    public String extension() {
        return extension;
    }

    /** The media type in common use (GraphML and GEXF have none registered with IANA). */
    @Override
    public String mediaType() {
        return mediaType;
    }

    /** A writer for this format. */
    public PropertyGraphWriter writer() {
        return writer.get();
    }

    /** The command-line names of the graph formats, in declaration order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(GraphFormat::cliName).toList();
    }

    @Override
    public String toString() {
        return cliName;
    }
}
