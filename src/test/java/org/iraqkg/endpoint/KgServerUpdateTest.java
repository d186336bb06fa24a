package org.iraqkg.endpoint;

import static org.iraqkg.endpoint.TestData.EX;
import static org.iraqkg.endpoint.TestData.PREFIXES;
import static org.iraqkg.endpoint.TestHttp.basic;
import static org.iraqkg.endpoint.TestHttp.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.iraqkg.store.KgStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Updates: refused everywhere by default; with a password file only on /kg/update and /kg/data. */
class KgServerUpdateTest {
    private static final String INSERT = PREFIXES
            + "INSERT DATA { GRAPH <" + EX + "graph/new> { ex:basra rdfs:label \"البصرة\"@ar } }";
    private static final String ASK_BASRA = PREFIXES + "ASK { ex:basra rdfs:label \"البصرة\"@ar }";
    private static final String TURTLE = PREFIXES + "ex:mosul rdfs:label \"الموصل\"@ar .\n";

    @TempDir
    Path dir;

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

    private boolean ask(String query) {
        HttpResponse<String> r = TestHttp.query(server.sparqlUrl(), query, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return ResultSetMgr.readBoolean(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
    }

    private static void assertRefused(HttpResponse<String> r, String what) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500,
                what + ": expected 4xx, got " + r.statusCode() + " " + r.body());
    }

    private void assertNoWriteAccepted(String auth) {
        String base = server.datasetUrl();
        long quads = store.countQuads();
        for (String url : List.of(base, base + "/", base + "/sparql", base + "/query", base + "/update",
                base + "/get")) {
            assertRefused(TestHttp.post(url, "application/sparql-update", INSERT, auth), "POST update to " + url);
            assertRefused(TestHttp.post(url, "application/x-www-form-urlencoded", "update=" + enc(INSERT), auth),
                    "POST update form to " + url);
        }
        String graph = "?graph=" + enc(EX + "graph/new");
        for (String url : List.of(base + graph, base + "/get" + graph, base + "/sparql" + graph, base)) {
            assertRefused(TestHttp.post(url, "text/turtle", TURTLE, auth), "GSP POST to " + url);
            assertRefused(TestHttp.put(url, "text/turtle", TURTLE, auth), "GSP PUT to " + url);
        }
        assertRefused(TestHttp.delete(base + "/get?graph=" + enc(TestData.DOC1)), "GSP DELETE");
        assertRefused(TestHttp.delete(base + "?graph=" + enc(TestData.DOC1)), "GSP DELETE on the root");
        assertEquals(quads, store.countQuads(), "data unchanged");
        assertTrue(store.containsGraph(TestData.DOC1));
        assertFalse(ask(ASK_BASRA));
    }

    @Test
    void readOnlyByDefault() {
        server = TestData.server(store).build().start();
        assertFalse(server.updatesEnabled());
        assertNull(server.updateUrl());
        assertNoWriteAccepted(null);
        assertEquals(404, TestHttp.get(server.datasetUrl() + "/data?default").statusCode());
    }

