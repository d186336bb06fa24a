package org.iraqkg.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.iraqkg.it.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Every JSON-LD answer of the linked data (a resource, VoID, the service description) carries its context inline,
 * so it parses on its own: with the server on a free port (not 3030, the port of the base the IRIs name), and
 * parsers that may not load anything (Jena's with a document loader that refuses every URL, RDF4J's in secure
 * mode with no allowed URL).
 */
class JsonLdInlineContextTest {
    private static final String BASE = org.iraqkg.rdf.Iris.DEFAULT_BASE;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyJsonLdAnswerParsesWithoutFetchingAnything() throws Exception {
        KgServer server = KgServer.create().store(Seeds.store()).port(0).build();
        try {
            server.start();
            assertNotEquals(KgServer.DEFAULT_PORT, server.port());
            List<String> urls = new ArrayList<>(List.of(server.baseUrl() + "id/sudani", server.baseUrl() + "void",
                    server.baseUrl() + "service-description", server.sparqlUrl(),
                    server.baseUrl() + "id/iraq?format=jsonld"));
            for (String url : urls) {
                HttpResponse<String> r = TestHttp.get(url, "application/ld+json");
                assertEquals(200, r.statusCode(), url);
                assertTrue(TestHttp.contentType(r).startsWith("application/ld+json"), url);
                JsonNode doc = JSON.readTree(r.body());
                assertTrue(doc.get("@context").isObject(), url + ": the context is inline: " + doc.get("@context"));
                Graph jena = jena(r.body());
                assertTrue(jena.size() > 3, url + ": " + jena.size() + " triples");
                Model rdf4j = rdf4j(r.body());
                assertEquals(jena.size(), rdf4j.size(), url + ": Jena and RDF4J read the same triples");
            }
            Graph sudani = jena(TestHttp.get(server.baseUrl() + "id/sudani", "application/ld+json").body());
            assertTrue(sudani.contains(NodeFactory.createURI(BASE + "id/sudani"), null, null));
        } finally {
            server.stop();
        }
    }

    /** Jena's JSON-LD 1.1 parser with a document loader that refuses every URL. */
    private static Graph jena(String body) {
        Graph g = GraphFactory.createDefaultGraph();
        JsonLdOptions opts = new JsonLdOptions();
        opts.setDocumentLoader((uri, options) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "no network in this test: " + uri);
        });
        RDFParser.fromString(body, Lang.JSONLD).context(Context.create().set(LangJSONLD11.JSONLD_OPTIONS, opts))
                .parse(g);
        return g;
    }

    /** RDF4J's JSON-LD parser in secure mode with no URL allowed. */
    private static Model rdf4j(String body) throws Exception {
        Model m = new LinkedHashModel();
        org.eclipse.rdf4j.rio.RDFParser p = Rio.createParser(RDFFormat.JSONLD);
        ParserConfig config = new ParserConfig();
        config.set(JSONLDSettings.SECURE_MODE, true);
        config.set(JSONLDSettings.WHITELIST, java.util.Set.of());
        p.setParserConfig(config);
        p.setRDFHandler(new StatementCollector(m));
        p.parse(new StringReader(body), BASE);
        return m;
    }
}
