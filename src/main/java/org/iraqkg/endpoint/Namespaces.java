package org.iraqkg.endpoint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.iraqkg.rdf.Iris;
import org.iraqkg.rdf.Vocab;

/**
 * The prefixes of the linked-data representations: the Turtle and RDF/XML prefixes, and the published
 * JSON-LD context ({@code /context.jsonld}), which every JSON-LD answer also carries inline. Both are the
 * same map, so a JSON-LD document compacted with these prefixes may use either.
 */
final class Namespaces {
    static final String KG = org.iraqkg.rdf.KG.NS;
    static final String ONTOLOGY = Iris.ONTOLOGY_GRAPH;
    static final String CAMEO = Iris.CAMEO_NS;
    static final String CAMEO_SCHEME = CAMEO.substring(0, CAMEO.length() - 1);
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final String OWL = "http://www.w3.org/2002/07/owl#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String NIF = Vocab.NIF;
    static final String ITSRDF = Vocab.ITSRDF;
    static final String SCHEMA = Vocab.SCHEMA;
    static final String PROV = Vocab.PROV;
    static final String SEM = Vocab.SEM;
    static final String TIME = Vocab.TIME;
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String VANN = "http://purl.org/vocab/vann/";
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String WD = Vocab.WD;

    /** The path of the published JSON-LD context. */
    static final String CONTEXT_PATH = "context.jsonld";

    private static final Map<String, String> PREFIXES = prefixes();

    private Namespaces() {}

    private static Map<String, String> prefixes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("kg", KG);
        m.put("cameo", CAMEO);
        m.put("rdf", RDF);
        m.put("rdfs", RDFS);
        m.put("xsd", XSD);
        m.put("owl", OWL);
        m.put("skos", SKOS);
        m.put("nif", NIF);
        m.put("itsrdf", ITSRDF);
        m.put("schema", SCHEMA);
        m.put("prov", PROV);
        m.put("sem", SEM);
        m.put("time", TIME);
        m.put("dcterms", DCTERMS);
        m.put("vann", VANN);
        m.put("void", VOID);
        m.put("dcat", DCAT);
        m.put("sd", SD);
        m.put("formats", FORMATS);
        m.put("foaf", FOAF);
        m.put("wd", WD);
        return Collections.unmodifiableMap(m);
    }

    /** Prefix name to namespace, in a fixed order. */
    static Map<String, String> map() {
        return PREFIXES;
    }

    /** A new, empty graph with every prefix, for a description or a page's RDF. */
    static Graph newGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(PREFIXES);
        return g;
    }

    /** The published JSON-LD context document: {@code {"@context": {prefix: namespace, ...}}}. */
    static String contextDocument(ObjectMapper json) {
        ObjectNode doc = json.createObjectNode();
        ObjectNode ctx = doc.putObject("@context");
        PREFIXES.forEach(ctx::put);
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON-LD context", e);
        }
    }

    /** The prefixed name of {@code iri} ({@code kg:Statement}), or null when no prefix fits. */
    static String qname(String iri) {
        for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) {
                String local = iri.substring(e.getValue().length());
                if (local.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
                    return e.getKey() + ":" + local;
                }
            }
        }
        return null;
    }
}
