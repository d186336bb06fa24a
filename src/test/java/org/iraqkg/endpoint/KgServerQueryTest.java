package org.iraqkg.endpoint;

import static org.iraqkg.endpoint.TestData.BAGHDAD;
import static org.iraqkg.endpoint.TestData.DAWA;
import static org.iraqkg.endpoint.TestData.DOC1;
import static org.iraqkg.endpoint.TestData.DOC1_TTL;
import static org.iraqkg.endpoint.TestData.DOC2_TTL;
import static org.iraqkg.endpoint.TestData.EX;
import static org.iraqkg.endpoint.TestData.MALIKI;
import static org.iraqkg.endpoint.TestData.PREFIXES;
import static org.iraqkg.endpoint.TestHttp.contentType;
import static org.iraqkg.endpoint.TestHttp.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.iraqkg.store.KgStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Read access: SPARQL query in every result format, the union default graph, GSP read. */
class KgServerQueryTest {
    private static final String LABELS = PREFIXES
            + "SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s";

    private KgStore store;
    private KgServer server;

    @BeforeEach
    void start() {
        store = TestData.store();
        server = TestData.server(store).build().start();
    }

    @AfterEach
    void stop() {
        TestData.stop(server, store);
    }

    /** ex:baghdad, ex:dawa, ex:maliki with their Arabic labels: from both named graphs, no GRAPH clause. */
    private static void assertLabels(List<String[]> rows) {
        assertEquals(3, rows.size(), "rows from the union of both named graphs");
        assertEquals(EX + "baghdad", rows.get(0)[0]);
        assertEquals(BAGHDAD, rows.get(0)[1]);
        assertEquals(EX + "dawa", rows.get(1)[0]);
        assertEquals(DAWA, rows.get(1)[1]);
        assertEquals(EX + "maliki", rows.get(2)[0]);
        assertEquals(MALIKI, rows.get(2)[1]);
    }

