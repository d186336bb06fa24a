package org.iraqkg.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.iraqkg.store.KgStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SERVICE is server-side request forgery on a public endpoint (issue 14, item 1). The target is a small HTTP server
 * on 127.0.0.1 that this test starts; no request goes anywhere else.
 */
class KgServerFederationTest {
    private static final String JSON = "application/sparql-results+json";
    private static final String SECRET = "TOP-SECRET-4242 internal page";

    private HttpServer target;
    private ExecutorService targetThreads;
    private final AtomicInteger hits = new AtomicInteger();
    private KgStore store;
    private KgServer server;

    @BeforeEach
    void setUp() throws IOException {
        target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        target.createContext("/secret", ex -> answer(ex, 200, "text/plain", SECRET));
        target.createContext("/broken", ex -> answer(ex, 500, "text/plain", SECRET));
        target.createContext("/sparql", ex -> answer(ex, 200, "application/sparql-results+json",
                "{\"head\":{\"vars\":[\"o\"]},\"results\":{\"bindings\":[{\"o\":{\"type\":\"literal\",\"value\":\"remote\"}}]}}"));
        target.createContext("/hang", ex -> {
            hits.incrementAndGet();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        targetThreads = Executors.newCachedThreadPool();
        target.setExecutor(targetThreads);
        target.start();
        store = TestData.store();
    }

    private void answer(HttpExchange ex, int status, String type, String body) throws IOException {
        hits.incrementAndGet();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @AfterEach
    void tearDown() {
        try {
            TestData.stop(server, store);
        } finally {
            target.stop(0);
            targetThreads.shutdownNow();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + target.getAddress().getPort() + path;
    }

    private HttpResponse<String> query(String q) {
        return TestHttp.query(server.sparqlUrl(), q, JSON);
    }

    @Test
    void serviceIsOffByDefault() {
        server = TestData.server(store).ui(false).build().start();
        assertTrue(server.federationHosts().isEmpty());
        for (String q : List.of(
                "SELECT * { SERVICE <" + url("/secret") + "> { ?s ?p ?o } }",
                "SELECT * { VALUES ?u { <" + url("/secret") + "> } SERVICE ?u { ?s ?p ?o } }",
                "SELECT * { ?x ?y ?z FILTER EXISTS { SERVICE <" + url("/secret") + "> { ?s ?p ?o } } } LIMIT 1",
                "SELECT * { SERVICE SILENT <" + url("/secret") + "> { ?s ?p ?o } }")) {
            HttpResponse<String> r = query(q);
            assertFalse(r.body().contains("TOP-SECRET"), q + " -> " + r.body());
            assertTrue(r.statusCode() == 422 || r.statusCode() == 200, q + " -> " + r.statusCode() + " " + r.body());
            if (r.statusCode() == 422) {
                assertTrue(r.body().contains("SERVICE (federated query) is off"), r.body());
            }
        }
        assertEquals(0, hits.get(), "no request reached the target");
    }

    @Test
    void allowedHostsOnlyAndNoRemoteBodyInErrors() {
        server = TestData.server(store).ui(false).federationAllow(List.of("127.0.0.1")).build().start();
        HttpResponse<String> ok = query("SELECT ?o { SERVICE <" + url("/sparql") + "> { ?s ?p ?o } }");
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("remote"), ok.body());

        for (String path : List.of("/secret", "/broken")) {
            HttpResponse<String> r = query("SELECT * { SERVICE <" + url(path) + "> { ?s ?p ?o } }");
            assertEquals(502, r.statusCode(), r.body());
            assertFalse(r.body().contains("TOP-SECRET"), r.body());
            assertTrue(r.body().contains("SERVICE call to 127.0.0.1 failed"), r.body());
        }
        int before = hits.get();
        String other = "http://localhost:" + target.getAddress().getPort() + "/secret";
        for (String q : List.of("SELECT * { SERVICE <" + other + "> { ?s ?p ?o } }",
                "SELECT * { VALUES ?u { <" + other + "> } SERVICE ?u { ?s ?p ?o } }",
                "SELECT * { SERVICE <file:///etc/passwd> { ?s ?p ?o } }")) {
            HttpResponse<String> r = query(q);
            assertEquals(422, r.statusCode(), q + " -> " + r.body());
            assertTrue(r.body().contains("not allowed"), r.body());
        }
        assertEquals(before, hits.get(), "a host not allowed is never called");
    }

    @Test
    void hangingServiceIsBoundedByTheTimeout() {
        server = TestData.server(store).ui(false).queryTimeout(Duration.ofSeconds(2))
                .federationAllow(List.of("127.0.0.1")).build().start();
        long t0 = System.nanoTime();
        HttpResponse<String> r = query("SELECT * { SERVICE <" + url("/hang") + "> { ?s ?p ?o } }");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(r.statusCode() == 503 || r.statusCode() == 502, r.statusCode() + " " + r.body());
        assertTrue(ms < 6_000, "answered after " + ms + " ms");
        assertEquals(1, hits.get());
    }
}
