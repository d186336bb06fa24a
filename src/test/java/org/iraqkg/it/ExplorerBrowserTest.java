package org.iraqkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.iraqkg.endpoint.KgServer;
import org.iraqkg.testing.RequiredTools;
import org.junit.jupiter.api.Test;

/**
 * The explorer in a real browser: Debian's Chromium driven by ChromeDriver over the W3C WebDriver HTTP
 * protocol (no Selenium), on the seed documents. Needs /usr/bin/chromium and /usr/bin/chromedriver
 * ({@code apt-get install chromium chromium-driver}, as .ci/run does); skipped with a one-line reason without them
 * (failing instead under {@code CI_REQUIRE_TOOLS=1}, which .ci/run sets), or with {@code -Dkg.skipBrowserTests=true}.
 */
class ExplorerBrowserTest {
    static final Path CHROMIUM = Path.of(System.getProperty("kg.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("kg.chromedriver", "/usr/bin/chromedriver"));
    static final Duration WAIT = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

    /**
     * A script: for every node label holding a date (YYYY-MM or YYYY-MM-DD), the label laid out in a
     * right-to-left line of the page's font and whether the characters of its date come left to right.
     */
    static final String DATES_IN_LABELS = """
            const line = document.createElement('div');
            line.dir = 'rtl';
            line.style.cssText = 'position:absolute;top:0;right:0;white-space:nowrap;font-size:20px';
            document.body.append(line);
            const out = [];
            for (const node of cy.nodes()) {
              const label = node.data('label') || '';
              const m = /[0-9]{4}-[0-9]{2}(-[0-9]{2})?/.exec(label);
              if (!m) continue;
              line.textContent = label;
              const text = line.firstChild;
              const xs = [];
              for (let i = m.index; i < m.index + m[0].length; i++) {
                const r = document.createRange();
                r.setStart(text, i);
                r.setEnd(text, i + 1);
                xs.push(Math.round(r.getBoundingClientRect().left));
              }
              out.push({label: label, date: m[0], xs: xs, leftToRight: xs.every((x, i) => i === 0 || x > xs[i - 1])});
            }
            line.remove();
            return out;""";

    @Test
    void drawsAnActorsNetworkAndHighlightsAQuoteInItsDocument() throws Exception {
        RequiredTools.assumeBrowser(CHROMIUM, CHROMEDRIVER);
        Path tmp = Files.createTempDirectory("kg-chromium-");
        KgServer server = KgServer.create().store(Seeds.store()).port(0).build().start();
        long started = System.nanoTime();
        try (Driver driver = Driver.start(tmp)) {
            driver.newSession(tmp.resolve("profile"));
            String actor = ExplorerQueriesTest.SUDANI;
            driver.post("/url", Map.of("url", server.explorerUrl() + "?actor=" + actor));

            driver.waitFor("the graph", "return !!(window.cy && window.cy.nodes().length > 0)", JsonNode::asBoolean);
            JsonNode drawn = driver.waitFor("a drawn canvas", """
                    const canvases = Array.from(document.querySelectorAll('#cy canvas'));
                    const box = document.getElementById('cy').getBoundingClientRect();
                    let painted = 0;
                    for (const c of canvases) {
                      if (c.width === 0 || c.height === 0) continue;
                      const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
                    }
                    const bb = cy.elements().renderedBoundingBox();
                    return {
                      nodes: cy.nodes().length, edges: cy.edges().length,
                      statements: cy.nodes('[kind = "statement"]').length, events: cy.nodes('[kind = "event"]').length,
                      places: cy.nodes('[kind = "place"]').length, focus: cy.nodes('.focus').map((n) => n.id()),
                      width: box.width, height: box.height, canvases: canvases.length, painted: painted,
                      inView: bb.w > 0 && bb.x2 > 0 && bb.y2 > 0 && bb.x1 < cy.width() && bb.y1 < cy.height(),
                      status: document.getElementById('status').textContent,
                      url: location.href, dir: document.documentElement.dir,
                    };""", v -> v.path("painted").asInt() > 0);
            assertTrue(drawn.path("nodes").asInt() > 3, drawn.toString());
            assertTrue(drawn.path("edges").asInt() > 3, drawn.toString());
            assertTrue(drawn.path("statements").asInt() >= 5, drawn.toString());
            assertEquals(1, drawn.path("events").asInt(), drawn.toString());
            assertTrue(drawn.path("places").asInt() >= 1, drawn.toString());
            assertEquals(actor, drawn.path("focus").path(0).asText(), drawn.toString());
            assertTrue(drawn.path("width").asDouble() > 100 && drawn.path("height").asDouble() > 100, drawn.toString());
            assertTrue(drawn.path("canvases").asInt() > 0 && drawn.path("inView").asBoolean(), drawn.toString());
            assertTrue(drawn.path("status").asText().contains("محمد شياع السوداني"), drawn.toString());
            assertEquals("rtl", drawn.path("dir").asText());

            // Dates in the labels read left to right inside the Arabic text (issue 16): laid out by the browser's
            // bidi algorithm in a right-to-left line, as on the canvas, each character of "2024-04-.." is to the
            // right of the one before.
            JsonNode dates = driver.execute(DATES_IN_LABELS);
            assertTrue(dates.size() >= 1, "a node label with a date: " + dates);
            for (JsonNode d : dates) {
                assertTrue(d.path("leftToRight").asBoolean(), "the date of a label reads left to right: " + dates);
            }

            // A statement node selected as a click would: the side panel shows its document with the quote marked.
            JsonNode picked = driver.execute("""
                    const node = cy.nodes('[kind = "statement"]').filter((n) => n.data('quote')).first();
                    node.select();
                    node.emit('tap');
                    return {id: node.id(), quote: node.data('quote')};""");
            String quote = picked.path("quote").asText();
            assertTrue(!quote.isBlank(), picked.toString());
            JsonNode panel = driver.waitFor("the quote marked in the side panel", """
                    const marks = Array.from(document.querySelectorAll('#details-body .source-text mark'));
                    return {marks: marks.map((m) => m.textContent),
                            text: document.getElementById('details-body').textContent};""",
                    v -> v.path("marks").size() > 0);
            assertEquals(quote, panel.path("marks").path(0).asText(), panel.toString());
            assertTrue(panel.path("text").asText().contains("تصريح"), panel.toString());
            assertTrue(panel.path("text").asText().contains(picked.path("id").asText()), panel.toString());

            // Filters: "dated only" hides the undated statements; a range after April 2024 hides the visit.
            JsonNode dated = driver.execute("""
                    document.getElementById('dated-only').click();
                    return {statements: cy.nodes('[kind = "statement"]').length, events: cy.nodes('[kind = "event"]').length};""");
            assertEquals(0, dated.path("statements").asInt(), dated.toString());
            assertEquals(1, dated.path("events").asInt(), dated.toString());
            JsonNode later = driver.execute("""
                    const from = document.getElementById('date-from');
                    from.value = '2024-05-01';
                    from.dispatchEvent(new Event('change'));
                    return {events: cy.nodes('[kind = "event"]').length, nodes: cy.nodes().length};""");
            assertEquals(0, later.path("events").asInt(), later.toString());
            assertEquals(1, later.path("nodes").asInt(), "only the actor: " + later);

            // Search as typed: hamza and taa marbuta folded by the page, then a place's network.
            JsonNode normalized = driver.execute(
                    "return ['السُّودانيّ', 'عين الأسد', 'الحكومة', 'مصطفى'].map(kgExplorer.normalize);");
            assertEquals("[\"السوداني\",\"عين الاسد\",\"الحكومه\",\"مصطفي\"]", normalized.toString());
            String search = driver.findElement("#search");
            driver.post("/element/" + search + "/value", Map.of("text", "عين الاسد"));
            driver.waitFor("search results", """
                    return Array.from(document.querySelectorAll('#results button'), (b) => b.textContent);""",
                    v -> v.size() > 0 && v.path(0).asText().contains("قاعدة عين الأسد"));
            driver.execute("""
                    document.getElementById('dated-only').click();
                    const from = document.getElementById('date-from');
                    from.value = '';
                    from.dispatchEvent(new Event('change'));
                    document.querySelector('#results button').click();""");
            JsonNode place = driver.waitFor("the place's network", """
                    return {focus: cy.nodes('.focus').map((n) => n.data('kind') + ' ' + n.id()),
                            events: cy.nodes('[kind = "event"]').length, url: location.href};""",
                    v -> v.path("focus").path(0).asText().endsWith("/id/ain_al_asad") && v.path("events").asInt() > 0);
            assertEquals("place " + ExplorerQueriesTest.BASE + "id/ain_al_asad", place.path("focus").path(0).asText());
            assertTrue(place.path("url").asText().contains("actor=" + "http%3A%2F%2Flocalhost%3A3030%2Fid%2Fain_al_asad"),
                    place.toString());

            List<String> severe = driver.browserErrors();
            assertEquals(List.of(), severe, "browser console errors");
        } finally {
            server.stop();
            deleteQuietly(tmp);
            System.out.printf("explorer in Chromium: %.1f s (seed store loaded before)%n",
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * The query page: the library's queries listed (the contract queries and q01-q15), one chosen by ?q= is in
     * the editor, Run sends it to the endpoint and the table shows its rows; no console errors.
     */
    @Test
    void queryPageListsTheLibraryAndRunsAQuery() throws Exception {
        RequiredTools.assumeBrowser(CHROMIUM, CHROMEDRIVER);
        Path tmp = Files.createTempDirectory("kg-chromium-");
        KgServer server = KgServer.create().store(Seeds.store()).port(0).build().start();
        try (Driver driver = Driver.start(tmp)) {
            driver.newSession(tmp.resolve("profile"));
            driver.post("/url", Map.of("url", server.explorerUrl() + "query.html?q=q15-full-text-search-in-quotes.rq"));
            JsonNode listed = driver.waitFor("the library", """
                    return {files: Array.from(document.querySelectorAll('#library button'), (b) => b.dataset.file),
                            text: document.getElementById('sparql').value, dir: document.documentElement.dir};""",
                    v -> v.path("files").size() > 0 && !v.path("text").asText().isEmpty());
            assertTrue(listed.path("files").size() >= 18, listed.toString());
            assertEquals("entities.rq", listed.path("files").path(0).asText(), listed.toString());
            assertTrue(listed.path("text").asText().contains("text:query"), listed.toString());
            assertEquals("rtl", listed.path("dir").asText());

            driver.execute("document.getElementById('run').click();");
            JsonNode table = driver.waitFor("the results", """
                    return {heads: Array.from(document.querySelectorAll('#results th'), (t) => t.textContent),
                            rows: document.querySelectorAll('#results tbody tr').length,
                            text: document.getElementById('results').textContent,
                            status: document.getElementById('status').textContent};""",
                    v -> v.path("rows").asInt() > 0);
            assertEquals("statement", table.path("heads").path(0).asText(), table.toString());
            assertTrue(table.path("rows").asInt() >= 4, table.toString());
            assertTrue(table.path("text").asText().contains("المفاوضات"), table.toString());

            // another query of the list, chosen by a click
            driver.execute("document.querySelector('#library button[data-file=\"events.rq\"]').click();"
                    + "document.getElementById('run').click();");
            JsonNode events = driver.waitFor("the events", """
                    return {heads: Array.from(document.querySelectorAll('#results th'), (t) => t.textContent),
                            rows: document.querySelectorAll('#results tbody tr').length};""",
                    v -> v.path("heads").path(0).asText().equals("event") && v.path("rows").asInt() > 0);
            assertTrue(events.path("rows").asInt() >= 10, events.toString());
            assertEquals(List.of(), driver.browserErrors(), "browser console errors");

            // Only http(s) IRIs are links (issue 14, item 6): a javascript: or data: IRI is shown as text.
            driver.execute("""
                    document.getElementById('sparql').value = 'SELECT ?x WHERE { VALUES ?x { '
                      + '<javascript:alert(1)> <data:text/html,x> <https://example.org/a> } }';
                    document.getElementById('run').click();""");
            JsonNode links = driver.waitFor("the IRIs", """
                    return {rows: document.querySelectorAll('#results tbody tr').length,
                            hrefs: Array.from(document.querySelectorAll('#results tbody a'), (a) => a.getAttribute('href'))};""",
                    v -> v.path("rows").asInt() == 3);
            assertEquals("[\"https://example.org/a\"]", links.path("hrefs").toString(), links.toString());
        } finally {
            server.stop();
            deleteQuietly(tmp);
        }
    }

    /**
     * The query page with a graph (issue 16): CONSTRUCT and DESCRIBE answers are shown as Turtle and offered
     * as a Turtle file; the CSV link is there only for the rows on the page (not before a run, not after a
     * failed one, not for a graph).
     */
    @Test
    void queryPageShowsGraphsAsTurtleAndOffersOnlyTheCurrentResult() throws Exception {
        requireBrowser();
        Path tmp = Files.createTempDirectory("kg-chromium-");
        KgServer server = KgServer.create().store(Seeds.store()).port(0).build().start();
        try (Driver driver = Driver.start(tmp)) {
            driver.newSession(tmp.resolve("profile"));
            driver.post("/url", Map.of("url", server.explorerUrl() + "query.html?q=events.rq"));
            String links = """
                    const link = (id) => { const a = document.getElementById(id);
                      if (!a) return {shown: false, href: ''};
                      return {shown: !a.hidden && a.offsetParent !== null, href: a.getAttribute('href') || ''}; };
                    return {csv: link('csv'), turtle: link('turtle'),
                            status: document.getElementById('status').textContent,
                            pre: Array.from(document.querySelectorAll('#results pre'), (p) => p.textContent).join(''),
                            rows: document.querySelectorAll('#results tbody tr').length};""";
            JsonNode before = driver.waitFor("the library", links,
                    v -> v.path("status").asText().contains("queries"));
            assertEquals(false, before.path("csv").path("shown").asBoolean(), "no CSV before a run: " + before);
            assertEquals("", before.path("csv").path("href").asText(), "no CSV before a run: " + before);
            assertEquals(false, before.path("turtle").path("shown").asBoolean(), before.toString());

            // a CONSTRUCT: Turtle on the page and as a file; no CSV
            driver.execute("""
                    document.getElementById('sparql').value = 'PREFIX kg: <https://w3id.org/iraqkg/ontology#> '
                      + 'CONSTRUCT { ?s kg:quote ?q } WHERE { ?s kg:quote ?q }';
                    document.getElementById('run').click();""");
            JsonNode graph = driver.waitFor("the graph", links, v -> !v.path("pre").asText().isEmpty());
            assertTrue(graph.path("pre").asText().contains("المفاوضات"), graph.toString());
            assertTrue(graph.path("pre").asText().contains("@prefix")
                    || graph.path("pre").asText().contains("PREFIX"), "Turtle: " + graph);
            assertTrue(graph.path("status").asText().contains("Turtle"), graph.toString());
            assertTrue(graph.path("turtle").path("shown").asBoolean(), graph.toString());
            assertTrue(graph.path("turtle").path("href").asText().startsWith("blob:"), graph.toString());
            assertEquals(false, graph.path("csv").path("shown").asBoolean(), graph.toString());
            String file = driver.download("#turtle", "results.ttl");
            assertEquals(graph.path("pre").asText(), file, "the Turtle file is the graph shown");

            // a DESCRIBE
            driver.execute("""
                    document.getElementById('sparql').value = 'DESCRIBE <http://localhost:3030/id/sudani>';
                    document.getElementById('run').click();""");
            JsonNode described = driver.waitFor("the description", links,
                    v -> v.path("pre").asText().contains("sudani"));
            assertTrue(described.path("turtle").path("shown").asBoolean(), described.toString());

            // a SELECT: rows and their CSV, no Turtle
            driver.execute("document.querySelector('#library button[data-file=\"events.rq\"]').click();"
                    + "document.getElementById('run').click();");
            JsonNode rows = driver.waitFor("the rows", links, v -> v.path("rows").asInt() > 0);
            assertTrue(rows.path("csv").path("shown").asBoolean(), rows.toString());
            assertEquals(false, rows.path("turtle").path("shown").asBoolean(), rows.toString());
            String csv = driver.download("#csv", "results.csv");
            assertTrue(csv.startsWith("event,"), csv);
            assertEquals(rows.path("rows").asInt() + 1, csv.split("\r\n").length, csv);
            assertEquals(List.of(), driver.browserErrors(), "browser console errors");

            // a failed run: the error, and no download of the previous rows
            driver.execute("""
                    document.getElementById('sparql').value = 'SELECT * WHERE { ?s ?p';
                    document.getElementById('run').click();""");
            JsonNode failed = driver.waitFor("the error", links, v -> v.path("status").asText().contains("HTTP 400"));
            assertEquals(false, failed.path("csv").path("shown").asBoolean(), failed.toString());
            assertEquals("", failed.path("csv").path("href").asText(), failed.toString());
            assertEquals(0, failed.path("rows").asInt(), failed.toString());
        } finally {
            server.stop();
            deleteQuietly(tmp);
        }
    }

    /** An answer the server's result limit cut is said to be cut on the query page and in the explorer. */
    @Test
    void aResultCutAtTheServersLimitIsSaidOnThePages() throws Exception {
        requireBrowser();
        Path tmp = Files.createTempDirectory("kg-chromium-");
        KgServer server = KgServer.create().store(Seeds.store()).port(0).resultLimit(5).build().start();
        try (Driver driver = Driver.start(tmp)) {
            driver.newSession(tmp.resolve("profile"));
            driver.post("/url", Map.of("url", server.explorerUrl() + "query.html?q=events.rq"));
            String state = """
                    return {status: document.getElementById('status').textContent,
                            rows: document.querySelectorAll('#results tbody tr').length};""";
            driver.waitFor("the library", state, v -> v.path("status").asText().contains("queries"));
            driver.execute("document.getElementById('run').click();");
            JsonNode cut = driver.waitFor("the cut result", state, v -> v.path("rows").asInt() > 0);
            assertEquals(5, cut.path("rows").asInt(), cut.toString());
            assertTrue(cut.path("status").asText().contains("cut at the server's limit of 5 rows"), cut.toString());
            // a result within the limit says nothing of a cut
            driver.execute("""
                    document.getElementById('sparql').value = 'SELECT ?x WHERE { VALUES ?x { 1 2 } }';
                    document.getElementById('run').click();""");
            JsonNode whole = driver.waitFor("the whole result", state, v -> v.path("rows").asInt() == 2);
            assertTrue(!whole.path("status").asText().contains("cut at"), whole.toString());

            driver.post("/url", Map.of("url", server.explorerUrl() + "?actor=" + ExplorerQueriesTest.SUDANI));
            JsonNode note = driver.waitFor("the explorer's note", """
                    const n = document.getElementById('truncated');
                    return n ? n.textContent : '';""", v -> !v.asText().isEmpty());
            assertTrue(note.asText().contains("limit of 5 rows"), note.toString());
        } finally {
            server.stop();
            deleteQuietly(tmp);
        }
    }

    /** Skips with what to install when Chromium or ChromeDriver is missing; fails instead under CI_REQUIRE_TOOLS=1. */
    static void requireBrowser() {
        RequiredTools.assumeBrowser(CHROMIUM, CHROMEDRIVER);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: best effort
        }
    }

    /** A ChromeDriver process and at most one session, spoken to with the W3C WebDriver protocol. */
    static final class Driver implements AutoCloseable {
        private final Process process;
        private final Path log;
        private final String base;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .proxy(HttpClient.Builder.NO_PROXY).connectTimeout(Duration.ofSeconds(5)).build();
        private String session;
        private Path downloads;

        private Driver(Process process, Path log, int port) {
            this.process = process;
            this.log = log;
            this.base = "http://127.0.0.1:" + port;
        }

        static int freePort() throws IOException {
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return s.getLocalPort();
            }
        }

        /** Starts chromedriver on a free loopback port and waits until it is ready. */
        static Driver start(Path dir) throws Exception {
            int port = freePort();
            Path log = dir.resolve("chromedriver.log");
            Process p = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Driver d = new Driver(p, log, port);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (true) {
                if (!p.isAlive()) {
                    fail("chromedriver exited with status " + p.exitValue() + ": " + d.logTail());
                }
                try {
                    HttpResponse<String> r = d.http.send(HttpRequest.newBuilder(URI.create(d.base + "/status"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && JSON.readTree(r.body()).path("value").path("ready").asBoolean()) {
                        return d;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) {
                    d.close();
                    fail("chromedriver not ready after " + WAIT.toSeconds() + " s: " + d.logTail());
                }
                Thread.sleep(100);
            }
        }

        String logTail() {
            try {
                String s = Files.readString(log, StandardCharsets.UTF_8);
                return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
            } catch (IOException e) {
                return "(no log)";
            }
        }

        /** POST /session: headless Chromium with a fresh profile; downloads go to profile/../downloads. */
        void newSession(Path profile) throws Exception {
            downloads = Files.createDirectories(profile.resolveSibling("downloads"));
            List<String> args = List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
            ObjectNode options = JsonNodeFactory.instance.objectNode();
            options.put("binary", CHROMIUM.toString());
            options.putPOJO("args", args);
            options.putPOJO("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false,
                    // a page may download more than one file (a CSV after a Turtle file) without asking
                    "profile.default_content_setting_values.automatic_downloads", 1));
            ObjectNode always = JsonNodeFactory.instance.objectNode();
            always.put("browserName", "chrome");
            always.set("goog:chromeOptions", options);
            always.putObject("goog:loggingPrefs").put("browser", "ALL");
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.putObject("capabilities").set("alwaysMatch", always);
            JsonNode value = call("POST", base + "/session", body);
            session = value.path("sessionId").asText(null);
            if (session == null) {
                fail("no WebDriver session: " + value + " " + logTail());
            }
            post("/timeouts", Map.of("script", 20_000, "pageLoad", 30_000));
        }

        /** A command of the session; returns its "value". */
        JsonNode post(String path, Object body) throws Exception {
            return call("POST", base + "/session/" + session + path, body);
        }

        JsonNode execute(String script) throws Exception {
            return post("/execute/sync", Map.of("script", script, "args", List.of()));
        }

        /**
         * Clicks the link {@code css} and returns the file it downloaded (into the session's download folder),
         * waiting until Chromium has finished writing it.
         */
        String download(String css, String fileName) throws Exception {
            Path file = downloads.resolve(fileName);
            Files.deleteIfExists(file);
            execute("document.querySelector(" + JSON.writeValueAsString(css) + ").click();");
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!Files.isRegularFile(file)) {
                if (System.nanoTime() > deadline) {
                    try (Stream<Path> files = Files.list(downloads)) {
                        fail("no " + fileName + " downloaded after " + WAIT.toSeconds() + " s; downloads: "
                                + files.toList());
                    }
                }
                Thread.sleep(100);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        }

        /** Runs {@code script} until its value passes {@code done}; fails after {@link #WAIT}. */
        JsonNode waitFor(String what, String script, Predicate<JsonNode> done) throws Exception {
            long deadline = System.nanoTime() + WAIT.toNanos();
            JsonNode last;
            while (true) {
                last = execute(script);
                if (done.test(last)) {
                    return last;
                }
                if (System.nanoTime() > deadline) {
                    JsonNode status = execute("const s = document.getElementById('status'); return s ? s.textContent : null;");
                    fail("waited " + WAIT.toSeconds() + " s for " + what + "; last value " + last + "; page status "
                            + status + "; console " + browserErrors());
                }
                Thread.sleep(100);
            }
        }

        /** The element id of the first match of a CSS selector. */
        String findElement(String css) throws Exception {
            return post("/element", Map.of("using", "css selector", "value", css)).path(ELEMENT).asText();
        }

        /** SEVERE entries of the browser console (ChromeDriver's log endpoint), or an empty list. */
        List<String> browserErrors() {
            List<String> errors = new ArrayList<>();
            try {
                for (JsonNode entry : post("/se/log", Map.of("type", "browser"))) {
                    if (entry.path("level").asText().equals("SEVERE")) {
                        errors.add(entry.path("message").asText());
                    }
                }
            } catch (Exception | AssertionError e) {
                // the log endpoint is ChromeDriver's own: nothing to report without it
            }
            return errors;
        }

        private JsonNode call(String method, String url, Object body) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
            if (body == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("Content-Type", "application/json; charset=utf-8")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode value = JSON.readTree(r.body()).path("value");
            if (r.statusCode() != 200) {
                fail("WebDriver " + method + " " + url + ": HTTP " + r.statusCode() + " " + value.path("error").asText()
                        + ": " + value.path("message").asText());
            }
            return value;
        }

        /** Ends the session (and so Chromium), then chromedriver and anything it left running. */
        @Override
        public void close() {
            List<ProcessHandle> children = process.descendants().toList();
            try {
                if (session != null) {
                    call("DELETE", base + "/session/" + session, null);
                }
            } catch (Exception | AssertionError e) {
                // ending it anyway below
            } finally {
                session = null;
                process.destroy();
                try {
                    if (!process.waitFor(5, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (ProcessHandle child : children) {
                    if (child.isAlive()) {
                        child.destroyForcibly();
                    }
                }
            }
        }
    }
}
