package org.iraqkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.iraqkg.document.DocumentReader;
import org.iraqkg.document.NewsDocument;
import org.iraqkg.endpoint.KgServer;
import org.iraqkg.export.RdfExporter;
import org.iraqkg.export.RdfFormat;
import org.iraqkg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Injection and hostile content: documents whose text, title, id, url and source hold Turtle and SPARQL syntax,
 * markup, backslashes, line breaks, control characters (no NUL: JSON and the readers keep it, but it is not
 * hostile in RDF), a 10,000-character name after a title, very long ids and ids with spaces, slashes, '#', '?',
 * '%' and Arabic letters, read through the real readers (a JSONL file and a .txt article with a sidecar) and
 * loaded with {@link Loader} into an in-memory store that already holds other documents. Loading works; every
 * IRI in the store is valid; the other graphs are untouched; the N-Quads and Turtle exports parse back to the
 * same data; and SPARQL, in the store and over HTTP, returns the hostile strings verbatim.
 *
 * <p>The main code builds no SPARQL and no Turtle from data: IRIs are minted by {@code Iris} (every piece of
 * input percent-encoded) and nodes by Jena's {@code NodeFactory}; queries of data come only from users. This
 * test passes data into queries by substitution, never by concatenation, as the main code should.
 */
class HostileContentTest {
    private static final String KG = "https://w3id.org/iraqkg/ontology#";
    private static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    private static final String SCHEMA = "https://schema.org/";

    /** Control characters other than NUL, tab, line feed and carriage return. */
    static final String CONTROLS = controls();

    /** Syntax of the languages the data ends up in. */
    static final List<String> HOSTILE = List.of(
            "\"\"\" ; <http://evil.example/p> \"x\" . \"\"\"",
            "''' ; <http://evil.example/p> 'x' . '''",
            "a > b <script>alert(\"x\")</script> </textarea>",
            "} ; DROP ALL ; INSERT DATA { <http://evil.example/s> <http://evil.example/p> \"o\" } ; #",
            "\"@en ^^<http://www.w3.org/2001/XMLSchema#int> _:b0 <http://evil.example/> . ?x $y",
            "back\\slash \\\" \\u0022 \\n \\\\ \\",
            "line one\nline two\r\nline three\rend",
            "controls " + CONTROLS + " end",
            "{\"json\": [1, 2]} ]]> <!-- --> %00 %2F %25 ${x} `cmd`",
            "\u202Eevil\u202C \u2066\u2067\u2069 \u200F\u061C bidi");

    private static final String LONG_NAME = "ابتهالعبدالقادرمحمودسامي".repeat(500).substring(0, 10_000);
    private static final String LONG_WORDS = longWords();

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static KgStore store;
    /** The documents as the readers should give them back. */
    private static final List<NewsDocument> DOCS = new ArrayList<>();
    /** Graphs that were in the store before the hostile load, and their triples. */
    private static final Map<Node, Set<Triple>> BEFORE = new LinkedHashMap<>();
    private static LoadSummary summary;

    private static String controls() {
        StringBuilder sb = new StringBuilder();
        for (char c = 1; c < 0x20; c++) {
            if (c != '\t' && c != '\n' && c != '\r') {
                sb.append(c);
            }
        }
        for (char c = 0x7F; c <= 0x9F; c++) {
            sb.append(c);
        }
        return sb.append('\u2028').append('\u2029').append('\uFFFE').append('\uFFFF').toString();
    }

    private static String longWords() {
        StringBuilder sb = new StringBuilder();
        String[] words = {"محمد", "عبد", "القادر", "حسين", "علي", "آل", "الكاظمي", "بن"};
        for (int i = 0; sb.length() < 10_000; i++) {
            sb.append(sb.length() == 0 ? "" : " ").append(words[i % words.length]);
        }
        return sb.substring(0, 10_000).strip();
    }

