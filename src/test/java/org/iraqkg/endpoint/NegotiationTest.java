package org.iraqkg.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Content negotiation and the percent-encoding normalization of request paths. */
class NegotiationTest {
    private static Representation choose(String accept) {
        return Negotiation.choose(accept, Representation.ALL, false);
    }

    @Test
    void exactTypesWin() {
        assertEquals(Representation.HTML, choose("text/html"));
        assertEquals(Representation.TURTLE, choose("text/turtle"));
        assertEquals(Representation.JSONLD, choose("application/ld+json"));
        assertEquals(Representation.NTRIPLES, choose("application/n-triples"));
        assertEquals(Representation.RDFXML, choose("application/rdf+xml"));
        assertEquals(Representation.JSONLD, choose("application/json"));
    }

    @Test
    void browsersGetHtmlAndAnyTypeGetsTurtle() {
        assertEquals(Representation.HTML,
                choose("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"));
        assertEquals(Representation.TURTLE, choose("*/*"));
        assertEquals(Representation.TURTLE, choose(null));
        assertEquals(Representation.TURTLE, choose(""));
        assertEquals(Representation.TURTLE, choose("text/*"));
    }

    @Test
    void qualityDecides() {
        assertEquals(Representation.RDFXML, choose("text/turtle;q=0.5, application/rdf+xml"));
        assertEquals(Representation.JSONLD, choose("application/json;q=0.9, application/ld+json"));
        assertEquals(Representation.TURTLE, choose("application/ld+json;q=0.4, text/turtle;q=0.8, */*;q=0.1"));
        assertEquals(Representation.JSONLD, choose("text/turtle;q=0, */*"));
    }

    /** A malformed Accept ({@code ;} alone) threw ArrayIndexOutOfBounds, a 500 (issue 14, item 6). */
    @Test
    void malformedAcceptIsNotAnError() {
        assertNull(choose(";"));
        assertNull(choose(" ; , ;;"));
        assertEquals(Representation.TURTLE, choose(";, text/turtle"));
    }

    @Test
    void nothingAcceptable() {
        assertNull(choose("image/png"));
        assertNull(choose("text/turtle;q=0"));
        assertNull(Negotiation.choose("text/html", Representation.RDF, false));
    }

    @Test
    void explicitOnlyIgnoresWildcards() {
        assertNull(Negotiation.choose("*/*", Representation.RDF, true));
        assertNull(Negotiation.choose("application/sparql-results+json, */*;q=0.1", Representation.RDF, true));
        assertEquals(Representation.TURTLE, Negotiation.choose("text/turtle", Representation.RDF, true));
    }

    @Test
    void formatNames() {
        assertEquals(Representation.TURTLE, Representation.byFormatName("ttl"));
        assertEquals(Representation.JSONLD, Representation.byFormatName("JSON-LD"));
        assertEquals(Representation.NTRIPLES, Representation.byFormatName("nt"));
        assertEquals(Representation.RDFXML, Representation.byFormatName("application/rdf+xml"));
        assertEquals(Representation.HTML, Representation.byFormatName("html"));
        assertNull(Representation.byFormatName("pdf"));
        assertEquals(List.of(Representation.TURTLE, Representation.JSONLD, Representation.NTRIPLES,
                Representation.RDFXML), Representation.RDF);
    }

    @Test
    void pathsAreNormalizedAsIrisAreMinted() {
        assertEquals("/id/sudani", LinkedDataServlet.normalize("/id/sudani"));
        assertEquals("/id/%D8%A8%D8%BA", LinkedDataServlet.normalize("/id/%d8%a8%D8%bA"));
        assertEquals("/id/a~b-c", LinkedDataServlet.normalize("/id/a%7Eb%2dc"));
        assertEquals("/id/a%2F", LinkedDataServlet.normalize("/id/a%2f"));
        assertEquals("/id/50%", LinkedDataServlet.normalize("/id/50%"));
    }
}
