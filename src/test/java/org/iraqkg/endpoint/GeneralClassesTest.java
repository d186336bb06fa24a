package org.iraqkg.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.iraqkg.it.Seeds;
import org.iraqkg.rdf.Iris;
import org.iraqkg.rdf.KG;
import org.iraqkg.store.KgStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A query by a general class of the ontology ({@code ?x a kg:Event}, {@code kg:Actor}, {@code kg:Place}, …) finds
 * the instances of all its subclasses on the seed documents, because the load writes the superclasses of every
 * type; and VoID's class partitions count the same instances.
 */
class GeneralClassesTest {
    private static final String PREFIXES = """
            PREFIX kg:   <https://w3id.org/iraqkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    @ParameterizedTest
    @ValueSource(strings = {"Event", "Actor", "Place", "MilitaryEvent", "PoliticalEvent", "Attack", "Organization"})
    void aQueryByAGeneralClassFindsEveryInstanceOfItsSubclasses(String cls) {
        KgStore store = Seeds.store();
        long direct = count(store, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a kg:" + cls + " }");
        long bySubclass = count(store, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { "
                + "?x a ?t . ?t rdfs:subClassOf* kg:" + cls + " }");
        assertTrue(bySubclass > 0, "the seeds hold instances of kg:" + cls);
        assertEquals(bySubclass, direct, "?x a kg:" + cls + " finds every instance of its subclasses");
        // a node keeps its most specific class too: some instance has a class below the general one
        if (!cls.equals("Attack") && !cls.equals("Organization")) {
            assertTrue(count(store, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a kg:" + cls + " , ?t . "
                    + "?t rdfs:subClassOf+ kg:" + cls + " FILTER(?t != kg:" + cls + ") }") > 0, cls);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Actor", "Document", "Statement", "Event"})
    void voidClassPartitionsCountWhatAQueryByTheClassFinds(String cls) {
        KgStore store = Seeds.store();
        DatasetDescription d = new DatasetDescription(store.datasetGraph(), Iris.DEFAULT_BASE, "kg", null,
                Clock.systemUTC());
        Graph g = d.voidGraph();
        Node ds = NodeFactory.createURI(Iris.DEFAULT_BASE + "void#dataset");
        long partition = -1;
        for (Triple t : g.find(ds, uri(Namespaces.VOID + "classPartition"), Node.ANY).toList()) {
            if (g.contains(t.getObject(), uri(Namespaces.VOID + "class"), uri(KG.NS + cls))) {
                List<Triple> n = g.find(t.getObject(), uri(Namespaces.VOID + "entities"), Node.ANY).toList();
                partition = Long.parseLong(n.get(0).getObject().getLiteralLexicalForm());
            }
        }
        assertTrue(partition > 0, "a partition for kg:" + cls);
        assertEquals(count(store, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a kg:" + cls + " }"), partition);
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static long count(KgStore store, String query) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + query).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
