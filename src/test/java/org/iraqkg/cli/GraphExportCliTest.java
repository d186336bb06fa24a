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
import org.iraqkg.testing.RequiredTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code kg export --format graphml|gexf|cytoscape} on a TDB2 store loaded with the seed documents. */
class GraphExportCliTest {
    static final Path HOME = Path.of(System.getProperty("kg.project.dir", "."));
    static final String GEXF_1_2 = "http://www.gexf.net/1.2draft";
    /** Debian's Python 3 (python3-networkx is NetworkX 2.8 on Debian 12), unless -Dkg.python names another. */
    static final Path PYTHON = Path.of(System.getProperty("kg.python", "/usr/bin/python3"));

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
        int nodes = gexfDoc.getElementsByTagNameNS(GEXF_1_2, "node").getLength();
        int edges = gexfDoc.getElementsByTagNameNS(GEXF_1_2, "edge").getLength();
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

    /**
     * The GEXF that {@code kg export} writes by default is read by Debian's NetworkX (python3-networkx, 2.8 on
     * Debian 12, which reads GEXF 1.1 and 1.2 only), with every node and the Arabic labels; {@code --gexf-version
     * 1.3} writes valid GEXF 1.3. Skipped without python3 and NetworkX, except under CI_REQUIRE_TOOLS=1.
     */
    @Test
    void debiansNetworkxReadsTheGexf() throws Exception {
        RequiredTools.assume(Files.isExecutable(PYTHON) && run(PYTHON.toString(), "-c", "import networkx").exit() == 0,
                "Python 3 with NetworkX at " + PYTHON + " is missing (apt-get install -y python3-networkx)");
        String db = tmp.resolve("db").toString();
        assertEquals(0, kg("load", "--no-progress", "--db", db, HOME.resolve("data/documents").toString()));
        Path gexf = tmp.resolve("seeds.gexf");
        assertEquals(0, kg("export", "--db", db, "--format", "gexf", "--out", gexf.toString()));
        Document doc = XsdValidation.parse(Files.readAllBytes(gexf));
        int nodes = doc.getElementsByTagNameNS(GEXF_1_2, "node").getLength();
        int edges = doc.getElementsByTagNameNS(GEXF_1_2, "edge").getLength();
        Result r = run(PYTHON.toString(), "-c", """
                import sys, networkx as nx
                g = nx.read_gexf(sys.argv[1])
                labels = [d.get('label', '') for _, d in g.nodes(data=True)]
                arabic = sum(1 for l in labels if any('\u0600' <= c <= '\u06ff' for c in l))
                print(g.number_of_nodes(), g.number_of_edges(), arabic, g.is_directed(), nx.__version__)
                """, gexf.toString());
        assertEquals(0, r.exit(), "networkx.read_gexf failed: " + r.output());
        String[] f = r.output().strip().split(" ");
        assertEquals(nodes, Integer.parseInt(f[0]), r.output());
        assertEquals(edges, Integer.parseInt(f[1]), "parallel edges are kept (a MultiDiGraph): " + r.output());
        assertTrue(Integer.parseInt(f[2]) > nodes / 2, "Arabic labels: " + r.output());
        assertEquals("True", f[3]);

        Path gexf13 = tmp.resolve("seeds-1.3.gexf");
        assertEquals(0, kg("export", "--db", db, "--format", "gexf", "--gexf-version", "1.3", "--out",
                gexf13.toString()));
        assertEquals(List.of(), XsdValidation.errors(XsdValidation.GEXF_1_3, Files.readAllBytes(gexf13)));
        assertEquals(2, kg("export", "--db", db, "--format", "gexf", "--gexf-version", "2"));
    }

    record Result(int exit, String output) {}

    static Result run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
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
