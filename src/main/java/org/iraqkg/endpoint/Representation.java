package org.iraqkg.endpoint;

import java.util.List;
import java.util.Locale;

import org.apache.jena.riot.RDFFormat;

/**
 * The representations the linked-data pages are offered in, in the server's order of preference (used when
 * the client rates several equally, as a client that accepts any type does). Each has its media type, the
 * names accepted by the {@code ?format=} parameter, and other media types that mean the same to a client.
 */
enum Representation {
    TURTLE("text/turtle", "text/turtle; charset=utf-8", RDFFormat.TURTLE_PRETTY,
            List.of("application/x-turtle"), List.of("ttl", "turtle")),
    JSONLD("application/ld+json", "application/ld+json", RDFFormat.JSONLD11_PRETTY,
            List.of("application/json"), List.of("jsonld", "json-ld", "json")),
    NTRIPLES("application/n-triples", "application/n-triples; charset=utf-8", RDFFormat.NTRIPLES_UTF8,
            List.of(), List.of("nt", "ntriples", "n-triples")),
    RDFXML("application/rdf+xml", "application/rdf+xml; charset=utf-8", RDFFormat.RDFXML_PLAIN,
            List.of(), List.of("rdf", "xml", "rdfxml", "rdf-xml", "owl")),
    HTML("text/html", "text/html; charset=utf-8", null, List.of("application/xhtml+xml"), List.of("html", "htm"));

    /** Every RDF representation, in order of preference. */
    static final List<Representation> RDF = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);
    /** Every representation, HTML last: a client that accepts anything gets Turtle. */
    static final List<Representation> ALL = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML, HTML);

    final String mediaType;
    final String contentType;
    final RDFFormat rdfFormat;
    final List<String> aliases;
    final List<String> formatNames;

    Representation(String mediaType, String contentType, RDFFormat rdfFormat, List<String> aliases,
            List<String> formatNames) {
        this.mediaType = mediaType;
        this.contentType = contentType;
        this.rdfFormat = rdfFormat;
        this.aliases = aliases;
        this.formatNames = formatNames;
    }

    boolean isRdf() {
        return rdfFormat != null;
    }

    /** The representation a {@code ?format=} value names (a short name or a media type), or null. */
    static Representation byFormatName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (Representation r : values()) {
            if (r.formatNames.contains(n) || r.mediaType.equals(n) || r.aliases.contains(n)) {
                return r;
            }
        }
        return null;
    }
}
