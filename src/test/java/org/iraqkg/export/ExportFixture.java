package org.iraqkg.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.iraqkg.store.KgStore;

/** The small test store and helpers shared by the export tests. */
final class ExportFixture {
    private ExportFixture() {}

    static final String KG = "https://w3id.org/iraqkg/ontology#";
    static final String DOC = "http://localhost:3030/document/";
    static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String SCHEMA = "https://schema.org/";
    static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";

    static final Node GRAPH_X = uri(DOC + "x");
    static final Node GRAPH_Y = uri(DOC + "y");
    static final Node GRAPH_ONTOLOGY = uri("https://w3id.org/iraqkg/ontology");

    /** Text with what scraped Arabic news brings: line breaks (CRLF), a tab, quotes, a backslash, RLM, an emoji. */
    static final String ARABIC_TEXT = "قال رئيس الوزراء العراقي في بغداد:\r\n\t\"لن نسمح\" \\ بالتصعيد\u200F 🇮🇶";

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node typed(String lex, XSDDatatype dt) {
        return NodeFactory.createLiteralDT(lex, dt);
    }

    /**
     * Three named graphs: two documents (Arabic and English literals, typed literals, IRIs with fragments, one triple
     * in both) and an ontology graph with blank nodes (an rdf:List for owl:unionOf and an owl:Restriction).
     */
    static KgStore store() {
        KgStore store = KgStore.inMemory();
        store.write(() -> fill(store.datasetGraph()));
        return store;
    }

    private static void fill(DatasetGraph dsg) {
        Node mention = uri(DOC + "x#char=10,25");
        Node baghdad = uri(KG + "place/Baghdad");
        Node event = uri(KG + "event/x-1");
        Node statement = uri(KG + "statement/x-2");

        Node x = GRAPH_X;
        dsg.add(x, mention, uri(NIF + "anchorOf"), NodeFactory.createLiteralLang("بغداد", "ar"));
        dsg.add(x, mention, uri(NIF + "beginIndex"), typed("10", XSDDatatype.XSDnonNegativeInteger));
        dsg.add(x, mention, uri(NIF + "endIndex"), typed("25", XSDDatatype.XSDnonNegativeInteger));
        dsg.add(x, mention, uri(ITSRDF + "taIdentRef"), baghdad);
        dsg.add(x, mention, uri(NIF + "referenceContext"), uri(DOC + "x#char=0,4000"));
        dsg.add(x, baghdad, RDF.type.asNode(), uri(KG + "City"));
        dsg.add(x, baghdad, uri(SKOS + "prefLabel"), NodeFactory.createLiteralLang("بغداد", "ar"));
        dsg.add(x, baghdad, uri(SKOS + "prefLabel"), NodeFactory.createLiteralLang("Baghdad", "en"));
        dsg.add(x, baghdad, uri(SKOS + "altLabel"), NodeFactory.createLiteralLang("بغداد", "ar-IQ"));
        dsg.add(x, baghdad, uri(SCHEMA + "sameAs"), uri("https://ar.wikipedia.org/wiki/بغداد"));
        dsg.add(x, event, RDF.type.asNode(), uri("https://w3id.org/iraqkg/cameo/190"));
        dsg.add(x, event, uri(KG + "recurringDay"), typed("--08-05", XSDDatatype.XSDgMonthDay));
        dsg.add(x, event, uri(KG + "month"), typed("2024-08", XSDDatatype.XSDgYearMonth));
        dsg.add(x, event, uri(KG + "year"), typed("2024", XSDDatatype.XSDgYear));
        dsg.add(x, event, uri(SEM + "hasTimeStamp"), typed("2024-08-05", XSDDatatype.XSDdate));
        dsg.add(x, event, uri(KG + "confidence"), typed("0.85", XSDDatatype.XSDdecimal));
        dsg.add(x, event, uri(KG + "casualties"), typed("00123456789012345678901234567890", XSDDatatype.XSDinteger));
        dsg.add(x, event, uri(KG + "place"), baghdad);
        dsg.add(x, statement, uri(KG + "direct"), typed("true", XSDDatatype.XSDboolean));
        dsg.add(x, statement, uri(KG + "quote"), NodeFactory.createLiteralLang(ARABIC_TEXT, "ar"));
        dsg.add(x, statement, uri(KG + "reportingVerb"), NodeFactory.createLiteralString("قال"));
        // A predicate whose local name (after the last '/') is not an XML name: RDF/XML must split it elsewhere.
        dsg.add(x, statement, uri("http://example.org/p/2024-role"), typed("1", XSDDatatype.XSDboolean));

        Node y = GRAPH_Y;
        dsg.add(y, baghdad, RDF.type.asNode(), uri(KG + "City"));
        dsg.add(y, baghdad, uri(SKOS + "prefLabel"), NodeFactory.createLiteralLang("Baghdad", "en"));
        dsg.add(y, uri(DOC + "y#char=0,6"), uri(NIF + "anchorOf"), NodeFactory.createLiteralLang("Baghdad", "en"));
        dsg.add(y, uri(DOC + "y#char=0,6"), uri(ITSRDF + "taIdentRef"), baghdad);

        Node o = GRAPH_ONTOLOGY;
        Node l1 = NodeFactory.createBlankNode();
        Node l2 = NodeFactory.createBlankNode();
        dsg.add(o, uri(KG + "Actor"), RDF.type.asNode(), OWL.Class.asNode());
        dsg.add(o, uri(KG + "Actor"), OWL.unionOf.asNode(), l1);
        dsg.add(o, l1, RDF.first.asNode(), uri(KG + "Person"));
        dsg.add(o, l1, RDF.rest.asNode(), l2);
        dsg.add(o, l2, RDF.first.asNode(), uri(KG + "Organization"));
        dsg.add(o, l2, RDF.rest.asNode(), RDF.nil.asNode());
        Node restriction = NodeFactory.createBlankNode();
        dsg.add(o, uri(KG + "Statement"), RDFS.subClassOf.asNode(), restriction);
        dsg.add(o, restriction, RDF.type.asNode(), OWL.Restriction.asNode());
        dsg.add(o, restriction, OWL.onProperty.asNode(), uri(KG + "speaker"));
        dsg.add(o, restriction, OWL.minCardinality.asNode(), typed("1", XSDDatatype.XSDnonNegativeInteger));
        dsg.add(o, uri(KG + "Actor"), RDFS.label.asNode(), NodeFactory.createLiteralLang("فاعل", "ar"));
        dsg.add(o, uri(KG + "Actor"), RDFS.label.asNode(), NodeFactory.createLiteralLang("Actor", "en"));
    }

