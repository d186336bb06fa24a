package org.iraqkg.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.iraqkg.endpoint.KgServer;
import org.iraqkg.store.KgStore;
import org.iraqkg.testing.RequiredTools;
import org.junit.jupiter.api.Test;

/**
 * Cross-site writes, reproduced as in issue 14 (item 4): headless Chromium holds the Basic credentials of
 * /kg/update, then opens a page of another origin (a loopback server of this test) whose form posts
 * {@code update=INSERT DATA ...} to /kg/update, and whose script sends the same as text/plain with
 * {@code fetch(..., {mode: 'no-cors', credentials: 'include'})}. Nothing may be written.
 */
class CrossSiteWriteBrowserTest {
    private static final String GRAPH = "http://example.org/kg/graph/csrf";

    @Test
    void formOnAnotherSiteCannotWrite() throws Exception {
        RequiredTools.assumeBrowser(ExplorerBrowserTest.CHROMIUM, ExplorerBrowserTest.CHROMEDRIVER);
        Path tmp = Files.createTempDirectory("kg-chromium-csrf-");
        Path passwd = Files.writeString(tmp.resolve("passwd"), "editor: s3cret\n");
        HttpServer evil = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        try (KgStore store = KgStore.inMemory();
             ExplorerBrowserTest.Driver driver = ExplorerBrowserTest.Driver.start(tmp)) {
            KgServer server = KgServer.create().store(store).port(0).ui(false).updatePasswordFile(passwd).build()
                    .start();
            try {
                String update = server.updateUrl();
                String insert = "INSERT DATA { GRAPH <" + GRAPH + "> { <http://example.org/x> <http://example.org/p> 1 } }";
                String page = "<!doctype html><html><body><form id='f' method='POST' action='" + update + "'>"
                        + "<input type='hidden' name='update' value='" + insert.replace("'", "&#39;") + "'></form>"
                        + "<script>fetch('" + update + "', {method: 'POST', mode: 'no-cors', credentials: 'include',"
                        + " headers: {'Content-Type': 'text/plain'}, body: 'update=' + encodeURIComponent(\""
                        + insert.replace("\"", "\\\"") + "\")}).finally(() => document.getElementById('f').submit());"
                        + "</script></body></html>";
                evil.createContext("/", ex -> {
                    byte[] b = page.getBytes(StandardCharsets.UTF_8);
                    ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                    ex.sendResponseHeaders(200, b.length);
                    try (OutputStream out = ex.getResponseBody()) {
                        out.write(b);
                    }
                });
                evil.start();
                driver.newSession(tmp.resolve("profile"));

                // The browser gets the credentials of the update endpoint, as a user who logged in would.
                String withCredentials = update.replace("http://", "http://editor:s3cret@");
                driver.post("/url", Map.of("url", withCredentials));
                // Check that the browser really holds them: a same-origin write from a page of the server works.
                driver.post("/url", Map.of("url", server.baseUrl() + "$/ping"));
                var own = driver.post("/execute/async", Map.of("script", """
                        const done = arguments[arguments.length - 1];
                        fetch('%s', {method: 'POST', credentials: 'include',
                            headers: {'Content-Type': 'application/sparql-update'},
                            body: 'INSERT DATA { GRAPH <%s> { <http://example.org/own> <http://example.org/p> 1 } }'})
                          .then((r) => r.text().then((t) => done(r.status === 200 || r.status === 204 ? r.status : r.status + ' ' + t)), (e) => done(String(e)));""".formatted(update, GRAPH + "-own"),
                        "args", List.of()));
                assertTrue(own.isInt() && (own.asInt() == 200 || own.asInt() == 204), "same-origin write with held credentials: "
                        + own);
                assertTrue(store.containsGraph(GRAPH + "-own"), "the browser holds the credentials");

                // The attack: a page of another origin.
                String evilUrl = "http://127.0.0.1:" + evil.getAddress().getPort() + "/";
                driver.post("/url", Map.of("url", evilUrl));
                long deadline = System.currentTimeMillis() + 15_000;
                String landed = "";
                while (System.currentTimeMillis() < deadline) {
                    landed = driver.execute("return location.href;").asText();
                    if (landed.startsWith(update)) {
                        break;
                    }
                    Thread.sleep(200);
                }
                assertTrue(landed.startsWith(update), "the form was posted: " + landed);
                String answer = driver.execute("return document.body ? document.body.innerText : '';").asText();
                Thread.sleep(500);
                assertFalse(store.containsGraph(GRAPH), "a page of another site wrote to the store; the answer: "
                        + answer);
            } finally {
                server.stop();
            }
        } finally {
            evil.stop(0);
        }
    }
}
