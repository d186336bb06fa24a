package org.iraqkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RdfFormatTest {

    @Test
    void parsesCommandLineNames() {
        assertEquals(RdfFormat.TTL, RdfFormat.parse("ttl"));
        assertEquals(RdfFormat.TRIG, RdfFormat.parse("trig"));
        assertEquals(RdfFormat.NQ, RdfFormat.parse("nq"));
        assertEquals(RdfFormat.JSONLD, RdfFormat.parse("jsonld"));
        assertEquals(RdfFormat.RDFXML, RdfFormat.parse("rdfxml"));
        assertEquals(RdfFormat.RDFXML, RdfFormat.parse(" RdfXml "));
        assertEquals(List.of("ttl", "trig", "nq", "jsonld", "rdfxml"), RdfFormat.names());
    }

    @Test
    void unknownNameListsTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RdfFormat.parse("turtle"));
        assertEquals("unknown export format 'turtle'; accepted formats: ttl, trig, nq, jsonld, rdfxml",
                e.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> RdfFormat.parse(""));
        assertTrue(empty.getMessage().contains("ttl, trig, nq, jsonld, rdfxml"), empty.getMessage());
        IllegalArgumentException nul = assertThrows(IllegalArgumentException.class, () -> RdfFormat.parse(null));
        assertTrue(nul.getMessage().contains("ttl, trig, nq, jsonld, rdfxml"), nul.getMessage());
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void agreesWithRio(RdfFormat format) {
        assertEquals(format.rioFormat().getDefaultMIMEType(), format.mediaType());
        assertTrue(format.rioFormat().getFileExtensions().contains(format.extension()),
                format.extension() + " not in " + format.rioFormat().getFileExtensions());
        assertEquals(format.rioFormat().supportsContexts(), format.carriesNamedGraphs());
        assertEquals(format, RdfFormat.parse(format.cliName()));
    }

    @Test
    void namedGraphsOnlyInQuadFormats() {
        assertTrue(RdfFormat.TRIG.carriesNamedGraphs());
        assertTrue(RdfFormat.NQ.carriesNamedGraphs());
        assertTrue(RdfFormat.JSONLD.carriesNamedGraphs());
        assertTrue(!RdfFormat.TTL.carriesNamedGraphs());
        assertTrue(!RdfFormat.RDFXML.carriesNamedGraphs());
        assertEquals("rdf", RdfFormat.RDFXML.extension());
    }
}
