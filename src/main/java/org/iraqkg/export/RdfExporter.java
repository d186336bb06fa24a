package org.iraqkg.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeCmp;
import org.eclipse.rdf4j.common.xml.XMLUtil;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.eclipse.rdf4j.rio.turtle.TurtleWriterSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a Jena dataset as RDF with RDF4J Rio.
 *
 * <p>{@link #export} reads the dataset inside one read transaction (or the caller's transaction, if one is active),
 * iterates its quads graph by graph with {@link DatasetGraph#find(Node, Node, Node, Node)} (the stored default graph
 * first, then each named graph of {@link DatasetGraph#listGraphNodes()}), converts each quad with {@link
 * JenaToRdf4j} and hands it to the Rio writer at once. What it writes, per format:
 * <ul>
 * <li><b>nq</b> (N-Quads): every quad, in its graph. Streams: nothing is held in memory.</li>
 * <li><b>trig</b> (TriG): every quad, in its graph. Streams: the pretty-printing writer groups at most 1,000
 * statements at a time (by graph and subject) and writes them; when a blank node names a graph, pretty printing is
 * switched off (the writer would otherwise abbreviate such a graph name to {@code []} in each group, splitting the
 * graph), and statements go straight out.</li>
 * <li><b>ttl</b> (Turtle) and <b>rdfxml</b> (RDF/XML): the union of all graphs, each distinct triple once. Stream:
 * a triple found in several graphs is written only for the first of them (in {@link NodeCmp#compareRDFTerms} order),
 * decided by one index look-up per quad instead of a set of triples seen. The Turtle writer buffers groups of at
 * most 1,000 statements for pretty printing; the RDF/XML writer buffers nothing.</li>
 * <li><b>jsonld</b> (JSON-LD with named graphs): <em>buffers the whole dataset</em>. Rio's JSON-LD writer collects
 * every statement in a model and renders the document at the end, so memory grows with the data (several times the
 * size of the N-Quads). The document is compacted with the prefixes as its {@code @context}; when compaction refuses
 * the data (an IRI such as {@code schema:name}, whose scheme is one of the prefixes), it is written in expanded form
 * instead, with a warning. Both forms parse back to the same dataset with Jena and RDF4J; language tags may come
 * out in lower case ({@code ar-iq}), which is the same tag.</li>
 * </ul>
 * A stored default graph, if the dataset has one, is exported too: as the default graph in quad formats, and as part
 * of the union in triple formats. Namespaces ({@link #NAMESPACES} plus the dataset's own prefixes) are declared in
 * the formats that use them. Lexical forms are written unchanged (Turtle number abbreviation, which normalizes
 * {@code 01} to {@code 1}, is off).
 *
 * <p>The output stream is flushed but not closed. When an export fails half-way, the output is incomplete; callers
 * writing to a file should write to a temporary file and move it into place on success.
 */
public final class RdfExporter {
    private static final Logger LOG = LoggerFactory.getLogger(RdfExporter.class);

    /** Prefixes declared in every export that has prefixes; the dataset's own prefixes are added after them. */
    public static final Map<String, String> NAMESPACES = namespaces();

    private RdfExporter() {}

    private static Map<String, String> namespaces() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("kg", "https://w3id.org/iraqkg/ontology#");
        m.put("cameo", "https://w3id.org/iraqkg/cameo/");
        m.put("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#");
        m.put("itsrdf", "http://www.w3.org/2005/11/its/rdf#");
        m.put("schema", "https://schema.org/");
        m.put("prov", "http://www.w3.org/ns/prov#");
        m.put("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/");
        m.put("time", "http://www.w3.org/2006/time#");
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        return Collections.unmodifiableMap(m);
    }

    /**
     * Writes {@code dsg} to {@code out} in {@code format}.
     *
     * @return the number of statements written: quads for formats with named graphs, distinct triples for the others
     * @throws ExportException when the data cannot be expressed in the format (the message names the statement) or
     *     writing fails
     */
    public static long export(DatasetGraph dsg, RdfFormat format, OutputStream out) {
        Objects.requireNonNull(dsg, "dsg");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        boolean ownTxn = !dsg.isInTransaction();
        if (ownTxn) {
            dsg.begin(TxnType.READ);
        }
        try {
            long n = format == RdfFormat.JSONLD ? writeJsonLd(dsg, out) : write(dsg, format, out, false);
            LOG.debug("Exported {} statements as {}", n, format.cliName());
            return n;
        } finally {
            if (ownTxn) {
                dsg.end();
            }
        }
    }

    /**
     * Compact JSON-LD, or expanded JSON-LD when compaction refuses the data. Compaction fails, for instance, on an IRI
     * such as {@code schema:name} whose scheme is one of the prefixes ("IRI confused with prefix"); the JSON-LD writer
     * renders the whole document before writing any of it, so nothing has been written then, and the export is
     * redone without a context.
     */
    private static long writeJsonLd(DatasetGraph dsg, OutputStream out) {
        CountingOutputStream counting = new CountingOutputStream(out);
        try {
            return write(dsg, RdfFormat.JSONLD, counting, false);
        } catch (RenderFailure e) {
            if (counting.count > 0) {
                throw e;
            }
            LOG.warn("JSON-LD compaction refused the data ({}); writing expanded JSON-LD instead", e.getMessage());
            return write(dsg, RdfFormat.JSONLD, out, true);
        }
    }

    private static long write(DatasetGraph dsg, RdfFormat format, OutputStream out, boolean expandJsonLd) {
        RDFWriter writer = Rio.createWriter(format.rioFormat(), out);
        configure(writer.getWriterConfig(), format, dsg, expandJsonLd);
        Emitter emitter = new Emitter(dsg, format, writer);
        try {
            writer.startRDF();
            if (format != RdfFormat.NQ) {
                for (Map.Entry<String, String> e : namespaces(dsg, format).entrySet()) {
                    writer.handleNamespace(e.getKey(), e.getValue());
                }
            }
            // Graph by graph, so that each graph's statements are written together.
            emitter.emitAll(dsg.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY));
            Iterator<Node> graphs = dsg.listGraphNodes();
            try {
                while (graphs.hasNext()) {
                    emitter.emitAll(dsg.find(graphs.next(), Node.ANY, Node.ANY, Node.ANY));
                }
            } finally {
                Iter.close(graphs);
            }
            try {
                writer.endRDF();
            } catch (RDFHandlerException e) {
                throw new RenderFailure("writing " + format.cliName() + " failed: " + message(e), e);
            }
            out.flush();
        } catch (RDFHandlerException e) {
            throw new ExportException("writing " + format.cliName() + " failed: " + message(e), e);
        } catch (IOException e) {
            throw new ExportException("writing " + format.cliName() + " failed: " + e.getMessage(), e);
        }
        return emitter.count;
    }

    /** The writer failed when finishing the document (where the JSON-LD writer does all its work). */
    private static final class RenderFailure extends ExportException {
        private static final long serialVersionUID = 1L;

        RenderFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Passes bytes through, counting them. */
    private static final class CountingOutputStream extends FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Converts quads and hands them to the writer, counting what it writes. */
    private static final class Emitter {
        private final DatasetGraph dsg;
        private final RdfFormat format;
        private final RDFWriter writer;
        private final JenaToRdf4j conv = new JenaToRdf4j();
        private long count;

        Emitter(DatasetGraph dsg, RdfFormat format, RDFWriter writer) {
            this.dsg = dsg;
            this.format = format;
            this.writer = writer;
        }

        void emitAll(Iterator<Quad> quads) {
            try {
                while (quads.hasNext()) {
                    emit(quads.next());
                }
            } finally {
                Iter.close(quads);
            }
        }

        private void emit(Quad q) {
            boolean keepGraph = format.carriesNamedGraphs();
            if (!keepGraph && !firstInUnion(dsg, q)) {
                return;
            }
            Statement st;
            try {
                st = keepGraph ? conv.statement(q) : conv.statement(q.asTriple());
            } catch (ExportException e) {
                throw new ExportException("cannot write " + describe(q) + ": " + e.getMessage(), e);
            }
            if (format == RdfFormat.RDFXML) {
                checkRdfXml(st);
            }
            try {
                writer.handleStatement(st);
            } catch (RDFHandlerException e) {
                throw new ExportException("cannot write " + describe(q) + " as " + format.cliName() + ": "
                        + message(e), e);
            }
            count++;
        }
    }

    private static void configure(WriterConfig config, RdfFormat format, DatasetGraph dsg, boolean expandJsonLd) {
        switch (format) {
            case TTL -> {
                config.set(BasicWriterSettings.PRETTY_PRINT, true);
                config.set(BasicWriterSettings.INLINE_BLANK_NODES, false);
                config.set(TurtleWriterSettings.ABBREVIATE_NUMBERS, false);
            }
            case TRIG -> {
                config.set(BasicWriterSettings.PRETTY_PRINT, !hasBlankGraphName(dsg));
                config.set(BasicWriterSettings.INLINE_BLANK_NODES, false);
                config.set(TurtleWriterSettings.ABBREVIATE_NUMBERS, false);
            }
            case JSONLD -> {
                config.set(JSONLDSettings.JSONLD_MODE, expandJsonLd ? JSONLDMode.EXPAND : JSONLDMode.COMPACT);
                config.set(JSONLDSettings.USE_NATIVE_TYPES, false);
                config.set(JSONLDSettings.USE_RDF_TYPE, false);
                config.set(BasicWriterSettings.PRETTY_PRINT, true);
            }
            case NQ, RDFXML -> {
                // Rio's defaults: one statement per line / one element per statement.
            }
        }
    }

    /** {@link #NAMESPACES}, then the dataset's prefixes whose prefix and IRI are both still unused. */
    static Map<String, String> namespaces(DatasetGraph dsg, RdfFormat format) {
        Map<String, String> m = new LinkedHashMap<>(NAMESPACES);
        PrefixMap pm;
        try {
            pm = dsg.prefixes();
        } catch (UnsupportedOperationException e) {
            return m;
        }
        if (pm == null) {
            return m;
        }
        pm.getMapping().forEach((prefix, iri) -> {
            // In JSON-LD an empty prefix would become @vocab and change how every term compacts.
            if (format == RdfFormat.JSONLD && prefix.isEmpty()) {
                return;
            }
            if (!m.containsKey(prefix) && !m.containsValue(iri)) {
                m.put(prefix, iri);
            }
        });
        return m;
    }

    /**
     * True when {@code q}'s graph is the first (in {@link NodeCmp#compareRDFTerms} order) of the graphs holding its
     * triple, so that each triple of the union is written once.
     */
    private static boolean firstInUnion(DatasetGraph dsg, Quad q) {
        Node g = q.getGraph();
        Iterator<Quad> it = dsg.find(Node.ANY, q.getSubject(), q.getPredicate(), q.getObject());
        try {
            while (it.hasNext()) {
                if (NodeCmp.compareRDFTerms(it.next().getGraph(), g) < 0) {
                    return false;
                }
            }
            return true;
        } finally {
            Iter.close(it);
        }
    }

    private static boolean hasBlankGraphName(DatasetGraph dsg) {
        Iterator<Node> it = dsg.listGraphNodes();
        try {
            while (it.hasNext()) {
                if (it.next().isBlank()) {
                    return true;
                }
            }
            return false;
        } finally {
            Iter.close(it);
        }
    }

    /**
     * RDF/XML writes a predicate as an XML element name, so some suffix of its IRI must be an XML name; and XML 1.0
     * cannot contain most control characters, even escaped. Checked here so the error names the statement.
     */
    private static void checkRdfXml(Statement st) {
        String p = st.getPredicate().stringValue();
        if (XMLUtil.findURISplitIndex(p) < 0) {
            throw new ExportException("RDF/XML cannot write predicate <" + p + ">: no suffix of the IRI is an XML"
                    + " name, so it cannot be an element name; export as ttl, trig, nq or jsonld instead");
        }
        if (st.getObject() instanceof Literal lit) {
            int bad = firstNonXmlChar(lit.getLabel());
            if (bad >= 0) {
                throw new ExportException(String.format("RDF/XML cannot write the literal of <%s> <%s>: it contains"
                        + " U+%04X, which XML 1.0 does not allow; export as ttl, trig, nq or jsonld instead",
                        st.getSubject().stringValue(), p, bad));
            }
        }
    }

    /** The first code point of {@code s} that is not an XML 1.0 {@code Char}, or -1. */
    static int firstNonXmlChar(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!GraphText.isXmlChar(c)) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    private static String describe(Quad q) {
        String triple = NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                + NodeFmtLib.strNT(q.getObject());
        return Quad.isDefaultGraph(q.getGraph()) ? triple : triple + " in graph " + NodeFmtLib.strNT(q.getGraph());
    }

    /** The messages of {@code e} and its causes, joined, without repeats. */
    private static String message(Throwable e) {
        StringBuilder sb = new StringBuilder();
        Throwable t = e;
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            String m = t.getMessage();
            if (m == null || sb.indexOf(m) >= 0) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : ": ").append(m);
        }
        return sb.length() == 0 ? e.getClass().getSimpleName() : sb.toString();
    }
}
