package org.iraqkg.endpoint;

import static org.iraqkg.endpoint.TestHttp.contentType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.iraqkg.it.Seeds;
import org.iraqkg.rdf.Iris;
import org.iraqkg.rdf.KG;
import org.iraqkg.store.KgStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Linked data over the seed store: negotiation, every RDF format, HTML pages, ontology, VoID, CORS. */
class LinkedDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = Iris.DEFAULT_BASE;
    private static final String SUDANI = BASE + "id/sudani";
    private static final String SUDANI_AR = "محمد شياع السوداني";
    private static final String CONTEXT_URL = BASE + "context.jsonld";
    private static final Map<String, Lang> FORMATS = Map.of("text/turtle", Lang.TURTLE,
            "application/n-triples", Lang.NTRIPLES, "application/rdf+xml", Lang.RDFXML,
            "application/ld+json", Lang.JSONLD);
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    private static KgStore store;
    /** A statement of al-Sudani's and an event with an agent, as the seed load made them. */
    private static String statement;
    private static String event;

    @FunctionalInterface
    interface ServerTest {
        void run(KgServer server) throws Exception;
    }

    @BeforeAll
    static void seeds() {
        store = Seeds.store();
        statement = first("SELECT ?x { ?x a kg:Statement ; kg:speaker <" + SUDANI + "> ; kg:span ?s } ORDER BY ?x");
        event = first("SELECT ?x { ?x kg:agent ?a ; kg:cameo ?c ; kg:span ?s } ORDER BY ?x");
    }

    private static String first(String select) {
        String q = "PREFIX kg: <" + KG.NS + ">\n" + select + " LIMIT 1";
        return Txn.calculateRead(store.datasetGraph(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                ResultSet rs = qe.execSelect();
                assertTrue(rs.hasNext(), "no result for " + select);
                QuerySolution row = rs.next();
                return row.getResource("x").getURI();
            }
        });
    }

    /** Starts {@code builder}'s server on a free loopback port, runs {@code test}, and stops it. */
    static void serve(KgServer.Builder builder, ServerTest test) throws Exception {
        KgServer server = builder.port(0).build();
        try {
            server.start();
            test.run(server);
        } finally {
            server.stop();
        }
    }

    private static KgServer.Builder seedServer() {
        return KgServer.create().store(store);
    }

    /** The server URL of an IRI under the base. */
    static String url(KgServer server, String iri) {
        assertTrue(iri.startsWith(BASE), iri);
        return server.baseUrl() + iri.substring(BASE.length());
    }

    /** Parses {@code body}; JSON-LD's context URL is resolved to {@code context} (fetched from the server). */
    static Graph parse(String body, Lang lang, String contextUrl, String context) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParserBuilder b = RDFParser.fromString(body, lang);
        if (lang.equals(Lang.JSONLD)) {
            JsonLdOptions opts = new JsonLdOptions();
            opts.setDocumentLoader((uri, options) -> {
                if (!uri.toString().equals(contextUrl)) {
                    throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "unexpected " + uri);
                }
                JsonDocument doc = JsonDocument.of(new StringReader(context));
                doc.setDocumentUrl(uri);
                return doc;
            });
            b.context(Context.create().set(LangJSONLD11.JSONLD_OPTIONS, opts));
        }
        b.parse(g);
        return g;
    }

    private static String context(KgServer server) throws IOException {
        HttpResponse<String> r = TestHttp.get(server.baseUrl() + "context.jsonld");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("application/ld+json"), contentType(r));
        JsonNode ctx = JSON.readTree(r.body()).get("@context");
        assertEquals(KG.NS, ctx.get("kg").asText());
        return r.body();
    }

    /** GETs {@code iri} in every RDF format; checks type and parse, and that all formats say the same. */
    private static Graph everyFormat(KgServer server, String iri) throws IOException {
        String context = context(server);
        Graph turtle = null;
        for (Map.Entry<String, Lang> f : FORMATS.entrySet()) {
            HttpResponse<String> r = TestHttp.get(url(server, iri), f.getKey());
            assertEquals(200, r.statusCode(), f.getKey() + ": " + r.body());
            assertTrue(contentType(r).startsWith(f.getKey()), f.getKey() + " -> " + contentType(r));
            assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
            if (f.getValue().equals(Lang.JSONLD)) {
                assertEquals(JSON.readTree(context).get("@context"), JSON.readTree(r.body()).get("@context"),
                        "the published context, inline");
            }
            Graph g = parse(r.body(), f.getValue(), CONTEXT_URL, context);
            assertFalse(g.isEmpty(), f.getKey());
            if (turtle == null) {
                turtle = g;
            } else {
                assertTrue(IsoMatcher.isomorphic(turtle, g), f.getKey() + " says the same as the others");
            }
        }
        return turtle;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node ar(String s) {
        return NodeFactory.createLiteralLang(s, "ar");
    }

    /**
     * Issue 14, item 6: {@code Accept: ;} answered 500; HTML pages sent no Content-Security-Policy and nothing was
     * sent with X-Content-Type-Options.
     */
    @Test
    void malformedAcceptAndSecurityHeaders() throws Exception {
        serve(seedServer(), server -> {
            String sudani = url(server, SUDANI);
            for (String accept : List.of(";", ";;", " ; , ")) {
                HttpResponse<String> r = TestHttp.get(sudani, accept);
                assertTrue(r.statusCode() == 406 || r.statusCode() == 200, accept + " -> " + r.statusCode());
            }
            HttpResponse<String> html = TestHttp.get(sudani, "text/html");
            assertEquals(200, html.statusCode());
            String csp = html.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'none'") && !csp.contains("script-src"), csp);
            assertEquals("nosniff", html.headers().firstValue("X-Content-Type-Options").orElse(""));
            HttpResponse<String> missing = TestHttp.get(server.baseUrl() + "id/no-such-thing", "text/html");
            assertEquals(404, missing.statusCode());
            assertTrue(missing.headers().firstValue("Content-Security-Policy").isPresent());
            HttpResponse<String> ttl = TestHttp.get(sudani, "text/turtle");
            assertEquals("nosniff", ttl.headers().firstValue("X-Content-Type-Options").orElse(""));
        });
    }

    @Test
    void actorInEveryFormat() throws Exception {
        serve(seedServer(), server -> {
            Graph g = everyFormat(server, SUDANI);
            Node sudani = uri(SUDANI);
            assertTrue(g.contains(sudani, RDFS.label.asNode(), ar(SUDANI_AR)));
            assertTrue(g.contains(sudani, RDF.type.asNode(), KG.Person.asNode()));
            assertTrue(g.contains(KG.Person.asNode(), RDFS.label.asNode(), ar("شخص")), "label of the class");
            // roles, with what they are
            List<Triple> roles = g.find(sudani, KG.hasRole.asNode(), Node.ANY).toList();
            assertFalse(roles.isEmpty());
            assertTrue(g.contains(roles.get(0).getObject(), KG.position.asNode(), Node.ANY));
            // incoming links: the statements it made
            assertTrue(g.contains(uri(statement), KG.speaker.asNode(), sudani));
            assertTrue(g.contains(Node.ANY, KG.denotes.asNode(), sudani), "its mentions");
            // labels of the objects
            assertTrue(g.contains(uri(BASE + "id/iraq"), RDFS.label.asNode(), ar("العراق")));
        });
    }

    @Test
    void statementInEveryFormat() throws Exception {
        serve(seedServer(), server -> {
            Graph g = everyFormat(server, statement);
            Node s = uri(statement);
            assertTrue(g.contains(s, RDF.type.asNode(), KG.Statement.asNode()));
            assertTrue(g.contains(s, KG.speaker.asNode(), uri(SUDANI)));
            assertTrue(g.contains(uri(SUDANI), RDFS.label.asNode(), ar(SUDANI_AR)), "speaker's label");
            Node span = g.find(s, KG.span.asNode(), Node.ANY).next().getObject();
            assertTrue(g.contains(span, uri("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf"),
                    Node.ANY), "the span's text");
        });
    }

    @Test
    void eventInEveryFormat() throws Exception {
        serve(seedServer(), server -> {
            Graph g = everyFormat(server, event);
            Node e = uri(event);
            assertTrue(g.contains(e, KG.cameo.asNode(), Node.ANY));
            Node agent = g.find(e, KG.agent.asNode(), Node.ANY).next().getObject();
            assertTrue(g.contains(agent, RDFS.label.asNode(), Node.ANY), "agent's label");
            Node cameo = g.find(e, KG.cameo.asNode(), Node.ANY).next().getObject();
            assertTrue(g.contains(cameo, uri("http://www.w3.org/2004/02/skos/core#notation"), Node.ANY));
        });
    }

    @Test
    void htmlPages() throws Exception {
        serve(seedServer(), server -> {
            HttpResponse<String> actor = TestHttp.get(url(server, SUDANI), "text/html");
            assertEquals(200, actor.statusCode());
            assertTrue(contentType(actor).startsWith("text/html"), contentType(actor));
            assertTrue(contentType(actor).toLowerCase().contains("utf-8"), contentType(actor));
            String html = actor.body();
            assertTrue(html.contains("<html lang=\"ar\" dir=\"rtl\">"), html);
            assertTrue(html.contains("<h1>" + SUDANI_AR + "</h1>"), "Arabic label");
            assertTrue(html.contains("Mohammed Shia al-Sudani"), "English label");
            assertTrue(html.contains("href=\"/position/prime_minister\""), "roles, linked on this server");
            assertTrue(html.contains("href=\"/" + statement.substring(BASE.length()) + "\""), "its statements");
            assertTrue(html.contains("<mark"), "its mentions, marked");
            assertFalse(html.contains("href=\"" + BASE), "links under the base are relative");

            for (String iri : List.of(statement, event)) {
                HttpResponse<String> r = TestHttp.get(url(server, iri), "text/html");
                assertEquals(200, r.statusCode());
                assertTrue(r.body().contains("dir=\"rtl\""));
                assertTrue(r.body().contains("<mark class=\"span\">"), iri + ": the span marked in its sentence");
            }
            assertTrue(TestHttp.get(url(server, statement), "text/html").body().contains(SUDANI_AR), "speaker");

            HttpResponse<String> browser = TestHttp.get(url(server, SUDANI),
                    "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
            assertTrue(contentType(browser).startsWith("text/html"), contentType(browser));
        });
    }

    @Test
    void wikidataLinks() throws Exception {
        serve(seedServer(), server -> {
            Graph g = parse(TestHttp.get(url(server, BASE + "id/iraq"), "text/turtle").body(), Lang.TURTLE, null,
                    null);
            Node wd = uri("http://www.wikidata.org/entity/Q796");
            assertTrue(g.contains(uri(BASE + "id/iraq"), OWL.sameAs.asNode(), wd));
            assertTrue(g.contains(uri(BASE + "id/iraq"), uri("https://schema.org/sameAs"), wd));
            String html = TestHttp.get(url(server, BASE + "id/iraq"), "text/html").body();
            assertTrue(html.contains("href=\"http://www.wikidata.org/entity/Q796\""), html);
        });
    }

    @Test
    void negotiationRules() throws Exception {
        serve(seedServer(), server -> {
            String u = url(server, SUDANI);
            HttpResponse<String> any = TestHttp.get(u, "*/*");
            assertTrue(contentType(any).startsWith("text/turtle"), "any type: Turtle");
            assertTrue(contentType(TestHttp.get(u)).startsWith("text/turtle"), "no Accept: Turtle");
            HttpResponse<String> override = TestHttp.get(u + "?format=jsonld", "text/html");
            assertTrue(contentType(override).startsWith("application/ld+json"), "?format= wins");
            assertTrue(contentType(TestHttp.get(u + "?format=html", "text/turtle")).startsWith("text/html"));
            assertEquals(406, TestHttp.get(u, "image/png").statusCode());
            assertEquals(400, TestHttp.get(u + "?format=pdf").statusCode());

            HttpResponse<String> head = TestHttp.send(TestHttp.request(u).header("Accept", "text/html")
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(200, head.statusCode());
            assertTrue(contentType(head).startsWith("text/html"), contentType(head));
            assertEquals("", head.body());
        });
    }

    @Test
    void unknownIsNotFound() throws Exception {
        serve(seedServer(), server -> {
            String u = server.baseUrl() + "id/no-such-actor";
            HttpResponse<String> html = TestHttp.get(u, "text/html");
            assertEquals(404, html.statusCode());
            assertTrue(contentType(html).startsWith("text/html"));
            assertTrue(html.body().contains("dir=\"rtl\""));
            HttpResponse<String> ttl = TestHttp.get(u, "text/turtle");
            assertEquals(404, ttl.statusCode());
            assertTrue(contentType(ttl).startsWith("text/plain"));
            assertEquals(404, TestHttp.get(server.baseUrl() + "event/nothing/1-2").statusCode());
            assertEquals(404, TestHttp.get(server.baseUrl() + "ontology/nothing").statusCode());
        });
    }

    @Test
    void otherHostHeaderStillResolves() throws Exception {
        serve(seedServer(), server -> {
            try (Socket s = new Socket(InetAddress.getByName("127.0.0.1"), server.port())) {
                s.setSoTimeout(30_000);
                OutputStream out = s.getOutputStream();
                out.write(("GET /id/sudani HTTP/1.1\r\nHost: example.org\r\nAccept: text/turtle\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
                        StandardCharsets.UTF_8));
                String status = in.readLine();
                StringBuilder rest = new StringBuilder();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    rest.append(line).append('\n');
                }
                assertTrue(status.contains(" 200 "), status);
                assertTrue(rest.toString().contains("<" + SUDANI + ">"), rest.toString());
                assertTrue(rest.toString().contains(SUDANI_AR));
            }
        });
    }

    @Test
    void ontologyAndCameo() throws Exception {
        serve(seedServer(), server -> {
            for (String path : List.of("ontology", "ontology/", "iraqkg/ontology")) {
                HttpResponse<String> r = TestHttp.get(server.baseUrl() + path, "text/turtle");
                assertEquals(200, r.statusCode(), path);
                Graph g = parse(r.body(), Lang.TURTLE, null, null);
                assertTrue(g.contains(KG.Statement.asNode(), RDF.type.asNode(), OWL.Class.asNode()), path);
                assertTrue(g.contains(KG.ONTOLOGY.asNode(), RDF.type.asNode(), OWL.Ontology.asNode()));
                assertFalse(g.contains(uri(Iris.cameo("190")), Node.ANY, Node.ANY), "CAMEO is apart");
            }
            String html = TestHttp.get(server.baseUrl() + "ontology", "text/html").body();
            assertTrue(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
            assertTrue(html.contains("id=\"Statement\""), "an anchor per term");
            assertTrue(html.contains("تصريح") && html.contains("Statement"), "Arabic and English labels");
            String context = context(server);
            Graph jsonld = parse(TestHttp.get(server.baseUrl() + "ontology", "application/ld+json").body(),
                    Lang.JSONLD, CONTEXT_URL, context);
            assertTrue(jsonld.contains(KG.Statement.asNode(), RDF.type.asNode(), OWL.Class.asNode()));
            Graph xml = parse(TestHttp.get(server.baseUrl() + "ontology", "application/rdf+xml").body(),
                    Lang.RDFXML, null, null);
            assertTrue(IsoMatcher.isomorphic(jsonld, xml));

            Graph cameo = parse(TestHttp.get(server.baseUrl() + "cameo", "text/turtle").body(), Lang.TURTLE, null,
                    null);
            assertTrue(cameo.contains(uri(Iris.cameo("190")), uri("http://www.w3.org/2004/02/skos/core#notation"),
                    NodeFactory.createLiteralString("190")));
            assertFalse(cameo.contains(KG.Statement.asNode(), Node.ANY, Node.ANY));
            assertTrue(TestHttp.get(server.baseUrl() + "cameo", "text/html").body().contains("id=\"190\""));
            HttpResponse<String> code = TestHttp.get(server.baseUrl() + "cameo/190", "text/turtle");
            assertEquals(200, code.statusCode());
        });
    }

    @Test
    void voidDescribesTheStore() throws Exception {
        serve(seedServer(), server -> {
            long triples = Txn.calculateRead(store.datasetGraph(), () -> {
                Set<Triple> all = new HashSet<>();
                store.datasetGraph().getUnionGraph().find().forEachRemaining(all::add);
                return (long) all.size();
            });
            String context = context(server);
            for (String path : List.of("void", ".well-known/void")) {
                for (String type : List.of("text/turtle", "application/ld+json")) {
                    HttpResponse<String> r = TestHttp.get(server.baseUrl() + path, type);
                    assertEquals(200, r.statusCode(), path + " " + type);
                    assertTrue(contentType(r).startsWith(type), contentType(r));
                    Graph g = parse(r.body(), FORMATS.get(type), CONTEXT_URL, context);
                    Node ds = uri(BASE + "void#dataset");
                    assertTrue(g.contains(ds, RDF.type.asNode(), uri(VOID + "Dataset")));
                    assertTrue(g.contains(ds, RDF.type.asNode(), uri("http://www.w3.org/ns/dcat#Dataset")));
                    assertEquals(triples, number(g, ds, VOID + "triples"), "void:triples is the store's");
                    assertTrue(number(g, ds, VOID + "entities") > 10, "actors");
                    assertTrue(g.contains(ds, uri("http://purl.org/dc/terms/license"),
                            uri("https://www.apache.org/licenses/LICENSE-2.0")));
                    assertTrue(g.contains(ds, uri(VOID + "sparqlEndpoint"), uri(BASE + "kg/sparql")));
                    assertTrue(g.contains(ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(BASE)));
                    assertTrue(g.contains(ds, uri(VOID + "vocabulary"), uri(KG.ONTOLOGY.getURI())));
                    assertEquals(2, partition(g, ds, KG.Document.asNode()));
                    assertTrue(partition(g, ds, KG.Statement.asNode()) > 10);
                    assertTrue(partition(g, ds, KG.Event.asNode()) > 10);
                }
            }
        });
    }

    private static long number(Graph g, Node s, String p) {
        List<Triple> ts = g.find(s, uri(p), Node.ANY).toList();
        assertEquals(1, ts.size(), p);
        return Long.parseLong(ts.get(0).getObject().getLiteralLexicalForm());
    }

    private static long partition(Graph g, Node ds, Node cls) {
        for (Triple t : g.find(ds, uri(VOID + "classPartition"), Node.ANY).toList()) {
            if (g.contains(t.getObject(), uri(VOID + "class"), cls)) {
                return number(g, t.getObject(), VOID + "entities");
            }
        }
        throw new AssertionError("no class partition for " + cls);
    }

    @Test
    void serviceDescription() throws Exception {
        serve(seedServer(), server -> {
            long graphs = store.countGraphs();
            for (String u : List.of(server.baseUrl() + "service-description", server.sparqlUrl())) {
                HttpResponse<String> r = TestHttp.get(u, "text/turtle");
                assertEquals(200, r.statusCode(), u);
                assertTrue(contentType(r).startsWith("text/turtle"), contentType(r));
                Graph g = parse(r.body(), Lang.TURTLE, null, null);
                Node svc = g.find(Node.ANY, RDF.type.asNode(), uri(SD + "Service")).next().getSubject();
                assertTrue(g.contains(svc, uri(SD + "endpoint"), uri(BASE + "kg/sparql")));
                assertTrue(g.contains(svc, uri(SD + "supportedLanguage"), uri(SD + "SPARQL11Query")));
                assertTrue(g.contains(svc, uri(SD + "feature"), uri(SD + "UnionDefaultGraph")));
                assertTrue(g.contains(svc, uri(SD + "resultFormat"),
                        uri("http://www.w3.org/ns/formats/SPARQL_Results_JSON")));
                assertEquals(graphs, g.find(Node.ANY, uri(SD + "namedGraph"), Node.ANY).toList().size());
            }
            // The query endpoint still answers queries, and a bare GET is still Fuseki's.
            HttpResponse<String> ask = TestHttp.query(server.sparqlUrl(), "ASK { ?s ?p ?o }",
                    "application/sparql-results+json");
            assertEquals(200, ask.statusCode());
            assertTrue(ask.body().contains("true"));
            HttpResponse<String> construct = TestHttp.query(server.sparqlUrl(),
                    "CONSTRUCT { <" + SUDANI + "> ?p ?o } WHERE { <" + SUDANI + "> ?p ?o }", "text/turtle");
            assertEquals(200, construct.statusCode());
            assertTrue(construct.body().contains(SUDANI_AR));
            assertFalse(TestHttp.get(server.sparqlUrl(), "application/sparql-results+json").statusCode() == 200);
        });
    }

    @Test
    void corsOnLinkedDataByDefault() throws Exception {
        serve(seedServer(), server -> {
            for (String path : List.of("id/sudani", "void", ".well-known/void", "context.jsonld", "ontology",
                    "service-description")) {
                HttpResponse<String> r = TestHttp.send(TestHttp.request(server.baseUrl() + path)
                        .header("Origin", "http://example.com").header("Accept", "text/turtle").GET().build());
                assertEquals(200, r.statusCode(), path);
                String allow = r.headers().firstValue("Access-Control-Allow-Origin").orElse("");
                assertTrue(allow.equals("*") || allow.equals("http://example.com"), path + ": " + allow);
            }
        });
        serve(seedServer().cors(false), server -> {
            HttpResponse<String> r = TestHttp.send(TestHttp.request(server.baseUrl() + "id/sudani")
                    .header("Origin", "http://example.com").GET().build());
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "off with cors(false)");
        });
    }

    @Test
    void graphsAndDocuments() throws Exception {
        serve(seedServer(), server -> {
            String doc = first("SELECT ?x { ?x a kg:Document } ORDER BY ?x");
            String name = doc.replace("/document/", "/graph/");
            HttpResponse<String> html = TestHttp.get(url(server, doc), "text/html");
            assertEquals(200, html.statusCode());
            assertTrue(html.body().contains(statement.substring(BASE.length())), "its statements");
            Graph g = parse(TestHttp.get(url(server, name), "text/turtle").body(), Lang.TURTLE, null, null);
            Graph stored = Txn.calculateRead(store.datasetGraph(), () -> {
                Graph copy = GraphFactory.createDefaultGraph();
                store.datasetGraph().getGraph(uri(name)).find().forEachRemaining(copy::add);
                return copy;
            });
            assertTrue(IsoMatcher.isomorphic(stored, g), "a named graph answers with its content");
            assertEquals(200, TestHttp.get(url(server, name), "text/html").statusCode());
            assertNotNull(html.headers().firstValue("Content-Length").orElse(null));
        });
    }
}