    /** An Arabic article around a hostile string: in a direct quote, in reported speech, after a title. */
    private static String article(String hostile) {
        return "هجوم صاروخي على قاعدة عين الأسد " + hostile + "\n"
                + "قال رئيس مجلس الوزراء العراقي محمد شياع السوداني إن «" + hostile + "».\n"
                + "وأضاف وزير الخارجية " + hostile + " أن الحوار مستمر مع التحالف الدولي.\n"
                + "واعتقلت القوات الأمنية في بغداد يوم 5 آب 2024 أربعة متهمين.\n";
    }

    @BeforeAll
    static void load() throws IOException {
        store = KgStore.inMemory();
        // Bystanders: an article loaded before, and a graph the loader knows nothing of.
        Loader loader = new Loader(PipelineInvariants.pipeline(), PipelineInvariants.mapper(), store);
        Path before = tmp.resolve("before.txt");
        Files.writeString(before, article("الحوار مستمر"), StandardCharsets.UTF_8);
        LoadSummary first = loader.load(List.of(before));
        assertEquals(1, first.documents(), first.line());
        Graph stray = GraphFactory.createDefaultGraph();
        stray.add(NodeFactory.createURI("http://example.org/s"), NodeFactory.createURI("http://example.org/p"),
                NodeFactory.createLiteralString("} ; DROP ALL ; INSERT DATA {"));
        store.replaceGraph("http://example.org/stray", stray);
        Txn.executeRead(store.datasetGraph(), () -> store.datasetGraph().listGraphNodes().forEachRemaining(g ->
                BEFORE.put(g, new HashSet<>(store.datasetGraph().getGraph(g).find().toList()))));
        assertEquals(4, BEFORE.size(), "the article, the stray graph, the lexicon and the ontology");

        List<String> ids = new ArrayList<>(List.of(
                "x".repeat(250) + "مفاوضات" + "y".repeat(243),
                "an id with spaces",
                "a/b/../c/./d//e",
                "frag#ment#char=0,5",
                "query?graph=union&x=1",
                "percent %2F %25 %zz %",
                "وثيقة عربية ١٢٣",
                "<http://evil.example/> ; DROP ALL",
                "\"quoted\" 'single' `tick` {brace} |pipe| ^caret^ \\back\\"));
        for (int i = 0; i < HOSTILE.size(); i++) {
            ids.add("hostile-" + i + " " + HOSTILE.get(i).replaceAll("\\s+", " ").strip());
        }
        Path jsonl = tmp.resolve("hostile.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            String hostile = HOSTILE.get(i % HOSTILE.size());
            String id = ids.get(i);
            String title = "عنوان " + hostile;
            // valid xsd:anyURI literals all, though not valid URIs (see urlThatIsNotAValidAnyUri for one that is not)
            String url = i % 3 == 0 ? "http://example.org/news?id=" + i + "&q=\"><script>" + hostile
                    : i % 3 == 1 ? "javascript:alert('" + hostile + "')" : "news?q=" + hostile;
            String source = "source " + hostile;
            String text = article(hostile);
            add(lines, new NewsDocument(id, id, title, text, url, source, "", ""));
        }
        // A title followed by a 10,000-character name: one word, and many words.
        add(lines, new NewsDocument("long-name-word", "long-name-word", "اسم طويل",
                "وقال وزير الخارجية " + LONG_NAME + " إن \"الحوار مستمر\".\nوأكد " + LONG_NAME + " ذلك.", "", "",
                "2024-08-11", ""));
        add(lines, new NewsDocument("long-name-words", "long-name-words", "أسماء طويلة",
                "وقال وزير الخارجية " + LONG_WORDS + " إن \"الحوار مستمر\".", "", "", "2024-08-11", ""));
        Files.writeString(jsonl, lines, StandardCharsets.UTF_8);

        // A .txt article whose file name (its id) has spaces, '#', '?', '%' and Arabic, with a sidecar.
        Path dir = Files.createDirectories(tmp.resolve("txt"));
        String name = "خبر #1 ?a=b %41 'x' (y) [z] {w}.txt";
        String text = "عنوان الخبر <script>\n" + article(HOSTILE.get(3));
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        ObjectNode meta = JSON.createObjectNode();
        meta.put("url", "https://example.org/a b/<c>?\"d\"");
        meta.put("source", HOSTILE.get(0));
        meta.put("title", HOSTILE.get(4));
        meta.put("published", "2024-08-11");
        Path sidecar = dir.resolve(name.substring(0, name.length() - ".txt".length()) + ".meta.json");
        Files.writeString(sidecar, JSON.writeValueAsString(meta), StandardCharsets.UTF_8);
        DOCS.add(new NewsDocument(name, name, HOSTILE.get(4), text, meta.get("url").asText(), HOSTILE.get(0),
                "2024-08-11", ""));

        summary = loader.load(List.of(jsonl, dir));
    }

