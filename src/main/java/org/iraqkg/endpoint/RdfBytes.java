package org.iraqkg.endpoint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a graph in one of the linked-data RDF representations. JSON-LD is compacted with the prefixes of
 * {@link Namespaces} (by Jena's JSON-LD 1.1 writer), and its context is then the published context's object
 * ({@code /context.jsonld}, the same prefixes) written inline: every JSON-LD answer parses on its own, offline
 * and whatever host or port served it.
 */
final class RdfBytes {
    private static final Logger LOG = LoggerFactory.getLogger(RdfBytes.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private RdfBytes() {}

    static byte[] write(Graph g, Representation rep) {
        if (!rep.isRdf()) {
            throw new IllegalArgumentException("not an RDF representation: " + rep);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (rep != Representation.JSONLD) {
            keepUsedPrefixes(g);
            RDFWriter.source(g).format(rep.rdfFormat).output(out);
            return out.toByteArray();
        }
        DatasetGraph ds = DatasetGraphFactory.wrap(g);
        ds.prefixes().putAll(Namespaces.map());
        RDFWriter.source(ds).format(rep.rdfFormat).output(out);
        try {
            JsonNode doc = JSON.readTree(out.toByteArray());
            ObjectNode inline = JSON.createObjectNode();
            ObjectNode context = inline.putObject("@context");
            Namespaces.map().forEach(context::put);
            if (doc instanceof ObjectNode obj) {
                for (Map.Entry<String, JsonNode> e : obj.properties()) {
                    if (!e.getKey().equals("@context")) {
                        inline.set(e.getKey(), e.getValue());
                    }
                }
            } else {
                inline.set("@graph", doc);
            }
            LOG.trace("JSON-LD of {} triples", g.size());
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(inline) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot rewrite the JSON-LD context: " + e.getMessage(), e);
        }
    }

    /** Drops the prefixes no IRI (or datatype) of {@code g} starts with. */
    static void keepUsedPrefixes(Graph g) {
        Set<String> unused = new HashSet<>(g.getPrefixMapping().getNsPrefixMap().keySet());
        Map<String, String> prefixes = g.getPrefixMapping().getNsPrefixMap();
        ExtendedIterator<Triple> it = g.find();
        try {
            while (it.hasNext() && !unused.isEmpty()) {
                Triple t = it.next();
                for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                    String iri = n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralDatatypeURI() : null;
                    if (iri != null) {
                        unused.removeIf(p -> iri.startsWith(prefixes.get(p)));
                    }
                }
            }
        } finally {
            it.close();
        }
        unused.forEach(g.getPrefixMapping()::removeNsPrefix);
    }
}
