package org.iraqkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.iraqkg.endpoint.KgServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The explorer page over the seed documents: the page and Cytoscape.js are served, queries.js holds exactly
 * the queries of src/test/resources/explorer-queries, and those answer as the page expects.
 */
class ExplorerQueriesTest {
    static final Path QUERY_DIR = Seeds.HOME.resolve("src/test/resources/explorer-queries");
    static final String BASE = "http://localhost:3030/";
    static final String SUDANI = BASE + "id/sudani";
    static final String DOC0 = BASE + "document/000_318cd1f350f6fd59.txt";
    static final String STATEMENT = BASE + "statement/000_318cd1f350f6fd59.txt/2223-2306";
    static final String QUOTE = "القوات الأجنبية لم يعد لها دور في البلاد بعدما أصبح العراق يمتلك قدرات أمنية متطورة";
    static final String VISIT = BASE + "event/001_6fad253ff53b076a.txt/2304-2309";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .proxy(HttpClient.Builder.NO_PROXY).connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern JS_QUERY = Pattern.compile("'([a-z][a-z-]*)': String\\.raw`([^`]*)`");
    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    private static KgServer server;

    @BeforeAll
    static void start() {
        server = KgServer.create().store(Seeds.store()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The .rq files, by name (file name without .rq), with the one final newline dropped. */
    static Map<String, String> queryFiles() throws IOException {
        Map<String, String> queries = new TreeMap<>();
        try (Stream<Path> files = Files.list(QUERY_DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                assertTrue(text.endsWith("\n") && !text.endsWith("\n\n"), f + " ends with one newline");
                String name = f.getFileName().toString();
                queries.put(name.substring(0, name.length() - 3), text.substring(0, text.length() - 1));
            }
        }
        return queries;
    }

    /** A string as a SPARQL literal, as explorer.js's sparqlString writes it. */
    static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    static String iri(String iri) {
        return "<" + iri + ">";
    }

    /** The query with every $name replaced by its SPARQL term, as explorer.js's bindQuery does. */
    static String bind(String query, Map<String, String> params) {
        Matcher m = PARAMETER.matcher(query);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String value = params.get(m.group(1));
            assertTrue(value != null, "no value for $" + m.group(1));
            m.appendReplacement(b, Matcher.quoteReplacement(value));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** Runs the named explorer query as the page does (POST, form-encoded, JSON results). */
    static List<Map<String, String>> run(String name, Map<String, String> params) throws Exception {
        String query = bind(queryFiles().get(name), params);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), name + ": " + r.body());
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode binding : JSON.readTree(r.body()).path("results").path("bindings")) {
            Map<String, String> row = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : binding.properties()) {
                row.put(e.getKey(), e.getValue().path("value").asText());
            }
            rows.add(row);
        }
        return rows;
    }

    private static Set<String> column(List<Map<String, String>> rows, String name) {
        return rows.stream().map(r -> r.get(name)).filter(v -> v != null).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void pageAndLibraryAreServed() throws Exception {
        HttpResponse<String> page = get(server.explorerUrl());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("dir=\"rtl\"") && page.body().contains("lang=\"ar\""), page.body());
        HttpResponse<String> lib = get(server.explorerUrl() + "lib/cytoscape.min.js");
        assertEquals(200, lib.statusCode());
        assertTrue(lib.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(lib.body().contains("cytoscape"));
    }

    @Test
    void queriesJsHoldsExactlyTheQueryFiles() throws Exception {
        HttpResponse<String> js = get(server.explorerUrl() + "queries.js");
        assertEquals(200, js.statusCode());
        assertEquals(Files.readString(Seeds.HOME.resolve("src/main/resources/explorer/queries.js")), js.body());
        Map<String, String> inJs = new TreeMap<>();
        Matcher m = JS_QUERY.matcher(js.body());
        while (m.find()) {
            assertEquals(null, inJs.put(m.group(1), m.group(2)), "query " + m.group(1) + " twice");
        }
        assertEquals(js.body().split("String\\.raw`", -1).length - 1, inJs.size(), "every String.raw parsed");
        Map<String, String> files = queryFiles();
        assertEquals(files.keySet(), inJs.keySet(), "the same query names");
        for (String name : files.keySet()) {
            assertEquals(files.get(name), inJs.get(name), "query " + name + ": queries.js and " + name + ".rq differ");
        }

        // explorer.js runs these queries and no others.
        String explorer = get(server.explorerUrl() + "explorer.js").body();
        Matcher used = Pattern.compile("sparql\\('([a-z-]+)'").matcher(explorer);
        Set<String> names = new TreeSet<>();
        while (used.find()) {
            names.add(used.group(1));
        }
        assertEquals(files.keySet(), names, "queries used by explorer.js");
    }

    @Test
    void searchIsCaseHamzaAndDiacriticInsensitive() throws Exception {
        // q as typed, qn as explorer.js's normalize() makes it (ExplorerBrowserTest checks that function).
        List<Map<String, String>> rows = run("search", Map.of("q", literal("السودانى"), "qn", literal("السوداني")));
        assertEquals(SUDANI, rows.get(0).get("entity"), rows.toString());
        assertEquals("محمد شياع السوداني", rows.get(0).get("labelAr"));
        assertEquals("Mohammed Shia al-Sudani", rows.get(0).get("labelEn"));
        assertEquals("actor", rows.get(0).get("kind"));
        assertEquals("شخص", rows.get(0).get("classAr"));
        assertTrue(Integer.parseInt(rows.get(0).get("uses")) >= 6, rows.toString());

        assertTrue(column(run("search", Map.of("q", literal("SUDANI"), "qn", literal("sudani"))), "entity")
                .contains(SUDANI), "English, any case");
        assertTrue(column(run("search", Map.of("q", literal("السُّودانيّ"), "qn", literal("السوداني"))), "entity")
                .contains(SUDANI), "diacritics");
        List<Map<String, String>> asad = run("search", Map.of("q", literal("عين الاسد"), "qn", literal("عين الاسد")));
        assertEquals(BASE + "id/ain_al_asad", asad.get(0).get("entity"), "hamza: " + asad);
        assertEquals("place", asad.get(0).get("kind"));
        assertTrue(column(run("search", Map.of("q", literal("الحكومه العراقيه"), "qn", literal("الحكومه العراقيه"))),
                "entity").contains(BASE + "id/iraqi_government"), "taa marbuta");
        assertEquals(List.of(), run("search", Map.of("q", literal("\"}} zzzq"), "qn", literal("\"}} zzzq"))));
    }

    @Test
    void eventTypesPresent() throws Exception {
        List<Map<String, String>> rows = run("event-types", Map.of());
        Map<String, String> counts = rows.stream().collect(Collectors.toMap(r -> r.get("type"), r -> r.get("events")));
        String kg = "https://w3id.org/iraqkg/ontology#";
        assertEquals("1", counts.get(kg + "RocketAttack"), rows.toString());
        assertEquals("5", counts.get(kg + "NegotiationRound"), rows.toString());
        int events = Seeds.store().read(() -> {
            try (var qe = org.apache.jena.query.QueryExecutionFactory.create(
                    "PREFIX kg: <https://w3id.org/iraqkg/ontology#> SELECT (COUNT(DISTINCT ?e) AS ?n) "
                    + "WHERE { GRAPH ?g { ?e kg:cameo ?c } }", Seeds.store().dataset())) {
                return qe.execSelect().next().getLiteral("n").getInt();
            }
        });
        assertTrue(events >= 20, "the seeds have events: " + events);
        assertEquals(events, counts.values().stream().mapToInt(Integer::parseInt).sum(), "all events of the seeds");
        assertFalse(counts.containsKey(kg + "Statement"));
        assertFalse(counts.containsKey(kg + "Event"), "only classes with events");
        Map<String, String> rocket = rows.stream().filter(r -> r.get("type").equals(kg + "RocketAttack")).findFirst()
                .orElseThrow();
        assertEquals("هجوم صاروخي", rocket.get("labelAr"));
        assertEquals("Rocket attack", rocket.get("labelEn"));
    }

    @Test
    void networkOfAnActor() throws Exception {
        List<Map<String, String>> rows = run("network", Map.of("actor", iri(SUDANI)));
        Set<String> statements = column(rows.stream().filter(r -> r.get("kind").equals("statement")).toList(), "item");
        Set<String> events = column(rows.stream().filter(r -> r.get("kind").equals("event")).toList(), "item");
        assertTrue(statements.size() >= 5, rows.toString());
        assertTrue(statements.contains(STATEMENT));
        assertEquals(Set.of(VISIT), events);
        String kg = "https://w3id.org/iraqkg/ontology#";
        assertTrue(rows.stream().anyMatch(r -> r.get("item").equals(VISIT) && r.get("role").equals(kg + "location")
                && r.get("node").equals(BASE + "id/washington") && r.get("nodeKind").equals("place")
                && r.get("date").equals("2024-04") && r.get("cameo").equals("042") && r.get("typeEn").equals("Visit")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("item").equals(STATEMENT) && r.get("role").equals(kg + "speaker")
                && r.get("node").equals(SUDANI) && r.get("nodeAr").equals("محمد شياع السوداني")
                && r.get("text").equals(QUOTE)), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("role").equals(kg + "relayedBy")
                && r.get("node").equals(BASE + "id/ina") && r.get("nodeKind").equals("actor")), rows.toString());
        assertEquals(List.of(), run("network", Map.of("actor", iri(BASE + "id/nobody"))));
    }

    @Test
    void entityDetails() throws Exception {
        Map<String, String> row = run("entity", Map.of("entity", iri(SUDANI))).get(0);
        assertEquals("محمد شياع السوداني", row.get("labelAr"));
        assertEquals("Mohammed Shia al-Sudani", row.get("labelEn"));
        assertEquals("Person", row.get("classEn"));
        assertEquals("actor", row.get("kind"));
        assertTrue(row.get("aliases").contains("شياع السوداني"), row.toString());
        assertEquals("place", run("entity", Map.of("entity", iri(BASE + "id/ain_al_asad"))).get(0).get("kind"));
    }

    @Test
    void statementAndEventDetails() throws Exception {
        List<Map<String, String>> statement = run("item", Map.of("item", iri(STATEMENT)));
        assertEquals(1, statement.size(), statement.toString());
        assertEquals(QUOTE, statement.get(0).get("quote"));
        assertEquals("true", statement.get(0).get("direct"));
        assertEquals("Statement", statement.get(0).get("typeEn"));
        assertEquals(DOC0, statement.get(0).get("doc"));

        Map<String, String> visit = run("item", Map.of("item", iri(VISIT))).get(0);
        assertEquals("Visit", visit.get("typeEn"));
        assertEquals("042", visit.get("cameo"));
        assertEquals("Make a visit", visit.get("cameoEn"));
        assertEquals("2024-04", visit.get("date"));
        assertEquals("وقع", visit.get("statusAr"));
        assertTrue(visit.get("evidence").contains("زيارة رئيس الوزراء العراقي"), visit.toString());
    }

    @Test
    void spansAreCodePointsOfTheDocumentText() throws Exception {
        List<Map<String, String>> spans = run("spans", Map.of("item", iri(STATEMENT)));
        assertEquals(List.of(Map.of("which", "evidence", "begin", "2085", "end", "2308"),
                Map.of("which", "span", "begin", "2223", "end", "2306")), spans);
        List<Map<String, String>> docs = run("document", Map.of("item", iri(STATEMENT)));
        assertEquals(1, docs.size());
        String text = docs.get(0).get("text");
        assertEquals(DOC0, docs.get(0).get("doc"));
        assertTrue(text.startsWith(docs.get(0).get("headline")), docs.get(0).toString());
        assertEquals("000_318cd1f350f6fd59.txt", docs.get(0).get("fileName"));

        // Every statement of the network: its span, cut from the text in code points, is its quote.
        List<Map<String, String>> network = run("network", Map.of("actor", iri(SUDANI)));
        Map<String, String> quotes = new TreeMap<>();
        network.stream().filter(r -> r.get("kind").equals("statement")).forEach(r -> quotes.put(r.get("item"), r.get("text")));
        for (Map.Entry<String, String> e : quotes.entrySet()) {
            String docText = run("document", Map.of("item", iri(e.getKey()))).get(0).get("text");
            Map<String, String> span = run("spans", Map.of("item", iri(e.getKey()))).stream()
                    .filter(r -> r.get("which").equals("span")).findFirst().orElseThrow();
            int[] cps = docText.codePoints().toArray();
            int b = Integer.parseInt(span.get("begin"));
            int end = Integer.parseInt(span.get("end"));
            assertEquals(e.getValue(), new String(cps, b, end - b), e.getKey());
        }
    }
}
