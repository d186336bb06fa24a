package org.iraqkg.endpoint;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.TDB2;

/**
 * Graph Store Protocol, read only, where {@code ?default} means the same default graph that SPARQL
 * queries see: when the dataset's context sets {@link TDB2#symUnionDefaultGraph} (as
 * {@code KgStore} does), {@code GET ?default} returns the union of the named graphs instead of the
 * (empty) stored default graph. {@code ?graph=IRI}, {@code ?graph=union} and the whole-dataset
 * (quads) GET are Fuseki's.
 */
final class GspReadUnionDefault extends GSP_R {

    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        DatasetGraph dsg = super.decideDataset(action);
        if (dsg == null || isQuads(action) || !action.getContext().isTrue(TDB2.symUnionDefaultGraph)) {
            return dsg;
        }
        return new UnionAsDefault(dsg);
    }

    /** A view of a dataset whose default graph is the union of its named graphs. */
    private static final class UnionAsDefault extends DatasetGraphWrapper {
        UnionAsDefault(DatasetGraph dsg) {
            super(dsg);
        }

        @Override
        public Graph getDefaultGraph() {
            return getR().getUnionGraph();
        }
    }
}
