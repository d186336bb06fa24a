package org.iraqkg.endpoint;

import static org.iraqkg.endpoint.TestHttp.contentType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDFS;
import org.iraqkg.store.KgStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pages of a store with hostile text in it (markup in labels, quotes and document text, a javascript:
 * IRI), under another base than the default, with an IRI that has percent-encoded Arabic in it.
 */
class LinkedDataEscapingTest {
    static final String BASE = "https://data.example.org/kg/";
    static final String TEXT = "قال الشرير: \"<script>alert(1)</script>\" في بغداد اليوم.";
    static final String QUOTE = "<script>alert(1)</script>";
    /** بغداد, percent-encoded as the IRIs are minted. */
    static final String BAGHDAD_KEY = "%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF";

    private KgStore store;

    @BeforeEach
    void setUp() {
        int b = TEXT.indexOf(QUOTE);
        int e = b + QUOTE.length();
        int sb = 0;
        int se = TEXT.length();
        String doc = BASE + "document/t1";
        String ttl = "PREFIX kg: <https://w3id.org/iraqkg/ontology#>\n"
                + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "PREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
                + "PREFIX schema: <https://schema.org/>\n"
                + "<" + BASE + "id/evil> a kg:Person ;\n"
                + "  rdfs:label \"<script>alert('x')</script> الشرير\"@ar , \"Evil & <b>bold</b>\"@en ;\n"
                + "  owl:sameAs <javascript:alert(1)> .\n"
                + "<" + doc + "> a kg:Document ; nif:isString \"\"\"" + TEXT.replace("\"", "\\\"") + "\"\"\" ;\n"
                + "  schema:headline \"عنوان <i>مائل</i>\"@ar .\n"
                + "<" + BASE + "statement/t1/" + b + "-" + e + "> a kg:Statement ;\n"
                + "  kg:speaker <" + BASE + "id/evil> ; kg:quote \"" + QUOTE + "\" ; kg:direct true ;\n"
                + "  kg:about <" + BASE + "id/" + BAGHDAD_KEY + "> ;\n"
                + "  kg:span <" + doc + "#char=" + b + "," + e + "> ;\n"
                + "  kg:evidenceSpan <" + doc + "#char=" + sb + "," + se + "> ;\n"
                + "  kg:sourceDocument <" + doc + "> .\n"
                + "<" + doc + "#char=" + b + "," + e + "> nif:beginIndex " + b + " ; nif:endIndex " + e + " ;\n"
                + "  nif:anchorOf \"" + QUOTE + "\" ; nif:referenceContext <" + doc + "> .\n"
                + "<" + doc + "#char=" + sb + "," + se + "> nif:beginIndex " + sb + " ; nif:endIndex " + se
                + " ;\n  nif:anchorOf \"\"\"" + TEXT.replace("\"", "\\\"") + "\"\"\" ; nif:referenceContext <"
                + doc + "> .\n"
                + "<" + BASE + "id/" + BAGHDAD_KEY + "> a kg:City ; rdfs:label \"بغداد\"@ar .\n";
        store = KgStore.inMemory();
        store.replaceGraph(BASE + "graph/t1", TestData.graph(ttl));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private KgServer.Builder server() {
        // No final "/": the builder adds it.
        return KgServer.create().store(store).base("https://data.example.org/kg");
    }

    private static void noMarkupFromData(String html) {
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b>"), html);
        assertFalse(html.contains("<i>"), html);
        assertFalse(html.contains("javascript:alert(1)\""), "no javascript: link");
        assertFalse(html.toLowerCase().contains("href=\"javascript"), html);
    }

    @Test
    void plantedScriptIsShownAsText() throws Exception {
        LinkedDataTest.serve(server(), s -> {
            assertEquals(BASE, s.base());
            HttpResponse<String> actor = TestHttp.get(s.baseUrl() + "id/evil", "text/html");
            assertEquals(200, actor.statusCode(), actor.body());
            noMarkupFromData(actor.body());
            assertTrue(actor.body().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; الشرير"), actor.body());
            assertTrue(actor.body().contains("Evil &amp; &lt;b&gt;bold&lt;/b&gt;"));

            String stmt = s.baseUrl() + "statement/t1/" + TEXT.indexOf(QUOTE) + "-"
                    + (TEXT.indexOf(QUOTE) + QUOTE.length());
            HttpResponse<String> page = TestHttp.get(stmt, "text/html");
            assertEquals(200, page.statusCode(), page.body());
            noMarkupFromData(page.body());
            assertTrue(page.body().contains("<mark class=\"span\">&lt;script&gt;alert(1)&lt;/script&gt;</mark>"),
                    page.body());
            assertTrue(page.body().contains("href=\"/id/" + BAGHDAD_KEY + "\""), "relative link, encoding kept");

            HttpResponse<String> doc = TestHttp.get(s.baseUrl() + "document/t1", "text/html");
            assertEquals(200, doc.statusCode());
            noMarkupFromData(doc.body());
        });
    }

    @Test
    void baseAndEncodedIris() throws Exception {
        LinkedDataTest.serve(server(), s -> {
            for (String key : new String[] {BAGHDAD_KEY, BAGHDAD_KEY.toLowerCase()}) {
                HttpResponse<String> r = TestHttp.get(s.baseUrl() + "id/" + key, "text/turtle");
                assertEquals(200, r.statusCode(), key);
                Graph g = LinkedDataTest.parse(r.body(), Lang.TURTLE, null, null);
                assertTrue(g.contains(NodeFactory.createURI(BASE + "id/" + BAGHDAD_KEY), RDFS.label.asNode(),
                        NodeFactory.createLiteralLang("بغداد", "ar")));
            }
            HttpResponse<String> html = TestHttp.get(s.baseUrl() + "id/" + BAGHDAD_KEY, "text/html");
            assertTrue(html.body().contains("<h1>بغداد</h1>"), html.body());
            HttpResponse<String> plain = TestHttp.get(s.baseUrl() + "id/evil", "application/ld+json");
            assertTrue(plain.body().contains("\"@context\" : {"), plain.body());
            assertTrue(plain.body().contains("\"kg\" : \"https://w3id.org/iraqkg/ontology#\""), plain.body());
            assertTrue(contentType(plain).startsWith("application/ld+json"));
        });
        assertThrows(IllegalArgumentException.class, () -> KgServer.create().base("ftp://example.org/"));
        // The default base does not see these IRIs.
        LinkedDataTest.serve(KgServer.create().store(store), s -> {
            assertEquals(404, TestHttp.get(s.baseUrl() + "id/evil", "text/turtle").statusCode());
        });
    }
}
