package org.iraqkg.export;

import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.XSD;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/**
 * Converts Jena nodes, triples and quads to RDF4J values and statements, term for term: lexical forms, datatypes
 * and language tags are copied unchanged (no value normalization).
 *
 * <p>A Jena blank node becomes an RDF4J blank node whose identifier is derived from the Jena label ({@link
 * #blankNodeId}), so the same Jena blank node always maps to the same RDF4J blank node, also across graphs, and
 * different ones never collide, without keeping a table of the nodes seen. The identifiers use only ASCII letters,
 * digits, {@code -} and {@code _}, start with a letter, and so are valid in Turtle, N-Quads, JSON-LD and as RDF/XML
 * {@code rdf:nodeID}s; writers keep them as they are.
 *
 * <p>The default graph (either of Jena's names for it) becomes the RDF4J "no context" ({@code null}).
 */
public final class JenaToRdf4j {
    private static final String XSD_STRING = XSD.xstring.getURI();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final ValueFactory vf;

    /** A converter using RDF4J's {@link SimpleValueFactory}. */
    public JenaToRdf4j() {
        this(SimpleValueFactory.getInstance());
    }

    public JenaToRdf4j(ValueFactory vf) {
        this.vf = Objects.requireNonNull(vf, "vf");
    }

    /** The quad as a statement with its graph as context ({@code null} for the default graph). */
    public Statement statement(Quad quad) {
        Resource context = graphName(quad.getGraph());
        Resource s = resource(quad.getSubject());
        IRI p = iri(quad.getPredicate());
        Value o = value(quad.getObject());
        return context == null ? vf.createStatement(s, p, o) : vf.createStatement(s, p, o, context);
    }

    /** The triple as a statement without context. */
    public Statement statement(Triple triple) {
        return vf.createStatement(resource(triple.getSubject()), iri(triple.getPredicate()), value(triple.getObject()));
    }

    /** The context for graph name {@code graph}: {@code null} for the default graph, else an IRI or blank node. */
    public Resource graphName(Node graph) {
        if (graph == null || Quad.isDefaultGraph(graph)) {
            return null;
        }
        if (Quad.isUnionGraph(graph)) {
            throw new IllegalArgumentException("the union graph is not a real graph: " + graph);
        }
        return resource(graph);
    }

    /** An IRI or blank node. */
    public Resource resource(Node node) {
        Value v = value(node);
        if (v instanceof Resource r) {
            return r;
        }
        throw new ExportException("not an IRI or blank node where one is required (subject or graph name): "
                + node);
    }

    /** An IRI. */
    public IRI iri(Node node) {
        Objects.requireNonNull(node, "node");
        if (!node.isURI()) {
            throw new ExportException("not an IRI where one is required (predicate): " + node);
        }
        return vf.createIRI(node.getURI());
    }

    /** Any RDF term: IRI, blank node or literal. */
    public Value value(Node node) {
        Objects.requireNonNull(node, "node");
        if (node.isURI()) {
            return vf.createIRI(node.getURI());
        }
        if (node.isBlank()) {
            return vf.createBNode(blankNodeId(node.getBlankNodeLabel()));
        }
        if (node.isLiteral()) {
            return literal(node);
        }
        if (node.isTripleTerm()) {
            throw new ExportException("RDF 1.2 triple terms cannot be exported: " + node);
        }
        throw new IllegalArgumentException("not an RDF term: " + node);
    }

    private Value literal(Node node) {
        String lex = node.getLiteralLexicalForm();
        if (node.getLiteralBaseDirection() != null) {
            throw new ExportException("literals with a base direction (RDF 1.2) cannot be exported: " + node);
        }
        String lang = node.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return vf.createLiteral(lex, lang);
        }
        String dt = node.getLiteralDatatypeURI();
        if (dt == null || dt.equals(XSD_STRING)) {
            return vf.createLiteral(lex);
        }
        return vf.createLiteral(lex, vf.createIRI(dt));
    }

    /**
     * The RDF4J blank node identifier for Jena blank node label {@code label}: {@code "b"} followed by the label,
     * where every character other than an ASCII letter, digit or {@code -} is written as {@code _} and four hex
     * digits. The mapping is injective.
     */
    public static String blankNodeId(String label) {
        StringBuilder sb = new StringBuilder(label.length() + 8).append('b');
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
                sb.append(c);
            } else {
                sb.append('_')
                        .append(HEX[(c >> 12) & 0xF])
                        .append(HEX[(c >> 8) & 0xF])
                        .append(HEX[(c >> 4) & 0xF])
                        .append(HEX[c & 0xF]);
            }
        }
        return sb.toString();
    }
}
