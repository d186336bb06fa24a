package org.iraqkg.endpoint;

import static org.iraqkg.endpoint.TestHttp.contentType;
import static org.iraqkg.endpoint.TestHttp.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iraqkg.store.KgStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The web UI and its read-only admin calls, CORS, the bind address, extra servlets. */
class KgServerWebTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private KgStore store;
    private KgServer server;

    @BeforeEach
    void setUp() {
        store = TestData.store();
    }

    @AfterEach
    void tearDown() {
        TestData.stop(server, store);
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith("application/json"), contentType(r));
        return JSON.readTree(r.body());
    }

    @Test
    void uiPageAndAssetsLoad() {
        server = TestData.server(store).build().start();
        HttpResponse<String> page = TestHttp.get(server.baseUrl());
        assertEquals(200, page.statusCode());
        assertTrue(contentType(page).startsWith("text/html"), contentType(page));
        assertTrue(page.body().contains("<div id=\"app\">"), page.body());

        Matcher m = Pattern.compile("(?:src|href)=\"\\./([^\"]+)\"").matcher(page.body());
        List<String> assets = new ArrayList<>();
        while (m.find()) {
            assets.add(m.group(1));
        }
        assertTrue(assets.stream().anyMatch(a -> a.endsWith(".js")), assets.toString());
        assertTrue(assets.stream().anyMatch(a -> a.endsWith(".css")), assets.toString());
        for (String asset : assets) {
            HttpResponse<String> r = TestHttp.get(server.baseUrl() + asset);
            assertEquals(200, r.statusCode(), asset);
            assertFalse(r.body().isEmpty(), asset);
        }
    }

    @Test
    void readOnlyAdminCallsTheUiNeeds() throws IOException {
        server = TestData.server(store).build().start();
        String admin = server.baseUrl() + "$/";
        assertEquals(200, TestHttp.get(admin + "ping").statusCode());

        JsonNode status = json(TestHttp.get(admin + "server"));
        JsonNode ds = status.get("datasets").get(0);
        assertEquals("/kg", ds.get("ds.name").asText());
        JsonNode queryService = null;
        for (JsonNode srv : ds.get("ds.services")) {
            assertNotEquals("update", srv.get("srv.type").asText(), "no update service");
            assertNotEquals("gsp-rw", srv.get("srv.type").asText(), "no read-write GSP service");
            if (srv.get("srv.type").asText().equals("query")) {
                queryService = srv;
            }
        }
        assertTrue(queryService != null, status.toString());
        // The UI sends its queries to the first query endpoint.
        assertEquals("sparql", queryService.get("srv.endpoints").get(0).asText());

        assertEquals("/kg", json(TestHttp.get(admin + "datasets")).get("datasets").get(0).get("ds.name").asText());
        assertEquals("/kg", json(TestHttp.get(admin + "datasets/kg")).get("ds.name").asText());
        assertEquals(404, TestHttp.get(admin + "datasets/other").statusCode());
        assertTrue(json(TestHttp.get(admin + "stats/kg")).has("datasets"));
        assertEquals(200, TestHttp.get(admin + "tasks").statusCode());
    }

    @Test
    void noDatasetAdministrationOverHttp() throws IOException {
        server = TestData.server(store).build().start();
        String admin = server.baseUrl() + "$/";
        HttpResponse<String> create = TestHttp.post(admin + "datasets", "application/x-www-form-urlencoded",
                "dbName=" + enc("other") + "&dbType=mem");
        assertEquals(405, create.statusCode());
        assertEquals(405, TestHttp.delete(admin + "datasets/kg").statusCode());
        for (String path : List.of("backup/kg", "backups/kg", "compact/kg", "reload", "sleep")) {
            int code = TestHttp.post(admin + path, "application/x-www-form-urlencoded", "").statusCode();
            assertTrue(code == 404 || code == 405, path + " -> " + code);
        }
        int listing = TestHttp.get(server.baseUrl() + "static/").statusCode();
        assertTrue(listing == 403 || listing == 404, "no directory listing: " + listing);
        assertEquals(1, json(TestHttp.get(admin + "server")).get("datasets").size());
        assertEquals(200, TestHttp.query(server.sparqlUrl(), "ASK {}", "application/json").statusCode());
        assertTrue(store.containsGraph(TestData.DOC1));
    }

    @Test
    void noUiWhenTurnedOff() {
        server = TestData.server(store).ui(false).build().start();
        assertEquals(404, TestHttp.get(server.baseUrl()).statusCode());
        assertEquals(404, TestHttp.get(server.baseUrl() + "$/server").statusCode());
        assertEquals(200, TestHttp.get(server.baseUrl() + "$/ping").statusCode());
        assertEquals(200, TestHttp.query(server.sparqlUrl(), "ASK {}", "application/json").statusCode());
    }

    @Test
    void listensOnLoopbackByDefault() {
        server = TestData.server(store).build();
        assertEquals("127.0.0.1", server.host());
        assertEquals("127.0.0.1", server.connectorHost());
        server.start();
        assertTrue(server.port() > 0);
        assertEquals("http://127.0.0.1:" + server.port() + "/", server.baseUrl());
        assertEquals("http://127.0.0.1:" + server.port() + "/kg/sparql", server.sparqlUrl());
        assertEquals(200, TestHttp.query(server.sparqlUrl(), "ASK {}", "application/json").statusCode());
    }

    @Test
    void allInterfacesWhenAsked() {
        // Only built, not started: the tests stay on the loopback interface.
        KgServer wide = TestData.server(store).host("0.0.0.0").build();
        assertEquals("0.0.0.0", wide.host());
        assertEquals("0.0.0.0", wide.connectorHost());
        assertTrue(wide.baseUrl().startsWith("http://localhost:"), wide.baseUrl());
    }

    @Test
    void portInUseIsAClearError() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            KgServer s = KgServer.create().store(store).port(port).build();
            KgServerException e = assertThrows(KgServerException.class, s::start);
            assertEquals("port " + port + " is already in use; choose another with --port", e.getMessage());
            s.stop();
        }
    }

    private static HttpResponse<String> withOrigin(String url) {
        return TestHttp.send(TestHttp.request(url).header("Origin", "http://example.com")
                .header("Accept", "application/sparql-results+json").GET().build());
    }

    @Test
    void readOnlyCorsByDefault() {
        server = TestData.server(store).build().start();
        HttpResponse<String> r = withOrigin(server.sparqlUrl() + "?query=" + enc("ASK {}"));
        assertEquals(200, r.statusCode());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), "never with credentials");
        assertTrue(r.headers().firstValue("Access-Control-Expose-Headers").orElse("")
                .contains("X-KG-Result-Truncated"));

        for (String url : List.of(server.sparqlUrl(), server.datasetUrl() + "/query", server.datasetUrl())) {
            HttpResponse<String> preflight = preflight(url, "POST", "content-type");
            assertEquals(200, preflight.statusCode(), url);
            assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""), url);
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("")
                    .contains("content-type"));
        }
        // a query POSTed from another origin is answered and readable
        HttpResponse<String> post = TestHttp.send(TestHttp.request(server.sparqlUrl())
                .header("Origin", "http://example.com").header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build());
        assertEquals(200, post.statusCode());
        assertEquals("*", post.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        // a Graph Store read too
        HttpResponse<String> gsp = TestHttp.send(TestHttp.request(server.graphStoreUrl() + "?default")
                .header("Origin", "http://example.com").header("Accept", "text/turtle").GET().build());
        assertEquals(200, gsp.statusCode());
        assertEquals("*", gsp.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void noCorsOnTheWriteEndpoints() throws IOException {
        java.nio.file.Path passwords = java.nio.file.Files.createTempFile("kg-users", ".txt");
        try {
            java.nio.file.Files.writeString(passwords, "editor: s3cret\n");
            server = TestData.server(store).updatePasswordFile(passwords).build().start();
            for (String path : List.of("/update", "/data", "//update")) {
                String url = server.datasetUrl() + path;
                HttpResponse<String> preflight = preflight(url, "POST", "content-type, authorization");
                assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                        url + ": " + preflight.headers().map());
                assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").isEmpty(), url);
                HttpResponse<String> post = TestHttp.send(TestHttp.request(url)
                        .header("Origin", "http://example.com")
                        .header("Content-Type", "application/sparql-update")
                        .header("Authorization", TestHttp.basic("editor", "s3cret"))
                        .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }"))
                        .build());
                // the write guard refuses another origin (Jetty refuses the ambiguous "//update" first)
                assertEquals(path.equals("//update") ? 400 : 403, post.statusCode(), url);
                assertTrue(post.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), url);
            }
            // the query endpoint of the same server still answers other origins
            assertEquals("*", withOrigin(server.sparqlUrl() + "?query=" + enc("ASK {}")).headers()
                    .firstValue("Access-Control-Allow-Origin").orElse(""));
        } finally {
            java.nio.file.Files.deleteIfExists(passwords);
        }
    }

    @Test
    void corsOffWhenTurnedOff() {
        server = TestData.server(store).cors(false).build().start();
        HttpResponse<String> r = withOrigin(server.sparqlUrl() + "?query=" + enc("ASK {}"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        HttpResponse<String> preflight = preflight(server.sparqlUrl(), "POST", "content-type");
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    private static HttpResponse<String> preflight(String url, String method, String headers) {
        return TestHttp.send(TestHttp.request(url).header("Origin", "http://example.com")
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
    }

    @Test
    void extraServlets() {
        HttpServlet hello = new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                resp.setContentType("text/plain;charset=utf-8");
                resp.getWriter().write("مرحبا " + req.getPathInfo());
            }
        };
        server = TestData.server(store).addServlet("/page/*", hello).build().start();
        HttpResponse<String> r = TestHttp.get(server.baseUrl() + "page/x");
        assertEquals(200, r.statusCode());
        assertEquals("مرحبا /x", r.body());
        assertEquals(200, TestHttp.get(server.baseUrl()).statusCode(), "UI still served");
    }

    @Test
    void otherDatasetName() {
        server = TestData.server(store).datasetName("/iraq").build().start();
        assertTrue(server.sparqlUrl().endsWith("/iraq/sparql"));
        assertEquals(200, TestHttp.query(server.sparqlUrl(), "ASK {}", "application/json").statusCode());
        assertEquals(404, TestHttp.query(server.baseUrl() + "kg/sparql", "ASK {}", "application/json")
                .statusCode());
    }

    /** What Chromium sends for a page it navigates to. */
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
            + "image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

    @Test
    void aBrowserAtTheEndpointWithoutAQueryGetsAHelpPage() {
        server = TestData.server(store).build().start();
        for (String url : List.of(server.sparqlUrl(), server.datasetUrl() + "/query")) {
            HttpResponse<String> page = TestHttp.get(url, BROWSER_ACCEPT);
            assertEquals(200, page.statusCode(), url + ": " + page.body());
            assertTrue(contentType(page).startsWith("text/html"), contentType(page));
            assertTrue(page.body().contains("SPARQL endpoint"), page.body());
            assertTrue(page.body().contains("href=\"/explorer/query.html\""), "links to the query page");
            assertTrue(page.body().contains("href=\"/service-description\""), "links to the service description");
        }
        // a client asking for RDF still gets the service description, a query still runs
        HttpResponse<String> sd = TestHttp.get(server.sparqlUrl(), "text/turtle");
        assertEquals(200, sd.statusCode());
        assertTrue(sd.body().contains("SPARQL11Query"), sd.body());
        HttpResponse<String> ask = TestHttp.get(server.sparqlUrl() + "?query=" + TestHttp.enc("ASK {}"),
                BROWSER_ACCEPT);
        assertEquals(200, ask.statusCode());
        assertFalse(ask.body().contains("SPARQL endpoint"), ask.body());
    }

    @Test
    void theHelpPageLeavesOutTheQueryPageWithoutTheExplorer() {
        server = TestData.server(store).explorer(false).build().start();
        HttpResponse<String> page = TestHttp.get(server.sparqlUrl(), BROWSER_ACCEPT);
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("/explorer/query.html"), page.body());
    }
}