    private static List<String[]> rows(String body, Lang lang, boolean checkLang) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
        List<String[]> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution qs = rs.next();
            String s = qs.get("s").isURIResource() ? qs.getResource("s").getURI() : qs.get("s").toString();
            rows.add(new String[] {s, qs.getLiteral("label").getLexicalForm()});
            if (checkLang) {
                assertEquals("ar", qs.getLiteral("label").getLanguage());
            }
        }
        return rows;
    }

    @Test
    void selectJson() {
        HttpResponse<String> r = TestHttp.query(server.sparqlUrl(), LABELS, "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("application/sparql-results+json"), contentType(r));
        assertTrue(r.body().contains(MALIKI), "Arabic text as UTF-8 in the body");
        assertLabels(rows(r.body(), ResultSetLang.RS_JSON, true));
    }

    @Test
    void selectXml() {
        HttpResponse<String> r = TestHttp.query(server.sparqlUrl(), LABELS, "application/sparql-results+xml");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("application/sparql-results+xml"), contentType(r));
        assertLabels(rows(r.body(), ResultSetLang.RS_XML, true));
    }

    @Test
    void selectCsv() {
        HttpResponse<String> r = TestHttp.query(server.sparqlUrl(), LABELS, "text/csv");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/csv"), contentType(r));
        assertTrue(r.body().startsWith("s,label"), r.body());
        // CSV has no language tags: check the lexical forms.
        assertLabels(rows(r.body(), ResultSetLang.RS_CSV, false));
    }

    @Test
    void selectTsv() {
        HttpResponse<String> r = TestHttp.query(server.sparqlUrl(), LABELS, "text/tab-separated-values");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/tab-separated-values"), contentType(r));
        assertTrue(r.body().contains("\"" + BAGHDAD + "\"@ar"), r.body());
        assertLabels(rows(r.body(), ResultSetLang.RS_TSV, true));
    }

    @Test
    void selectByPostOnQueryEndpointAndDatasetRoot() {
        String query = server.datasetUrl() + "/query";
        HttpResponse<String> r1 = TestHttp.postAccept(query, "application/sparql-query", LABELS,
                "application/sparql-results+json");
        assertEquals(200, r1.statusCode());
        assertLabels(rows(r1.body(), ResultSetLang.RS_JSON, true));

        HttpResponse<String> r2 = TestHttp.post(server.datasetUrl(), "application/x-www-form-urlencoded",
                "query=" + enc(LABELS));
        assertEquals(200, r2.statusCode());
        // No Accept header: Fuseki's default for SELECT.
        assertTrue(contentType(r2).startsWith("application/sparql-results+xml"), contentType(r2));
        assertLabels(rows(r2.body(), ResultSetLang.RS_XML, true));

        HttpResponse<String> r3 = TestHttp.query(server.datasetUrl(), LABELS, "text/csv");
        assertEquals(200, r3.statusCode());
        assertLabels(rows(r3.body(), ResultSetLang.RS_CSV, false));
    }

    @Test
    void namedGraphsStayQueryable() {
        String q = PREFIXES + "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";
        HttpResponse<String> r = TestHttp.query(server.sparqlUrl(), q, "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        QuerySolution first = rs.next();
        assertEquals(DOC1, first.getResource("g").getURI());
        assertEquals(3, first.getLiteral("n").getInt());
        assertEquals(4, rs.next().getLiteral("n").getInt());
        assertFalse(rs.hasNext());
    }

    @Test
    void ask() {
        String yes = PREFIXES + "ASK { ?s rdfs:label \"" + BAGHDAD + "\"@ar }";
        String no = PREFIXES + "ASK { ?s rdfs:label \"البصرة\"@ar }";
        assertEquals(true, askResult(TestHttp.query(server.sparqlUrl(), yes, "application/sparql-results+json")));
        assertEquals(false, askResult(TestHttp.query(server.sparqlUrl(), no, "application/sparql-results+json")));
        assertEquals(true, askResult(TestHttp.query(server.sparqlUrl(), yes, "application/sparql-results+xml")));
    }

    private static boolean askResult(HttpResponse<String> r) {
        assertEquals(200, r.statusCode());
        Lang lang = contentType(r).contains("xml") ? ResultSetLang.RS_XML : ResultSetLang.RS_JSON;
        return ResultSetMgr.readBoolean(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
    }

    private static final String CONSTRUCT = PREFIXES
            + "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a ?type ; rdfs:label ?l }";

    private static Graph expectedLabels() {
        return TestData.graph(PREFIXES
                + "ex:maliki rdfs:label \"" + MALIKI + "\"@ar .\n"
                + "ex:dawa rdfs:label \"" + DAWA + "\"@ar .\n"
                + "ex:baghdad rdfs:label \"" + BAGHDAD + "\"@ar .\n");
    }

    private static Graph parse(HttpResponse<String> r, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), lang).parse(g);
        return g;
    }

    @Test
    void constructTurtle() {
        HttpResponse<String> r = TestHttp.query(server.sparqlUrl(), CONSTRUCT, "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/turtle"), contentType(r));
        Graph g = parse(r, Lang.TURTLE);
        assertTrue(IsoMatcher.isomorphic(expectedLabels(), g), r.body());
    }

    @Test
    void constructJsonLd() {
        HttpResponse<String> r = TestHttp.query(server.sparqlUrl(), CONSTRUCT, "application/ld+json");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("application/ld+json"), contentType(r));
        Graph g = parse(r, Lang.JSONLD);
        assertTrue(IsoMatcher.isomorphic(expectedLabels(), g), r.body());
    }

    @Test
    void constructNTriplesAndRdfXml() {
        HttpResponse<String> nt = TestHttp.query(server.sparqlUrl(), CONSTRUCT, "application/n-triples");
        assertEquals(200, nt.statusCode());
        assertTrue(IsoMatcher.isomorphic(expectedLabels(), parse(nt, Lang.NTRIPLES)));
        HttpResponse<String> xml = TestHttp.query(server.sparqlUrl(), CONSTRUCT, "application/rdf+xml");
        assertEquals(200, xml.statusCode());
        assertTrue(IsoMatcher.isomorphic(expectedLabels(), parse(xml, Lang.RDFXML)));
    }

    @Test
    void describe() {
        String q = PREFIXES + "DESCRIBE ex:baghdad";
        HttpResponse<String> r = TestHttp.query(server.sparqlUrl(), q, "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = parse(r, Lang.TURTLE);
        Node baghdad = NodeFactory.createURI(EX + "baghdad");
        assertEquals(2, g.find(baghdad, Node.ANY, Node.ANY).toList().size(), r.body());
    }

    @Test
    void gspReadNamedGraph() {
        HttpResponse<String> r = TestHttp.get(server.graphStoreUrl() + "?graph=" + enc(DOC1), "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(IsoMatcher.isomorphic(TestData.graph(DOC1_TTL), parse(r, Lang.TURTLE)), r.body());

        HttpResponse<String> root = TestHttp.get(server.datasetUrl() + "?graph=" + enc(DOC1), "text/turtle");
        assertEquals(200, root.statusCode());
        assertTrue(IsoMatcher.isomorphic(TestData.graph(DOC1_TTL), parse(root, Lang.TURTLE)));

        HttpResponse<String> missing = TestHttp.get(server.graphStoreUrl() + "?graph=" + enc(EX + "nothing"),
                "text/turtle");
        assertEquals(404, missing.statusCode());
    }

    @Test
    void gspReadDefaultGraphIsTheUnion() {
        Graph union = TestData.graph(DOC1_TTL);
        TestData.graph(DOC2_TTL).find().forEachRemaining(union::add);
        for (String url : List.of(server.graphStoreUrl() + "?default", server.graphStoreUrl() + "?graph=union")) {
            HttpResponse<String> r = TestHttp.get(url, "application/n-triples");
            assertEquals(200, r.statusCode(), url);
            Graph g = parse(r, Lang.NTRIPLES);
            assertEquals(TestData.TRIPLES, g.size(), url);
            assertTrue(IsoMatcher.isomorphic(union, g), url);
        }
    }

    @Test
    void badQueryIs400() {
        HttpResponse<String> r = TestHttp.query(server.sparqlUrl(), "SELECT * WHERE { ?s ", "application/json");
        assertEquals(400, r.statusCode());
    }
}
