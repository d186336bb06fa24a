package org.iraqkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.iraqkg.export.XsdValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code kg export --format graphml|gexf|cytoscape} on a TDB2 store loaded with the seed documents. */
class GraphExportCliTest {
    static final Path HOME = Path.of(System.getProperty("kg.project.dir", "."));

    @TempDir
    Path tmp;

    private static int kg(String... args) {
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void exportsTheSeedsInEveryGraphFormat() throws IOException {
        String db = tmp.resolve("db").toString();
        assertEquals(0, kg("load", "--no-progress", "--db", db, HOME.resolve("data/documents").toString()));

        Path gexf = tmp.resolve("seeds.gexf");
        assertEquals(0, kg("export", "--db", db, "--format", "gexf", "--out", gexf.toString()));
        byte[] gexfBytes = Files.readAllBytes(gexf);
        assertEquals(List.of(), XsdValidation.errors(XsdValidation.GEXF, gexfBytes));
        assertFalse(Files.exists(tmp.resolve("seeds.gexf.part")), "the temporary file is moved into place");
        Document gexfDoc = XsdValidation.parse(gexfBytes);
        int nodes = gexfDoc.getElementsByTagNameNS("http://gexf.net/1.3", "node").getLength();
        int edges = gexfDoc.getElementsByTagNameNS("http://gexf.net/1.3", "edge").getLength();
        assertTrue(nodes > 60 && edges > nodes, nodes + " nodes, " + edges + " edges");
        assertTrue(new String(gexfBytes, StandardCharsets.UTF_8)
                .contains("start=\"2024-08-05\" end=\"2024-08-05\""), "the rocket attack's day");

        Path graphml = tmp.resolve("seeds.graphml");
        assertEquals(0, kg("export", "--db", db, "--format", "GraphML", "--out", graphml.toString()));
        byte[] graphmlBytes = Files.readAllBytes(graphml);
        assertEquals(List.of(), XsdValidation.errors(XsdValidation.GRAPHML, graphmlBytes));
        Document graphmlDoc = XsdValidation.parse(graphmlBytes);
        assertEquals(nodes, graphmlDoc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node")
                .getLength());
        assertEquals(edges, graphmlDoc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge")
                .getLength());

        Path cyjs = tmp.resolve("seeds.cyjs");
        assertEquals(0, kg("export", "--db", db, "--format", "cytoscape", "--out", cyjs.toString()));
        JsonNode json = new ObjectMapper().readTree(cyjs.toFile());
        assertEquals(nodes, json.path("elements").path("nodes").size());
        assertEquals(edges, json.path("elements").path("edges").size());

        Path nq = tmp.resolve("seeds.nq");
        assertEquals(0, kg("export", "--db", db, "--format", "nq", "--out", nq.toString()), "RDF still works");
        assertTrue(Files.size(nq) > 0);
    }

    @Test
    void anUnknownFormatListsAllEight() {
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        assertEquals(2, cl.execute("export", "--db", tmp.resolve("db").toString(), "--format", "dot"));
        assertTrue(err.toString().contains("unknown export format 'dot'; accepted formats: ttl, trig, nq, jsonld,"
                + " rdfxml, graphml, gexf, cytoscape"), err.toString());
    }
}
