package org.iraqkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.iraqkg.rdf.Iris;
import org.iraqkg.rdf.KG;
import org.junit.jupiter.api.Test;

/** Statements of sources the text describes but does not name, as the graph holds them. */
class UnnamedSourceRdfTest {
    private static final String TEXT = "خبر عن القاعدة\n"
            + "وقال مسؤول أمريكي إن القوات الأمريكية ستبقى في قاعدة عين الأسد حتى نهاية العام. "
            + "وأضاف المسؤول أن المحادثات مع بغداد مستمرة. "
            + "وقال مصدر أمني إن الهجوم لم يسفر عن إصابات.";

    @Test
    void anUnnamedSourceIsOneTypedLabelledNodePerDescription() {
        Graph g = PipelineInvariants.graphOf(PipelineInvariants.pipeline().analyze(PipelineInvariants.doc(TEXT)));
        Set<Node> speakers = G.find(g, null, KG.speaker.asNode(), null).toList().stream().map(t -> t.getObject())
                .collect(Collectors.toSet());
        assertEquals(2, speakers.size(), "two sources: " + speakers);
        Set<Node> sources = G.find(g, null, RDF.type.asNode(), KG.UnnamedSource.asNode()).toList().stream()
                .map(t -> t.getSubject()).collect(Collectors.toSet());
        assertEquals(speakers, sources, "each speaker is a kg:UnnamedSource");
        Node official = sources.stream()
                .filter(s -> G.hasProperty(g, s, KG.affiliatedWith.asNode())).findFirst().orElseThrow();
        assertEquals(NodeFactory.createLiteralLang("مسؤول أمريكي", "ar"), G.getSP(g, official, RDFS.label.asNode()));
        assertEquals(NodeFactory.createLiteralLang("مسؤول", "ar"), G.getSP(g, official, KG.sourceRole.asNode()));
        assertEquals(NodeFactory.createURI(new Iris(Iris.DEFAULT_BASE).entity("usa")),
                G.getSP(g, official, KG.affiliatedWith.asNode()));
        assertEquals(2, G.find(g, null, KG.speaker.asNode(), official).toList().size(),
                "\"وأضاف المسؤول\" is the same official");
        assertTrue(official.getURI().startsWith(Iris.DEFAULT_BASE + "source/fuzz-1/"), official.getURI());
    }

    @Test
    void queryQ16ListsWhatUnnamedSourcesSaidWithTheirAffiliation() throws Exception {
        Graph g = PipelineInvariants.graphOf(PipelineInvariants.pipeline().analyze(PipelineInvariants.doc(TEXT)));
        String q = java.nio.file.Files.readString(PipelineInvariants.HOME.resolve(
                "queries/q16-statements-of-unnamed-sources.rq"));
        List<String> rows = new java.util.ArrayList<>();
        try (var qe = org.apache.jena.query.QueryExecution.create(q,
                org.apache.jena.rdf.model.ModelFactory.createModelForGraph(g))) {
            qe.execSelect().forEachRemaining(r -> rows.add(r.getLiteral("description").getString() + " | "
                    + (r.contains("affiliation") ? r.getResource("affiliation").getLocalName() : "-") + " | "
                    + r.getLiteral("quote").getString()));
        }
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.contains("مسؤول أمريكي | usa | المحادثات مع بغداد مستمرة"), rows.toString());
        assertTrue(rows.contains("مصدر أمني | - | الهجوم لم يسفر عن إصابات"), rows.toString());
    }

    @Test
    void theGraphOfUnnamedSourcesPassesTheShapesAndInvariants() {
        List<String> problems = PipelineInvariants.check(PipelineInvariants.doc(TEXT));
        assertTrue(problems.isEmpty(), problems.toString());
    }
}
