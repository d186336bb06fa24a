package org.iraqkg.endpoint;

import static org.iraqkg.endpoint.TestHttp.contentType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iraqkg.store.KgStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The explorer's files at /explorer/: content types, caching, no listing or escape from its folder. */
class ExplorerServletTest {
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

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    @Test
    void pageAndEveryFileItLinks() {
        server = TestData.server(store).build().start();
        assertEquals(server.baseUrl() + "explorer/", server.explorerUrl());
        HttpResponse<String> page = TestHttp.get(server.explorerUrl());
        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=utf-8", contentType(page).replace(" ", "").toLowerCase());
        assertTrue(page.body().contains("<html lang=\"ar\" dir=\"rtl\">"), page.body());
        assertTrue(page.body().contains("data-endpoint=\"../kg/sparql\""), page.body());
        assertEquals(ExplorerServlet.CONTENT_SECURITY_POLICY, header(page, "Content-Security-Policy"));
        assertEquals("nosniff", header(page, "X-Content-Type-Options"));
        assertEquals(ExplorerServlet.CACHE_PAGE, header(page, "Cache-Control"));
        assertNotNull(header(page, "ETag"));

        Matcher m = Pattern.compile("(?:src|href)=\"([a-z][^\":]*\\.(?:js|css))\"").matcher(page.body());
        int files = 0;
        while (m.find()) {
            files++;
            String file = m.group(1);
            HttpResponse<String> r = TestHttp.get(server.explorerUrl() + file);
            assertEquals(200, r.statusCode(), file);
            String type = file.endsWith(".css") ? "text/css" : "text/javascript";
            assertEquals(type + ";charset=utf-8", contentType(r).replace(" ", "").toLowerCase(), file);
            assertFalse(r.body().isBlank(), file);
            String cache = file.startsWith("lib/") ? ExplorerServlet.CACHE_LIBRARY : ExplorerServlet.CACHE_PAGE;
            assertEquals(cache, header(r, "Cache-Control"), file);
            assertNull(header(r, "Content-Security-Policy"), file);
        }
        assertEquals(4, files, "cytoscape, queries.js, explorer.js, explorer.css: " + page.body());
    }

    @Test
    void cytoscapeFromTheWebJar() {
        server = TestData.server(store).build().start();
        assertNotNull(ExplorerServlet.cytoscapeVersion(), "org.webjars.npm:cytoscape on the classpath");
        HttpResponse<String> lib = TestHttp.get(server.explorerUrl() + "lib/cytoscape.min.js");
        assertEquals(200, lib.statusCode());
        assertTrue(contentType(lib).startsWith("text/javascript"), contentType(lib));
        assertTrue(lib.body().contains("cytoscape"), "the library");
        assertTrue(lib.body().length() > 100_000, "the whole library: " + lib.body().length());
    }

    @Test
    void notModifiedWithItsEtagAndHeadHasNoBody() {
        server = TestData.server(store).build().start();
        String url = server.explorerUrl() + "explorer.js";
        HttpResponse<String> first = TestHttp.get(url);
        String etag = header(first, "ETag");
        assertTrue(etag.matches("\"[A-Za-z0-9_-]+\""), etag);
        HttpResponse<String> again = TestHttp.send(TestHttp.request(url).header("If-None-Match", etag).GET().build());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<String> other = TestHttp.send(TestHttp.request(url).header("If-None-Match", "\"x\"").GET().build());
        assertEquals(200, other.statusCode());

        HttpResponse<String> head = TestHttp.send(TestHttp.request(url)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(String.valueOf(first.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                header(head, "Content-Length"));
    }

    @Test
    void withoutTrailingSlashRedirects() {
        server = TestData.server(store).build().start();
        HttpResponse<String> r = TestHttp.get(server.baseUrl() + "explorer?actor=http://x/y");
        assertEquals(301, r.statusCode());
        assertEquals("/explorer/?actor=http://x/y", header(r, "Location"));
    }

    @Test
    void onlyItsOwnFiles() {
        server = TestData.server(store).build().start();
        for (String path : List.of("nothing.js", "lib/other.js", "lib/", "..%2Fkg%2Fsparql", "%2e%2e/webapp/index.html",
                "META-INF/maven/org.webjars.npm/cytoscape/pom.properties", "Index.html", "explorer.js/x",
                "../../pom.xml")) {
            int status = TestHttp.get(server.explorerUrl() + path).statusCode();
            assertTrue(status == 404 || status == 400, path + ": " + status);
        }
        HttpResponse<String> post = TestHttp.post(server.explorerUrl(), "text/plain", "x");
        assertEquals(405, post.statusCode());
    }

    @Test
    void queryPageAndTheLibraryOfQueries() throws Exception {
        server = TestData.server(store).build().start();
        HttpResponse<String> page = TestHttp.get(server.explorerUrl() + "query.html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("src=\"query.js\"") && page.body().contains("dir=\"rtl\""), page.body());
        assertTrue(header(page, "Content-Security-Policy").contains("script-src 'self'"));
        for (String f : List.of("query.js", "query.css")) {
            assertEquals(200, TestHttp.get(server.explorerUrl() + f).statusCode(), f);
        }
        HttpResponse<String> lib = TestHttp.get(server.explorerUrl() + "library.json");
        assertEquals(200, lib.statusCode());
        assertTrue(header(lib, "Content-Type").startsWith("application/json"), header(lib, "Content-Type"));
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(lib.body());
        java.util.Set<String> files = new java.util.LinkedHashSet<>();
        json.forEach(q -> files.add(q.path("file").asText()));
        // every query of the project's queries/ folder, in the order of its README
        java.util.Set<String> onDisk = new java.util.TreeSet<>();
        try (var s = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("kg.project.dir", "."),
                "queries"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).forEach(onDisk::add);
        }
        assertEquals(onDisk, new java.util.TreeSet<>(files));
        assertEquals("entities.rq", files.iterator().next());
        com.fasterxml.jackson.databind.JsonNode q15 = null;
        for (com.fasterxml.jackson.databind.JsonNode q : json) {
            if (q.path("file").asText().startsWith("q15-")) {
                q15 = q;
            }
        }
        assertTrue(q15 != null && q15.path("text").asText().contains("text:query"), lib.body());
        assertTrue(q15.path("title").asText().startsWith("Q15."), q15.toString());
        assertTrue(q15.path("titleAr").asText().startsWith("س15."), q15.toString());
    }

    @Test
    void otherDatasetNameIsWhereThePageQueries() {
        server = TestData.server(store).datasetName("iraq").build().start();
        HttpResponse<String> page = TestHttp.get(server.explorerUrl());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-endpoint=\"../iraq/sparql\""), page.body());
    }

    @Test
    void canBeTurnedOff() {
        server = TestData.server(store).explorer(false).build().start();
        assertNull(server.explorerUrl());
        assertEquals(404, TestHttp.get(server.baseUrl() + "explorer/").statusCode());
        assertEquals(200, TestHttp.get(server.baseUrl()).statusCode(), "UI still served");
    }
}
