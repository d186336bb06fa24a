package org.iraqkg.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Writes named graphs into a {@link KgStore}, a batch of graphs per write transaction. */
public final class StoreSink implements GraphSink {
    static final String FINGERPRINTS = """
            PREFIX kg:   <https://w3id.org/iraqkg/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?doc ?hash ?run WHERE { ?doc a kg:Document ; kg:contentHash ?hash ; prov:wasGeneratedBy ?run }
            """;

    private final KgStore store;

    public StoreSink(KgStore store) {
        this.store = store;
    }

    @Override
    public Map<String, String> fingerprints() {
        Map<String, String> out = new HashMap<>();
        Txn.executeRead(store.datasetGraph(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(FINGERPRINTS).build()) {
                qe.execSelect().forEachRemaining(r -> out.put(r.getResource("doc").getURI(),
                        r.getLiteral("hash").getString() + " " + r.getResource("run").getURI()));
            }
        });
        return out;
    }

    @Override
    public void write(List<NamedGraph> graphs) {
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeWrite(dsg, () -> {
            for (NamedGraph ng : graphs) {
                Node g = NodeFactory.createURI(ng.iri());
                dsg.removeGraph(g);
                ng.graph().find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        });
    }

    @Override
    public long countQuads() {
        return store.countQuads();
    }

    @Override
    public void close() {
        // the store belongs to the caller
    }
}
