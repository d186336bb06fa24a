package org.iraqkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.iraqkg.rdf.KG;
import org.junit.jupiter.api.Test;

/** A denied claim is a kg:Denial (and so a kg:Statement): a query for claims can leave it out. */
class DenialRdfTest {
    private static final String TEXT = "خبر عن المفاوضات\n"
            + "وقال فؤاد حسين إن \"المفاوضات مستمرة\"، نافيا التوصل إلى اتفاق نهائي بشأن الانسحاب.";

    @Test
    void aDeniedClaimIsTypedDenialAndStatement() {
        Graph g = PipelineInvariants.graphOf(PipelineInvariants.pipeline().analyze(PipelineInvariants.doc(TEXT)));
        List<Node> denials = G.find(g, null, RDF.type.asNode(), KG.Denial.asNode()).toList().stream()
                .map(t -> t.getSubject()).toList();
        assertEquals(1, denials.size(), denials.toString());
        Node d = denials.get(0);
        assertTrue(G.contains(g, d, RDF.type.asNode(), KG.Statement.asNode()), "a denial is a statement");
        assertEquals(NodeFactory.createLiteralLang("التوصل إلى اتفاق نهائي بشأن الانسحاب", "ar"),
                G.getSP(g, d, KG.quote.asNode()));
        assertEquals(2, G.find(g, null, RDF.type.asNode(), KG.Statement.asNode()).toList().size());
    }

    @Test
    void theGraphOfADenialPassesTheShapesAndInvariants() {
        List<String> problems = PipelineInvariants.check(PipelineInvariants.doc(TEXT));
        assertTrue(problems.isEmpty(), problems.toString());
    }
}