    private static void add(StringBuilder jsonl, NewsDocument d) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", d.id());
        o.put("title", d.title());
        o.put("url", d.url());
        o.put("source", d.source());
        o.put("published", d.published());
        o.put("text", d.text());
        jsonl.append(JSON.writeValueAsString(o)).append('\n');
        DOCS.add(DocumentReader.xmlSafe(d)); // what is stored: characters XML cannot hold replaced by U+FFFD
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void everyDocumentLoads() {
        assertEquals(List.of(), summary.problems().stream().filter(p -> !p.note()).toList(), summary.line());
        // the controls that XML cannot hold were replaced, and the load says so
        assertTrue(summary.problems().stream().anyMatch(p -> p.note() && p.reason().contains("XML cannot hold")),
                summary.problems().toString());
        assertEquals(DOCS.size(), summary.documents(), summary.line());
        for (NewsDocument d : DOCS) {
            assertTrue(store.containsGraph(PipelineInvariants.mapper().graphOf(d)), "graph of " + d.id());
        }
    }

    @Test
    void everyIriIsValid() {
        Set<String> problems = new HashSet<>();
        Txn.executeRead(store.datasetGraph(), () -> store.datasetGraph().find().forEachRemaining(q -> {
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                if (n.isURI()) {
                    String bad = PipelineInvariants.badIri(n.getURI());
                    if (bad != null) {
                        problems.add(bad);
                    }
                }
            }
        }));
        assertEquals(Set.of(), problems);
    }

    @Test
    void otherGraphsAreUntouched() {
        Set<Node> expected = new HashSet<>(BEFORE.keySet());
        for (NewsDocument d : DOCS) {
            expected.add(NodeFactory.createURI(PipelineInvariants.mapper().graphOf(d)));
        }
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> {
            Set<Node> now = new HashSet<>();
            dsg.listGraphNodes().forEachRemaining(now::add);
            assertEquals(expected, now, "graphs in the store: those before and one per document");
            for (Map.Entry<Node, Set<Triple>> e : BEFORE.entrySet()) {
                Graph g = dsg.getGraph(e.getKey());
                assertEquals(e.getValue().size(), g.size(), "size of " + e.getKey());
                assertEquals(e.getValue(), new HashSet<>(g.find().toList()), "triples of " + e.getKey());
            }
            assertTrue(dsg.getDefaultGraph().isEmpty(), "nothing in the stored default graph");
        });
    }

    @Test
    void nQuadsExportParsesBack() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = RdfExporter.export(store.datasetGraph(), RdfFormat.NQ, out);
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NQUADS).strict(true).parse(parsed);
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> {
            Set<Quad> want = new HashSet<>();
            dsg.find().forEachRemaining(want::add);
            assertEquals(want.size(), n);
            Set<Quad> got = new HashSet<>();
            parsed.find().forEachRemaining(got::add);
            assertEquals(want, got);
        });
    }

    @Test
    void turtleExportParsesBack() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = RdfExporter.export(store.datasetGraph(), RdfFormat.TTL, out);
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.TURTLE).strict(true).parse(parsed);
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> {
            Set<Triple> want = new HashSet<>();
            dsg.find().forEachRemaining(q -> want.add(q.asTriple()));
            assertEquals(want.size(), n);
            assertEquals(want, new HashSet<>(parsed.find().toList()));
        });
    }

    private static final String DOC_QUERY = "PREFIX kg: <" + KG + "> PREFIX nif: <" + NIF + "> PREFIX schema: <"
            + SCHEMA + ">\n"
            + "SELECT ?g ?d ?title ?url ?source ?text WHERE { GRAPH ?g { ?d a kg:Document ; kg:fileName ?file ; "
            + "nif:isString ?text . OPTIONAL { ?d schema:headline ?title } OPTIONAL { ?d schema:url ?url } "
            + "OPTIONAL { ?d kg:source ?source } } }";

    /** Looks each document up by its (hostile) file name, passed as a literal by substitution. */
    @Test
    void sparqlReturnsTheStringsVerbatim() {
        for (NewsDocument d : DOCS) {
            Map<String, Node> row = Txn.calculateRead(store.datasetGraph(), () -> {
                RowSet rs = QueryExec.dataset(store.datasetGraph()).query(DOC_QUERY)
                        .substitution("file", NodeFactory.createLiteralString(d.fileName())).select();
                List<Map<String, Node>> rows = new ArrayList<>();
                rs.forEachRemaining(b -> {
                    Map<String, Node> m = new HashMap<>();
                    b.vars().forEachRemaining(v -> m.put(v.getVarName(), b.get(v)));
                    rows.add(m);
                });
                assertEquals(1, rows.size(), "one document named " + d.fileName());
                return rows.get(0);
            });
            assertDocument(d, row);
        }
    }

    private static void assertDocument(NewsDocument d, Map<String, Node> row) {
        String id = d.id() + " " + row;
        assertEquals(PipelineInvariants.mapper().graphOf(d), row.get("g").getURI(), id);
        assertEquals(PipelineInvariants.mapper().iris().document(d.id()), row.get("d").getURI(), id);
        assertEquals(d.text(), row.get("text").getLiteralLexicalForm(), id);
        assertEquals(d.title(), row.get("title").getLiteralLexicalForm(), id);
        assertEquals("ar", row.get("title").getLiteralLanguage(), id);
        // the url as given, or percent-encoded where it is not a valid xsd:anyURI (see urlThatIsNotAValidAnyUri)
        String url = d.url() == null || d.url().isBlank() ? null : org.iraqkg.rdf.Iris.anyUri(d.url());
        assertEquals(url == null ? "" : url, lexical(row.get("url")), id);
        assertEquals(d.source(), lexical(row.get("source")), id);
    }

    /** The lexical form of a literal, or "" for no value (an empty field is not written). */
    private static String lexical(Node n) {
        return n == null ? "" : n.getLiteralLexicalForm();
    }

    /** The quotes of the direct statements hold the hostile strings verbatim. */
    @Test
    void quotesAreVerbatim() {
        String q = "PREFIX kg: <" + KG + "> SELECT ?quote WHERE { ?s a kg:Statement ; kg:quote ?quote ; "
                + "kg:direct true ; kg:sourceDocument ?d }";
        for (NewsDocument d : DOCS) {
            if (d.id().startsWith("long-name")) {
                continue;
            }
            Node doc = NodeFactory.createURI(PipelineInvariants.mapper().iris().document(d.id()));
            List<String> quotes = Txn.calculateRead(store.datasetGraph(), () -> {
                List<String> out = new ArrayList<>();
                QueryExec.dataset(store.datasetGraph()).query(q).substitution("d", doc).select()
                        .forEachRemaining(b -> out.add(b.get("quote").getLiteralLexicalForm()));
                return out;
            });
            // the quote leaves out invisible format characters (bidi controls) at its ends
            String hostile = d.text().substring(d.text().indexOf('«') + 1, d.text().indexOf('»'))
                    .replaceAll("^\\p{Cf}+|\\p{Cf}+$", "");
            if (hostile.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029')) {
                continue; // a quotation does not run across line breaks, which end sentences
            }
            assertTrue(quotes.contains(hostile), d.id() + ": quotes " + quotes);
        }
    }

    /** The same over HTTP: Fuseki's JSON results carry the strings verbatim. */
    @Test
    void endpointReturnsTheStringsVerbatim() throws Exception {
        KgServer server = KgServer.create().store(store).port(0).ui(false).build();
        try {
            server.start();
            HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
            String query = DOC_QUERY.replace("SELECT ?g ?d", "SELECT ?file ?g ?d");
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query,
                            StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), r.body());
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                    ResultSetLang.RS_JSON);
            Map<String, Map<String, Node>> byFile = new HashMap<>();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, Node> m = new HashMap<>();
                s.varNames().forEachRemaining(v -> m.put(v, s.get(v).asNode()));
                byFile.put(s.getLiteral("file").getLexicalForm(), m);
            }
            for (NewsDocument d : DOCS) {
                assertTrue(byFile.containsKey(d.fileName()), "over HTTP: " + d.fileName());
                assertDocument(d, byFile.get(d.fileName()));
            }
            assertFalse(byFile.isEmpty());
        } finally {
            server.stop();
        }
    }

    /** The whole store, with the hostile documents, conforms to the SHACL shapes. */
    @Test
    void storeConformsToShapes() {
        assertEquals(List.of(), violations(store));
    }

    private static List<String> violations(KgStore s) {
        Graph all = GraphFactory.createDefaultGraph();
        Txn.executeRead(s.datasetGraph(), () -> s.datasetGraph().find().forEachRemaining(q -> all.add(q.asTriple())));
        List<String> entries = new ArrayList<>();
        for (ReportEntry e : ShaclValidator.get().validate(PipelineInvariants.shapes(), all).getEntries()) {
            entries.add(e.focusNode() + " " + e.resultPath() + ": " + e.message());
        }
        return entries;
    }

    /**
     * A url that is not a valid xsd:anyURI for Jena (a '%' not followed by two hex digits, two '#', a ']' in the
     * path) is percent-encoded into one, so the document's graph still conforms to the shapes
     * ({@code sh:datatype xsd:anyURI}).
     */
    @Test
    void urlThatIsNotAValidAnyUri() {
        NewsDocument d = new NewsDocument("url-1", "url-1", "", "أعلنت بغداد تأجيل الاجتماع.",
                "https://example.org/news?title=100%", "", "", "");
        assertEquals(List.of(), PipelineInvariants.check(d));
    }

    /**
     * JSON escapes of lone surrogates put text into a document that is not well-formed Unicode (a Java string may
     * hold it): it is stored as read, its spans keep their offsets, and it exports and parses back.
     */
    @Test
    void loneSurrogatesFromJsonEscapes() throws IOException {
        Path f = tmp.resolve("surrogates.jsonl");
        Files.writeString(f, "{\"id\": \"s1\", \"title\": \"t\\udc00\", \"text\": \"\\ud83d\\ude00\\udc00 قال "
                + "السوداني إن \\\"الحوار\\ud800 مستمر\\\".\"}\n", StandardCharsets.UTF_8);
        String text = "😀\uDC00 قال السوداني إن \"الحوار\uD800 مستمر\".";
        try (KgStore s = KgStore.inMemory()) {
            LoadSummary r = new Loader(PipelineInvariants.pipeline(), PipelineInvariants.mapper(), s).load(List.of(f));
            assertEquals(1, r.documents(), r.line());
            String q = "PREFIX nif: <" + NIF + "> SELECT ?t { ?d nif:isString ?t }";
            String stored = Txn.calculateRead(s.datasetGraph(), () -> QueryExec.dataset(s.datasetGraph()).query(q)
                    .select().next().get("t").getLiteralLexicalForm());
            assertEquals(PipelineInvariants.escape(text), PipelineInvariants.escape(stored));
            assertEquals(List.of(), violations(s));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long n = RdfExporter.export(s.datasetGraph(), RdfFormat.NQ, out);
            DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
            RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NQUADS).parse(parsed);
            assertEquals(n, parsed.stream().count());
        }
    }
}
