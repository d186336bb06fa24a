package org.iraqkg.endpoint;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Labels and links of the resources a page shows: the Arabic and English labels ({@code rdfs:label}, else
 * {@code skos:prefLabel}, else a document's {@code schema:headline}) and the link to each IRI: a path on
 * this server for IRIs under the base and for ontology and CAMEO terms, the IRI itself otherwise. Reads
 * the graph it is given (the union graph, inside the caller's read transaction); caches what it read.
 */
final class Terms {
    private static final Logger LOG = LoggerFactory.getLogger(Terms.class);

    static final Node RDFS_LABEL = uri(Namespaces.RDFS + "label");
    static final Node SKOS_PREF_LABEL = uri(Namespaces.SKOS + "prefLabel");
    static final Node SKOS_NOTATION = uri(Namespaces.SKOS + "notation");
    static final Node SCHEMA_HEADLINE = uri(Namespaces.SCHEMA + "headline");
    /** The properties whose values name a resource, in order of preference. */
    static final List<Node> LABEL_PROPERTIES = List.of(RDFS_LABEL, SKOS_PREF_LABEL, SCHEMA_HEADLINE);

    private final Graph graph;
    private final String base;
    private final Map<Node, Map<String, String>> labels = new HashMap<>();

    Terms(Graph graph, String base) {
        this.graph = graph;
        this.base = base;
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    Graph graph() {
        return graph;
    }

    String base() {
        return base;
    }

    /** The link to {@code iri} from a page of this server. */
    String href(String iri) {
        if (iri.startsWith(base)) {
            return "/" + iri.substring(base.length());
        }
        if (iri.equals(Namespaces.ONTOLOGY)) {
            return "/ontology";
        }
        if (iri.startsWith(Namespaces.KG)) {
            return "/ontology#" + iri.substring(Namespaces.KG.length());
        }
        if (iri.equals(Namespaces.CAMEO_SCHEME)) {
            return "/cameo";
        }
        if (iri.startsWith(Namespaces.CAMEO)) {
            return "/cameo/" + iri.substring(Namespaces.CAMEO.length());
        }
        return iri;
    }

    /** The label of {@code n} in language {@code lang} exactly, or null. */
    String label(Node n, String lang) {
        return labelsOf(n).get(lang);
    }

    /** The Arabic label, else the English one, else any label, else a short name made from the IRI. */
    String display(Node n) {
        Map<String, String> m = labelsOf(n);
        String s = m.get("ar");
        if (s == null) {
            s = m.get("en");
        }
        if (s == null) {
            s = m.get("");
        }
        if (s == null && !m.isEmpty()) {
            s = m.values().iterator().next();
        }
        return s != null ? s : shortName(n);
    }

    /** {@code kg:Statement}, or the last path segment of the IRI (percent-decoded), or the IRI. */
    static String shortName(Node n) {
        if (!n.isURI()) {
            return n.isBlank() ? "[ ]" : n.toString();
        }
        String iri = n.getURI();
        String q = Namespaces.qname(iri);
        if (q != null) {
            return q;
        }
        String tail = iri.replaceAll("/+$", "");
        int cut = Math.max(tail.lastIndexOf('/'), tail.lastIndexOf('#'));
        if (cut >= 0 && cut < tail.length() - 1) {
            tail = tail.substring(cut + 1);
        }
        return decode(tail);
    }

    /** Percent-decodes UTF-8; leaves the text as it is when it is not well-formed. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        try {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private Map<String, String> labelsOf(Node n) {
        Map<String, String> m = labels.get(n);
        if (m != null) {
            return m;
        }
        m = new HashMap<>();
        if (n.isURI() || n.isBlank()) {
            // The first property that has a label in a language wins; among its labels, the first in text order.
            for (Node p : LABEL_PROPERTIES) {
                Map<String, String> fromP = new HashMap<>();
                ExtendedIterator<Triple> it = graph.find(n, p, Node.ANY);
                try {
                    while (it.hasNext()) {
                        Node o = it.next().getObject();
                        if (o.isLiteral()) {
                            fromP.merge(o.getLiteralLanguage(), o.getLiteralLexicalForm(),
                                    (a, b) -> a.compareTo(b) <= 0 ? a : b);
                        }
                    }
                } finally {
                    it.close();
                }
                fromP.forEach(m::putIfAbsent);
            }
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("labels of {}: {}", n, m);
        }
        labels.put(n, m);
        return m;
    }

    /** The lexical form of a literal, or null for null or a non-literal. */
    static String lexical(Node n) {
        return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : null;
    }
}