    private Path passwordFile() throws IOException {
        Path file = dir.resolve("passwd");
        Files.writeString(file, "# update users\neditor: s3cret\nreviewer: MD5:5ebe2294ecd0e0f08eab7690d2a6ee69\n",
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void updateNeedsAuthentication() throws IOException {
        server = TestData.server(store).updatePasswordFile(passwordFile()).build().start();
        assertTrue(server.updatesEnabled());
        String update = server.updateUrl();
        assertEquals(server.datasetUrl() + "/update", update);

        assertEquals(401, TestHttp.post(update, "application/sparql-update", INSERT).statusCode());
        assertEquals(401, TestHttp.post(update, "application/sparql-update", INSERT, basic("editor", "wrong"))
                .statusCode());
        assertEquals(401, TestHttp.post(update, "application/sparql-update", INSERT, basic("nobody", "s3cret"))
                .statusCode());
        assertFalse(ask(ASK_BASRA), "query endpoint open without credentials");

        HttpResponse<String> ok = TestHttp.post(update, "application/sparql-update", INSERT, basic("editor", "s3cret"));
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
        assertTrue(ask(ASK_BASRA), "the update is visible");
        assertTrue(store.containsGraph(EX + "graph/new"));
    }

    @Test
    void hashedPassword() throws IOException {
        server = TestData.server(store).updatePasswordFile(passwordFile()).build().start();
        // "secret" as MD5 in the file.
        HttpResponse<String> ok = TestHttp.post(server.updateUrl(), "application/sparql-update", INSERT,
                basic("reviewer", "secret"));
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
        assertTrue(ask(ASK_BASRA));
    }

    /**
     * A form on another site can post to the update endpoint with the credentials the browser holds (issue 14,
     * item 4): writes whose Origin or Referer is foreign get 403, and what a form can send (form-encoded,
     * multipart, text/plain) gets 415, with valid credentials.
     */
    @Test
    void crossSiteWritesAreRefused() throws IOException {
        server = TestData.server(store).updatePasswordFile(passwordFile())
                .writeOrigins(List.of("https://editor.example.org")).build().start();
        String auth = basic("editor", "s3cret");
        String update = server.updateUrl();
        String data = server.datasetUrl() + "/data?graph=" + enc(EX + "graph/mosul");
        long quads = store.countQuads();
        for (String[] h : List.of(new String[] {"Origin", "http://evil.example"},
                new String[] {"Origin", "null"},
                new String[] {"Referer", "http://evil.example/page.html"},
                new String[] {"Origin", "http://127.0.0.1:1"})) {
            HttpResponse<String> r = TestHttp.send(TestHttp.request(update).header("Content-Type",
                    "application/sparql-update").header("Authorization", auth).header(h[0], h[1])
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(INSERT)).build());
            assertEquals(403, r.statusCode(), h[0] + ": " + h[1] + " -> " + r.body());
            HttpResponse<String> put = TestHttp.send(TestHttp.request(data).header("Content-Type", "text/turtle")
                    .header("Authorization", auth).header(h[0], h[1])
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(TURTLE)).build());
            assertEquals(403, put.statusCode(), h[0] + ": " + h[1] + " -> " + put.body());
        }
        for (String type : List.of("application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "text/plain")) {
            HttpResponse<String> r = TestHttp.post(update, type, "update=" + enc(INSERT), auth);
            assertEquals(415, r.statusCode(), type + " -> " + r.body());
        }
        assertEquals(quads, store.countQuads(), "nothing written");
        assertFalse(ask(ASK_BASRA));

        // The server's own origin, and an allowed one, may write.
        String own = server.baseUrl().substring(0, server.baseUrl().length() - 1);
        for (String origin : List.of(own, "https://editor.example.org")) {
            HttpResponse<String> ok = TestHttp.send(TestHttp.request(update).header("Content-Type",
                    "application/sparql-update").header("Authorization", auth).header("Origin", origin)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(INSERT)).build());
            assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, origin + " -> " + ok.statusCode());
        }
        assertTrue(ask(ASK_BASRA));
    }

    /** LOAD reads what the server can reach (issue 14, item 5): file: is refused and errors quote nothing read. */
    @Test
    void loadFromFilesAndHostsNotAllowedIsRefused() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "HUSH-7781 the rest of a private file\n");
        com.sun.net.httpserver.HttpServer target = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();
        target.createContext("/doc.ttl", ex -> {
            hits.incrementAndGet();
            byte[] b = "HUSH-7781 not turtle at all".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/turtle");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        target.start();
        try {
            server = TestData.server(store).updatePasswordFile(passwordFile())
                    .federationAllow(List.of("127.0.0.1")).build().start();
            String auth = basic("editor", "s3cret");
            long quads = store.countQuads();
            String port = Integer.toString(target.getAddress().getPort());
            for (String source : List.of(secret.toUri().toString(), "file:secret.txt",
                    "http://localhost:" + port + "/doc.ttl", "ftp://127.0.0.1/x")) {
                HttpResponse<String> r = TestHttp.post(server.updateUrl(), "application/sparql-update",
                        "LOAD <" + source + "> INTO GRAPH <" + EX + "graph/loaded>", auth);
                assertEquals(403, r.statusCode(), source + " -> " + r.body());
                assertFalse(r.body().contains("HUSH"), r.body());
            }
            assertEquals(0, hits.get(), "no host but the allowed one is fetched");

            HttpResponse<String> bad = TestHttp.post(server.updateUrl(), "application/sparql-update",
                    "LOAD <http://127.0.0.1:" + port + "/doc.ttl> INTO GRAPH <" + EX + "graph/loaded>", auth);
            assertTrue(bad.statusCode() >= 400, bad.statusCode() + " " + bad.body());
            assertFalse(bad.body().contains("HUSH"), "the error quotes what was read: " + bad.body());
            assertEquals(1, hits.get());
            assertEquals(quads, store.countQuads());
        } finally {
            target.stop(0);
        }
    }

    @Test
    void graphStoreWriteNeedsAuthentication() throws IOException {
        server = TestData.server(store).updatePasswordFile(passwordFile()).build().start();
        String data = server.datasetUrl() + "/data?graph=" + enc(EX + "graph/mosul");
        assertEquals(401, TestHttp.put(data, "text/turtle", TURTLE, null).statusCode());
        assertEquals(401, TestHttp.get(data).statusCode());
        assertFalse(store.containsGraph(EX + "graph/mosul"));

        HttpResponse<String> ok = TestHttp.put(data, "text/turtle", TURTLE, basic("editor", "s3cret"));
        assertTrue(ok.statusCode() == 201 || ok.statusCode() == 204 || ok.statusCode() == 200,
                ok.statusCode() + " " + ok.body());
        assertTrue(store.containsGraph(EX + "graph/mosul"));
        assertTrue(ask(PREFIXES + "ASK { ex:mosul rdfs:label \"الموصل\"@ar }"));
    }

    @Test
    void onlyTheProtectedEndpointsTakeUpdatesEvenWithCredentials() throws IOException {
        server = TestData.server(store).updatePasswordFile(passwordFile()).build().start();
        String base = server.datasetUrl();
        long quads = store.countQuads();
        String auth = basic("editor", "s3cret");
        for (String url : List.of(base, base + "/sparql", base + "/query", base + "/get")) {
            assertRefused(TestHttp.post(url, "application/sparql-update", INSERT, auth), "POST update to " + url);
            assertRefused(TestHttp.put(url + "?graph=" + enc(EX + "graph/x"), "text/turtle", TURTLE, auth),
                    "GSP PUT to " + url);
        }
        assertEquals(quads, store.countQuads());
    }

    /** The password is kept whole: Java properties cut "pa,ss" to "pa" and ate backslashes (issue 14, item 6). */
    @Test
    void passwordsAreKeptWhole() throws IOException {
        Path file = Files.writeString(dir.resolve("passwd"), "bob: pa,ss\ncarol :  back\\slash=x y \n",
                StandardCharsets.UTF_8);
        server = TestData.server(store).updatePasswordFile(file).build().start();
        assertEquals(401, TestHttp.post(server.updateUrl(), "application/sparql-update", INSERT, basic("bob", "pa"))
                .statusCode());
        HttpResponse<String> bob = TestHttp.post(server.updateUrl(), "application/sparql-update", INSERT,
                basic("bob", "pa,ss"));
        assertTrue(bob.statusCode() == 200 || bob.statusCode() == 204, bob.statusCode() + " " + bob.body());
        HttpResponse<String> carol = TestHttp.post(server.updateUrl(), "application/sparql-update", INSERT,
                basic("carol", "back\\slash=x y"));
        assertTrue(carol.statusCode() == 200 || carol.statusCode() == 204, carol.statusCode() + " " + carol.body());

        Path bad = Files.writeString(dir.resolve("bad"), "# users\nbob pass\n", StandardCharsets.UTF_8);
        KgServerException e = assertThrows(KgServerException.class,
                () -> TestData.server(store).updatePasswordFile(bad).build());
        assertEquals(bad + ":2: expected 'user: password'", e.getMessage());
        Path twice = Files.writeString(dir.resolve("twice"), "bob: a\nbob: b\n", StandardCharsets.UTF_8);
        e = assertThrows(KgServerException.class, () -> TestData.server(store).updatePasswordFile(twice).build());
        assertTrue(e.getMessage().contains("defined twice"), e.getMessage());
    }

    @Test
    void missingPasswordFileIsAOneLineError() {
        Path missing = dir.resolve("no-such-file");
        KgServerException e = assertThrows(KgServerException.class,
                () -> TestData.server(store).updatePasswordFile(missing).build());
        assertEquals("update password file not found: " + missing, e.getMessage());
    }

    @Test
    void passwordFileWithoutUsersIsAnError() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty"), "# nobody\n\n");
        KgServerException e = assertThrows(KgServerException.class,
                () -> TestData.server(store).updatePasswordFile(empty).build());
        assertTrue(e.getMessage().contains("defines no users"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));

        KgServerException dirError = assertThrows(KgServerException.class,
                () -> TestData.server(store).updatePasswordFile(dir).build());
        assertTrue(dirError.getMessage().startsWith("update password file is a directory"), dirError.getMessage());
    }
}
