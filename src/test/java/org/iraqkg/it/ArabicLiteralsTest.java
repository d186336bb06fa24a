package org.iraqkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.iraqkg.rdf.Iris;
import org.iraqkg.rdf.KG;
import org.iraqkg.rdf.Vocab;
import org.iraqkg.store.KgStore;
import org.junit.jupiter.api.Test;

/**
 * Every literal of the seed documents' graphs and of the lexicon graph that holds Arabic text is tagged {@code @ar}
 * (quotes included, like evidence and headlines), except the document text and span text of NIF
 * ({@code nif:isString}, {@code nif:anchorOf}, {@code xsd:string} by NIF's definition) and file and source names.
 */
class ArabicLiteralsTest {
    private static final Set<Node> PLAIN = Set.of(Vocab.NIF_IS_STRING.asNode(), Vocab.NIF_ANCHOR.asNode(), KG.fileName.asNode(),
            KG.source.asNode());

    @Test
    void everyArabicLiteralIsTaggedAr() {
        KgStore store = Seeds.store();
        List<String> untagged = new ArrayList<>();
        int[] quotes = {0};
        Txn.executeRead(store.datasetGraph(), () -> store.datasetGraph().find().forEachRemaining((Quad q) -> {
            if (q.getGraph().getURI().equals(Iris.ONTOLOGY_GRAPH) || !q.getObject().isLiteral()
                    || PLAIN.contains(q.getPredicate())) {
                return;
            }
            Node o = q.getObject();
            if (q.getPredicate().equals(KG.quote.asNode())) {
                quotes[0]++;
                assertEquals("ar", o.getLiteralLanguage(), "kg:quote of " + q.getSubject());
            }
            if (arabic(o.getLiteralLexicalForm()) && !o.getLiteralLanguage().equals("ar")) {
                untagged.add(q.getPredicate().getLocalName() + " " + o);
            }
        }));
        assertTrue(quotes[0] > 10, "the seeds have quotes");
        assertTrue(untagged.isEmpty(), untagged.size() + " Arabic literals without @ar, e.g. "
                + untagged.subList(0, Math.min(5, untagged.size())));
    }

    private static boolean arabic(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
                && Character.isLetter(c));
    }
}
