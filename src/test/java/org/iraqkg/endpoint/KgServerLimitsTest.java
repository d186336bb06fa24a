package org.iraqkg.endpoint;

import static org.iraqkg.endpoint.TestData.EX;
import static org.iraqkg.endpoint.TestData.PREFIXES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.iraqkg.store.KgStore;
import org.junit.jupiter.api.Test;

/** The query timeout and the result-size limit. */
class KgServerLimitsTest {
    private static final String JSON = "application/sparql-results+json";

    private static int rowCount(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        int n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        return n;
    }

    private static long count(KgServer server, String where) {
        HttpResponse<String> r = TestHttp.query(server.sparqlUrl(),
                PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }", JSON);
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        return rs.next().getLiteral("n").getLong();
    }

    @Test
    void runawayQueryIsStoppedByTheTimeout() {
        try (KgStore store = TestData.store()) {
            TestData.addFiller(store, EX + "graph/filler", 3000);
            Node chain = NodeFactory.createURI(EX + "graph/chain");
            Node next = NodeFactory.createURI(EX + "next");
            store.write(() -> {
                for (int i = 0; i < 3000; i++) {
                    store.datasetGraph().add(chain, NodeFactory.createURI(EX + "n" + i), next,
                            NodeFactory.createURI(EX + "n" + (i + 1)));
                }
            });
            KgServer server = TestData.server(store).queryTimeout(Duration.ofSeconds(1)).build();
            try {
                server.start();
                // 3000^3 bindings, each through string functions, and never a match: no row is ever produced.
                String runaway = PREFIXES + "SELECT * WHERE { ?a ex:value ?x . ?b ex:value ?y . ?c ex:value ?z "
                        + "FILTER(CONTAINS(CONCAT(UCASE(?x), LCASE(?y), STR(?z)), \"never-there\")) }";
                long t0 = System.nanoTime();
                HttpResponse<String> r = TestHttp.query(server.sparqlUrl(), runaway, JSON);
                long millis = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(r.statusCode() >= 500, "error status for a timed-out query, got " + r.statusCode());
                assertEquals(503, r.statusCode());
                assertTrue(millis < 10_000, "stopped after " + millis + " ms");

                // An aggregate over the same cross product is stopped too.
                String counting = PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?a ex:value ?x . ?b ex:value ?y . "
                        + "?c ex:value ?z FILTER(STRLEN(CONCAT(?x, ?y, ?z)) > 0) }";
                t0 = System.nanoTime();
                HttpResponse<String> r2 = TestHttp.query(server.sparqlUrl(), counting, JSON);
                millis = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(503, r2.statusCode());
                assertTrue(millis < 10_000, "stopped after " + millis + " ms");

                // A property path over a long chain, both directions.
                String path = PREFIXES + "SELECT * WHERE { ?x (ex:next|^ex:next)+ ?y "
                        + "FILTER(CONTAINS(STR(?y), \"never-there\")) }";
                t0 = System.nanoTime();
                HttpResponse<String> r3 = TestHttp.query(server.sparqlUrl(), path, JSON);
                millis = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(503, r3.statusCode());
                assertTrue(millis < 10_000, "stopped after " + millis + " ms");

                // The server still answers.
                t0 = System.nanoTime();
                assertEquals(TestData.TRIPLES + 3000 + 3000, count(server, "?s ?p ?o"));
                assertTrue((System.nanoTime() - t0) / 1_000_000 < 5_000);
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void resultLimitCapsRows() {
        try (KgStore store = TestData.store()) {
            TestData.addFiller(store, EX + "graph/filler", 50);
            KgServer server = TestData.server(store).resultLimit(10).build();
            try {
                server.start();
                assertEquals(10, server.resultLimit());
                String all = PREFIXES + "SELECT * WHERE { ?s ex:value ?o }";
                assertEquals(10, rowCount(TestHttp.query(server.sparqlUrl(), all, JSON)), "no LIMIT");
                assertEquals(10, rowCount(TestHttp.query(server.sparqlUrl(), all + " LIMIT 1000", JSON)),
                        "larger LIMIT");
                assertEquals(5, rowCount(TestHttp.query(server.sparqlUrl(), all + " LIMIT 5", JSON)),
                        "smaller LIMIT kept");
                assertEquals(5, rowCount(TestHttp.query(server.sparqlUrl(), all + " OFFSET 45", JSON)),
                        "OFFSET kept");
                assertEquals(10, rowCount(TestHttp.query(server.datasetUrl(), all, JSON)), "dataset root");
                assertEquals(10, rowCount(TestHttp.postAccept(server.datasetUrl() + "/query",
                        "application/sparql-query", all, JSON)), "POST");
                // Aggregates still see everything.
                assertEquals(50, count(server, "?s ex:value ?o"));

                String construct = PREFIXES + "CONSTRUCT { ?s ex:value ?o } WHERE { ?s ex:value ?o }";
                HttpResponse<String> r = TestHttp.query(server.sparqlUrl(), construct, "application/n-triples");
                assertEquals(200, r.statusCode());
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(g);
                assertEquals(10, g.size(), "CONSTRUCT solutions limited");
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void aResultCutAtTheLimitSaysSoInAHeaderAndTheLog() {
        List<String> logged = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        org.apache.logging.log4j.core.appender.AbstractAppender capture =
                new org.apache.logging.log4j.core.appender.AbstractAppender("capture-limit", null, null, true,
                        org.apache.logging.log4j.core.config.Property.EMPTY_ARRAY) {
                    @Override
                    public void append(org.apache.logging.log4j.core.LogEvent event) {
                        logged.add(event.getMessage().getFormattedMessage());
                    }
                };
        capture.start();
        org.apache.logging.log4j.core.LoggerContext logs =
                (org.apache.logging.log4j.core.LoggerContext) org.apache.logging.log4j.LogManager.getContext(false);
        logs.getConfiguration().getRootLogger().addAppender(capture, org.apache.logging.log4j.Level.INFO, null);
        org.apache.logging.log4j.core.config.Configurator.setLevel(BoundedQuery.class.getName(),
                org.apache.logging.log4j.Level.INFO);
        try (KgStore store = TestData.store()) {
            TestData.addFiller(store, EX + "graph/filler", 25);
            KgServer server = TestData.server(store).resultLimit(10).build();
            try {
                server.start();
                String all = PREFIXES + "SELECT * WHERE { ?s ex:value ?o }";
                for (String q : List.of(all, all + " LIMIT 1000", all + " ORDER BY ?s")) {
                    HttpResponse<String> r = TestHttp.query(server.sparqlUrl(), q, JSON);
                    assertEquals(10, rowCount(r), q);
                    assertEquals("true", header(r, "X-KG-Result-Truncated"), q);
                    assertEquals("10", header(r, "X-KG-Result-Limit"), q);
                }
                assertTrue(logged.stream().anyMatch(m -> m.contains("result cut at the limit of 10 rows")), "logged");
                // CSV too, and a POST
                HttpResponse<String> csv = TestHttp.postAccept(server.sparqlUrl(), "application/sparql-query", all,
                        "text/csv");
                assertEquals(11, csv.body().strip().split("\r?\n").length, "header and 10 rows");
                assertEquals("true", header(csv, "X-KG-Result-Truncated"));
                // exactly the limit left: nothing was cut
                HttpResponse<String> exact = TestHttp.query(server.sparqlUrl(), all + " OFFSET 15", JSON);
                assertEquals(10, rowCount(exact));
                assertEquals("false", header(exact, "X-KG-Result-Truncated"));
                // the client's own smaller LIMIT: the server cut nothing, no header
                HttpResponse<String> own = TestHttp.query(server.sparqlUrl(), all + " LIMIT 5", JSON);
                assertEquals(5, rowCount(own));
                assertEquals(null, header(own, "X-KG-Result-Truncated"));
                // CONSTRUCT: 10 solutions, and more past them
                String construct = PREFIXES + "CONSTRUCT { ?s ex:value ?o } WHERE { ?s ex:value ?o }";
                HttpResponse<String> c = TestHttp.query(server.sparqlUrl(), construct, "application/n-triples");
                assertEquals(200, c.statusCode());
                assertEquals("true", header(c, "X-KG-Result-Truncated"));
                HttpResponse<String> c2 = TestHttp.query(server.sparqlUrl(), construct + " OFFSET 20",
                        "application/n-triples");
                assertEquals("false", header(c2, "X-KG-Result-Truncated"));
            } finally {
                server.stop();
            }
        } finally {
            logs.getConfiguration().getRootLogger().removeAppender("capture-limit");
            org.apache.logging.log4j.core.config.Configurator.setLevel(BoundedQuery.class.getName(),
                    org.apache.logging.log4j.Level.WARN);
            logs.updateLoggers();
        }
    }

    private static String header(HttpResponse<String> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    @Test
    void resultLimitZeroMeansNone() {
        try (KgStore store = TestData.store()) {
            TestData.addFiller(store, EX + "graph/filler", 50);
            KgServer server = TestData.server(store).resultLimit(0).build();
            try {
                server.start();
                String all = PREFIXES + "SELECT * WHERE { ?s ex:value ?o }";
                assertEquals(50, rowCount(TestHttp.query(server.sparqlUrl(), all, JSON)));
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void defaults() {
        try (KgStore store = TestData.store()) {
            KgServer server = KgServer.create().store(store).build();
            assertEquals(KgServer.DEFAULT_RESULT_LIMIT, server.resultLimit());
            assertEquals(100_000, server.resultLimit());
            assertEquals(Duration.ofSeconds(30), server.queryTimeout());
            assertEquals(3030, server.port());
            assertEquals("kg", server.datasetName());
            assertEquals("http://127.0.0.1:3030/kg/sparql", server.sparqlUrl());
        }
    }

    @Test
    void withLimitRewritesOnlyWhatItMust() {
        Query noLimit = QueryFactory.create("SELECT * { ?s ?p ?o }");
        assertEquals(10, BoundedQuery.withLimit(noLimit, 10).getLimit());
        assertEquals(Query.NOLIMIT, noLimit.getLimit(), "the original query is not changed");
        Query small = QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 3");
        assertSame(small, BoundedQuery.withLimit(small, 10));
        assertEquals(10, BoundedQuery.withLimit(QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 30"), 10)
                .getLimit());
        Query offset = BoundedQuery.withLimit(QueryFactory.create("SELECT * { ?s ?p ?o } OFFSET 7"), 10);
        assertEquals(7, offset.getOffset());
        assertEquals(10, offset.getLimit());
        Query ask = QueryFactory.create("ASK { ?s ?p ?o }");
        assertSame(ask, BoundedQuery.withLimit(ask, 10));
        Query describe = QueryFactory.create("DESCRIBE <http://example.org/x>");
        assertSame(describe, BoundedQuery.withLimit(describe, 10));
        assertSame(noLimit, BoundedQuery.withLimit(noLimit, 0));
        assertEquals(10, BoundedQuery.withLimit(QueryFactory.create("CONSTRUCT WHERE { ?s ?p ?o }"), 10)
                .getLimit());
    }
}
