package org.iraqkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.junit.jupiter.api.Test;

class JenaToRdf4jTest {
    private final JenaToRdf4j conv = new JenaToRdf4j();

    private Literal literal(Node n) {
        return (Literal) conv.value(n);
    }

    @Test
    void iriWithFragmentAndArabic() {
        IRI iri = conv.iri(NodeFactory.createURI("http://localhost:3030/document/x#char=10,25"));
        assertEquals("http://localhost:3030/document/x#char=10,25", iri.stringValue());
        assertEquals("https://ar.wikipedia.org/wiki/بغداد",
                conv.value(NodeFactory.createURI("https://ar.wikipedia.org/wiki/بغداد")).stringValue());
    }

    @Test
    void languageTaggedLiterals() {
        Literal ar = literal(NodeFactory.createLiteralLang("بغداد", "ar"));
        assertEquals("بغداد", ar.getLabel());
        assertEquals("ar", ar.getLanguage().orElseThrow());
        assertEquals(RDF.LANGSTRING, ar.getDatatype());
        Literal en = literal(NodeFactory.createLiteralLang("Baghdad", "en"));
        assertEquals("en", en.getLanguage().orElseThrow());
    }

    @Test
    void typedLiteralsKeepLexicalFormAndDatatype() {
        assertTyped("--08-05", XSDDatatype.XSDgMonthDay, XSD.GMONTHDAY);
        assertTyped("2024-08", XSDDatatype.XSDgYearMonth, XSD.GYEARMONTH);
        assertTyped("2024", XSDDatatype.XSDgYear, XSD.GYEAR);
        assertTyped("2024-08-05", XSDDatatype.XSDdate, XSD.DATE);
        assertTyped("true", XSDDatatype.XSDboolean, XSD.BOOLEAN);
        assertTyped("1", XSDDatatype.XSDboolean, XSD.BOOLEAN);
        assertTyped("12.50", XSDDatatype.XSDdecimal, XSD.DECIMAL);
        assertTyped("007", XSDDatatype.XSDnonNegativeInteger, XSD.NON_NEGATIVE_INTEGER);
        Literal custom = literal(NodeFactory.createLiteralDT("x", NodeFactory.getType("https://example.org/dt")));
        assertEquals("https://example.org/dt", custom.getDatatype().stringValue());
    }

    private void assertTyped(String lex, XSDDatatype jena, IRI rdf4j) {
        Literal lit = literal(NodeFactory.createLiteralDT(lex, jena));
        assertEquals(lex, lit.getLabel());
        assertEquals(rdf4j, lit.getDatatype());
        assertTrue(lit.getLanguage().isEmpty());
    }

    @Test
    void plainStringsAreXsdString() {
        Literal s = literal(NodeFactory.createLiteralString("قال"));
        assertEquals("قال", s.getLabel());
        assertEquals(XSD.STRING, s.getDatatype());
    }

    @Test
    void blankNodesMapConsistently() {
        Node b1 = NodeFactory.createBlankNode();
        Node b2 = NodeFactory.createBlankNode();
        BNode x = (BNode) conv.value(b1);
        assertEquals(x, conv.value(NodeFactory.createBlankNode(b1.getBlankNodeLabel())));
        assertEquals(x, new JenaToRdf4j().value(b1), "independent of the converter instance");
        assertNotEquals(x, conv.value(b2));
        assertTrue(x.getID().matches("b[A-Za-z0-9_-]+"), x.getID());
    }

    @Test
    void blankNodeIdsAreInjective() {
        assertEquals("ba_005fb", JenaToRdf4j.blankNodeId("a_b"));
        assertEquals("ba_002eb", JenaToRdf4j.blankNodeId("a.b"));
        assertEquals("ba-b", JenaToRdf4j.blankNodeId("a-b"));
        assertNotEquals(JenaToRdf4j.blankNodeId("a_002eb"), JenaToRdf4j.blankNodeId("a.b"));
        assertEquals("b_0628", JenaToRdf4j.blankNodeId("ب"));
    }

    @Test
    void quadsKeepTheirGraphAndTheDefaultGraphHasNoContext() {
        Node s = NodeFactory.createURI("http://example.org/s");
        Node p = NodeFactory.createURI("http://example.org/p");
        Node o = NodeFactory.createLiteralLang("بغداد", "ar");
        Node g = NodeFactory.createURI("http://localhost:3030/document/x");
        Statement named = conv.statement(Quad.create(g, s, p, o));
        assertEquals("http://localhost:3030/document/x", named.getContext().stringValue());
        assertNull(conv.statement(Quad.create(Quad.defaultGraphIRI, s, p, o)).getContext());
        assertNull(conv.statement(Quad.create(Quad.defaultGraphNodeGenerated, s, p, o)).getContext());
        Statement triple = conv.statement(Triple.create(s, p, o));
        assertNull(triple.getContext());
        assertEquals(named.getObject(), triple.getObject());
    }

    @Test
    void unsupportedTermsFailClearly() {
        Node s = NodeFactory.createURI("http://example.org/s");
        Node p = NodeFactory.createURI("http://example.org/p");
        ExportException tripleTerm = assertThrows(ExportException.class,
                () -> conv.value(NodeFactory.createTripleTerm(s, p, s)));
        assertTrue(tripleTerm.getMessage().contains("triple terms"), tripleTerm.getMessage());
        ExportException dir = assertThrows(ExportException.class,
                () -> conv.value(NodeFactory.createLiteralDirLang("بغداد", "ar", TextDirection.RTL)));
        assertTrue(dir.getMessage().contains("base direction"), dir.getMessage());
        ExportException litSubject = assertThrows(ExportException.class,
                () -> conv.statement(Triple.create(NodeFactory.createLiteralString("x"), p, s)));
        assertTrue(litSubject.getMessage().contains("not an IRI or blank node"), litSubject.getMessage());
        assertThrows(IllegalArgumentException.class, () -> conv.value(Node.ANY));
    }
}
