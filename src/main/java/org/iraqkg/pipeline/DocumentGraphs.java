package org.iraqkg.pipeline;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.iraqkg.document.NewsDocument;
import org.iraqkg.rdf.Iris;
import org.iraqkg.rdf.LexiconGraph;
import org.iraqkg.rdf.OntologyGraph;
import org.iraqkg.rdf.RdfMapper;
import org.iraqkg.rdf.Vocab;
import org.iraqkg.store.GraphSink.NamedGraph;

/**
 * What a load stores, graph by graph: for each document its named graph (the mapper's triples of its analysis
 * and the provenance of the extraction run), and the lexicon and ontology graphs. {@link Loader} writes these
 * to a store; any other writer (the Beam pipeline of {@code beam/}) gets exactly the same graphs from here.
 * Immutable and safe to share between threads.
 */
public final class DocumentGraphs {
    /** One document's graph, with the counts a load reports. */
    public record DocumentGraph(String documentIri, NamedGraph graph, int statements, int events) {}

    private final Pipeline pipeline;
    private final RdfMapper mapper;
    private final String fingerprint;

    public DocumentGraphs(Pipeline pipeline, RdfMapper mapper) {
        this.pipeline = pipeline;
        this.mapper = mapper;
        this.fingerprint = ExtractionFingerprint.of(pipeline.lexicon());
    }

    /** The IRI of the extraction run: the same lexicon and code give the same run. */
    public String runIri() {
        return mapper.iris().base() + "extraction/" + fingerprint;
    }

    /** The fingerprint of the extraction (code and lexicon). */
    public String fingerprint() {
        return fingerprint;
    }

    /** Extracts one document and maps it to its named graph; throws what the pipeline throws. */
    public DocumentGraph of(NewsDocument doc) {
        Analysis a = pipeline.analyze(doc);
        Graph g = GraphFactory.createDefaultGraph();
        StreamRDF out = StreamRDFLib.graph(g);
        out.start();
        mapper.write(a, out);
        out.finish();
        String docIri = mapper.iris().document(doc.id());
        String run = runIri();
        g.add(Triple.create(NodeFactory.createURI(docIri), NodeFactory.createURI(Vocab.PROV + "wasGeneratedBy"),
                NodeFactory.createURI(run)));
        g.add(Triple.create(NodeFactory.createURI(run), RDF.type.asNode(),
                NodeFactory.createURI(Vocab.PROV + "Activity")));
        g.add(Triple.create(NodeFactory.createURI(run), RDFS.label.asNode(),
                NodeFactory.createLiteralLang("iraq-kg extraction " + fingerprint, "en")));
        return new DocumentGraph(docIri, new NamedGraph(mapper.graphOf(doc), g), a.statements().size(),
                a.events().events().size());
    }

    /** The graphs every load writes whatever its documents: the lexicon's and the ontology's. */
    public List<NamedGraph> referenceGraphs() {
        Iris iris = mapper.iris();
        return List.of(new NamedGraph(iris.lexiconGraph(), LexiconGraph.build(pipeline.lexicon(), iris)),
                new NamedGraph(Iris.ONTOLOGY_GRAPH, OntologyGraph.build()));
    }
}
