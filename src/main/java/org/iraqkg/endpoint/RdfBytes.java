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
 * {@link Namespaces} (by Jena's JSON-LD 1.1 writer), and its inline context is then replaced by the URL of
 * the published context, which holds the same prefixes.
 */
final class RdfBytes {
    private static final Logger LOG = LoggerFactory.getLogger(RdfBytes.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private RdfBytes() {}

    static byte[] write(Graph g, Representation rep, String contextUrl) {
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
            ObjectNode withUrl = JSON.createObjectNode();
            withUrl.put("@context", contextUrl);
            if (doc instanceof ObjectNode obj) {
                for (Map.Entry<String, JsonNode> e : obj.properties()) {
                    if (!e.getKey().equals("@context")) {
                        withUrl.set(e.getKey(), e.getValue());
                    }
                }
            } else {
                withUrl.set("@graph", doc);
            }
            LOG.trace("JSON-LD of {} triples", g.size());
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(withUrl) + "\n")
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
