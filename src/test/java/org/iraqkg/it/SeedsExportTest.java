package org.iraqkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.Rio;
import org.iraqkg.export.RdfExporter;
import org.iraqkg.export.RdfFormat;
import org.iraqkg.store.KgStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every export format of the seed store parses back with Jena and with RDF4J Rio, isomorphic to the store. */
class SeedsExportTest {

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void exportParsesBackIsomorphic(RdfFormat format) throws Exception {
        KgStore store = Seeds.store();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfExporter.export(store.datasetGraph(), format, out);
        byte[] bytes = out.toByteArray();
        Lang lang = switch (format) {
            case TTL -> Lang.TURTLE;
            case TRIG -> Lang.TRIG;
            case NQ -> Lang.NQUADS;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
        };
        // Jena
        Dataset parsed = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).parse(parsed);
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> {
            if (format.carriesNamedGraphs()) {
                dsg.listGraphNodes().forEachRemaining((Node g) -> assertTrue(
                        dsg.getGraph(g).isIsomorphicWith(parsed.asDatasetGraph().getGraph(g)), format + " graph " + g));
                assertEquals(count(dsg), count(parsed.asDatasetGraph()), format + " quads");
            } else {
                Graph union = GraphFactory.createDefaultGraph();
                dsg.getUnionGraph().find().forEachRemaining(union::add);
                assertTrue(union.isIsomorphicWith(parsed.asDatasetGraph().getDefaultGraph()), format + " union");
            }
        });
        // RDF4J
        Model rio = Rio.parse(new ByteArrayInputStream(bytes), "http://example.org/", format.rioFormat());
        ByteArrayOutputStream nq = new ByteArrayOutputStream();
        RdfExporter.export(store.datasetGraph(), format.carriesNamedGraphs() ? RdfFormat.NQ : RdfFormat.TTL, nq);
        Model expected = Rio.parse(new ByteArrayInputStream(nq.toByteArray()), "http://example.org/",
                format.carriesNamedGraphs() ? RdfFormat.NQ.rioFormat() : RdfFormat.TTL.rioFormat());
        assertTrue(Models.isomorphic(expected, rio), format + " RDF4J isomorphism");
    }

    private static long count(DatasetGraph d) {
        return Txn.calculateRead(d, () -> {
            long n = 0;
            var it = d.find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }
}
