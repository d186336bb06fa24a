package org.iraqkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.DSP;
import org.iraqkg.export.ExportFormat;
import org.iraqkg.export.GexfWriter;
import org.iraqkg.export.GraphExporter;
import org.iraqkg.export.GraphFormat;
import org.iraqkg.export.PropertyGraph;
import org.iraqkg.export.RdfExporter;
import org.iraqkg.export.RdfFormat;
import org.iraqkg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kg export}: the whole graph in an RDF format, written with RDF4J Rio, or as a property graph (GraphML, GEXF,
 * Cytoscape.js JSON) for visualization tools.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the store in an RDF format (written with RDF4J Rio) or as a property graph for"
                + " visualization tools.",
            "trig, nq and jsonld keep the named graphs (one per document); ttl and rdfxml hold their union.",
            "graphml (GraphML 1.0), gexf (GEXF 1.2 for Gephi and NetworkX, with a timeline; 1.3 with --gexf-version) and cytoscape (Cytoscape.js JSON, for"
                + " Cytoscape.js and Cytoscape desktop) hold actors, places, statements, events and negotiation"
                + " tracks as nodes, and their relations as edges.",
            "While kg serve serves the store, the export reads it through the server (its Graph Store endpoint)."})
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "RDF: ttl, trig, nq, jsonld or rdfxml. Property graph: graphml, gexf or cytoscape.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path out;

    @Option(names = "--gexf-version", paramLabel = "VERSION", defaultValue = "1.2",
            description = "GEXF version for --format gexf: 1.2 (default; read by Gephi and NetworkX) or 1.3.")
    String gexfVersion;

    @Override
    public Integer call() throws IOException {
        common.applyLogging();
        ExportFormat f;
        GexfWriter.Version gexf;
        try {
            f = ExportFormat.parse(format);
            gexf = GexfWriter.Version.parse(gexfVersion);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        common.requireExisting();
        ServedStore served = common.served();
        if (served != null) {
            System.err.println("kg: the store is served by " + served.describe() + "; exporting through it");
            write(fetch(served), f, gexf);
            return 0;
        }
        try (KgStore store = common.openExisting()) {
            write(store.datasetGraph(), f, gexf);
        }
        return 0;
    }

    private void write(DatasetGraph dsg, ExportFormat f, GexfWriter.Version gexf) throws IOException {
        if (out != null) {
            Path tmp = out.resolveSibling(out.getFileName() + ".part");
            String wrote;
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                wrote = export(dsg, f, gexf, os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            System.err.println("kg: wrote " + wrote + " to " + out);
        } else {
            OutputStream os = new BufferedOutputStream(System.out, 1 << 16);
            export(dsg, f, gexf, os);
            os.flush();
        }
    }

    /**
     * The whole dataset, every named graph, read from the server's Graph Store endpoint (a GET of the dataset as
     * quads) into memory.
     */
    private static DatasetGraph fetch(ServedStore served) {
        try {
            return DSP.service(served.readUrl()).GET();
        } catch (HttpException e) {
            throw new UserException("cannot read the store from " + served.describe() + ": "
                    + (e.getStatusCode() > 0 ? "HTTP " + e.getStatusCode() + " " : "")
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), 1);
        }
    }

    /** Writes the export and says what it wrote ("12 statements", "40 nodes and 61 edges"). */
    private static String export(DatasetGraph dsg, ExportFormat f, GexfWriter.Version gexf, OutputStream os) {
        if (f instanceof RdfFormat rdf) {
            return RdfExporter.export(dsg, rdf, os) + " statements";
        }
        PropertyGraph g = GraphExporter.export(dsg, f == GraphFormat.GEXF ? new GexfWriter(gexf)
                : ((GraphFormat) f).writer(), os);
        return g.nodes().size() + " nodes and " + g.edges().size() + " edges";
    }
}