    /** A plain in-memory copy of all quads of {@code dsg} (no union default graph, no transactions needed). */
    static DatasetGraph copy(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.create();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(copy::add));
        return copy;
    }

    /** The union of all graphs of {@code dsg} as a set of triples. */
    static Graph union(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    static Lang jenaLang(RdfFormat format) {
        return switch (format) {
            case TTL -> Lang.TURTLE;
            case TRIG -> Lang.TRIG;
            case NQ -> Lang.NQUADS;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
        };
    }

    static byte[] export(DatasetGraph dsg, RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfExporter.export(dsg, format, out);
        return out.toByteArray();
    }

    static DatasetGraph parseJenaDataset(byte[] bytes, RdfFormat format) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(jenaLang(format)).parse(dsg);
        return dsg;
    }

    static Graph parseJenaGraph(byte[] bytes, RdfFormat format) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(jenaLang(format)).parse(g);
        return g;
    }

    static Model parseRdf4j(byte[] bytes, RDFFormat format) {
        try {
            return Rio.parse(new ByteArrayInputStream(bytes), "", format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The expected RDF4J model, made without {@link JenaToRdf4j}: Jena writes N-Quads (or N-Triples of the union
     * for triple formats) and Rio parses it.
     */
    static Model expectedRdf4j(DatasetGraph plainCopy, boolean quads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (quads) {
            RDFDataMgr.write(out, plainCopy, Lang.NQUADS);
            return parseRdf4j(out.toByteArray(), RDFFormat.NQUADS);
        }
        RDFDataMgr.write(out, union(plainCopy), Lang.NTRIPLES);
        return parseRdf4j(out.toByteArray(), RDFFormat.NTRIPLES);
    }

    static List<Node> graphNames(DatasetGraph dsg) {
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        return names;
    }
}
