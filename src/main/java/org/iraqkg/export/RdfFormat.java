package org.iraqkg.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.rdf4j.rio.RDFFormat;

/**
 * The RDF serializations the knowledge graph can be exported to.
 *
 * <p>Formats that carry named graphs (TriG, N-Quads, JSON-LD) keep every statement in its document's graph. Triple
 * formats (Turtle, RDF/XML) get the union of all graphs, each distinct triple once.
 */
public enum RdfFormat implements ExportFormat {
    TTL("ttl", "ttl", "text/turtle", RDFFormat.TURTLE, false),
    TRIG("trig", "trig", "application/trig", RDFFormat.TRIG, true),
    NQ("nq", "nq", "application/n-quads", RDFFormat.NQUADS, true),
    JSONLD("jsonld", "jsonld", "application/ld+json", RDFFormat.JSONLD, true),
    RDFXML("rdfxml", "rdf", "application/rdf+xml", RDFFormat.RDFXML, false);

    private final String cliName;
    private final String extension;
    private final String mediaType;
    private final RDFFormat rioFormat;
    private final boolean namedGraphs;

    RdfFormat(String cliName, String extension, String mediaType, RDFFormat rioFormat, boolean namedGraphs) {
        this.cliName = cliName;
        this.extension = extension;
        this.mediaType = mediaType;
        this.rioFormat = rioFormat;
        this.namedGraphs = namedGraphs;
    }

    /** The name used on the command line, e.g. {@code "ttl"}. */
    @Override
    public String cliName() {
        return cliName;
    }

    /** The usual file extension, without the dot, e.g. {@code "rdf"} for RDF/XML. */
    @Override
    public String extension() {
        return extension;
    }

    /** The IANA media type, e.g. {@code "application/n-quads"}. */
    @Override
    public String mediaType() {
        return mediaType;
    }

    /** The RDF4J Rio format used to write it. */
    public RDFFormat rioFormat() {
        return rioFormat;
    }

    /** True when the format keeps named graphs; false when it gets the union of all graphs. */
    public boolean carriesNamedGraphs() {
        return namedGraphs;
    }

    /** The command-line names of all formats, in declaration order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(RdfFormat::cliName).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The format with command-line name {@code name} (case and surrounding blanks ignored).
     *
     * @throws IllegalArgumentException when no format has that name; the message lists the accepted names
     */
    public static RdfFormat parse(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (RdfFormat f : values()) {
            if (f.cliName.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "'; accepted formats: "
                + String.join(", ", names()));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
